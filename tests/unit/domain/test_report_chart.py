"""What the chart draws: lines over time with gaps as zero, bars, series by group, two axes."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.report_chart import MAX_SERIES, Axis, build_chart, time_steps
from app.domain.report_definition import ChartChoices, ChartKind, ReportDefinition, SeriesBy
from app.domain.report_fields import FieldKind
from app.domain.report_query import DateFilter, ReportFilters, ReportQuery
from app.domain.report_result import ReportAnswer

JAN_1, JAN_5 = date(2021, 1, 1), date(2021, 1, 5)


def answer(
    groupings: tuple[str, ...],
    metrics: tuple[str, ...],
    rows: list[dict[str, Any]],
    *,
    chart: ChartChoices | None = None,
    start: date | None = JAN_1,
    end: date | None = JAN_5,
    truncated: bool = False,
) -> ReportAnswer:
    query = ReportQuery(groupings, metrics, ReportFilters(dates=DateFilter.custom(start, end)))
    totals = {g: "" for g in groupings} | dict.fromkeys(metrics, 0)
    return ReportAnswer(
        ReportDefinition(query, chart or ChartChoices()), tuple(rows), totals, truncated, start, end, ""
    )


def test_days_without_sending_are_drawn_as_zero() -> None:
    rows = [
        {"date": "2021-01-02", "sum_delivered": 100, "open_rate": 0.25},
        {"date": "2021-01-04", "sum_delivered": 50, "open_rate": 0.5},
    ]
    spec = build_chart(answer(("date",), ("sum_delivered", "open_rate"), rows))
    assert spec.kind is ChartKind.LINE and spec.x_field == "date"
    assert [c[0] for c in spec.categories] == [f"2021-01-0{d}" for d in range(1, 6)]
    delivered, rate = spec.series
    assert (delivered.metric, delivered.axis, delivered.values) == (
        "sum_delivered",
        Axis.COUNT,
        (0, 100, 0, 50, 0),
    )
    assert (rate.metric, rate.axis, rate.values) == ("open_rate", Axis.RATE, (0, 0.25, 0, 0.5, 0))
    assert spec.axes_used() == {Axis.COUNT, Axis.RATE}


def test_the_totals_row_is_never_drawn() -> None:
    rows = [{"country_name": "Italy", "sum_delivered": 10}, {"country_name": "Spain", "sum_delivered": 30}]
    report = answer(("country_name",), ("sum_delivered",), rows)
    spec = build_chart(report)
    assert spec.categories == (("Spain",), ("Italy",))  # bars by size, largest first
    assert spec.series[0].values == (30, 10)
    assert report.totals["country_name"] == "" and ("",) not in spec.categories


def test_a_second_grouping_field_makes_one_line_per_value() -> None:
    rows = [
        {"date": "2021-01-01", "post": "S_1", "sum_sended": 5},
        {"date": "2021-01-03", "post": "S_1", "sum_sended": 7},
        {"date": "2021-01-02", "post": "B_2", "sum_sended": 9},
    ]
    spec = build_chart(answer(("date", "post"), ("sum_sended",), rows, end=date(2021, 1, 3)))
    assert spec.group_fields == ("post",)
    assert [(s.group, s.values) for s in spec.series] == [(("S_1",), (5, 0, 7)), (("B_2",), (0, 9, 0))]


def test_hours_run_round_the_clock() -> None:
    rows = [{"hour": "9", "sum_sended": 3}, {"hour": "10", "sum_sended": 4}]
    spec = build_chart(answer(("hour",), ("sum_sended",), rows))
    assert [c[0] for c in spec.categories] == [str(h) for h in range(24)]
    assert spec.series[0].values[8:12] == (0, 3, 4, 0)


def test_a_cut_answer_is_not_padded_past_its_last_day() -> None:
    rows = [{"date": "2021-01-01", "sum_sended": 1}, {"date": "2021-01-02", "sum_sended": 2}]
    spec = build_chart(answer(("date",), ("sum_sended",), rows, end=date(2021, 3, 1), truncated=True))
    assert [c[0] for c in spec.categories] == ["2021-01-01", "2021-01-02"]


def test_weeks_and_months_fill_their_gaps() -> None:
    assert time_steps("week", ["2020-W53", "2021-W02"], None, None) == ["2020-W53", "2021-W01", "2021-W02"]
    assert time_steps("month_year", ["2020-11"], date(2020, 10, 15), date(2021, 1, 2)) == [
        "2020-10", "2020-11", "2020-12", "2021-01",
    ]  # fmt: skip
    assert time_steps("day_of_week", ["3"], None, None) == [str(d) for d in range(1, 8)]


def test_values_that_do_not_parse_are_kept_as_they_came() -> None:
    assert time_steps("date", ["yesterday", "2021-01-01"], JAN_1, JAN_5) == ["yesterday", "2021-01-01"]
    assert time_steps("hour", ["25"], None, None) == ["25"]


def test_an_unbounded_period_is_drawn_over_the_days_with_data() -> None:
    steps = time_steps("date", ["2021-01-02", "2021-01-03"], date(2000, 1, 1), JAN_5)
    assert steps == ["2021-01-02", "2021-01-03"]


def test_comparing_campaigns_puts_the_figures_along_the_axis() -> None:
    rows = [
        {"post": "S_1", "sum_sended": 100, "open_rate_unique": 0.2, "sum_delivered": 90},
        {"post": "B_2", "sum_sended": 200, "open_rate_unique": 0.3, "sum_delivered": 190},
    ]
    chart = ChartChoices(ChartKind.BAR, (), SeriesBy.GROUP)
    spec = build_chart(
        answer(("post",), ("sum_sended", "open_rate_unique", "sum_delivered"), rows, chart=chart)
    )
    assert spec.metrics_are_categories
    assert spec.categories == (
        ("sum_sended",),
        ("sum_delivered",),
        ("open_rate_unique",),
    )  # counts, then rates
    assert spec.category_axes == (Axis.COUNT, Axis.COUNT, Axis.RATE)
    assert [(s.group, s.values) for s in spec.series] == [
        (("S_1",), (100, 90, 0.2)),
        (("B_2",), (200, 190, 0.3)),
    ]


def test_compared_campaigns_keep_the_order_they_were_picked_in() -> None:
    rows = [
        {"post": "A_1", "sum_sended": 1},
        {"post": "B_2", "sum_sended": 2},
        {"post": "S_3", "sum_sended": 3},
    ]
    query = ReportQuery(("post",), ("sum_sended",), ReportFilters(posts=("S_3", "A_1", "B_2")))
    definition = ReportDefinition(query, ChartChoices(ChartKind.BAR, (), SeriesBy.GROUP))
    spec = build_chart(ReportAnswer(definition, tuple(rows), {}, False, None, None, ""))
    assert [s.group for s in spec.series] == [("S_3",), ("A_1",), ("B_2",)]


def test_only_the_chosen_figures_are_drawn_and_text_never() -> None:
    rows = [{"client": "Gmail", "sum_opened": 4, "open_rate": 0.1, "sum_mystery": "n/a"}]
    chart = ChartChoices(metrics=("open_rate", "sum_mystery"))
    spec = build_chart(answer(("client",), ("sum_opened", "open_rate", "sum_mystery"), rows, chart=chart))
    assert [s.metric for s in spec.series] == ["open_rate"]


def test_an_unknown_field_of_fractions_goes_on_the_rate_axis() -> None:
    rows = [{"client": "Gmail", "sum_x": 0.25}, {"client": "Other", "sum_x": 0.5}]
    report = answer(("client",), ("sum_x",), rows)
    assert [c.kind for c in report.columns] == [FieldKind.GROUPING, FieldKind.RATE]
    assert build_chart(report).series[0].axis is Axis.RATE


def test_a_line_can_be_asked_for_categories_and_bars_for_time() -> None:
    rows = [{"date": "2021-01-01", "sum_sended": 1}, {"date": "2021-01-03", "sum_sended": 3}]
    bars = build_chart(answer(("date",), ("sum_sended",), rows, chart=ChartChoices(ChartKind.BAR)))
    assert bars.kind is ChartKind.BAR and len(bars.categories) == 2  # as they came, in date order
    rows = [{"client": "A", "sum_sended": 1}, {"client": "B", "sum_sended": 3}]
    line = build_chart(answer(("client",), ("sum_sended",), rows, chart=ChartChoices(ChartKind.LINE)))
    assert line.kind is ChartKind.LINE and line.categories == (("A",), ("B",))


def test_nothing_to_draw_without_a_grouping_field_or_rows() -> None:
    assert build_chart(answer((), ("sum_sended",), [])).empty
    assert build_chart(answer(("date",), ("sum_sended",), [])).empty


def test_too_many_lines_are_cut_and_counted() -> None:
    rows = [{"date": "2021-01-01", "client": f"c{n}", "sum_sended": n} for n in range(MAX_SERIES + 6)]
    spec = build_chart(answer(("date", "client"), ("sum_sended",), rows))
    assert len(spec.series) == MAX_SERIES and spec.dropped_series == 6
