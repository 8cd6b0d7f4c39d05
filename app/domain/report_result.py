"""What came back for a report: its rows, the totals row, and whether the server cut it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from app.domain.report_definition import ReportDefinition
from app.domain.report_fields import FieldKind, field_kind
from app.domain.report_query import MAX_GROUPS
from app.domain.sentences import QT_TRANSLATE_NOOP

TRUNCATED_TEXT: Final = QT_TRANSLATE_NOOP(  # the report pane translates it ("Reports")
    "Reports",
    "Only the first {0} rows came back: the server sends at most {0} and the totals, so the rest "
    "is cut. Narrow the dates or drop a grouping field to see everything.",
)


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # as requested: the key in each answer object
    kind: FieldKind


@dataclass(frozen=True, slots=True)
class ReportAnswer:
    definition: ReportDefinition
    rows: tuple[dict[str, Any], ...]  # the grouped objects, in the server's order
    totals: dict[str, Any]  # the last object: grouping fields empty
    truncated: bool
    start: date | None  # the dates sent (None: open, or the server's last week)
    end: date | None
    query_string: str
    polls: int = 1

    @property
    def columns(self) -> list[Column]:
        query = self.definition.query.normalized()
        columns = [Column(name, FieldKind.GROUPING) for name in query.groupings]
        for name in query.metrics:
            kind = field_kind(name)
            if kind is FieldKind.UNKNOWN and _looks_like_rate(self.rows, name):
                kind = FieldKind.RATE
            columns.append(Column(name, kind if kind is not FieldKind.GROUPING else FieldKind.UNKNOWN))
        return columns

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def cut_message(self) -> tuple[str, tuple[str, ...]] | None:
        """The truncation warning (an English template and its arguments), None when complete."""
        return (TRUNCATED_TEXT, (str(MAX_GROUPS),)) if self.truncated else None


def number(value: Any) -> float | None:
    """A figure as a float; None for text, booleans and missing values."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _looks_like_rate(rows: Sequence[Mapping[str, Any]], name: str) -> bool:
    """An unknown field answered only with fractions in [0, 1] (not whole counts) is a rate."""
    values = [v for v in (number(row.get(name)) for row in rows) if v is not None]
    return bool(values) and all(0.0 <= v <= 1.0 for v in values) and any(not v.is_integer() for v in values)
