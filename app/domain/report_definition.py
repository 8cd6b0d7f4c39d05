"""A whole report as it is saved: the question, how the chart shows it, and its preset.

Stored as one JSON document (the workspace's ``saved_reports.definition``).
:meth:`ReportDefinition.from_json` reads documents of this and earlier versions and
raises :class:`DefinitionError` with a plain message for anything it cannot use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from app.domain.report_query import DefinitionError, ReportQuery, expect_names, expect_object

DEFINITION_VERSION: Final = 1


class ChartKind(StrEnum):
    AUTO = "auto"  # a line over time fields, bars for categories
    LINE = "line"
    BAR = "bar"


class SeriesBy(StrEnum):
    METRIC = "metric"  # one series per figure, the groups along the axis
    GROUP = "group"  # one series per group (each campaign a colour), the figures along the axis


@dataclass(frozen=True, slots=True)
class ChartChoices:
    kind: ChartKind = ChartKind.AUTO
    metrics: tuple[str, ...] = ()  # figures drawn; empty: every figure of the query
    series_by: SeriesBy = SeriesBy.METRIC

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "metrics": list(self.metrics), "series_by": self.series_by.value}

    @classmethod
    def from_json(cls, value: Any) -> ChartChoices:
        data = expect_object(value, "chart")
        try:
            kind = ChartKind(data.get("kind", ChartKind.AUTO.value))
            series_by = SeriesBy(data.get("series_by", SeriesBy.METRIC.value))
        except ValueError as error:
            raise DefinitionError(f"chart: {error}") from None
        return cls(kind, expect_names(data.get("metrics", []), "chart metrics"), series_by)


@dataclass(frozen=True, slots=True)
class ReportDefinition:
    query: ReportQuery = field(default_factory=ReportQuery)
    chart: ChartChoices = field(default_factory=ChartChoices)
    preset: str | None = None  # the preset it started from, for the title

    def drawn_metrics(self) -> tuple[str, ...]:
        """The figures the chart draws: the chosen ones still in the query, else all of them."""
        metrics = self.query.normalized().metrics
        chosen = tuple(m for m in self.chart.metrics if m in metrics)
        return chosen or metrics

    def to_json(self) -> dict[str, Any]:
        return {
            "version": DEFINITION_VERSION,
            "query": self.query.to_json(),
            "chart": self.chart.to_json(),
            "preset": self.preset,
        }

    @classmethod
    def from_json(cls, value: Any) -> ReportDefinition:
        data = expect_object(value, "report")
        version = data.get("version", DEFINITION_VERSION)
        if not isinstance(version, int) or version > DEFINITION_VERSION:
            raise DefinitionError(
                "this report was saved by a newer version of the app; update the app to open it"
            )
        if "query" not in data:
            raise DefinitionError("the report has no query")
        preset = data.get("preset")
        if preset is not None and not isinstance(preset, str):
            raise DefinitionError("preset must be text")
        return cls(
            ReportQuery.from_json(data.get("query", {})),
            ChartChoices.from_json(data.get("chart", {})),
            preset,
        )


@dataclass(frozen=True, slots=True)
class SavedReport:
    """A row of the workspace's saved reports; ``definition`` is the stored JSON object."""

    id: int
    account_id: int
    name: str
    definition: dict[str, Any]
    created_at: float
    updated_at: float

    def parsed(self) -> ReportDefinition:
        """Raises :class:`DefinitionError` when the stored document cannot be used."""
        return ReportDefinition.from_json(self.definition)
