"""An automated campaign's schedule: presets (every day at…, weekdays at…, every week on…,
every month on day…) or a crontab of one's own, its meaning in the UI's language, the next
five runs on the user's clock, and a word when it fires more than once an hour or never."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import crontab
from app.domain.crontab import Preset, PresetKind
from app.domain.time_zones import in_zone
from app.ui.editors.base import field_message
from app.ui.editors.field_row import HELP_STYLE
from app.ui.text_colors import hint_style, problem_style
from app.ui.wizard.formatting import day_names, month_names, short_moment

NEXT_RUNS = 5
CUSTOM = "custom"


class CrontabEditor(QWidget):
    """``changed`` carries the expression typed or built (stripped; "" for none)."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._zone = "UTC"
        self._run_from: datetime | None = None
        self._run_to: datetime | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox()
        self.preset.setObjectName("crontabPreset")
        for kind, text in (
            (PresetKind.DAILY, self.tr("Every day at…")),
            (PresetKind.WEEKDAYS, self.tr("Weekdays (Monday to Friday) at…")),
            (PresetKind.WEEKLY, self.tr("Every week on…")),
            (PresetKind.MONTHLY, self.tr("Every month on day…")),
            (CUSTOM, self.tr("A schedule of my own (crontab)")),
        ):
            self.preset.addItem(text, kind)
        self.weekday = QComboBox()
        self.weekday.setObjectName("crontabWeekday")
        names = day_names()
        for cron_day in (1, 2, 3, 4, 5, 6, 0):  # Monday first, as most of the world reads a week
            self.weekday.addItem(names[(cron_day - 1) % 7], cron_day)
        self.day = QSpinBox()
        self.day.setObjectName("crontabDay")
        self.day.setRange(1, 31)
        self.time = QTimeEdit()
        self.time.setObjectName("crontabTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(9, 0))
        self.at = QLabel(self.tr("at"))
        self.expression = QLineEdit()
        self.expression.setObjectName("field_crontab")
        self.expression.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.expression.setPlaceholderText(self.tr("minute hour day month weekday, e.g. 0 9 * * 1-5"))
        self.expression.setMaximumWidth(320)
        # The preset on a line of its own, its day and time under it: side by side they made
        # the page wider than a narrow editor (and a third longer again in other languages).
        grid.addWidget(self.preset, 0, 0)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.weekday, self.day, self.at, self.time):
            line.addWidget(widget)
        line.addStretch(1)
        grid.addLayout(line, 1, 0)
        grid.addWidget(self.expression, 2, 0)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.meaning = QLabel()
        self.meaning.setObjectName("crontabMeaning")
        self.meaning.setWordWrap(True)
        self.runs = QLabel()
        self.runs.setObjectName("crontabRuns")
        self.runs.setWordWrap(True)
        self.runs.setStyleSheet(HELP_STYLE)
        self.warning = QLabel()
        self.warning.setObjectName("crontabWarning")
        self.warning.setWordWrap(True)
        for label in (self.meaning, self.runs, self.warning):
            layout.addWidget(label)
        self.preset.currentIndexChanged.connect(self._from_preset)
        self.weekday.currentIndexChanged.connect(self._from_preset)
        self.day.valueChanged.connect(self._from_preset)
        self.time.timeChanged.connect(self._from_preset)
        self.expression.textChanged.connect(self._from_text)
        self._follow_preset(CUSTOM)
        self._explain()

    # -- the value -------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.expression.text().strip()

    def set_expression(self, expr: str | None) -> None:
        self._loading = True
        try:
            self.expression.setText(expr or "")
            self._select_preset(expr or "")
        finally:
            self._loading = False
        self._explain()

    def set_context(self, zone_name: str, run_from: datetime | None, run_to: datetime | None) -> None:
        """Runs are listed on this zone's clock, within the campaign's active period."""
        self._zone, self._run_from, self._run_to = zone_name, run_from, run_to
        self._explain()

    def _select_preset(self, expr: str) -> None:
        preset = crontab.preset_of(expr) if expr else None
        kind = preset.kind if preset is not None else CUSTOM
        self.preset.setCurrentIndex(self.preset.findData(kind))
        if preset is not None:
            self.time.setTime(QTime(preset.hour, preset.minute))
            self.weekday.setCurrentIndex(max(0, self.weekday.findData(preset.weekday)))
            self.day.setValue(preset.day)
        self._follow_preset(kind)

    def _follow_preset(self, kind: str) -> None:
        self.weekday.setVisible(kind == PresetKind.WEEKLY)
        self.day.setVisible(kind == PresetKind.MONTHLY)
        self.at.setVisible(kind in (PresetKind.WEEKLY, PresetKind.MONTHLY))
        self.time.setVisible(kind != CUSTOM)

    def _from_preset(self, *_args: object) -> None:
        if self._loading:
            return
        kind = self.preset.currentData()
        self._follow_preset(kind)
        if kind == CUSTOM:
            self.expression.setFocus()
            return
        time = self.time.time()
        preset = Preset(PresetKind(kind), time.hour(), time.minute(),
                        weekday=int(self.weekday.currentData()), day=self.day.value())  # fmt: skip
        self._loading = True
        try:
            self.expression.setText(preset.expression)
        finally:
            self._loading = False
        self._explain()
        self.changed.emit(self.text)

    def _from_text(self, _text: str) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            preset = crontab.preset_of(self.text) if self.text else None
            if preset is not None:
                self._select_preset(self.text)
            elif self.preset.currentData() != CUSTOM:
                self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
                self._follow_preset(CUSTOM)
        finally:
            self._loading = False
        self._explain()
        self.changed.emit(self.text)

    # -- what it means ---------------------------------------------------------------------

    def problem(self) -> str | None:
        """Why the schedule cannot be used, in words; None when it can (or there is none)."""
        if not self.text:
            return None
        error = crontab.error_of(self.text)
        return None if error is None else field_message(error)

    def _explain(self) -> None:
        expr = self.text
        self.warning.setText("")
        if not expr:
            self.meaning.setText(self.tr("No schedule: the campaign sends only when it is triggered."))
            self.runs.setText("")
            return
        problem = self.problem()
        if problem is not None:
            self.meaning.setText(problem)
            self.meaning.setStyleSheet(problem_style(self))
            self.runs.setText("")
            return
        self.meaning.setStyleSheet("")
        locale = QLocale()
        words = crontab.describe(expr, locale_code=locale.name(), day_names=day_names(locale),
                                 month_names=month_names(locale))  # fmt: skip
        self.meaning.setText(words)
        now = in_zone(datetime.now().astimezone(), self._zone)
        start = max(now, self._run_from) if self._run_from is not None else now
        runs = crontab.next_runs(expr, in_zone(start, self._zone), NEXT_RUNS, until=self._run_to)
        if runs:
            # A run is never broken over two lines ("Tue 15 / Dec"): spaces inside it hold.
            when = "; ".join(short_moment(run, self._zone).replace(" ", "\u00a0") for run in runs)
            self.runs.setText(self.tr("Next runs ({zone}): {runs}").format(zone=self._zone, runs=when))
        else:
            self.runs.setText("")
        warnings = []
        if crontab.fires_more_often_than_hourly(expr):
            warnings.append(self.tr("This sends more than once an hour: people may get the same email many "
                                    "times a day."))  # fmt: skip
        if not runs:
            if self._run_to is not None and crontab.next_runs(expr, in_zone(start, self._zone), 1):
                warnings.append(self.tr("This schedule never runs between the start and the end you chose."))
            else:
                warnings.append(self.tr("This schedule never runs: no date matches it."))
        preset = crontab.preset_of(expr)
        if preset is not None and preset.kind is PresetKind.MONTHLY and preset.day > 28:
            warnings.append(self.tr("Months without day {day} are skipped.").format(day=preset.day))
        self.warning.setText(" ".join(warnings))
        self.warning.setStyleSheet(hint_style(self))
        self.warning.setVisible(bool(warnings))

    def warnings_text(self) -> str:
        return self.warning.text()
