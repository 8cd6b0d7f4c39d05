"""The A/B test on a time line drawn to scale: the test send (spread over its hours), the time
its results are counted, the moment the winner is chosen, and the main send (spread too).

Colours come from the palette (dark mode included); a main send that starts before the
test has finished is drawn over it in red, with the reason in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.time_zones import from_wall_clock, in_zone
from app.ui.theme import is_dark
from app.ui.wizard.formatting import moment_text, zoned

# Tick steps to choose from, so that 4-9 ticks fit the span.
_STEPS: Final = tuple(timedelta(hours=h) for h in (1, 2, 3, 6, 12, 24, 48, 72, 168))
_MIN_BLOCK: Final = 6.0  # px: a send "all at once" still shows


class AbTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("abTimeline")
        self.setMinimumHeight(self.fontMetrics().height() * 4 + 48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._test: datetime | None = None
        self._main: datetime | None = None
        self._hours = 0
        self._percent: int | None = None
        self._zone = "UTC"

    def sizeHint(self) -> QSize:
        return QSize(520, self.fontMetrics().height() * 4 + 48)

    def set_plan(self, test: datetime | None, main: datetime | None, hours: int | None, percent: int | None,
                 zone_name: str) -> None:  # fmt: skip
        self._test, self._main = test, main
        self._hours = max(0, hours or 0)
        self._percent = percent
        self._zone = zone_name
        self.setToolTip(self.summary_text())
        self.update()

    @property
    def overlaps(self) -> bool:
        return self._test is not None and self._main is not None and self._main < self._test_end()

    def _test_end(self) -> datetime:
        assert self._test is not None
        return self._test + timedelta(hours=self._hours)

    def summary_text(self) -> str:
        """The picture in words (tooltip, screen readers, tests)."""
        if self._test is None or self._main is None:
            return self.tr("Choose when the test and the main send start to see them on a time line.")
        spread = self._spread()
        template = self.tr("Test send {start}{spread}; winner chosen {decision}; main send {main}{spread}.")
        text = template.format(
            start=moment_text(self._test, self._zone), spread=spread,
            decision=moment_text(self._main, self._zone), main=moment_text(self._main, self._zone),
        )  # fmt: skip
        if self.overlaps:
            text += " " + self.tr("The main send starts before the test has finished.")
        return text

    def _spread(self) -> str:
        if not self._hours:
            return ""
        return self.tr(", over %n hour(s)", "", self._hours).replace("(s)", "s" if self._hours != 1 else "")

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.windowText().color()
        muted = palette.placeholderText().color()
        if self._test is None or self._main is None:
            painter.setPen(muted)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect(), int(flags), self.summary_text())
            return
        dark = is_dark(palette)
        test_colour = palette.highlight().color()
        main_colour = QColor("#66bb6a" if dark else "#2e7d32")
        problem = QColor("#ef5350" if dark else "#c62828")
        test_end = self._test_end()
        main_end = self._main + timedelta(hours=self._hours)
        first, last = min(self._test, self._main), max(test_end, main_end)
        span = max(last - first, timedelta(hours=1))
        first -= span * 0.06
        last += span * 0.06
        left, right = 8.0, float(self.width() - 8)
        metrics = QFontMetrics(self.font())
        line = metrics.height()

        def x(moment: datetime) -> float:
            return left + (right - left) * ((moment - first) / (last - first))

        def block(start: datetime, end: datetime, top: float, colour: QColor) -> QRectF:
            x0, x1 = x(start), x(end)
            rect = QRectF(x0, top, max(x1 - x0, _MIN_BLOCK), line + 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            return rect

        test_top, main_top = 6.0, 6.0 + line + 22
        test_rect = block(self._test, test_end, test_top, test_colour)
        # Results are counted from the test send until the winner is chosen.
        if self._main > test_end:
            band = QColor(test_colour)
            band.setAlpha(60)
            painter.setBrush(band)
            painter.drawRect(QRectF(x(test_end), test_top + 4, x(self._main) - x(test_end), line))
        percent = f" · {self._percent}%" if self._percent is not None else ""
        label_end = self._label(painter, test_rect.adjusted(6, 4, 0, 0), self.tr("Test") + percent, text,
                                after=test_rect)  # fmt: skip
        if self._main > test_end:
            # In the band, after the test's label when that sits beside its block; left out
            # when there is no room (the tooltip and the line under the picture say it).
            start = max(x(test_end), label_end + 8 if label_end > test_rect.right() else x(test_end))
            room = QRectF(start, test_top + 4, x(self._main) - start, line)
            wait = self._main - test_end
            if self._label(painter, room, self._duration(wait), muted, centre=True) == room.left():
                self._label(painter, room, self._duration(wait, short=True), muted, centre=True)
        main_rect = block(self._main, main_end, main_top, main_colour)
        rest = f" · {100 - self._percent}%" if self._percent is not None else ""
        main_text = self.tr("Main send") + rest
        self._label(painter, main_rect.adjusted(6, 4, 0, 0), main_text, text, after=main_rect)
        if self.overlaps:
            clash = QColor(problem)
            clash.setAlpha(90)
            painter.setBrush(clash)
            painter.setPen(QPen(problem, 1.5))
            height = main_top - test_top + line + 12
            painter.drawRect(QRectF(x(self._main), test_top - 2, x(test_end) - x(self._main), height))
        # The decision: a dashed line and a diamond where the winner is chosen.
        decision = x(self._main)
        painter.setPen(QPen(problem if self.overlaps else text, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(decision, 2), QPointF(decision, main_top + line + 12))
        painter.setBrush(problem if self.overlaps else text)
        painter.setPen(Qt.PenStyle.NoPen)
        y = test_top + line + 14
        painter.drawPolygon(QPolygonF([QPointF(decision, y - 5), QPointF(decision + 5, y),
                                       QPointF(decision, y + 5), QPointF(decision - 5, y)]))  # fmt: skip
        winner = self.tr("Winner chosen") if not self.overlaps else self.tr("Test not finished")
        width = QFontMetrics(self.font()).horizontalAdvance(winner) + 4
        # Right of the line, or left of it when the line is near the right edge.
        x0 = decision + 8 if decision + 8 + width <= self.width() - 4 else decision - 8 - width
        colour = problem if self.overlaps else text
        self._label(painter, QRectF(x0, y - line / 2, width, line), winner, colour)
        self._axis(painter, first, last, x, main_top + line + 18, muted)
        painter.end()

    def _label(self, painter: QPainter, rect: QRectF, text: str, colour: QColor, *, centre: bool = False,
               after: QRectF | None = None) -> float:  # fmt: skip
        """Draws ``text``; returns where it ends on the right (its rect's left when not drawn)."""
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance(text)
        if after is not None and width + 12 > after.width():
            # No room inside the block: the label goes right of it, or left near the right edge.
            fits_right = after.right() + 6 + width <= self.width() - 4
            left = after.right() + 6 if fits_right else after.left() - 6 - width
            rect = QRectF(left, rect.top(), width + 4, rect.height())
            colour = self.palette().windowText().color()
        elif after is not None:
            colour = self.palette().highlightedText().color()
        if centre and width + 8 > rect.width():
            return rect.left()
        painter.setPen(colour)
        across = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
        flags = Qt.AlignmentFlag.AlignVCenter | across
        painter.drawText(rect, int(flags), text)
        return rect.left() + (rect.width() + width) / 2 if centre else rect.left() + width

    def _duration(self, wait: timedelta, *, short: bool = False) -> str:
        hours = int(wait.total_seconds() // 3600)
        if short and hours >= 1:  # where the whole phrase has no room: "21 h of results"
            return self.tr("%n h of results", "", hours)
        if hours >= 48:
            days = hours // 24
            return self.tr("results counted for %n day(s)", "", days).replace("(s)", "s" if days != 1 else "")
        if hours >= 1:
            text = self.tr("results counted for %n hour(s)", "", hours)
            return text.replace("(s)", "s" if hours != 1 else "")
        minutes = int(wait.total_seconds() // 60)
        return self.tr("%n min", "", minutes)

    def _axis(
        self, painter: QPainter, first: datetime, last: datetime, x: Callable[[datetime], float], top: float,
        colour: QColor,
    ) -> None:
        painter.setPen(QPen(colour, 1))
        painter.drawLine(QPointF(8, top), QPointF(self.width() - 8, top))
        span = last - first
        step = next((s for s in _STEPS if span / s <= 8), _STEPS[-1])
        local = in_zone(first, self._zone)
        hours = int(step.total_seconds() // 3600)
        start = local.replace(minute=0, second=0, microsecond=0)
        tick = start.replace(hour=0 if hours >= 24 else start.hour // hours * hours)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        last_day = None
        while tick <= last:
            if tick >= first:
                px = x(tick)
                painter.drawLine(QPointF(px, top), QPointF(px, top + 4))
                stamp = zoned(tick, self._zone)
                label = stamp.toString("HH:mm") if hours < 24 else ""
                day = stamp.date()
                if day != last_day:
                    label = (self.locale().toString(day, "ddd d") + " " + label).strip()
                    last_day = day
                width = metrics.horizontalAdvance(label)
                painter.drawText(QRectF(px - width / 2, top + 5, width + 2, metrics.height()), label)
            # Whole hours on the zone's clock, also across a change of offset.
            if hours < 24:
                tick = in_zone(tick + step, self._zone)
            else:
                tick = _next_day(tick, hours // 24, self._zone)
        painter.setFont(self.font())


def _next_day(moment: datetime, days: int, zone_name: str) -> datetime:
    naive = moment.replace(tzinfo=None) + timedelta(days=days)
    return in_zone(from_wall_clock(naive.replace(hour=0, minute=0), zone_name).instant, zone_name)
