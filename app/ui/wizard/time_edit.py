"""A moment picked on the clock of a named time zone, or none.

The edit holds a plain wall clock (its own zone is UTC, so Qt moves nothing); the instant
is worked out by :func:`app.domain.time_zones.from_wall_clock`, which says when that
clock does not exist (spring forward: 02:30 becomes 03:30, and the note says so) or
happens twice (fall back: the first is used, and the note says so).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.time_zones import ResolvedTime, from_wall_clock, offset_text, wall_clock
from app.ui.editors.field_row import HELP_STYLE
from app.ui.text_colors import hint_style
from app.ui.wizard.formatting import moment_text


def _qt(naive: datetime) -> QDateTime:
    day = QDate(naive.year, naive.month, naive.day)
    return QDateTime(day, QTime(naive.hour, naive.minute), QTimeZone.utc())


def _naive(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class ZonedTimeEdit(QWidget):
    """``changed`` carries the new instant (aware, UTC) or None."""

    changed = Signal(object)

    def __init__(self, name: str, zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"time_{name}")
        self._zone = zone_name
        self._instant: datetime | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateTimeEdit()
        self.edit.setObjectName(f"edit_{name}")
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(self._format())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("Wed 30 Sep 2026 23:59") + 60)
        self.zone_label = QLabel()
        self.zone_label.setStyleSheet(HELP_STYLE)
        self.set_button = QPushButton(self.tr("Choose a time…"))
        self.set_button.setObjectName(f"set_{name}")
        self.clear_button = QPushButton(self.tr("Remove"))
        self.clear_button.setObjectName(f"clear_{name}")
        line.addWidget(self.set_button)
        line.addWidget(self.edit)
        line.addWidget(self.zone_label)
        line.addWidget(self.clear_button)
        line.addStretch(1)
        layout.addLayout(line)
        self.note = QLabel()
        self.note.setObjectName(f"dst_{name}")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(hint_style(self))
        self.note.hide()
        layout.addWidget(self.note)
        self.set_button.clicked.connect(self._start)
        self.clear_button.clicked.connect(lambda: self.set_instant(None, notify=True))
        self.edit.dateTimeChanged.connect(self._on_edit)
        self.edit.editingFinished.connect(self._settle)
        self._show()

    @staticmethod
    def _format() -> str:
        # Weekday and month by name: 03/04 reads as two different days in two countries.
        return "ddd d MMM yyyy  HH:mm"

    # -- the value -------------------------------------------------------------------------

    @property
    def instant(self) -> datetime | None:
        return self._instant

    @property
    def zone(self) -> str:
        return self._zone

    def set_zone(self, zone_name: str) -> None:
        """Show the same instant on another zone's clock."""
        self._zone = zone_name
        self._loading = True
        try:
            if self._instant is not None:
                self.edit.setDateTime(_qt(wall_clock(self._instant, zone_name)))
        finally:
            self._loading = False
        self._show()

    def set_instant(self, instant: datetime | None, *, notify: bool = False) -> None:
        self._instant = instant
        self._loading = True
        try:
            if instant is not None:
                self.edit.setDateTime(_qt(wall_clock(instant, self._zone)))
        finally:
            self._loading = False
        self.note.hide()
        self._show()
        if notify:
            self.changed.emit(instant)

    def set_wall_clock(self, naive: datetime) -> None:
        """As if the user typed this date and time (tests, presets)."""
        self.edit.setDateTime(_qt(naive))
        self._settle()

    def _start(self) -> None:
        """The first time offered: the next full hour tomorrow, a time people can read."""
        now = wall_clock(datetime.now().astimezone(), self._zone)
        tomorrow = (now + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
        self.set_instant(from_wall_clock(tomorrow.replace(hour=9), self._zone).instant, notify=True)
        self.edit.setFocus()

    def _on_edit(self, value: QDateTime) -> None:
        if self._loading:
            return
        resolved = from_wall_clock(_naive(value), self._zone)
        self._instant = resolved.instant
        self._explain(resolved, _naive(value))
        self._show()
        self.changed.emit(self._instant)

    def _settle(self) -> None:
        """After typing, show the time that will really be used (03:30 for a skipped 02:30)."""
        if self._instant is None:
            return
        typed = _naive(self.edit.dateTime())
        resolved = from_wall_clock(typed, self._zone)
        if resolved.skipped:
            self._loading = True
            try:
                self.edit.setDateTime(_qt(wall_clock(resolved.instant, self._zone)))
            finally:
                self._loading = False
        self._explain(resolved, typed)
        if resolved.instant != self._instant:
            self._instant = resolved.instant
            self.changed.emit(self._instant)
        self._show()

    def _explain(self, resolved: ResolvedTime, typed: datetime) -> None:
        locale = QLocale()
        clock = locale.toString(QTime(typed.hour, typed.minute), "HH:mm")
        day = locale.toString(QDate(typed.year, typed.month, typed.day), "d MMM")
        if resolved.skipped:
            used = locale.toString(_qt(wall_clock(resolved.instant, self._zone)).time(), "HH:mm")
            text = self.tr(
                "There is no {clock} on {day} in {zone}: the clocks go forward that night. "
                "The time used is {used}."
            ).format(clock=clock, day=day, zone=self._zone, used=used)
        elif resolved.repeated:
            text = self.tr(
                "{clock} happens twice on {day} in {zone}: the clocks go back that night. "
                "The first one is used ({offset})."
            ).format(clock=clock, day=day, zone=self._zone, offset=offset_text(resolved.instant, self._zone))
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _show(self) -> None:
        has = self._instant is not None
        self.edit.setVisible(has)
        self.clear_button.setVisible(has)
        self.zone_label.setVisible(has)
        self.set_button.setVisible(not has)
        if has:
            assert self._instant is not None
            self.zone_label.setText(offset_text(self._instant, self._zone))
            self.edit.setToolTip(moment_text(self._instant, self._zone))
