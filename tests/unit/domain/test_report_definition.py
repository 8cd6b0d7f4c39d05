"""Saved report definitions: JSON round trips, old documents, damaged ones."""

from __future__ import annotations

from datetime import date

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.report_definition import (
    DEFINITION_VERSION,
    ChartChoices,
    ChartKind,
    ReportDefinition,
    SavedReport,
    SeriesBy,
)
from app.domain.report_presets import PRESETS, comparison_definition, preset_definition
from app.domain.report_query import DateFilter, DefinitionError, Period, ReportFilters, ReportQuery

names = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
dates = st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2040, 12, 31)))
definitions = st.builds(
    ReportDefinition,
    query=st.builds(
        ReportQuery,
        groupings=st.lists(names, max_size=3).map(tuple),
        metrics=st.lists(names, max_size=5).map(tuple),
        filters=st.builds(
            ReportFilters,
            message_type=st.sampled_from([None, "L", "S"]),
            post_type=st.sampled_from([None, "S", "B", "A"]),
            messages=st.lists(names, max_size=3).map(tuple),
            posts=st.lists(names, max_size=5).map(tuple),
            project_id=st.one_of(st.none(), st.integers(1, 10**6)),
            dates=st.builds(DateFilter, st.sampled_from(list(Period)), dates, dates),
        ),
    ),
    chart=st.builds(
        ChartChoices,
        st.sampled_from(list(ChartKind)),
        st.lists(names, max_size=4).map(tuple),
        st.sampled_from(list(SeriesBy)),
    ),
    preset=st.one_of(st.none(), names),
)


@given(definitions)
def test_any_definition_survives_a_trip_through_json_text(definition: ReportDefinition) -> None:
    text = orjson.dumps(definition.to_json())
    assert ReportDefinition.from_json(orjson.loads(text)) == definition


def test_every_preset_and_a_comparison_round_trip() -> None:
    built = [
        preset_definition(p.key, campaign="B_1" if p.subject != "email" else None,
                          email="L_1" if p.subject == "email" else None)
        for p in PRESETS
    ]  # fmt: skip
    built.append(
        comparison_definition(["S_1", "S_2"], dates=DateFilter.lifetime(date(2021, 1, 1), date(2021, 2, 1)))
    )
    for definition in built:
        assert ReportDefinition.from_json(definition.to_json()) == definition


def test_the_stored_document_is_plain_and_versioned() -> None:
    definition = ReportDefinition(
        ReportQuery(("date",), ("sum_delivered",), ReportFilters(dates=DateFilter.quick(Period.LAST_7_DAYS))),
        ChartChoices(ChartKind.LINE, ("sum_delivered",)),
    )
    assert definition.to_json() == {
        "version": DEFINITION_VERSION,
        "query": {
            "groupings": ["date"],
            "metrics": ["sum_delivered"],
            "filters": {
                "message_type": None, "post_type": None, "messages": [], "posts": [], "project_id": None,
                "dates": {"period": "last_7_days", "start": None, "end": None},
            },
        },
        "chart": {"kind": "line", "metrics": ["sum_delivered"], "series_by": "metric"},
        "preset": None,
    }  # fmt: skip


def test_a_minimal_older_document_reads_with_defaults() -> None:
    definition = ReportDefinition.from_json({"query": {"metrics": ["sum_sended"]}})
    assert definition.query == ReportQuery((), ("sum_sended",))
    assert definition.chart == ChartChoices()


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ([], "report must be an object"),
        ({}, "the report has no query"),
        ({"query": {"metrics": "sum_sended"}}, "metrics must be a list of names"),
        ({"query": {"filters": {"dates": {"period": "someday"}}}}, "unknown period"),
        ({"query": {"filters": {"dates": {"start": "2021-13-01"}}}}, "start is not a date"),
        ({"query": {"filters": {"project_id": "110"}}}, "project_id must be a number"),
        ({"query": {}, "chart": {"kind": "pie"}}, "chart:"),
        ({"version": DEFINITION_VERSION + 1, "query": {}}, "newer version of the app"),
    ],
)
def test_a_damaged_document_is_refused_with_a_reason(document: object, fragment: str) -> None:
    with pytest.raises(DefinitionError) as caught:
        ReportDefinition.from_json(document)
    assert fragment in str(caught.value)


def test_the_chart_draws_chosen_figures_still_in_the_query_else_all() -> None:
    query = ReportQuery(("date",), ("sum_delivered", "open_rate"))
    assert ReportDefinition(query, ChartChoices(metrics=("open_rate",))).drawn_metrics() == ("open_rate",)
    assert ReportDefinition(query, ChartChoices(metrics=("sum_clicked",))).drawn_metrics() == (
        "sum_delivered",
        "open_rate",
    )


def test_a_saved_report_parses_its_document() -> None:
    definition = preset_definition("by_country")
    saved = SavedReport(1, 2, "Countries", definition.to_json(), 0.0, 0.0)
    assert saved.parsed() == definition
    with pytest.raises(DefinitionError):
        SavedReport(1, 2, "Broken", {}, 0.0, 0.0).parsed()
