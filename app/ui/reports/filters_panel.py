"""The filters of a report: message and campaign type, emails and campaigns by name,
project, and the period (quick picks, dates, or a campaign's lifetime)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.enums import MessageType, PostType
from app.domain.report_query import (
    MESSAGE_CODE,
    POST_CODE,
    SERVER_DEFAULT_NOTE,
    DateFilter,
    Period,
    ReportFilters,
)
from app.services.report_service import PickItem
from app.ui.reports.code_picker import CodePicker
from app.ui.reports.formatting import message_type_label, post_type_label, tr


def _period_label(period: Period) -> str:
    return {
        Period.SERVER_DEFAULT: tr("No dates (the server's last week)"),
        Period.LAST_7_DAYS: tr("Last 7 days"),
        Period.LAST_30_DAYS: tr("Last 30 days"),
        Period.LAST_90_DAYS: tr("Last 90 days"),
        Period.THIS_MONTH: tr("This month"),
        Period.CUSTOM: tr("Dates…"),
        Period.LIFETIME: tr("A campaign's lifetime"),
    }[period]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class FiltersPanel(QWidget):
    changed = Signal()
    lifetime_requested = Signal(str)  # a campaign's code: look up its first and last sending day
    hint = Signal(str)  # something to tell the user (in the status line)

    def __init__(self, today: date, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._updating = False
        self.message_type = QComboBox()
        self.message_type.addItem(tr("Any"), None)
        for message_type in MessageType:
            self.message_type.addItem(message_type_label(message_type.value), message_type.value)
        self.post_type = QComboBox()
        self.post_type.addItem(tr("Any"), None)
        for kind in PostType:
            self.post_type.addItem(post_type_label(kind.value), kind.value)
        self.emails = CodePicker(tr("Filter emails, or type a code like L_1369"), MESSAGE_CODE)
        self.campaigns = CodePicker(tr("Filter campaigns, or type a code like S_5682"), POST_CODE)
        self.project = QLineEdit()
        self.project.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.project.setPlaceholderText(tr("Any project"))

        self.period = QComboBox()
        for period in Period:
            self.period.addItem(_period_label(period), period.value)
        self.start_check = QCheckBox(tr("From"))
        self.start = QDateEdit()
        self.end_check = QCheckBox(tr("To"))
        self.end = QDateEdit()
        date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in date_format:
            date_format = date_format.replace("yy", "yyyy")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setLocale(locale)
            edit.setDisplayFormat(date_format)
            edit.setDate(_qdate(today))
        self.lifetime_button = QPushButton(tr("Look up"))
        self.lifetime_button.setToolTip(
            tr("Set the dates from the first to the last day the campaign chosen above sent.")
        )
        self.note = QLabel(tr(SERVER_DEFAULT_NOTE))
        self.note.setObjectName("periodNote")
        self.note.setWordWrap(True)
        starts = QHBoxLayout()
        starts.setContentsMargins(0, 0, 0, 0)
        starts.addWidget(self.start_check)
        starts.addWidget(self.start, 1)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.end_check)
        ends.addWidget(self.end, 1)
        ends.addWidget(self.lifetime_button)
        width = max(self.start_check.sizeHint().width(), self.end_check.sizeHint().width())
        for check in (self.start_check, self.end_check):
            check.setMinimumWidth(width)

        self._form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Period"), self.period)
        form.addRow("", starts)
        form.addRow("", ends)
        form.addRow("", self.note)
        self._date_rows, self._note_row = (1, 2), 3
        form.addRow(tr("Emails"), self.emails)
        form.addRow(tr("Campaigns"), self.campaigns)
        form.addRow(tr("Message type"), self.message_type)
        form.addRow(tr("Campaign type"), self.post_type)
        form.addRow(tr("Project"), self.project)

        for combo in (self.message_type, self.post_type):
            combo.currentIndexChanged.connect(self._emit)
        self.period.currentIndexChanged.connect(self._on_period)
        for check in (self.start_check, self.end_check):
            check.toggled.connect(self._on_dates_edited)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._on_dates_edited)
        self.emails.changed.connect(self._emit)
        self.campaigns.changed.connect(self._emit)
        self.project.textChanged.connect(self._emit)
        self.lifetime_button.clicked.connect(self._ask_lifetime)
        self._show_period(DateFilter())

    # -- the filters -----------------------------------------------------------------------

    def set_items(self, emails: list[PickItem], campaigns: list[PickItem]) -> None:
        self.emails.set_items([(i.code, i.name) for i in emails])
        self.campaigns.set_items([(i.code, i.name) for i in campaigns])

    def filters(self) -> ReportFilters:
        project = self.project.text().strip()
        return ReportFilters(
            message_type=self.message_type.currentData(),
            post_type=self.post_type.currentData(),
            messages=self.emails.selected(),
            posts=self.campaigns.selected(),
            project_id=int(project) if project.isdigit() else None,
            dates=self.dates(),
        )

    def dates(self) -> DateFilter:
        period = Period(self.period.currentData())
        if period in (Period.CUSTOM, Period.LIFETIME):
            start = _pydate(self.start.date()) if self.start_check.isChecked() else None
            end = _pydate(self.end.date()) if self.end_check.isChecked() else None
            return DateFilter(period, start, end)
        return DateFilter(period)

    def set_filters(self, filters: ReportFilters) -> None:
        self._updating = True
        try:
            self.message_type.setCurrentIndex(max(0, self.message_type.findData(filters.message_type)))
            self.post_type.setCurrentIndex(max(0, self.post_type.findData(filters.post_type)))
            self.emails.set_selected(filters.messages)
            self.campaigns.set_selected(filters.posts)
            self.project.setText("" if filters.project_id is None else str(filters.project_id))
            self._show_period(filters.dates)
        finally:
            self._updating = False
        self.changed.emit()

    def set_lifetime(self, start: date, end: date) -> None:
        self._updating = True
        try:
            self._show_period(DateFilter.lifetime(start, end))
        finally:
            self._updating = False
        self.changed.emit()

    def set_today(self, today: date) -> None:
        self._today = today
        self._show_period(self.dates())

    # -- keeping the date row in step ------------------------------------------------------

    def _show_period(self, dates: DateFilter) -> None:
        was = self._updating
        self._updating = True
        try:
            self.period.setCurrentIndex(self.period.findData(dates.period.value))
            start, end = dates.resolve(self._today)
            editable = dates.period in (Period.CUSTOM, Period.LIFETIME)
            self.start_check.setChecked(start is not None)
            self.end_check.setChecked(end is not None)
            if start is not None:
                self.start.setDate(_qdate(start))
            if end is not None:
                self.end.setDate(_qdate(end))
            for check in (self.start_check, self.end_check):
                check.setEnabled(editable)
            self.start.setEnabled(editable and start is not None)
            self.end.setEnabled(editable and end is not None)
            # Whole rows, so a hidden row leaves no gap (showing a row shows all it holds:
            # the lifetime button is decided after).
            self._form.setRowVisible(self._note_row, dates.period is Period.SERVER_DEFAULT)
            for row in self._date_rows:
                self._form.setRowVisible(row, dates.period is not Period.SERVER_DEFAULT)
            self.lifetime_button.setVisible(dates.period is Period.LIFETIME)
        finally:
            self._updating = was

    def _on_period(self) -> None:
        if self._updating:
            return
        period = Period(self.period.currentData())
        if period is Period.CUSTOM:
            current = self.dates()
            start, end = DateFilter.quick(Period.LAST_30_DAYS).resolve(self._today)
            self._show_period(DateFilter.custom(current.start or start, current.end or end))
        elif period is Period.LIFETIME:
            self._show_period(
                DateFilter(Period.LIFETIME, *DateFilter.quick(Period.LAST_90_DAYS).resolve(self._today))
            )
            self._ask_lifetime()
        else:
            self._show_period(DateFilter(period))
        self.changed.emit()

    def _on_dates_edited(self) -> None:
        if self._updating:
            return
        self.start.setEnabled(self.start_check.isChecked())
        self.end.setEnabled(self.end_check.isChecked())
        self.changed.emit()

    def _ask_lifetime(self) -> None:
        campaigns = self.campaigns.selected()
        if campaigns:
            self.lifetime_requested.emit(campaigns[0])
        else:
            self.hint.emit(tr("Choose the campaign under Campaigns, then press Look up."))
            self.campaigns.filter_edit.setFocus()

    def _emit(self) -> None:
        if not self._updating:
            self.changed.emit()
