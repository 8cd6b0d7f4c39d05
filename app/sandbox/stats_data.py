"""Deterministic synthetic delivery statistics in SQLite.

Design (why this granularity):

* One fact table, ``stats_fact``, one row per *send cell*: (project, post, message,
  date, hour, city, language, mail client) with every counter of the report builder.
  Region and country come from the city (``stats_geo``); year, quarter, month, week
  and the day fields come from the date (``stats_calendar``), so all 18 grouping
  fields are answerable with at most two joins on tiny tables.
* Every event is dated by its **send cohort** (the date and hour the email went out),
  not by when it happened. The reference's example dates opens by event (a day with 0
  delivered and 45,486 opens); with that, a rate grouped by hour or date can exceed 1,
  and the issue requires rates in [0, 1] for any grouping. With cohorts, every row
  holds opens <= delivered etc., so any sum of rows does too.
* The full cross product (24 hours x 37 cities x languages x 12 clients per day) would
  be mostly empty and far too big. Instead each (post, day) gets a number of cells
  proportional to its volume (one per 40 recipients, 6 to 300), each drawn from
  the joint distribution hour x language x city|language x client|country, duplicates
  merged. Over weeks the marginals converge to the weights in ``stats_dimensions``.
  The demo's seven sends (two automated posts over 92 days, one-time and A/B sends)
  come to about 5,000 rows.
* The table is ``WITHOUT ROWID`` with the date first in its key, so the date filter
  that every query carries is a range scan of the table itself.

Counters are consistent in every row: total = selected + noaddress + send_policy +
inactive; selected = sent + quarantine total + the three policy errors; sent =
delivered + bounce total; quarantine and bounce totals are the sums of their parts;
unique opens <= opens <= delivered; unique clicks <= unique opens; clicks <= delivered;
churn = unsubscribed + spam reports + undelivered (bounce total).
"""

from __future__ import annotations

import random
import sqlite3
import zlib
from bisect import bisect
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from app.domain.languages import LANGUAGES
from app.sandbox import stats_dimensions as dims
from app.sandbox.stats_cells import COUNTER_COLUMNS, Audience, allocate, cell_counters, cumulative

DEFAULT_PROJECT_ID: Final = 1
# Cells drawn per (post, message, day): fewer rows make generation and queries faster,
# more make small groups smoother. One per 40 recipients keeps the demo near 5,000 rows.
_RECIPIENTS_PER_CELL: Final = 40
_MIN_CELLS: Final = 6
_MAX_CELLS: Final = 300
TRIGGERED_POST_TYPES: Final = frozenset({"A", "C", "P"})  # send every day; the rest send in bulk

