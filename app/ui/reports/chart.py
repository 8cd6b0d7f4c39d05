"""The one class that knows QtCharts: it draws a :class:`ChartSpec` and nothing else.

QtCharts is deprecated since Qt 6.10 but shipped (QtGraphs 2D needs QML); everything the
rest of the app knows about the chart goes through :class:`ReportChart`, so replacing the
library is a change to this file.

Counts are on the left axis, rates (in percent) on the right. Bars of both kinds share
the categories: each of the two bar series holds a set per figure (or per group), with
zeros where the set belongs to the other axis, so the bars stand side by side in their
slots instead of on top of each other.
"""

from __future__ import annotations

import html
from typing import Final

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from app.domain.report_chart import Axis, ChartSeries, ChartSpec
from app.domain.report_definition import ChartKind
from app.ui.reports.formatting import ValueFormat, field_title, tr
from app.ui.theme import is_dark

# Okabe-Ito and Tableau hues: told apart with the common colour-vision deficiencies; the
# dark variants are lighter so they stand out on a dark background.
_LIGHT: Final = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D31", "#4D4D4D",
                 "#B8860B", "#7F3C8D")  # fmt: skip
_DARK: Final = ("#56B4E9", "#F0B840", "#3DD6A3", "#E39AC6", "#FF8A4C", "#9AD0F5", "#D2B27A", "#C8C8C8",
                "#F2D16B", "#B58BD0")  # fmt: skip
LABEL_CHARS: Final = 22  # a category label longer than this is shortened on the axis (full on hover)
MIN_SLOT_PX: Final = 7  # narrowest bar that is still a bar


