"""The report's table model, its number formats and the chart adapter, on their own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.domain.report_chart import build_chart
from app.domain.report_definition import ChartChoices, ChartKind, ReportDefinition, SeriesBy
from app.domain.report_fields import FieldKind
from app.domain.report_query import DateFilter, ReportFilters, ReportQuery
from app.domain.report_result import ReportAnswer
from app.ui.reports.chart import ReportChart
from app.ui.reports.formatting import ValueFormat
from app.ui.reports.table_model import ReportTableModel, TotalsLastProxy, TotalsRole
from app.ui.theme import dark_palette, is_dark

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def answer(
    groupings: tuple[str, ...],
    metrics: tuple[str, ...],
    rows: list[dict[str, Any]],
    chart: ChartChoices | None = None,
) -> ReportAnswer:
    start, end = date(2021, 1, 1), date(2021, 1, 31)
    query = ReportQuery(groupings, metrics, ReportFilters(dates=DateFilter.custom(start, end)))
    totals: dict[str, Any] = {g: "" for g in groupings}
    if "date" in groupings:
        totals["date"] = "1970-01-01"
    for m in metrics:
        values = [r[m] for r in rows if isinstance(r.get(m), int | float)]
        totals[m] = sum(values) if values and all(isinstance(v, int) for v in values) else 0.5
    return ReportAnswer(
        ReportDefinition(query, chart or ChartChoices()), tuple(rows), totals, False, start, end, ""
    )


def test_counts_and_rates_in_the_ui_language() -> None:
    english, german = ValueFormat(ENGLISH), ValueFormat(GERMAN)
    assert english.count(947754) == "947,754" and german.count(947754) == "947.754"
    assert english.rate(0.06451146605553762) == "6.45%"
    assert english.rate(0.2346) == "23.5%" and english.rate(0.0) == "0%" and english.rate(1.0) == "100%"
    assert german.rate(0.0645) == "6,45%"
    assert english.clipboard_cell(FieldKind.COUNT, "sum_sended", 947754) == "947754"
    assert german.clipboard_cell(FieldKind.RATE, "open_rate", 0.0645) == "6,45"


def test_grouping_values_read_as_words() -> None:
    f = ValueFormat(ENGLISH, {"S_1": "Spring sale"})
    assert f.group_value("post", "S_1") == "Spring sale" and f.group_value("post", "S_9") == "S_9"
    assert f.group_value("language", "de") == "German"
    assert f.group_value("day_of_week", "1") == "Monday"
    assert f.group_value("day_of_week", "7", short=True) == "Sun"
    assert f.group_value("month_year", "2021-01") == "January 2021"
    assert f.group_value("hour", "9") == "09:00"
    assert f.group_value("week", "2021-W03") == "Week 3, 2021"
    assert f.group_value("quarter", "2021-Q1") == "Q1 2021"
    assert f.group_value("date", "2021-01-27") == "1/27/2021"
    assert f.group_value("message_type", "L") == "Email" and f.group_value("post_type", "B") == "A/B test"
    assert f.group_value("day_of_week", "9") == "9" and f.group_value("date", "soon") == "soon"  # as it came


def test_the_table_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ReportTableModel(ValueFormat(ENGLISH))
    model.set_answer(answer(("date",), ("sum_sended", "open_rate"), [
        {"date": "2021-01-02", "sum_sended": 1200, "open_rate": 0.25},
        {"date": "2021-01-03", "sum_sended": 800, "open_rate": 0.5},
    ]))  # fmt: skip
    proxy = TotalsLastProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.display(2, 0) == "Total" and model.display(2, 1) == "2,000"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Open rate"
    assert "API name: open_rate" in model.headerData(
        2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_totals_row_sorts_last_either_way(order: Qt.SortOrder) -> None:
    model = ReportTableModel(ValueFormat(ENGLISH))
    rows = [{"hour": str(h), "sum_sended": (h * 37) % 11} for h in (3, 10, 9, 22)]
    model.set_answer(answer(("hour",), ("sum_sended",), rows))
    proxy = TotalsLastProxy()
    proxy.setSourceModel(model)
    for column in (0, 1):
        proxy.sort(column, order)
        assert proxy.index(proxy.rowCount() - 1, 0).data(TotalsRole)
        hours = [proxy.index(r, 0).data() for r in range(proxy.rowCount() - 1)]
        if column == 0:  # hours as numbers: 09:00 before 10:00 before 22:00
            expected = ["03:00", "09:00", "10:00", "22:00"]
            assert hours == (expected if order == Qt.SortOrder.AscendingOrder else expected[::-1])


def test_an_unknown_field_is_shown_as_it_came() -> None:
    model = ReportTableModel(ValueFormat(ENGLISH))
    model.set_answer(answer(("client",), ("sum_mystery",), [{"client": "Gmail", "sum_mystery": "n/a"}]))
    assert model.display(0, 1) == "n/a" and model.headerData(1, Qt.Orientation.Horizontal) == "sum_mystery"


def make_chart(qtbot, report: ReportAnswer) -> ReportChart:
    chart = ReportChart(ValueFormat(ENGLISH, {"S_1": "Spring sale", "B_2": "Win-back"}))
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    chart.show_spec(build_chart(report))
    chart.show()
    return chart


def test_a_line_chart_puts_counts_and_rates_on_two_axes(qtbot) -> None:
    rows = [{"date": f"2021-01-{d:02d}", "sum_delivered": 1000 + d, "open_rate": 0.2} for d in (2, 3, 5)]
    chart = make_chart(qtbot, answer(("date",), ("sum_delivered", "open_rate"), rows))
    qchart = chart.chart()
    assert [s.name() for s in qchart.series()] == ["Delivered", "Open rate"]
    delivered, rate = qchart.series()
    assert delivered.count() == rate.count() == 31  # every day of January, the gaps at zero
    assert delivered.at(0).y() == 0 and delivered.at(1).y() == 1002
    assert rate.at(1).y() == pytest.approx(20.0)  # percent on the rate axis
    sides = {axis.alignment() for s in qchart.series() for axis in s.attachedAxes() if axis.orientation() ==
             Qt.Orientation.Vertical}  # fmt: skip
    assert sides == {Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight}
    assert chart.hover_text(1) == "1/2/2021\nDelivered: 1,002\nOpen rate: 20.0%"


def test_bars_for_categories_and_a_hundred_groups_stay_readable(qtbot) -> None:
    rows = [{"city_name": f"City {n}", "sum_opened": n} for n in range(100)]
    chart = make_chart(qtbot, answer(("city_name",), ("sum_opened",), rows))
    (bars,) = chart.chart().series()
    (bar_set,) = bars.barSets()
    assert bar_set.count() == 100 and bar_set.at(0) == 99  # largest first
    assert chart.minimumWidth() >= 100 * 7  # wide enough for a bar per group: the panel scrolls
    (x_axis,) = [a for a in chart.chart().axes() if a.orientation() == Qt.Orientation.Horizontal]
    assert x_axis.labelsAngle() == -90 and len(x_axis.categories()) == 100  # upright: never shortened to "…"


def test_campaigns_compared_are_series_with_one_legend_entry_each(qtbot) -> None:
    rows = [
        {"post": "S_1", "sum_sended": 900, "open_rate": 0.2},
        {"post": "B_2", "sum_sended": 400, "open_rate": 0.3},
    ]
    report = answer(
        ("post",), ("sum_sended", "open_rate"), rows, ChartChoices(ChartKind.BAR, (), SeriesBy.GROUP)
    )
    chart = make_chart(qtbot, report)
    assert chart.series_names() == ["Spring sale", "Win-back"]
    assert chart.category_labels() == ["Sent", "Open rate"]
    visible = [m.label() for m in chart.chart().legend().markers() if m.isVisible()]
    assert visible == ["Spring sale", "Win-back"]
    assert chart.hover_text(1) == "Open rate\nSpring sale: 20.0%\nWin-back: 30.0%"


def test_the_chart_follows_the_dark_palette_and_exports_png(qtbot) -> None:
    rows = [{"client": "Gmail", "sum_opened": 5}, {"client": "Outlook", "sum_opened": 3}]
    chart = make_chart(qtbot, answer(("client",), ("sum_opened",), rows))
    light_colour = chart.chart().series()[0].barSets()[0].color()
    chart.setPalette(dark_palette())
    assert is_dark(chart.palette())
    assert chart.chart().backgroundBrush().color().lightness() < 80
    dark_colour = chart.chart().series()[0].barSets()[0].color()
    assert dark_colour.lightness() > light_colour.lightness()  # lighter hues on a dark background
    chart.setPalette(QApplication.palette())
    assert chart.png().startswith(b"\x89PNG")


def test_few_categories_are_labelled_level_and_escaped(qtbot) -> None:
    rows = [{"client": "AT&T <Mail>", "sum_opened": 5}, {"client": "Outlook", "sum_opened": 3}]
    chart = make_chart(qtbot, answer(("client",), ("sum_opened",), rows))
    (x_axis,) = [a for a in chart.chart().axes() if a.orientation() == Qt.Orientation.Horizontal]
    assert x_axis.labelsAngle() == 0
    assert x_axis.categories() == ["AT&amp;T &lt;Mail&gt;", "Outlook"]  # the axis draws rich text
    assert chart.category_labels() == ["AT&T <Mail>", "Outlook"]
