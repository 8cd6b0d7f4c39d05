"""When it sends. One-time and A/B: the start, the hours to spread the sending over, start
right after publishing; A/B also the test and the main send, drawn on a time line to scale.
Automated: enabled, the schedule (presets or a crontab), the period it is active in.

Times are picked and shown on the clock of the campaign's time zone, named on the page
(the user's own zone unless they choose another); changing the zone keeps the times as
they read on the clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.domain.enums import CampaignStatus
from app.domain.kinds import DraftKind
from app.domain.time_zones import from_wall_clock, is_known_zone, wall_clock, zone_names
from app.ui.wizard.context import WizardContext
from app.ui.wizard.crontab_editor import CrontabEditor
from app.ui.wizard.formatting import moment_text, zone_offset_label
from app.ui.wizard.pages.base import CampaignPage, form, help_label
from app.ui.wizard.time_edit import ZonedTimeEdit
from app.ui.wizard.timeline import AbTimeline


class SchedulePage(CampaignPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context, self.tr("When does it send?"),
                         self.tr("Times are picked and shown on the clock of the zone below."))  # fmt: skip
        self.kind = context.kind
        self.times: dict[str, ZonedTimeEdit] = {}
        self.layout_form = form()
        self.body_layout.addLayout(self.layout_form)
        self._zone_row()
        if self.kind is DraftKind.AUTO_CAMPAIGNS:
            self._automated()
        else:
            self._planned()
        self.body_layout.addStretch(1)
        self._tick = QTimer(self)  # "in the past" depends on the clock: looked at again each minute
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self._refresh_views)
        context.zone_changed.connect(lambda _zone: self.load())
        # The test's share is set on the next page: the time line follows when Back comes here.
        context.setup_edited.connect(self._refresh_views)

    # -- building --------------------------------------------------------------------------

    def _zone_row(self) -> None:
        line = QWidget()
        layout = QHBoxLayout(line)
        layout.setContentsMargins(0, 0, 0, 0)
        self.zone = QComboBox()
        self.zone.setObjectName("timeZone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems(list(zone_names()))
        completer = QCompleter(list(zone_names()), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Berlin" finds Europe/Berlin
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone.setCompleter(completer)
        self.zone.setMinimumContentsLength(22)
        self.zone_note = QLabel()
        self.zone_note.setObjectName("zoneNote")
        layout.addWidget(self.zone)
        layout.addWidget(self.zone_note, 1)
        self.layout_form.addRow(self.tr("Times are in:"), self.row("$time_zone", line))
        self.zone.activated.connect(lambda _i: self._on_zone(self.zone.currentText()))
        typed = self.zone.lineEdit()
        assert typed is not None  # an editable combo box has one
        typed.editingFinished.connect(lambda: self._on_zone(self.zone.currentText()))

    def _time(self, key: str, label: str, help_text: str = "") -> ZonedTimeEdit:
        edit = ZonedTimeEdit(key, self.context.zone)
        self.times[key] = edit
        self.layout_form.addRow(label, self.row(key, edit, help_text))
        edit.changed.connect(lambda instant, k=key: self._on_time(k, instant))
        return edit

    def _planned(self) -> None:
        ab = self.kind is DraftKind.AB_CAMPAIGNS
        if ab:
            self._time("test_planned_at", self.tr("Test send:"),
                       self.tr("The test version goes to the test group at this time."))  # fmt: skip
            self._time("main_planned_at", self.tr("Main send:"),
                       self.tr("The winner is chosen at this time and goes to everyone else."))  # fmt: skip
        self._time("planned_at", self.tr("Campaign start:") if ab else self.tr("Send at:"),
                   self.tr("Optional: when the campaign becomes active on the server.") if ab else
                   self.tr("Leave it empty to send when you start the campaign."))  # fmt: skip
        self.hours = QSpinBox()
        self.hours.setObjectName("sendDuringHours")
        self.hours.setRange(0, 168)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setSpecialValueText(self.tr("all at once"))
        self.hours.setMaximumWidth(160)
        spread = self.tr("Sending to everyone at once can swamp your website or support; spreading it over a "
                         "few hours evens the load.")  # fmt: skip
        self.layout_form.addRow(self.tr("Spread over:"), self.row("send_during_hours", self.hours, spread))
        self.immediately = QCheckBox(self.tr("Start as soon as it is published"))
        self.immediately.setObjectName("startImmediately")
        self.layout_form.addRow(self.row("start_immediately", self.immediately, self.tr(
            "Otherwise it waits until you start it from the list or this wizard.")))  # fmt: skip
        self.timeline: AbTimeline | None = None
        if ab:
            self.timeline = AbTimeline()
            self.layout_form.addRow(self.timeline)
            self.timeline_note = help_label()
            self.timeline_note.setObjectName("timelineNote")
            self.layout_form.addRow(self.timeline_note)
        self.hours.valueChanged.connect(self._on_hours)
        self.immediately.toggled.connect(lambda on: self.write(start_immediately=on))

    def _automated(self) -> None:
        self.active = QCheckBox(self.tr("Enabled: it sends on its schedule"))
        self.active.setObjectName("active")
        self.layout_form.addRow(self.row("active", self.active, self.tr(
            "Switched off, it keeps its settings and sends nothing.")))  # fmt: skip
        self.crontab = CrontabEditor()
        self.layout_form.addRow(self.tr("Schedule:"), self.row("crontab", self.crontab))
        self._time("run_from", self.tr("Active from:"), self.tr("Optional: no run before this time."))
        self._time("run_to", self.tr("Active until:"), self.tr("Optional: no run after this time."))
        self.active.toggled.connect(lambda on: self.write(active=on))
        self.crontab.changed.connect(self._on_crontab)

    # -- the setup -------------------------------------------------------------------------

    def show_setup(self) -> None:
        setup, zone = self.setup, self.context.zone
        index = self.zone.findText(zone)
        if index >= 0:
            self.zone.setCurrentIndex(index)
        else:
            self.zone.setEditText(zone)
        self.zone_note.setText(self.tr("now {offset}").format(offset=zone_offset_label(zone)))
        for key, edit in self.times.items():
            edit.set_zone(zone)
            edit.set_instant(getattr(setup, key))
        if self.kind is DraftKind.AUTO_CAMPAIGNS:
            self.active.setChecked(setup.active is True)
            self.crontab.set_expression(setup.crontab)
        else:
            self.hours.setValue(setup.send_during_hours or 0)
            self.immediately.setChecked(setup.start_immediately is True)
        self._refresh_views()

    def initializePage(self) -> None:
        super().initializePage()
        self._tick.start()

    def _on_zone(self, text: str) -> None:
        name = text.strip()
        if self._loading or name == self.context.zone:
            return
        if not is_known_zone(name):
            problem = self.tr("“{zone}” is not a time zone: pick one from the list, like Europe/Berlin.")
            self.rows["$time_zone"].set_problem(problem.format(zone=name))
            return
        self.rows["$time_zone"].set_problem("")
        old = self.context.zone
        # The times keep what they read on the clock: 09:00 stays 09:00, now in the new zone.
        moved = {
            key: from_wall_clock(wall_clock(instant, old), name).instant
            for key in self.times
            if (instant := getattr(self.setup, key)) is not None
        }
        self.setup.update(time_zone=name, **moved)
        self.context.zone_changed.emit(name)
        self.context.edited()

    def _on_time(self, key: str, instant: datetime | None) -> None:
        if self._loading:
            return
        # The zone the time was picked in is kept with it.
        self.write(**{key: instant}, time_zone=self.context.zone)
        self._refresh_views()

    def _on_hours(self, value: int) -> None:
        self.write(send_during_hours=value if value or self.setup.send_during_hours is not None else None)
        self._refresh_views()

    def _on_crontab(self, text: str) -> None:
        self.write(crontab=text or None)
        self._refresh_views()

    def _refresh_views(self) -> None:
        setup = self.setup
        if self.kind is DraftKind.AUTO_CAMPAIGNS:
            self.crontab.set_context(self.context.zone, setup.run_from, setup.run_to)
            return
        if self.timeline is not None:
            test = setup.test_planned_at or setup.planned_at
            self.timeline.set_plan(test, setup.main_planned_at, setup.send_during_hours, setup.ab_percent,
                                   self.context.zone)  # fmt: skip
            # The picture in words; until both times are chosen the picture says so itself.
            drawn = test is not None and setup.main_planned_at is not None
            self.timeline_note.setText(self.timeline.summary_text() if drawn else "")
            self.timeline_note.setVisible(drawn)

    # -- checks ----------------------------------------------------------------------------

    def _not_started(self) -> bool:
        status = self.setup.loaded.get("status")
        return status is None or status == CampaignStatus.NEW

    def problems(self) -> dict[str, str]:
        setup, now = self.setup, datetime.now(UTC)
        found: dict[str, str] = {}
        if self.kind is DraftKind.AUTO_CAMPAIGNS:
            problem = self.crontab.problem()
            if problem is not None:
                found["crontab"] = problem
            if setup.run_from is not None and setup.run_to is not None and setup.run_to <= setup.run_from:
                found["run_to"] = self.tr("The end must come after the start.")
            return found
        if self._not_started():
            for key in ("test_planned_at", "main_planned_at", "planned_at"):
                moment = getattr(setup, key)
                if key in self.times and moment is not None and moment < now:
                    found[key] = self.tr("This time has passed: choose one from now on.")
        if self.kind is DraftKind.AB_CAMPAIGNS:
            test, main = setup.test_planned_at, setup.main_planned_at
            if test is None:
                found.setdefault("test_planned_at", self.tr("Choose when the test is sent."))
            if main is None:
                found.setdefault("main_planned_at", self.tr("Choose when the winner goes to everyone else."))
            if test is not None and main is not None and "main_planned_at" not in found:
                end = test + timedelta(hours=setup.send_during_hours or 0)
                if main <= test:
                    found["main_planned_at"] = self.tr("The main send must come after the test.")
                elif main < end:
                    still = self.tr("The test is still sending until {end}: start the main send after that, "
                                    "or spread the sending over fewer hours.")  # fmt: skip
                    found["main_planned_at"] = still.format(end=moment_text(end, self.context.zone))
        return found

    def warnings(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.kind is DraftKind.AUTO_CAMPAIGNS:
            text = self.crontab.warnings_text()
            if text:
                found["crontab"] = text
            run_to = self.setup.run_to
            if run_to is not None and run_to < datetime.now(UTC):
                found["run_to"] = self.tr("This end has passed: the campaign will not run any more.")
        return found
