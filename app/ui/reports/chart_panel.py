"""The chart with its choices: which figures are drawn, line or bars, series by figure or
by group. A wide bar chart scrolls sideways so a hundred groups stay readable."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.report_chart import MAX_SERIES, ChartSpec, build_chart
from app.domain.report_definition import ChartChoices, ChartKind, SeriesBy
from app.domain.report_result import ReportAnswer
from app.ui.pages.empty_state import EmptyState
from app.ui.reports.chart import ReportChart
from app.ui.reports.formatting import ValueFormat, field_title, tr


class ChartPanel(QWidget):
    choices_changed = Signal(object)  # ChartChoices

    def __init__(self, formatter: ValueFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answer: ReportAnswer | None = None
        self._choices = ChartChoices()
        self._metrics: tuple[str, ...] = ()
        self._updating = False

        self.metrics_button = QPushButton(tr("Figures drawn"))
        self.metrics_button.setObjectName("chartMetrics")
        self.metrics_menu = QMenu(self)
        self.metrics_button.setMenu(self.metrics_menu)
        self.kind = QComboBox()
        self.kind.setObjectName("chartKind")
        for kind, text in (
            (ChartKind.AUTO, tr("Automatic")),
            (ChartKind.LINE, tr("Line")),
            (ChartKind.BAR, tr("Bars")),
        ):
            self.kind.addItem(text, kind.value)
        self.series_by = QComboBox()
        self.series_by.setObjectName("chartSeriesBy")
        self.series_by.addItem(tr("A colour per figure"), SeriesBy.METRIC.value)
        self.series_by.addItem(tr("A colour per group"), SeriesBy.GROUP.value)
        self.note = QLabel()
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)

        self.chart = ReportChart(formatter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.chart)
        self.empty = EmptyState("", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.metrics_button)
        bar.addWidget(QLabel(tr("Chart")))
        bar.addWidget(self.kind)
        bar.addWidget(self.series_by)
        bar.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.kind.currentIndexChanged.connect(self._on_choice)
        self.series_by.currentIndexChanged.connect(self._on_choice)

    def choices(self) -> ChartChoices:
        return self._choices

    def set_choices(self, choices: ChartChoices) -> None:
        self._choices = choices
        self._updating = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(choices.kind.value)))
            self.series_by.setCurrentIndex(max(0, self.series_by.findData(choices.series_by.value)))
        finally:
            self._updating = False

    def set_answer(self, answer: ReportAnswer | None) -> None:
        """Draw the answer with its own chart choices."""
        self._answer = answer
        if answer is not None:
            self.set_choices(answer.definition.chart)
            self._metrics = answer.definition.query.normalized().metrics
        else:
            self._metrics = ()
        self._fill_menu()
        self._draw()

    def spec(self) -> ChartSpec | None:
        return self.chart.spec

    # -- choices ---------------------------------------------------------------------------

    def _fill_menu(self) -> None:
        self.metrics_menu.clear()
        drawn = set(self._drawn())
        for metric in self._metrics:
            action = QAction(field_title(metric), self.metrics_menu)
            action.setCheckable(True)
            action.setChecked(metric in drawn)
            action.setData(metric)
            action.toggled.connect(self._on_metric_toggled)
            self.metrics_menu.addAction(action)
        self.metrics_button.setEnabled(bool(self._metrics))

    def _drawn(self) -> tuple[str, ...]:
        chosen = tuple(m for m in self._choices.metrics if m in self._metrics)
        return chosen or self._metrics

    def set_metric_drawn(self, metric: str, drawn: bool) -> None:
        for action in self.metrics_menu.actions():
            if action.data() == metric:
                action.setChecked(drawn)

    def _on_metric_toggled(self, _checked: bool) -> None:
        chosen = tuple(a.data() for a in self.metrics_menu.actions() if a.isChecked())
        if not chosen:  # at least one figure stays drawn
            first = self.metrics_menu.actions()[0]
            first.blockSignals(True)
            first.setChecked(True)
            first.blockSignals(False)
            chosen = (first.data(),)
        self._change(dataclasses.replace(self._choices, metrics=chosen))

    def _on_choice(self) -> None:
        if self._updating:
            return
        kind = ChartKind(self.kind.currentData())
        series_by = SeriesBy(self.series_by.currentData())
        self._change(dataclasses.replace(self._choices, kind=kind, series_by=series_by))

    def _change(self, choices: ChartChoices) -> None:
        self._choices = choices
        self._draw()
        self.choices_changed.emit(choices)

    # -- drawing ---------------------------------------------------------------------------

    def _draw(self) -> None:
        answer = self._answer
        if answer is None:
            self.chart.show_spec(None)
            self._empty(tr("No chart yet"), tr("Run a report to see it drawn here."))
            return
        definition = dataclasses.replace(answer.definition, chart=self._choices)
        spec = build_chart(dataclasses.replace(answer, definition=definition))
        self.chart.show_spec(spec)
        self.series_by.setEnabled(bool(definition.query.groupings))
        if not definition.query.normalized().groupings:
            self._empty(
                tr("Nothing to draw"), tr("Group by a field (a date, a campaign, a country…) to see a chart.")
            )
        elif spec.empty:
            self._empty(tr("Nothing to draw"), tr("No figures came back for these filters and dates."))
        else:
            self.stack.setCurrentWidget(self.scroll_area)
        notes = []
        if spec.dropped_series:
            notes.append(
                tr("The first {0} series are drawn; choose fewer figures or groups to see the rest.").format(
                    MAX_SERIES
                )
            )
        if answer.truncated:
            notes.append(tr("The chart shows the rows that came back, not the cut ones."))
        self.note.setText(" ".join(notes))

    def _empty(self, title: str, text: str) -> None:
        self.empty.set_text(title, text)
        self.stack.setCurrentWidget(self.empty)