class ReportChart(QChartView):
    def __init__(self, formatter: ValueFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.formatter = formatter
        self._chart = QChart()
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.setLocalizeNumbers(True)
        self.setChart(self._chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMouseTracking(True)
        self._spec: ChartSpec | None = None
        self._labels: list[str] = []  # full category labels, for hover
        self._axis_labels: list[str] = []
        self._x_axis: QAbstractAxis | None = None
        self._names: list[str] = []
        self._apply_theme()

    # -- what the rest of the app uses -----------------------------------------------------

    @property
    def spec(self) -> ChartSpec | None:
        return self._spec

    def show_spec(self, spec: ChartSpec | None) -> None:
        """Draw ``spec`` (None or an empty spec: an empty chart)."""
        self._spec = spec
        self._rebuild()

    def series_names(self) -> list[str]:
        """The legend, in order (one name per series drawn)."""
        return list(self._names)

    def category_labels(self) -> list[str]:
        return list(self._labels)

    def hover_text(self, index: int) -> str:
        """What hovering over the ``index``-th category shows: its name and every value."""
        spec = self._spec
        if spec is None or not 0 <= index < len(spec.categories):
            return ""
        lines = [self._labels[index]]
        for name, series in zip(self._names, spec.series, strict=True):
            axis = spec.category_axes[index] if spec.metrics_are_categories else series.axis
            lines.append(f"{name}: {self._value_text(axis, series.values[index])}")
        return "\n".join(lines)

    def png(self) -> bytes:
        """The chart as drawn, as a PNG file's bytes."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.grab().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # -- drawing ---------------------------------------------------------------------------

    def _rebuild(self) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()  # its grid lines and labels leave the scene with it
        self._x_axis = None
        self._names, self._labels, self._axis_labels = [], [], []
        self.setMinimumWidth(0)
        spec = self._spec
        if spec is None or spec.empty:
            return
        # Bars are upright rectangles: smoothing their edges buys nothing and costs paint time.
        self.setRenderHint(QPainter.RenderHint.Antialiasing, spec.kind is ChartKind.LINE)
        self._labels = [self._category_label(spec, values) for values in spec.categories]
        self._axis_labels = [self._category_label(spec, values, short=True) for values in spec.categories]
        self._names = [self._series_name(spec, s) for s in spec.series]
        axes = self._value_axes(spec)
        if spec.kind is ChartKind.LINE:
            self._draw_lines(spec, axes)
        else:
            self._draw_bars(spec, axes)
        self._style_axes()

    def _value_axes(self, spec: ChartSpec) -> dict[Axis, QValueAxis]:
        axes: dict[Axis, QValueAxis] = {}
        used = spec.axes_used()
        for axis in (Axis.COUNT, Axis.RATE):
            if axis not in used:
                continue
            value_axis = QValueAxis()
            values = [self._scaled(axis, v) for s in spec.series for v in self._values_of(spec, s, axis)]
            top = max(values, default=0.0)
            value_axis.setRange(0.0, top * 1.08 if top > 0 else 1.0)
            value_axis.applyNiceNumbers()
            if axis is Axis.RATE:
                value_axis.setLabelFormat(tr("{0}%").replace("{0}", "%.0f" if top >= 5 else "%.1f"))
            else:
                value_axis.setLabelFormat("%.0f")
            side = (
                Qt.AlignmentFlag.AlignRight
                if axis is Axis.RATE and len(used) > 1
                else Qt.AlignmentFlag.AlignLeft
            )
            self._chart.addAxis(value_axis, side)
            axes[axis] = value_axis
        return axes

    @staticmethod
    def _scaled(axis: Axis | None, value: float) -> float:
        return value * 100 if axis is Axis.RATE else value

    def _draw_lines(self, spec: ChartSpec, axes: dict[Axis, QValueAxis]) -> None:
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(0, max(1, len(spec.categories) - 1))
        self._chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self._x_axis = x_axis
        self._label_line_axis()
        dots = len(spec.categories) <= 45
        for number, (series, name) in enumerate(zip(spec.series, self._names, strict=True)):
            line = QLineSeries()
            line.setName(name)
            assert series.axis is not None
            line.replace([QPointF(i, self._scaled(series.axis, v)) for i, v in enumerate(series.values)])
            # Solid: a dashed antialiased line costs several times as much to draw.
            line.setPen(QPen(self._colour(number), 2.0))
            line.setPointsVisible(dots)
            self._chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(axes[series.axis])
            line.hovered.connect(self._on_line_hovered)

    def _label_line_axis(self) -> None:
        """At most one label per ~90 px, so a hundred days stay readable."""
        axis = self._x_axis
        spec = self._spec
        if not isinstance(axis, QCategoryAxis) or spec is None:
            return
        for label in list(axis.categoriesLabels()):
            axis.remove(label)
        count = len(self._labels)
        room = max(2, self.width() // 90)
        step = max(1, -(-count // room))
        for i in range(0, count, step):
            label = html.escape(self._short(self._axis_labels[i]))
            while label in axis.categoriesLabels():
                label += "\u200b"  # the axis needs unique labels; an invisible mark tells them apart
            axis.append(label, i)

    def _draw_bars(self, spec: ChartSpec, axes: dict[Axis, QValueAxis]) -> None:
        x_axis = QBarCategoryAxis()
        self._chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self._x_axis = x_axis
        # QtCharts puts the bar series of one chart side by side in each category: counts
        # then rates, each against its own axis.
        for position, (axis, value_axis) in enumerate(axes.items()):
            bars = QBarSeries()
            bars.setBarWidth(0.85)
            for number, series in enumerate(spec.series):
                if not spec.metrics_are_categories and series.axis is not axis:
                    continue
                bar_set = QBarSet(self._names[number])
                bar_set.append([self._scaled(axis, v) for v in self._values_of(spec, series, axis)])
                bar_set.setColor(self._colour(number))
                bar_set.setBorderColor(self._colour(number))
                bar_set.hovered.connect(self._on_bar_hovered)
                bars.append(bar_set)
            self._chart.addSeries(bars)
            bars.attachAxis(x_axis)
            bars.attachAxis(value_axis)
            if spec.metrics_are_categories and position > 0:
                for marker in self._chart.legend().markers(bars):
                    marker.setVisible(False)  # the same groups, the same colours: one legend entry each
        sets = len(spec.series) * (len(axes) if spec.metrics_are_categories else 1)
        self.setMinimumWidth(min(20_000, len(spec.categories) * sets * MIN_SLOT_PX + 160))
        self._label_bar_axis()

    def _label_bar_axis(self) -> None:
        """Words on lines of their own when every word fits under its bars, else upright.

        QtCharts shortens labels to the room they have; at a slant it shortens them far
        too much, so labels are level or upright, never slanted.
        """
        axis = self._x_axis
        if not isinstance(axis, QBarCategoryAxis) or not self._axis_labels:
            return
        metrics = QFontMetrics(axis.labelsFont())
        room = max(1.0, (max(self.width(), self.minimumWidth()) - 150) / len(self._axis_labels)) - 8
        wrapped = [_wrap(text, metrics, room) for text in self._axis_labels]
        level = all(lines is not None and len(lines) <= 3 for lines in wrapped)
        labels: list[str] = []
        for text, lines in zip(self._axis_labels, wrapped, strict=True):
            # The labels are rich text: escaped, and broken into lines when level.
            if level and lines is not None:
                label = "<br>".join(html.escape(line) for line in lines)
            else:
                label = html.escape(self._short(text))
            while label in labels:
                label += "\u200b"  # the axis needs unique labels; an invisible mark tells them apart
            labels.append(label)
        angle = 0 if level else -90
        if axis.categories() != labels or axis.labelsAngle() != angle:  # each change lays the chart out again
            axis.setCategories(labels)
            axis.setLabelsAngle(angle)

    @staticmethod
    def _values_of(spec: ChartSpec, series: ChartSeries, axis: Axis) -> list[float]:
        """The series' values on ``axis``, zero where the value belongs to the other axis."""
        if spec.metrics_are_categories:
            return [v if a is axis else 0.0 for v, a in zip(series.values, spec.category_axes, strict=True)]
        return list(series.values) if series.axis is axis else [0.0] * len(series.values)

    # -- words -----------------------------------------------------------------------------

    def _category_label(self, spec: ChartSpec, values: tuple[str, ...], *, short: bool = False) -> str:
        if spec.metrics_are_categories:
            return field_title(values[0])
        fields = (spec.x_field,) if spec.kind is ChartKind.LINE and spec.x_field else spec.group_fields
        return " · ".join(
            self.formatter.group_value(f, v, short=short) or "—" for f, v in zip(fields, values, strict=True)
        )

    def _series_name(self, spec: ChartSpec, series: ChartSeries) -> str:
        group = ""
        if series.group is not None:
            group = " · ".join(
                self.formatter.group_value(f, v) or "—"
                for f, v in zip(spec.group_fields, series.group, strict=True)
            )
        if series.metric is None:
            return group
        metric = field_title(series.metric)
        return f"{metric} — {group}" if group else metric

    def _value_text(self, axis: Axis | None, value: float) -> str:
        return self.formatter.rate(value) if axis is Axis.RATE else self.formatter.count(value)

    @staticmethod
    def _short(text: str) -> str:
        return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"

    # -- hover -----------------------------------------------------------------------------

    def _on_line_hovered(self, point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.hover_text(round(point.x())), self)
        else:
            QToolTip.hideText()

    def _on_bar_hovered(self, status: bool, index: int) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.hover_text(index), self)
        else:
            QToolTip.hideText()

    # -- light and dark --------------------------------------------------------------------

    def _colour(self, number: int) -> QColor:
        colours = _DARK if is_dark(self.palette()) else _LIGHT
        return QColor(colours[number % len(colours)])

    def _apply_theme(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        chart = self._chart
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(0)
        chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
        chart.setLocale(self.formatter.locale)
        self.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))

    def _style_axes(self) -> None:
        palette = self.palette()
        text = palette.brush(QPalette.ColorRole.Text)
        grid = QColor(palette.color(QPalette.ColorRole.Text))
        grid.setAlpha(40)
        for axis in self._chart.axes():
            axis.setLabelsBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
            self._rebuild()  # the theme resets series colours: draw again in ours

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            if isinstance(self._x_axis, QCategoryAxis):
                self._label_line_axis()
            elif isinstance(self._x_axis, QBarCategoryAxis):
                self._label_bar_axis()


def _wrap(text: str, metrics: QFontMetrics, room: float) -> list[str] | None:
    """``text`` in lines no wider than ``room``, broken at spaces; None when a word is wider."""
    lines: list[str] = []
    for word in text.split():
        if metrics.horizontalAdvance(word) > room:
            return None
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]