DIMENSION_COLUMNS: Final = (
    "project_id",
    "post_type",
    "post_id",
    "message_type",
    "message_id",
    "date",
    "hour",
    "city_id",
    "language",
    "client",
)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS stats_geo (
    city_id INTEGER PRIMARY KEY,
    city_name TEXT NOT NULL,
    region_name TEXT NOT NULL,
    country_name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stats_calendar (
    date TEXT PRIMARY KEY,
    year INTEGER NOT NULL, quarter INTEGER NOT NULL, month INTEGER NOT NULL,
    day_of_month INTEGER NOT NULL, day_of_week INTEGER NOT NULL,
    iso_year INTEGER NOT NULL, iso_week INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_fact (
    date TEXT NOT NULL,
    project_id INTEGER NOT NULL,
    post_type TEXT NOT NULL, post_id INTEGER NOT NULL,
    message_type TEXT NOT NULL, message_id INTEGER NOT NULL,
    hour INTEGER NOT NULL, city_id INTEGER NOT NULL, language TEXT NOT NULL, client TEXT NOT NULL,
    {", ".join(f"{c} INTEGER NOT NULL" for c in COUNTER_COLUMNS)},
    PRIMARY KEY (date, post_type, post_id, message_type, message_id, project_id,
                 hour, city_id, language, client)
) WITHOUT ROWID;
"""
_COLUMNS = DIMENSION_COLUMNS + COUNTER_COLUMNS
_INSERT = "INSERT OR REPLACE INTO stats_fact ({}) VALUES ({})".format(  # noqa: S608 (constant names)
    ", ".join(_COLUMNS), ", ".join("?" * len(_COLUMNS))
)


def create_tables(conn: sqlite3.Connection) -> None:
    """Create the statistics tables (idempotent) and fill the place dimension."""
    conn.executescript(_SCHEMA)
    with _transaction(conn):
        conn.executemany(
            "INSERT OR IGNORE INTO stats_geo VALUES (?, ?, ?, ?)",
            [(i, city, region, country) for i, (city, region, country, _) in enumerate(dims.CITIES, 1)],
        )


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction, unless the caller already holds one (then theirs decides)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _send_days(post_type: str, start: date, days: int, audience: int) -> list[tuple[date, int]]:
    """How many recipients each day addresses: triggered posts daily, bulk posts front-loaded."""
    if post_type in TRIGGERED_POST_TYPES:
        out = []
        for i in range(days):
            day = start + timedelta(days=i)
            shape = dims.WEEKDAY_VOLUME[day.weekday()] * dims.season_volume(day)
            out.append((day, round(audience * shape)))
        return out
    shares = [0.5**i for i in range(days)]  # throttled bulk sending spills into later days
    return list(
        zip((start + timedelta(days=i) for i in range(days)), allocate(audience, shares), strict=True)
    )


def _send_hours(post_type: str, rng: random.Random) -> tuple[list[int], list[float]]:
    if post_type in TRIGGERED_POST_TYPES:
        return list(range(24)), cumulative(dims.HOUR_ACTIVITY)
    first = rng.randint(8, 11)
    spread = rng.randint(1, 4)
    return list(range(first, first + spread)), cumulative([0.6**i for i in range(spread)])


@dataclass(frozen=True, slots=True)
class _Send:
    """One message of one post, sent over ``days`` from ``start``."""

    project_id: int
    post_type: str
    post_id: int
    message_type: str
    message_id: int
    start: date
    days: int
    audience: int
    languages: Sequence[str]
    seed: int  # this message's recipients and rates
    schedule_seed: int  # the post's sending hours, shared by its messages


def generate_post_stats(
    conn: sqlite3.Connection,
    *,
    post_type: str,
    post_id: int,
    message_id: int,
    start: date,
    days: int,
    audience: int,
    languages: Sequence[str],
    seed: int,
    project_id: int = DEFAULT_PROJECT_ID,
    message_type: str = "L",
) -> None:
    """Statistics of one message of one post from ``start`` for ``days`` days.

    ``audience`` is recipients per day on average for triggered posts (automated,
    sequential, API), and the whole send for bulk ones (one-time, A/B, ...), which goes
    out front-loaded over ``days``. Calling it again replaces the same rows.
    """
    send = _Send(project_id, post_type, post_id, message_type, message_id, start, days, audience,
                 languages, seed, seed)  # fmt: skip
    with _transaction(conn):
        _store(conn, [send])


def seed_demo_statistics(
    conn: sqlite3.Connection,
    posts: Sequence[tuple[str, int, int]],
    today: date,
    days: int = 92,
    seed: int = 7,
    *,
    project_id: int = DEFAULT_PROJECT_ID,
    languages_by_message: Mapping[int, Sequence[str]] | None = None,
) -> None:
    """Three months (``days`` up to yesterday) of statistics for the demo's
    ``(post_type, post_id, message_id)``; the messages of one post share its schedule."""
    first = today - timedelta(days=days)
    sends = []
    for post_type, post_id, message_id in posts:
        schedule_seed = zlib.crc32(f"{seed}:{post_type}:{post_id}".encode())
        plan = random.Random(schedule_seed)
        if post_type in TRIGGERED_POST_TYPES:
            start, span, audience = first, days, plan.randint(400, 1500)
        elif post_type == "B":
            start = first + timedelta(days=plan.randrange(max(1, days - 1)))
            span, audience = 2, plan.randint(8_000, 25_000)
        else:
            start = first + timedelta(days=plan.randrange(days))
            span, audience = 1, plan.randint(15_000, 60_000)
        span = min(span, (today - start).days)
        languages = (languages_by_message or {}).get(message_id) or _demo_languages(message_id)
        message_seed = seed * 1_000_003 + post_id * 7_919 + message_id
        sends.append(_Send(project_id, post_type, post_id, "L", message_id, start, span, audience,
                           languages, message_seed, schedule_seed))  # fmt: skip
    with _transaction(conn):
        _store(conn, sends)


def _store(conn: sqlite3.Connection, sends: Sequence[_Send]) -> None:
    rows: list[tuple[object, ...]] = []
    calendar: set[tuple[object, ...]] = set()
    for send in sends:
        end = send.start + timedelta(days=send.days)
        conn.execute(
            "DELETE FROM stats_fact WHERE post_type = ? AND post_id = ? AND message_type = ?"
            " AND message_id = ? AND project_id = ? AND date >= ? AND date < ?",
            (send.post_type, send.post_id, send.message_type, send.message_id, send.project_id,
             send.start.isoformat(), end.isoformat()),
        )  # fmt: skip
        calendar.update(dims.calendar_row(send.start + timedelta(days=i)) for i in range(send.days))
        rows.extend(_rows(send))
    conn.executemany("INSERT OR IGNORE INTO stats_calendar VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sorted(calendar))
    # In key order, a B-tree insert is an append: about a third faster.
    rows.sort(key=_key)
    conn.executemany(_INSERT, rows)


def _key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row's primary key order (see the table), from its DIMENSION_COLUMNS order."""
    project_id, post_type, post_id, message_type, message_id, day, hour, city_id, language, client = row[:10]
    return (day, post_type, post_id, message_type, message_id, project_id, hour, city_id, language, client)


def _rows(send: _Send) -> list[tuple[object, ...]]:
    rng = random.Random(send.seed)
    rnd = rng.random
    who = Audience(send.languages)
    hours, hour_cum = _send_hours(send.post_type, random.Random(send.schedule_seed))
    base_open = rng.uniform(0.14, 0.30)
    base_ctor = rng.uniform(0.07, 0.17)
    bounce = rng.uniform(0.01, 0.03)
    open_factor = dims.CLIENT_OPEN_FACTOR
    dimensions = (send.project_id, send.post_type, send.post_id, send.message_type, send.message_id)
    rows: list[tuple[object, ...]] = []
    for day, volume in _send_days(send.post_type, send.start, send.days, send.audience):
        if volume <= 0:
            continue
        day_open = base_open * dims.WEEKDAY_OPENS[day.weekday()] * dims.season_opens(day)
        cells: dict[tuple[int, str, int, str], float] = {}
        for _ in range(max(_MIN_CELLS, min(_MAX_CELLS, volume // _RECIPIENTS_PER_CELL))):
            key = (hours[bisect(hour_cum, rnd() * hour_cum[-1])], *who.draw(rnd))
            cells[key] = cells.get(key, 0.0) + 0.6 + 0.8 * rnd()
        iso = day.isoformat()
        for (hour, language, city_id, client), total in zip(
            cells, allocate(volume, list(cells.values())), strict=True
        ):
            if total == 0:
                continue
            # Jitter each cell's rates by up to +-15 % (a triangular spread); fewer opens at night.
            p_open = day_open * open_factor[client] * (0.8 if hour < 7 or hour > 22 else 1.0)
            p_open = min(0.65, p_open * (1.0 + 0.15 * (rnd() + rnd() - 1.0)))
            ctor = min(0.4, base_ctor * (1.0 + 0.15 * (rnd() + rnd() - 1.0)))
            counters = cell_counters(rnd, total, p_open, ctor, bounce)
            rows.append((*dimensions, iso, hour, city_id, language, client, *counters))
    return rows


def _demo_languages(message_id: int) -> list[str]:
    codes = [language.value for language in LANGUAGES]
    main = codes[message_id % len(codes)]
    extra = [c for c in ("en", "de", "ru") if c != main][: message_id % 3]
    return [main, *extra]
