"""What a report's chart shows, worked out from the answer: no Qt, so it is tested alone.

* Grouped by a time field (date, week, month, day, hour) it is a line, and the axis runs
  over every step of the period: a day with no sending is drawn as zero, not skipped.
  A second grouping field makes one line per value of it (and per figure).
* Otherwise bars, one per group; with a single category field they are sorted by the
  first figure, largest first.
* "Series by group" (comparing campaigns) turns it round: the figures along the axis,
  one series per group.
* Counts and rates go on separate axes. The totals row is never drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Final

from app.domain.report_definition import ChartKind, SeriesBy
from app.domain.report_fields import TIME_FIELDS, FieldKind
from app.domain.report_result import ReportAnswer, number

MAX_SERIES: Final = 24  # more lines than this is no longer a chart anyone can read
MAX_FILLED: Final = 800  # a period longer than this is drawn over the days that have data
_FULL_RANGES: Final[dict[str, tuple[int, int]]] = {
    "hour": (0, 23),
    "day_of_week": (1, 7),
    "day_of_month": (1, 31),
}


class Axis(StrEnum):
    COUNT = "count"
    RATE = "rate"


@dataclass(frozen=True, slots=True)
class ChartSeries:
    metric: str | None  # None when the series is a group and the figures are the categories
    group: tuple[str, ...] | None  # values of the grouping fields the series is for
    axis: Axis | None  # None when the categories carry the axis (series by group)
    values: tuple[float, ...]  # one per category


@dataclass(frozen=True, slots=True)
class ChartSpec:
    kind: ChartKind  # LINE or BAR
    x_field: str | None  # the grouping field along the axis; None when the figures are
    categories: tuple[tuple[str, ...], ...]  # grouping values per category (or (metric,))
    category_axes: tuple[Axis, ...]  # per category, when the figures are the categories
    series: tuple[ChartSeries, ...]
    dropped_series: int = 0  # left out past MAX_SERIES
    group_fields: tuple[str, ...] = ()  # what ChartSeries.group / categories hold values of

    @property
    def empty(self) -> bool:
        return not self.series or not self.categories

    @property
    def metrics_are_categories(self) -> bool:
        return self.x_field is None and bool(self.category_axes)

    def axes_used(self) -> set[Axis]:
        if self.metrics_are_categories:
            return set(self.category_axes)
        return {s.axis for s in self.series if s.axis is not None}


def build_chart(answer: ReportAnswer) -> ChartSpec:
    definition = answer.definition
    columns = {c.name: c.kind for c in answer.columns}
    groupings = definition.query.normalized().groupings
    metrics = [m for m in definition.drawn_metrics() if _chartable(answer.rows, m, columns.get(m))]
    axes = {m: Axis.RATE if columns.get(m) is FieldKind.RATE else Axis.COUNT for m in metrics}
    choices = definition.chart
    rows = answer.rows
    if not groupings or not metrics or not rows:
        return ChartSpec(ChartKind.BAR, None, (), (), ())
    if choices.series_by is SeriesBy.GROUP:
        # Campaigns (or emails) compared come in the order they were picked, not by code.
        filters = definition.query.normalized().filters
        picked = {"post": filters.posts, "message": filters.messages}.get(groupings[0], ())
        if picked:
            rows = tuple(sorted(rows, key=lambda row: _position(picked, row.get(groupings[0]))))
        return _by_group(rows, groupings, metrics, axes)
    time_field = next((g for g in groupings if g in TIME_FIELDS), None)
    kind = choices.kind
    if kind is ChartKind.AUTO:
        kind = ChartKind.LINE if time_field is not None else ChartKind.BAR
    if kind is ChartKind.LINE:
        x_field = time_field or groupings[0]
        return _line(answer, rows, groupings, x_field, metrics, axes)
    return _bars(rows, groupings, metrics, axes)


def _chartable(rows: Sequence[Mapping[str, Any]], metric: str, kind: FieldKind | None) -> bool:
    if kind in (FieldKind.COUNT, FieldKind.RATE):
        return True
    return any(number(row.get(metric)) is not None for row in rows)


def _position(picked: Sequence[str], value: Any) -> int:
    return picked.index(value) if value in picked else len(picked)


def _value(row: Mapping[str, Any], metric: str) -> float:
    return number(row.get(metric)) or 0.0


def _key(row: Mapping[str, Any], fields: Sequence[str]) -> tuple[str, ...]:
    return tuple("" if row.get(f) is None else str(row.get(f)) for f in fields)


def _line(
    answer: ReportAnswer,
    rows: Sequence[Mapping[str, Any]],
    groupings: Sequence[str],
    x_field: str,
    metrics: Sequence[str],
    axes: Mapping[str, Axis],
) -> ChartSpec:
    others = [g for g in groupings if g != x_field]
    present = list(dict.fromkeys(str(row.get(x_field, "")) for row in rows))
    steps = time_steps(x_field, present, answer.start, answer.end, truncated=answer.truncated)
    position = {step: i for i, step in enumerate(steps)}
    groups = list(dict.fromkeys(_key(row, others) for row in rows))
    cells: dict[tuple[tuple[str, ...], str], list[float]] = {}
    for group in groups:
        for metric in metrics:
            cells[(group, metric)] = [0.0] * len(steps)
    for row in rows:
        index = position[str(row.get(x_field, ""))]
        group = _key(row, others)
        for metric in metrics:
            cells[(group, metric)][index] += _value(row, metric)
    series = [
        ChartSeries(metric, group if others else None, axes[metric], tuple(values))
        for (group, metric), values in cells.items()
    ]
    return ChartSpec(
        ChartKind.LINE, x_field, tuple((s,) for s in steps), (), tuple(series[:MAX_SERIES]),
        max(0, len(series) - MAX_SERIES), tuple(others),
    )  # fmt: skip


def _bars(
    rows: Sequence[Mapping[str, Any]],
    groupings: Sequence[str],
    metrics: Sequence[str],
    axes: Mapping[str, Axis],
) -> ChartSpec:
    ordered = list(rows)
    if len(groupings) == 1 and groupings[0] not in TIME_FIELDS:
        ordered.sort(key=lambda row: -_value(row, metrics[0]))
    categories = tuple(_key(row, groupings) for row in ordered)
    series = [
        ChartSeries(metric, None, axes[metric], tuple(_value(row, metric) for row in ordered))
        for metric in metrics
    ]
    return ChartSpec(
        ChartKind.BAR, groupings[0], categories, (), tuple(series[:MAX_SERIES]),
        max(0, len(series) - MAX_SERIES), tuple(groupings),
    )  # fmt: skip


def _by_group(
    rows: Sequence[Mapping[str, Any]],
    groupings: Sequence[str],
    metrics: Sequence[str],
    axes: Mapping[str, Axis],
) -> ChartSpec:
    ordered = sorted(metrics, key=lambda m: axes[m] is Axis.RATE)  # counts, then rates: two blocks
    series = [
        ChartSeries(None, _key(row, groupings), None, tuple(_value(row, m) for m in ordered)) for row in rows
    ]
    return ChartSpec(
        ChartKind.BAR, None, tuple((m,) for m in ordered), tuple(axes[m] for m in ordered),
        tuple(series[:MAX_SERIES]), max(0, len(series) - MAX_SERIES), tuple(groupings),
    )  # fmt: skip


# -- the steps of a time axis ------------------------------------------------------------


def time_steps(
    field: str, present: Sequence[str], start: date | None, end: date | None, *, truncated: bool = False
) -> list[str]:
    """Every step of ``field`` the chart runs over, as the server spells the values.

    Hours, weekdays and days of the month run over their whole range. Dates, weeks and
    months run from the period's first to its last day (the data's own first or last
    where the period is open, or where a cut answer ends early). Values that do not
    parse are kept as they came, with nothing filled in.
    """
    if field in _FULL_RANGES:
        low, high = _FULL_RANGES[field]
        steps = [str(n) for n in range(low, high + 1)]
    elif field in ("date", "week", "month_year"):
        days = [d for d in (_day_of(field, v) for v in present) if d is not None]
        if len(days) != len(present) or (not days and (start is None or end is None)):
            return list(present)
        first = min([*days, *([start] if start else [])])
        last = max([*days, *([end] if end and not truncated else [])])
        if (last - first).days > MAX_FILLED:
            first, last = min(days), max(days)
        steps = _calendar(field, first, last)
    else:
        return list(present)
    if any(v not in steps for v in present):
        return list(present)
    return steps


def _day_of(field: str, value: str) -> date | None:
    try:
        if field == "date":
            return date.fromisoformat(value)
        if field == "week":
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week), 1)
        year, month = value.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return None


def _calendar(field: str, first: date, last: date) -> list[str]:
    steps: list[str] = []
    day = first
    while day <= last:
        if field == "date":
            steps.append(day.isoformat())
        elif field == "week":
            iso = day.isocalendar()
            text = f"{iso.year}-W{iso.week:02d}"
            if not steps or steps[-1] != text:
                steps.append(text)
        else:
            text = f"{day.year}-{day.month:02d}"
            if not steps or steps[-1] != text:
                steps.append(text)
        day += timedelta(days=1)
    return steps
