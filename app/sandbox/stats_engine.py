"""The report builder (GET /stats/): aggregates the synthetic facts as the reference says.

Any mix of grouping and aggregated fields; ``ge``/``le``/``in`` filters; the last week
when no date is given; at most 100 objects, the last being the totals (grouping fields
``""``, ``date`` ``"1970-01-01"``); rates from summed counters, never averaged. A heavy
query (3+ grouping fields, or more than 31 days) answers ``ready: false`` the first
time it is asked and the real answer when asked again.

Grouping values are strings: ``date`` 2021-01-27, ``message`` L_7642, ``post`` S_5682,
``year`` 2021, ``quarter`` 2021-Q1, ``month_year`` 2021-01, ``week`` 2021-W03 (ISO),
``day_of_week`` 1 (Monday) to 7, ``day_of_month`` 1 to 31, ``hour`` 0 to 23,
``project_id`` 110. Rows are ordered by the grouping fields as asked, numerically
where the value is a number.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final

from app.domain.stats_fields import RATE_FORMULAS, rate
from app.sandbox.stats_query import Condition, QueryPlan, StatsQueryError, plan_query

MAX_OBJECTS: Final = 100  # the totals row included
TOTALS_DATE: Final = "1970-01-01"
_REMEMBERED: Final = 1024  # heavy queries whose first poll we remember


def _text(value: Any) -> str:
    return str(value)


# grouping field -> (SQL columns, how to spell the value from them)
_GROUPINGS: Final[dict[str, tuple[tuple[str, ...], Callable[..., str]]]] = {
    "project_id": (("f.project_id",), _text),
    "message": (("f.message_type", "f.message_id"), lambda t, i: f"{t}_{i}"),
    "post": (("f.post_type", "f.post_id"), lambda t, i: f"{t}_{i}"),
    "message_type": (("f.message_type",), _text),
    "post_type": (("f.post_type",), _text),
    "year": (("c.year",), _text),
    "quarter": (("c.year", "c.quarter"), lambda y, q: f"{y}-Q{q}"),
    "month_year": (("c.year", "c.month"), lambda y, m: f"{y}-{m:02d}"),
    "day_of_month": (("c.day_of_month",), _text),
    "day_of_week": (("c.day_of_week",), _text),
    "week": (("c.iso_year", "c.iso_week"), lambda y, w: f"{y}-W{w:02d}"),
    "date": (("f.date",), _text),
    "hour": (("f.hour",), _text),
    "client": (("f.client",), _text),
    "language": (("f.language",), _text),
    "city_name": (("g.city_name",), _text),
    "region_name": (("g.region_name",), _text),
    "country_name": (("g.country_name",), _text),
}
_JOINS: Final = {
    "c.": "JOIN stats_calendar c ON c.date = f.date",
    "g.": "JOIN stats_geo g ON g.city_id = f.city_id",
}
_OPERATORS: Final = {"eq": "=", "ge": ">=", "le": "<="}


class StatsEngine:
    """Answers report builder queries from the ``stats_*`` tables of ``conn``.

    Safe to call from several threads: queries on the connection are serialised
    (the connection must then be opened with ``check_same_thread=False``).
    """

    def __init__(self, conn: sqlite3.Connection, *, today: Callable[[], date] = date.today) -> None:
        self._conn = conn
        self._today = today
        self._lock = threading.Lock()
        self._polled: OrderedDict[tuple[object, ...], None] = OrderedDict()

    def query(self, params: Sequence[tuple[str, str]]) -> dict[str, Any]:
        """The whole JSON body for a GET /stats/ with these query params."""
        try:
            plan = plan_query(params, self._today())
        except StatsQueryError as exc:
            return _body(ready=True, result=[], error=str(exc))
        with self._lock:
            if plan.heavy and not self._polled_before(plan.key):
                return _body(ready=False, result=[], error=None)
            return _body(ready=True, result=self._run(plan), error=None)

    def _polled_before(self, key: tuple[object, ...]) -> bool:
        if key in self._polled:
            self._polled.move_to_end(key)
            return True
        self._polled[key] = None
        if len(self._polled) > _REMEMBERED:
            self._polled.popitem(last=False)
        return False

    def _run(self, plan: QueryPlan) -> list[dict[str, Any]]:
        counters = _counters_needed(plan.aggregated)
        where, args = _where(plan.conditions)
        sums = [f"COALESCE(SUM(f.{c}), 0)" for c in counters]  # names from the catalogue, not the user
        rows: list[dict[str, Any]] = []
        if plan.groupings:
            columns = [col for name in plan.groupings for col in _GROUPINGS[name][0]]
            joins = [join for prefix, join in _JOINS.items() if any(c.startswith(prefix) for c in columns)]
            listed = ", ".join(columns)
            sql = (
                f"SELECT {', '.join([*columns, *sums])} FROM stats_fact f {' '.join(joins)}"  # noqa: S608
                f" WHERE {where} GROUP BY {listed} ORDER BY {listed} LIMIT {MAX_OBJECTS - 1}"
            )
            for record in self._conn.execute(sql, args):
                rows.append(_object(plan, record, counters, len(columns)))
        totals_sql = f"SELECT {', '.join(sums) or '0'} FROM stats_fact f WHERE {where}"  # noqa: S608
        totals = self._conn.execute(totals_sql, args).fetchone()
        rows.append(_object(plan, totals if sums else (), counters, 0))
        return rows


def _counters_needed(aggregated: Sequence[str]) -> list[str]:
    needed: dict[str, None] = {}
    for name in aggregated:
        for counter in RATE_FORMULAS.get(name, (name,)):
            needed[counter] = None
    return list(needed)


def _where(conditions: Sequence[Condition]) -> tuple[str, list[Any]]:
    parts: list[str] = []
    args: list[Any] = []
    for c in conditions:
        if c.field in ("message", "post"):
            kind, ident = f"f.{c.field}_type", f"f.{c.field}_id"
            pairs = [v.split("_") for v in c.values]
            parts.append("(" + " OR ".join(f"({kind} = ? AND {ident} = ?)" for _ in pairs) + ")")
            args.extend(x for t, i in pairs for x in (t, int(i)))
            continue
        values: list[Any] = [int(v) for v in c.values] if c.field == "project_id" else list(c.values)
        if c.modifier == "in":
            parts.append(f"f.{c.field} IN ({', '.join('?' * len(values))})")
        else:
            parts.append(f"f.{c.field} {_OPERATORS[c.modifier]} ?")
        args.extend(values)
    return " AND ".join(parts) or "1", args


def _object(plan: QueryPlan, record: Sequence[Any], counters: list[str], n_columns: int) -> dict[str, Any]:
    """One answer object; with ``n_columns == 0`` the totals row."""
    sums = dict(zip(counters, record[n_columns:], strict=True))
    out: dict[str, Any] = {}
    position = 0
    for field in plan.fields:
        if field.grouping:
            columns, spell = _GROUPINGS[field.name]
            if n_columns:
                out[field.requested] = spell(*record[position : position + len(columns)])
                position += len(columns)
            else:
                out[field.requested] = TOTALS_DATE if field.name == "date" else ""
        elif field.name in RATE_FORMULAS:
            numerator, denominator = RATE_FORMULAS[field.name]
            out[field.requested] = rate(sums[numerator], sums[denominator])
        else:
            out[field.requested] = sums[field.name]
    return out


def _body(*, ready: bool, result: list[dict[str, Any]], error: str | None) -> dict[str, Any]:
    return {"metadata": {"ready": ready}, "result": result, "error": error}
