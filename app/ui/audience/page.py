"""The Audience section: import profiles from a CSV file, save one profile, send test events,
and keep the account's declared profile fields. With no account, it says how to choose one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.audience.events_panel import EventsPanel
from app.ui.audience.one_profile import OneProfilePanel
from app.ui.audience.profile_fields_panel import ProfileFieldsPanel
from app.ui.editors.field_row import HELP_STYLE
from app.ui.pages.empty_state import EmptyState

if TYPE_CHECKING:
    from app.domain.account import Account
    from app.services.audience_service import AudienceService
    from app.services.tasks import TaskRunner
    from app.ui.audience.import_wizard import ImportWizard


class AudiencePage(QWidget):
    def __init__(
        self,
        audience: AudienceService,
        tasks: TaskRunner,
        *,
        open_accounts: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_audience")
        self.key = "audience"
        self._audience = audience
        self._tasks = tasks
        self.wizard: ImportWizard | None = None

        self.empty_state = EmptyState(
            self.tr("Choose an account"),
            self.tr(
                "Profiles, events and profile fields belong to a provider account. Choose the account to "
                "work with, or add one with its API login and secret."
            ),
        )
        self.empty_state.setObjectName("audienceEmpty")
        if open_accounts is not None:
            self.empty_state.add_button(QPushButton(self.tr("Accounts…"))).clicked.connect(open_accounts)

        content = QWidget()
        top = QHBoxLayout()
        heading = QVBoxLayout()
        self.account_line = QLabel()
        self.account_line.setObjectName("audienceAccount")
        font = self.account_line.font()
        font.setBold(True)
        self.account_line.setFont(font)
        note = QLabel(
            self.tr(
                "Bring subscribers into the project from a spreadsheet, correct one profile, or send an "
                "event to try an automated campaign. Segments are drafted under Segments."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(HELP_STYLE)
        heading.addWidget(self.account_line)
        heading.addWidget(note)
        self.import_button = QPushButton(self.tr("Import profiles…"))
        self.import_button.setObjectName("importProfiles")
        self.import_button.setToolTip(self.tr("Import the profiles of a CSV file into the project"))
        top.addLayout(heading, 1)
        top.addWidget(self.import_button)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("audienceTabs")
        self.one_profile = OneProfilePanel(audience, tasks)
        self.events = EventsPanel(audience, tasks)
        self.profile_fields = ProfileFieldsPanel(audience.fields, tasks)
        self.tabs.addTab(self.one_profile, self.tr("One profile"))
        self.tabs.addTab(self.events, self.tr("Events"))
        self.tabs.addTab(self.profile_fields, self.tr("Profile fields"))
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(top)
        content_layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(content)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.import_button.clicked.connect(self.open_import)
        audience.accounts.current_changed.connect(self._on_account)
        self._on_account(audience.accounts.current)

    @property
    def has_account(self) -> bool:
        return self.stack.currentWidget() is self.content

    def _on_account(self, account: Account | None) -> None:
        if account is None:
            self.stack.setCurrentWidget(self.empty_state)
            return
        self.account_line.setText(self.tr("Audience of {0}").format(account.name))
        self.stack.setCurrentWidget(self.content)

    def open_import(self) -> ImportWizard:
        """Show the import wizard (the one already open, if any)."""
        from app.ui.audience.import_wizard import ImportWizard

        wizard = self.wizard
        if wizard is not None and shiboken6.isValid(wizard) and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        current = self._audience.accounts.current
        wizard = ImportWizard(self._audience.imports, self._tasks,
                              account_name=current.name if current else "", parent=self)  # fmt: skip
        wizard.finished.connect(lambda _result, done=wizard: self._closed(done))
        self.wizard = wizard
        wizard.show()
        return wizard

    def _closed(self, wizard: ImportWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()
