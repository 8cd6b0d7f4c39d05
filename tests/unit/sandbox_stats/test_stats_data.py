"""The synthetic delivery data: consistent, realistic, deterministic (app.sandbox.stats_data)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.stats_fields import COUNTERS
from app.sandbox.stats_data import create_tables, generate_post_stats, seed_demo_statistics
from tests.unit.sandbox_stats.dataset import FIRST, POSTS, TODAY, build_stats_db

# Each must hold in every row, so that it holds for any sum of rows.
INVARIANTS = {
    "total": "sum_total = sum_selected + sum_stop_noaddress + sum_stop_send_policy + sum_stop_inactive",
    "selected": "sum_selected = sum_sended + sum_stop_total + sum_stop_sendlog_added"
    " + sum_stop_letter_single_quarantine + sum_stop_external_check",
    "sent": "sum_sended = sum_delivered + sum_bounce_total",
    "order": "sum_delivered <= sum_sended AND sum_sended <= sum_selected AND sum_selected <= sum_total",
    "quarantine": "sum_stop_total = sum_stop_invalid + sum_stop_nonexistent + sum_stop_spam_added"
    " + sum_stop_gdpr + sum_stop_unsubscr",
    "bounces": "sum_bounce_total = sum_bounce_nonexistent + sum_bounce_temp_unavailable"
    " + sum_bounce_spam + sum_bounce_other",
    "opens": "sum_opened_unique <= sum_opened AND sum_opened <= sum_delivered",
    "clicks": "sum_clicked_unique <= sum_opened_unique AND sum_clicked_unique <= sum_clicked"
    " AND sum_clicked <= sum_delivered",
    "churn": "sum_churn = sum_unsubscribed + sum_spam_reports + (sum_sended - sum_delivered)",
    "complaints": "sum_unsubscribed + sum_spam_reports <= sum_delivered",
    "non_negative": " AND ".join(f"{c} >= 0" for c in COUNTERS),
    "hour": "hour BETWEEN 0 AND 23",
}


def _broken(conn: sqlite3.Connection) -> dict[str, int]:
    out = {}
    for name, condition in INVARIANTS.items():
        out[name] = conn.execute(f"SELECT COUNT(*) FROM stats_fact WHERE NOT ({condition})").fetchone()[0]
    return out


def _sum(conn: sqlite3.Connection, expression: str, where: str = "1", args: tuple[object, ...] = ()) -> float:
    return conn.execute(f"SELECT {expression} FROM stats_fact WHERE {where}", args).fetchone()[0]


def test_every_row_is_consistent(stats_conn: sqlite3.Connection) -> None:
    assert _sum(stats_conn, "COUNT(*)") > 1000
    assert _broken(stats_conn) == dict.fromkeys(INVARIANTS, 0)


@settings(max_examples=15, deadline=None)
@given(
    post_type=st.sampled_from("SBACPTU"),
    days=st.integers(1, 4),
    audience=st.integers(0, 3000),
    languages=st.lists(st.sampled_from(["ru", "en", "de", "zh", "ko", "xx"]), max_size=3, unique=True),
    seed=st.integers(0, 2**31),
)
def test_counters_are_consistent_for_any_post(
    post_type: str, days: int, audience: int, languages: list[str], seed: int
) -> None:
    conn = sqlite3.connect(":memory:")
    create_tables(conn)
    generate_post_stats(
        conn, post_type=post_type, post_id=1, message_id=2, start=date(2023, 12, 30), days=days,
        audience=audience, languages=languages, seed=seed,
    )  # fmt: skip
    assert _broken(conn) == dict.fromkeys(INVARIANTS, 0)
    total = _sum(conn, "COALESCE(SUM(sum_total), 0)")
    # bulk sends spread the audience over the days; triggered ones send it every day
    assert total == audience if post_type in "SBTU" else total >= 0
    assert _sum(conn, "COUNT(*)", "date >= '2024-01-03'") == 0


def test_rates_look_like_real_email(stats_conn: sqlite3.Connection) -> None:
    for _, post_id, message_id, *_ in POSTS:
        where, args = "post_id = ? AND message_id = ?", (post_id, message_id)
        delivered = _sum(stats_conn, "SUM(sum_delivered)", where, args)
        opens = _sum(stats_conn, "SUM(sum_opened_unique)", where, args) / delivered
        clicks = _sum(stats_conn, "SUM(sum_clicked_unique)", where, args) / delivered
        bounces = _sum(stats_conn, "SUM(sum_bounce_total) * 1.0 / SUM(sum_sended)", where, args)
        assert 0.10 <= opens <= 0.40, (post_id, opens)
        assert 0.007 <= clicks <= 0.06, (post_id, clicks)
        assert 0.005 <= bounces <= 0.04, (post_id, bounces)


def test_dimensions_have_a_realistic_spread(stats_conn: sqlite3.Connection) -> None:
    def values(sql: str) -> set[object]:
        return {row[0] for row in stats_conn.execute(sql)}

    def volume(where: str) -> float:
        return _sum(stats_conn, "SUM(sum_total)", where)

    # triggered posts send around the clock, most by day; bulk sends in a few morning hours
    assert len(values("SELECT DISTINCT hour FROM stats_fact WHERE post_id = 1")) >= 20
    assert volume("post_id = 1 AND hour = 10") > 5 * volume("post_id = 1 AND hour = 3") > 0
    bulk_hours = values("SELECT DISTINCT hour FROM stats_fact WHERE post_id = 2")
    assert 1 <= len(bulk_hours) <= 4 and min(bulk_hours) >= 8
    # recipients speak the campaign's languages only
    assert values("SELECT DISTINCT language FROM stats_fact WHERE post_id = 1") == {"ru", "en"}
    assert values("SELECT DISTINCT language FROM stats_fact WHERE post_id = 4") == {"ko"}
    places = "FROM stats_fact JOIN stats_geo USING (city_id)"
    countries = values(f"SELECT DISTINCT country_name {places}")
    assert {"Russia", "United States", "United Kingdom", "South Korea", "Germany"} <= countries
    assert len(values(f"SELECT DISTINCT region_name {places}")) >= 10
    assert len(values(f"SELECT DISTINCT city_name {places}")) >= 15
    clients = values("SELECT DISTINCT client FROM stats_fact")
    assert {"Gmail", "Outlook", "Apple Mail", "Yandex Mail", "Naver Mail"} <= clients
    # Russian readers mostly in Russia
    russia = "city_id IN (SELECT city_id FROM stats_geo WHERE country_name = 'Russia')"
    in_russia = volume(f"language = 'ru' AND {russia}") / volume("language = 'ru'")
    assert 0.75 <= in_russia <= 0.95


def test_weekends_send_less_for_triggered_posts(stats_conn: sqlite3.Connection) -> None:
    rows = stats_conn.execute(
        "SELECT c.day_of_week, SUM(sum_total) FROM stats_fact f JOIN stats_calendar c USING (date)"
        " WHERE post_id = 1 GROUP BY 1"
    ).fetchall()
    volume = dict(rows)
    weekday = sum(volume[d] for d in range(1, 6)) / 5
    weekend = (volume[6] + volume[7]) / 2
    assert weekend < 0.85 * weekday


def test_calendar_covers_every_date_with_iso_fields(stats_conn: sqlite3.Connection) -> None:
    missing = stats_conn.execute(
        "SELECT COUNT(DISTINCT date) FROM stats_fact WHERE date NOT IN (SELECT date FROM stats_calendar)"
    ).fetchone()[0]
    assert missing == 0
    row = stats_conn.execute("SELECT * FROM stats_calendar WHERE date = '2024-03-03'").fetchone()
    # a Sunday: ISO day 7 of week 9
    assert row == ("2024-03-03", 2024, 1, 3, 3, 7, 2024, 9)


def test_generation_is_deterministic(tmp_path: Path, stats_conn: sqlite3.Connection) -> None:
    other = build_stats_db(tmp_path / "again.sqlite3")
    query = "SELECT * FROM stats_fact ORDER BY date, post_id, message_id, hour, city_id, language, client"
    assert other.execute(query).fetchall() == stats_conn.execute(query).fetchall()
    other.close()


def test_generating_again_replaces_instead_of_duplicating(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "s.sqlite3")
    create_tables(conn)
    create_tables(conn)  # idempotent
    options = dict(
        post_type="A", post_id=1, message_id=2, start=FIRST, days=10, audience=500, languages=["en"]
    )
    generate_post_stats(conn, **options, seed=1)  # type: ignore[arg-type]
    first = _sum(conn, "SUM(sum_total)")
    generate_post_stats(conn, **options, seed=2)  # type: ignore[arg-type]
    assert _sum(conn, "SUM(sum_total)") == pytest.approx(first, rel=0.2)
    assert _sum(conn, "COUNT(DISTINCT date)") == 10
    assert conn.execute("SELECT COUNT(*) FROM stats_geo").fetchone()[0] > 30


def test_generation_joins_the_callers_transaction(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "s.sqlite3", isolation_level=None)
    create_tables(conn)
    conn.execute("BEGIN")
    generate_post_stats(
        conn,
        post_type="S",
        post_id=1,
        message_id=2,
        start=FIRST,
        days=1,
        audience=100,
        languages=["en"],
        seed=1,
    )
    assert conn.in_transaction  # the caller's transaction stays the caller's
    conn.execute("ROLLBACK")
    assert _sum(conn, "COUNT(*)") == 0


def test_demo_covers_three_months_up_to_yesterday(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "demo.sqlite3")
    create_tables(conn)
    posts = [("S", 1, 11), ("B", 2, 21), ("B", 2, 22), ("A", 3, 31), ("A", 4, 41)]
    seed_demo_statistics(conn, posts, TODAY, languages_by_message={31: ["fr", "en"]})
    assert _broken(conn) == dict.fromkeys(INVARIANTS, 0)
    first, last = conn.execute("SELECT MIN(date), MAX(date) FROM stats_fact").fetchone()
    assert first == (TODAY - timedelta(days=92)).isoformat()
    assert last == (TODAY - timedelta(days=1)).isoformat()
    # the two messages of the A/B post went out on the same days
    dates = {
        m: {r[0] for r in conn.execute("SELECT DISTINCT date FROM stats_fact WHERE message_id = ?", (m,))}
        for m in (21, 22)
    }
    assert dates[21] == dates[22] and len(dates[21]) == 2
    assert {r[0] for r in conn.execute("SELECT DISTINCT language FROM stats_fact WHERE message_id = 31")} == {
        "fr",
        "en",
    }
    assert _sum(conn, "COUNT(DISTINCT date)", "post_id = 3") == 92
    # deterministic for a seed, different for another
    again = sqlite3.connect(":memory:")
    create_tables(again)
    seed_demo_statistics(again, posts, TODAY, languages_by_message={31: ["fr", "en"]})
    assert _sum(again, "SUM(sum_opened)") == _sum(conn, "SUM(sum_opened)")
    other = sqlite3.connect(":memory:")
    create_tables(other)
    seed_demo_statistics(other, posts, TODAY, seed=8)
    assert _sum(other, "SUM(sum_opened)") != _sum(conn, "SUM(sum_opened)")
