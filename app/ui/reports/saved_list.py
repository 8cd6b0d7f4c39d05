"""The account's saved reports: one click reopens and runs one; rename and delete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.report_definition import SavedReport
from app.ui.pages.empty_state import EmptyState
from app.ui.reports.formatting import tr

ReportRole = Qt.ItemDataRole.UserRole + 1


class SavedReportsPanel(QWidget):
    open_requested = Signal(object)  # SavedReport
    rename_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("savedReports")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = EmptyState(
            tr("No saved reports yet"),
            tr("Run a report, then press Save to keep it here. It opens again with one click."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self.rename_button = QPushButton(tr("Rename…"))
        self.delete_button = QPushButton(tr("Delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        # One click opens: the list is a menu of reports, not something to select first.
        self.list.itemClicked.connect(lambda item: self.open_requested.emit(item.data(ReportRole)))
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ReportRole)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.rename_button.clicked.connect(lambda: self._emit_current(self.rename_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self.set_reports([])

    def set_reports(self, reports: Sequence[SavedReport]) -> None:
        current = self.current()
        self.list.clear()
        for report in reports:
            item = QListWidgetItem(report.name)
            item.setData(ReportRole, report)
            self.list.addItem(item)
            if current is not None and report.id == current.id:
                self.list.setCurrentItem(item)
        self.stack.setCurrentWidget(self.list if reports else self.empty)
        self._update_buttons()

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def current(self) -> SavedReport | None:
        item = self.list.currentItem()
        report = item.data(ReportRole) if item is not None else None
        return report if isinstance(report, SavedReport) else None

    def item_named(self, name: str) -> QListWidgetItem | None:
        found = self.list.findItems(name, Qt.MatchFlag.MatchExactly)
        return found[0] if found else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _emit_current(self, signal: SignalInstance) -> None:
        report = self.current()
        if report is not None:
            signal.emit(report)
