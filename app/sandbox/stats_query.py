"""Reading a report builder request: its fields and filters, checked, as a plan.

Pure: no SQL, no I/O. :class:`StatsQueryError` carries the message the sandbox puts
in the body's ``error``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from app.domain.enums import MessageType, PostType
from app.domain.formats import INT64_MAX
from app.domain.stats_fields import (
    AGGREGATED_BY_NAME,
    FILTER_FIELDS,
    GROUPING_BY_NAME,
    canonical_aggregated,
    parse_filter,
)

DEFAULT_DAYS: Final = 7  # "the last week from the current date" when no date is given
HEAVY_GROUPINGS: Final = 3
HEAVY_DAYS: Final = 31

_MESSAGE_TYPES: Final = "".join(t.value for t in MessageType)
_POST_TYPES: Final = "".join(t.value for t in PostType)
# ASCII digits only (``\d`` also takes "٣"); ids of at most 19 digits, checked against 64 bits below.
_ID: Final = "[0-9]{1,19}"
_VALUES: Final[dict[str, str]] = {
    "message_type": f"[{_MESSAGE_TYPES}]",
    "post_type": f"[{_POST_TYPES}]",
    "message": f"[{_MESSAGE_TYPES}]_{_ID}",
    "post": f"[{_POST_TYPES}]_{_ID}",
    "project_id": _ID,
    "date": "[0-9]{4}-[0-9]{2}-[0-9]{2}",
}
_PATTERNS: Final[dict[str, re.Pattern[str]]] = {name: re.compile(v) for name, v in _VALUES.items()}
_EXAMPLES: Final = {
    "message_type": "L",
    "post_type": "S",
    "message": "L_1369",
    "post": "S_5682",
    "project_id": "110",
    "date": "2021-01-27",
}
_ORDERED: Final = frozenset({"date", "project_id"})  # the filters ge/le make sense for


def _filter_pattern(field: str) -> str:
    value = _VALUES[field]
    plain = f"(?:(?:ge|le):)?{value}" if field in _ORDERED else value
    return f"^(?:{plain}|in:{value}(?:,{value})*)$"


# A whole filter value as the sandbox reads it (the OpenAPI description publishes these).
FILTER_PATTERNS: Final[dict[str, str]] = {name: _filter_pattern(name) for name in _VALUES}
_FILTERS: Final[dict[str, re.Pattern[str]]] = {name: re.compile(p) for name, p in FILTER_PATTERNS.items()}


class StatsQueryError(ValueError):
    """A request the report builder cannot answer; the message is for the user."""


@dataclass(frozen=True, slots=True)
class OutputField:
    requested: str  # the name as asked, which is the key in the answer
    name: str  # our name (an alias resolved)
    grouping: bool


@dataclass(frozen=True, slots=True)
class Condition:
    field: str
    modifier: str  # eq, ge, le, in
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QueryPlan:
    fields: tuple[OutputField, ...]
    conditions: tuple[Condition, ...]
    heavy: bool

    @property
    def groupings(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.grouping)

    @property
    def aggregated(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if not f.grouping)

    @property
    def key(self) -> tuple[object, ...]:
        """The same question, however its params were ordered."""
        return (tuple(f.requested for f in self.fields), tuple(sorted(self.conditions, key=repr)))


def plan_query(params: Sequence[tuple[str, str]], today: date) -> QueryPlan:
    """Check ``params`` (the query string, in order, keys may repeat) and plan the query."""
    raw_fields: list[str] = []
    conditions: list[Condition] = []
    for key, value in params:
        if key == "fields":
            raw_fields.extend(value.split(","))
        elif key in FILTER_FIELDS:
            conditions.append(_condition(key, value))
        else:
            known = ", ".join(["fields", *FILTER_FIELDS])
            raise StatsQueryError(f"unknown parameter {key!r}; the parameters are {known}")
    fields = _fields(raw_fields)
    if not any(c.field == "date" for c in conditions):
        conditions.append(Condition("date", "ge", ((today - timedelta(days=DEFAULT_DAYS)).isoformat(),)))
    groupings = sum(1 for f in fields if f.grouping)
    _refuse_reversed_period(conditions)
    span = _date_span(conditions, today)
    heavy = groupings >= HEAVY_GROUPINGS or span is None or span > HEAVY_DAYS
    return QueryPlan(tuple(fields), tuple(conditions), heavy)


def _fields(raw: list[str]) -> list[OutputField]:
    out: list[OutputField] = []
    seen: set[str] = set()
    for item in raw:
        requested = item.strip()
        if not requested or requested in seen:
            continue
        seen.add(requested)
        if requested in GROUPING_BY_NAME:
            out.append(OutputField(requested, requested, grouping=True))
            continue
        name = canonical_aggregated(requested)
        if name is None:
            raise StatsQueryError(
                f"unknown field {requested!r}; grouping fields: {', '.join(GROUPING_BY_NAME)}; "
                f"aggregated fields: {', '.join(AGGREGATED_BY_NAME)}"
            )
        out.append(OutputField(requested, name, grouping=False))
    if not out:
        raise StatsQueryError("fields is empty: ask for at least one grouping or aggregated field")
    return out


def _condition(field: str, raw: str) -> Condition:
    modifier, value = parse_filter(raw)
    values = tuple(value) if isinstance(value, list) else (value,)
    if modifier in ("ge", "le") and field not in _ORDERED:
        raise StatsQueryError(f"{field}: the modifier {modifier!r} applies to date and project_id only")
    if not values:
        raise StatsQueryError(f"{field}: 'in:' needs at least one value")
    for v in values:
        if not _PATTERNS[field].fullmatch(v) or not _in_range(field, v):
            raise StatsQueryError(f"{field}: {v!r} is not a valid value (e.g. {field}={_EXAMPLES[field]})")
    if not _FILTERS[field].fullmatch(raw):  # spaces or empty items in a list
        raise StatsQueryError(f"{field}: write {raw!r} without spaces or empty items, e.g. {field}=in:A,B")
    return Condition(field, modifier, values)


def _in_range(field: str, text: str) -> bool:
    """A real calendar date; an id that a 64-bit integer holds."""
    if field == "date":
        try:
            date.fromisoformat(text)
        except ValueError:
            return False
        return True
    if field in ("message", "post", "project_id"):
        return int(text.rpartition("_")[2]) <= INT64_MAX
    return True


def _refuse_reversed_period(conditions: list[Condition]) -> None:
    """A period whose end comes before its start is a mistake to tell about, not an empty report.
    Only the bounds the request gives count: a start after today is just a report of nothing yet."""
    starts: list[str] = []
    ends: list[str] = []
    for c in conditions:
        if c.field == "date":
            if c.modifier in ("eq", "in", "ge"):
                starts.append(min(c.values))
            if c.modifier in ("eq", "in", "le"):
                ends.append(max(c.values))
    if starts and ends and min(ends) < max(starts):
        raise StatsQueryError(
            f"date: the period ends on {min(ends)}, before it starts on {max(starts)}; "
            "swap the two dates"
        )


def _date_span(conditions: list[Condition], today: date) -> int | None:
    """Days the date filters can cover, None when unbounded below."""
    lower: date | None = None
    upper = today
    for c in conditions:
        if c.field != "date":
            continue
        days = [date.fromisoformat(v) for v in c.values]
        if c.modifier in ("eq", "in"):
            lower = min(days) if lower is None else max(lower, min(days))
            upper = min(upper, max(days))
        elif c.modifier == "ge":
            lower = days[0] if lower is None else max(lower, days[0])
        else:
            upper = min(upper, days[0])
    if lower is None:
        return None
    return max(0, (upper - lower).days + 1)
