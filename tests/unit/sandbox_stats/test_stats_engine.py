"""The report builder over the shared data set (app.sandbox.stats_engine)."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from typing import Any

import pytest

from app.domain.stats_fields import COUNTERS, RATE_FORMULAS
from app.sandbox.stats_engine import MAX_OBJECTS, StatsEngine
from tests.unit.sandbox_stats.dataset import FIRST, OTHER_PROJECT, TODAY, ask, between

LAST_WEEK = TODAY - timedelta(days=7)


def fact_sum(conn: sqlite3.Connection, counter: str, where: str = "1", args: tuple[Any, ...] = ()) -> int:
    return conn.execute(f"SELECT COALESCE(SUM({counter}), 0) FROM stats_fact WHERE {where}", args).fetchone()[
        0
    ]


def test_answer_has_the_reference_shape(engine: StatsEngine) -> None:
    fields = "click_rate_unique,date,sum_delivered,sum_opened,open_rate_unique,message,sum_clicked"
    body = engine.query([("fields", fields), ("post", "B_3"), *between(TODAY - timedelta(days=5), TODAY)])
    assert set(body) == {"metadata", "result", "error"}
    assert body["metadata"] == {"ready": True}
    assert body["error"] is None
    rows = body["result"]
    assert [list(r) for r in rows] == [fields.split(",")] * len(rows)  # keys in the order asked
    assert [(r["date"], r["message"]) for r in rows[:-1]] == [
        (d, m)
        for d in ((TODAY - timedelta(days=5)).isoformat(), (TODAY - timedelta(days=4)).isoformat())
        for m in ("L_30", "L_31")
    ]
    totals = rows[-1]
    assert totals["date"] == "1970-01-01" and totals["message"] == ""
    for counter in ("sum_delivered", "sum_opened", "sum_clicked"):
        assert isinstance(totals[counter], int)
        assert totals[counter] == sum(r[counter] for r in rows[:-1]) > 0
    assert totals["open_rate_unique"] == pytest.approx(
        sum(r["open_rate_unique"] * r["sum_delivered"] for r in rows[:-1]) / totals["sum_delivered"]
    )


def test_totals_are_summed_counters_and_rates_are_not_averaged(
    engine: StatsEngine, stats_conn: sqlite3.Connection
) -> None:
    everything = ",".join(["post", *COUNTERS, *RATE_FORMULAS])
    rows = ask(engine, [("fields", everything), *between(FIRST, TODAY)])["result"]
    totals = rows[-1]
    assert totals["post"] == ""
    for counter in COUNTERS:
        assert totals[counter] == fact_sum(stats_conn, counter)
        assert totals[counter] == sum(r[counter] for r in rows[:-1])
    for name, (numerator, denominator) in RATE_FORMULAS.items():
        assert totals[name] == totals[numerator] / totals[denominator]
        assert 0.0 < totals[name] < 1.0
        averaged = sum(r[name] for r in rows[:-1]) / (len(rows) - 1)
        if name == "open_rate":
            assert totals[name] != pytest.approx(averaged, rel=1e-9)


@pytest.mark.parametrize(
    ("filters", "where", "args"),
    [
        ([("message", "L_10")], "message_type = 'L' AND message_id = ?", (10,)),
        ([("message", "in:L_30,L_40")], "message_id IN (?, ?)", (30, 40)),
        ([("post", "B_3")], "post_type = 'B' AND post_id = ?", (3,)),
        ([("post", "in:A_1,S_2,S_999")], "post_id IN (?, ?)", (1, 2)),
        ([("post_type", "C")], "post_type = ?", ("C",)),
        ([("post_type", "in:S,B")], "post_type IN (?, ?)", ("S", "B")),
        ([("message_type", "L")], "message_type = ?", ("L",)),
        ([("message_type", "W")], "message_type = ?", ("W",)),
        ([("project_id", str(OTHER_PROJECT))], "project_id = ?", (OTHER_PROJECT,)),
        ([("project_id", "ge:2")], "project_id >= ?", (2,)),
        ([("project_id", "in:1,2")], "project_id IN (?, ?)", (1, 2)),
    ],
)
def test_filters(
    engine: StatsEngine,
    stats_conn: sqlite3.Connection,
    filters: list[tuple[str, str]],
    where: str,
    args: tuple[Any, ...],
) -> None:
    dates = between(FIRST, TODAY)
    totals = ask(engine, [("fields", "sum_sended,sum_clicked"), *filters, *dates])["result"][-1]
    in_range = f"({where}) AND date >= ? AND date <= ?"
    range_args = (*args, FIRST.isoformat(), TODAY.isoformat())
    assert totals["sum_sended"] == fact_sum(stats_conn, "sum_sended", in_range, range_args)
    assert totals["sum_clicked"] == fact_sum(stats_conn, "sum_clicked", in_range, range_args)


def test_date_filters_eq_ge_le_in(engine: StatsEngine) -> None:
    day = (TODAY - timedelta(days=10)).isoformat()
    rows = engine.query([("fields", "date,sum_total"), ("date", day)])["result"]
    assert [r["date"] for r in rows] == [day, "1970-01-01"]
    days = [(TODAY - timedelta(days=n)).isoformat() for n in (30, 12, 2)]
    rows = engine.query([("fields", "date,sum_total"), ("date", "in:" + ",".join(days))])["result"]
    assert [r["date"] for r in rows[:-1]] == sorted(days)
    rows = engine.query(
        [("fields", "date"), *between(TODAY - timedelta(days=12), TODAY - timedelta(days=10))]
    )
    assert [r["date"] for r in rows["result"][:-1]] == [
        (TODAY - timedelta(days=n)).isoformat() for n in (12, 11, 10)
    ]
    # a period that ends before it starts is a mistake the answer names, not a report of zeros
    reversed_period = engine.query(
        [("fields", "date,sum_total,open_rate"), ("date", "ge:2024-03-10"), ("date", "le:2024-03-01")]
    )
    assert reversed_period["result"] == []
    assert reversed_period["error"] == (
        "date: the period ends on 2024-03-01, before it starts on 2024-03-10; swap the two dates"
    )
    # two conditions on one field both hold: a day inside a range is that day
    rows = engine.query([("fields", "date"), ("date", day), ("date", f"ge:{days[0]}")])["result"]
    assert [r["date"] for r in rows] == [day, "1970-01-01"]


def test_without_a_date_the_last_week_up_to_today(
    engine: StatsEngine, stats_conn: sqlite3.Connection
) -> None:
    rows = engine.query([("fields", "date,sum_delivered")])["result"]
    dates = [r["date"] for r in rows[:-1]]
    assert dates == [(LAST_WEEK + timedelta(days=n)).isoformat() for n in range(7)]  # data ends yesterday
    week = fact_sum(stats_conn, "sum_delivered", "date >= ? AND project_id = 1", (LAST_WEEK.isoformat(),))
    assert rows[-1]["sum_delivered"] == week + fact_sum(
        stats_conn, "sum_delivered", "date >= ? AND project_id = 2", (LAST_WEEK.isoformat(),)
    )
    # another date filter replaces the default entirely
    older = engine.query([("fields", "date,sum_delivered"), ("date", "le:2024-02-10")])
    assert older["metadata"]["ready"] is False  # unbounded below: heavy


def test_at_most_100_objects_with_the_totals_last(
    engine: StatsEngine, stats_conn: sqlite3.Connection
) -> None:
    params = [("fields", "date,hour,sum_sended,delivery_rate"), *between(FIRST, TODAY)]
    rows = ask(engine, params)["result"]
    assert len(rows) == MAX_OBJECTS
    assert rows[-1]["date"] == "1970-01-01" and rows[-1]["hour"] == ""
    # the totals cover everything that matched, not only the 99 rows shown
    assert (
        rows[-1]["sum_sended"] == fact_sum(stats_conn, "sum_sended") > sum(r["sum_sended"] for r in rows[:-1])
    )
    # the first rows in order: the earliest date, its hours numerically
    first_day = [r for r in rows[:-1] if r["date"] == FIRST.isoformat()]
    assert [int(r["hour"]) for r in first_day] == sorted(int(r["hour"]) for r in first_day)
    assert len(first_day) > 10


def test_only_aggregated_fields_give_the_totals_row_alone(engine: StatsEngine) -> None:
    body = engine.query([("fields", "sum_delivered,ctor")])
    assert len(body["result"]) == 1
    assert set(body["result"][0]) == {"sum_delivered", "ctor"}


def test_only_grouping_fields_list_the_groups(engine: StatsEngine) -> None:
    rows = engine.query([("fields", "post_type,language"), ("post", "in:A_1,C_4")])["result"]
    assert rows == [
        {"post_type": "A", "language": "en"},
        {"post_type": "A", "language": "ru"},
        {"post_type": "C", "language": "ko"},
        {"post_type": "", "language": ""},
    ]


FORMATS = {
    "project_id": r"[12]",
    "message": r"L_\d+",
    "post": r"[SBACPTU]_\d+",
    "message_type": r"L",
    "post_type": r"[SBACPTU]",
    "year": r"2024",
    "quarter": r"2024-Q1",
    "month_year": r"2024-0[23]",
    "day_of_month": r"([1-9]|[12]\d|3[01])",
    "day_of_week": r"[1-7]",
    "week": r"2024-W(0[5-9]|1[01])",
    "date": r"2024-0[23]-\d\d",
    "hour": r"(\d|1\d|2[0-3])",
    "client": r"[A-Z][\w. ]+",
    "language": r"(ru|en|de|fr|it|ko)",
    "city_name": r"\w[\w .'-]+",
    "region_name": r"\w[\w .'-]+",
    "country_name": r"[A-Z][\w ]+",
}


@pytest.mark.parametrize("field", list(FORMATS))
def test_every_grouping_field_is_a_string_in_its_format(engine: StatsEngine, field: str) -> None:
    body = engine.query([("fields", f"{field},sum_total"), *between(TODAY - timedelta(days=14), TODAY)])
    rows = body["result"][:-1]
    assert rows, body
    values = [r[field] for r in rows]
    for value in values:
        assert isinstance(value, str) and re.fullmatch(FORMATS[field], value), value
    assert len(set(values)) == len(values)  # one row per group
    numeric = field in ("project_id", "day_of_month", "day_of_week", "hour")
    assert values == sorted(values, key=int if numeric else None)
    assert sum(r["sum_total"] for r in rows) == body["result"][-1]["sum_total"]


def test_week_and_day_of_week_are_iso(engine: StatsEngine) -> None:
    rows = ask(
        engine, [("fields", "date,week,day_of_week,day_of_month"), ("date", "in:2024-03-03,2024-03-04")]
    )
    assert rows["result"][:-1] == [
        {"date": "2024-03-03", "week": "2024-W09", "day_of_week": "7", "day_of_month": "3"},
        {"date": "2024-03-04", "week": "2024-W10", "day_of_week": "1", "day_of_month": "4"},
    ]


def test_places_group_by_name(engine: StatsEngine, stats_conn: sqlite3.Connection) -> None:
    rows = ask(engine, [("fields", "country_name,region_name,city_name,sum_total"), ("post", "A_1")])[
        "result"
    ]
    for row in rows[:-1]:
        assert stats_conn.execute(
            "SELECT 1 FROM stats_geo WHERE city_name = ? AND region_name = ? AND country_name = ?",
            (row["city_name"], row["region_name"], row["country_name"]),
        ).fetchone()
    assert rows[-1] == {
        "country_name": "",
        "region_name": "",
        "city_name": "",
        "sum_total": rows[-1]["sum_total"],
    }


@pytest.mark.parametrize("spelling", ["sum_stop_ xistent", "sum_stop_%20xistent", "sum_stop_nonexistent"])
def test_garbled_field_names_are_answered_under_the_name_asked(engine: StatsEngine, spelling: str) -> None:
    rows = ask(engine, [("fields", f"post,{spelling},sum_bounce_ xistent"), *between(FIRST, TODAY)])
    assert rows["error"] is None
    totals = rows["result"][-1]
    assert set(totals) == {"post", spelling, "sum_bounce_ xistent"}
    canonical = ask(
        engine, [("fields", "sum_stop_nonexistent,sum_bounce_nonexistent"), *between(FIRST, TODAY)]
    )
    assert totals[spelling] == canonical["result"][-1]["sum_stop_nonexistent"] > 0
    assert totals["sum_bounce_ xistent"] == canonical["result"][-1]["sum_bounce_nonexistent"] > 0


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ([("fields", "date,sum_sent")], "unknown field 'sum_sent'"),
        ([("fields", ",,  ,")], "fields is empty"),
        ([], "fields is empty"),
        ([("fields", "date"), ("country_name", "Russia")], "unknown parameter 'country_name'"),
        ([("fields", "date"), ("date", "2024-02-30")], "date: '2024-02-30' is not a valid value"),
        ([("fields", "date"), ("date", "ge:yesterday")], "date: 'yesterday' is not a valid value"),
        (
            [("fields", "date"), ("message", "1369")],
            "message: '1369' is not a valid value (e.g. message=L_1369)",
        ),
        ([("fields", "date"), ("post", "X_1")], "post: 'X_1' is not a valid value"),
        ([("fields", "date"), ("post_type", "in:S,Q")], "post_type: 'Q' is not a valid value"),
        ([("fields", "date"), ("project_id", "abc")], "project_id: 'abc' is not a valid value"),
        (
            [("fields", "date"), ("message", "ge:L_1")],
            "message: the modifier 'ge' applies to date and project_id",
        ),
        ([("fields", "date"), ("message", "in:")], "message: 'in:' needs at least one value"),
    ],
)
def test_errors_answer_an_empty_result_and_a_clear_message(
    engine: StatsEngine, params: list[tuple[str, str]], message: str
) -> None:
    body = engine.query(params)
    assert body["result"] == []
    assert body["metadata"] == {"ready": True}
    assert isinstance(body["error"], str) and message in body["error"]


def test_unknown_field_error_lists_what_is_known(engine: StatsEngine) -> None:
    error = engine.query([("fields", "opens")])["error"]
    assert "country_name" in error and "churn_rate" in error and "sum_stop_external_check" in error


def test_heavy_queries_are_ready_on_the_second_poll(engine: StatsEngine) -> None:
    light = [("fields", "date,message,sum_delivered")]
    assert engine.query(light)["metadata"]["ready"] is True
    three_groupings = [("fields", "date,message,client,sum_delivered")]
    long_range = [("fields", "date,sum_delivered"), *between(FIRST, TODAY)]
    for params in (three_groupings, long_range):
        first = engine.query(params)
        assert first == {"metadata": {"ready": False}, "result": [], "error": None}
        second = engine.query(params)
        assert second["metadata"]["ready"] is True and second["result"]
        assert engine.query(params) == second  # stays ready, same answer
    # the same question in another order is the same query; a new one starts over
    reordered = [*reversed(between(FIRST, TODAY)), ("fields", "date,sum_delivered")]
    assert engine.query(reordered)["metadata"]["ready"] is True
    assert engine.query([("fields", "date,sum_opened"), *between(FIRST, TODAY)])["metadata"]["ready"] is False
    # exactly 31 days is not heavy yet
    month = between(TODAY - timedelta(days=30), TODAY)
    assert engine.query([("fields", "date,sum_opened"), *month])["metadata"]["ready"] is True


def test_a_new_engine_forgets_what_was_polled(stats_conn: sqlite3.Connection) -> None:
    params = [("fields", "date,hour,client,sum_delivered")]
    first = StatsEngine(stats_conn, today=lambda: TODAY)
    assert [first.query(params)["metadata"]["ready"] for _ in range(2)] == [False, True]
    assert StatsEngine(stats_conn, today=lambda: TODAY).query(params)["metadata"]["ready"] is False


def test_today_moves_the_default_week(stats_conn: sqlite3.Connection) -> None:
    later = StatsEngine(stats_conn, today=lambda: TODAY + timedelta(days=30))
    body = later.query([("fields", "date,sum_delivered")])
    assert body["result"] == [{"date": "1970-01-01", "sum_delivered": 0}]
