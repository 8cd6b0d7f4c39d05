"""Properties of the aggregator for any mix of fields and any date range (hypothesis)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from app.domain.stats_fields import COUNTERS, GROUPING_FIELDS, RATE_FORMULAS
from app.sandbox.stats_engine import MAX_OBJECTS, StatsEngine
from tests.unit.sandbox_stats.dataset import FIRST, TODAY, ask, between

GROUPINGS = [f.name for f in GROUPING_FIELDS]
AGGREGATED = [*COUNTERS, *RATE_FORMULAS]
days = st.integers(-3, (TODAY - FIRST).days + 3).map(lambda n: FIRST + timedelta(days=n))


@st.composite
def requests(draw: st.DrawFn) -> tuple[list[str], list[str], date, date]:
    groupings = draw(st.lists(st.sampled_from(GROUPINGS), max_size=3, unique=True))
    aggregated = draw(st.lists(st.sampled_from(AGGREGATED), min_size=1, max_size=8, unique=True))
    first, last = sorted((draw(days), draw(days)))
    return groupings, aggregated, first, last


def _with_formula_counters(aggregated: list[str]) -> list[str]:
    """Ask for what each rate is made of too, so the test can recompute it."""
    out = list(aggregated)
    for name in aggregated:
        out.extend(c for c in RATE_FORMULAS.get(name, ()) if c not in out)
    return out


@settings(max_examples=60, deadline=None)
@given(request=requests())
@example(request=(["date", "hour", "client"], ["ctor", "sum_churn", "churn_rate"], FIRST, TODAY))  # capped
@example(request=(["language", "week"], list(RATE_FORMULAS), FIRST, TODAY))
def test_totals_sum_the_rows_and_rates_follow_their_formulas(
    stats_conn: sqlite3.Connection, request: tuple[list[str], list[str], date, date]
) -> None:
    groupings, aggregated, first, last = request
    engine = StatsEngine(stats_conn, today=lambda: TODAY)
    fields = groupings + _with_formula_counters(aggregated)
    body = ask(engine, [("fields", ",".join(fields)), *between(first, last)])
    assert body["error"] is None
    rows, totals = body["result"][:-1], body["result"][-1]
    assert len(body["result"]) <= MAX_OBJECTS
    assert all(list(row) == fields for row in body["result"])
    if not groupings:
        assert rows == []
    for name in groupings:
        assert totals[name] == ("1970-01-01" if name == "date" else "")
        assert all(isinstance(row[name], str) and row[name] for row in rows)
    counters = [f for f in fields if f in COUNTERS]
    capped = len(body["result"]) == MAX_OBJECTS
    event("capped" if capped else f"{len(rows)} rows" if len(rows) < 5 else "5-98 rows")
    for counter in counters if groupings else ():
        shown = sum(row[counter] for row in rows)
        assert totals[counter] >= shown if capped else totals[counter] == shown
    for row in body["result"]:
        for name, (numerator, denominator) in RATE_FORMULAS.items():
            if name not in row:
                continue
            assert 0.0 <= row[name] <= 1.0
            expected = row[numerator] / row[denominator] if row[denominator] else 0.0
            assert row[name] == expected
    # grouped rows are distinct and in the order of the grouping fields
    keys = [tuple(row[name] for name in groupings) for row in rows]
    assert len(set(keys)) == len(keys)


@settings(max_examples=25, deadline=None)
@given(request=requests())
def test_the_order_of_fields_changes_nothing_but_the_key_order(
    stats_conn: sqlite3.Connection, request: tuple[list[str], list[str], date, date]
) -> None:
    groupings, aggregated, first, last = request
    engine = StatsEngine(stats_conn, today=lambda: TODAY)
    forward = ask(engine, [("fields", ",".join(groupings + aggregated)), *between(first, last)])
    backward = ask(engine, [("fields", ",".join(aggregated[::-1] + groupings)), *between(first, last)])
    assert backward["result"][-1] == forward["result"][-1]
    if len(forward["result"]) < MAX_OBJECTS:
        assert sorted(map(repr, map(sorted_items, backward["result"]))) == sorted(
            map(repr, map(sorted_items, forward["result"]))
        )


def sorted_items(row: dict[str, object]) -> list[tuple[str, object]]:
    return sorted(row.items())
