"""What waits to be published: for which account, since when, the last problem and the next try.

Opened from the status bar's "N waiting to publish" and from File > Waiting to Publish.
Each entry can be sent now (the current account's) or withdrawn: the draft stays as it is,
only its publish leaves the outbox.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.draft_table_model import kind_label
from app.ui.pages.deferred_task import spawn_soon
from app.ui.pages.empty_state import EmptyState

if TYPE_CHECKING:
    from app.services.sync_service import SyncService, WaitingPublish
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService

_LOCAL_ID = int(Qt.ItemDataRole.UserRole) + 1
REFRESH_MS = 5000  # "next try in 40 s" stays true while the window is open


class OutboxDialog(QDialog):
    def __init__(
        self,
        sync: SyncService,
        workspace: WorkspaceService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Waiting to publish"))
        self._sync = sync
        self._tasks = tasks
        self._entries: dict[int, WaitingPublish] = {}
        self._loading = False

        intro = QLabel(
            self.tr(
                "These drafts are sent as soon as the server can be reached. Withdrawing one keeps "
                "the draft; only its publish is cancelled."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("outboxList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [self.tr("Draft"), self.tr("Account"), self.tr("Waiting since"), self.tr("Last problem"),
             self.tr("Next try")]
        )  # fmt: skip
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = EmptyState(
            self.tr("Nothing is waiting"),
            self.tr("Everything you published has reached the server."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.send_now = QPushButton(self.tr("Send Now"))
        self.send_now.setObjectName("sendNow")
        self.withdraw = QPushButton(self.tr("Withdraw"))
        self.withdraw.setObjectName("withdraw")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.send_now)
        row.addWidget(self.withdraw)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.resize(860, 380)

        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.send_now.clicked.connect(self._send_now)
        self.withdraw.clicked.connect(self._withdraw)
        workspace.outbox_changed.connect(lambda _count: self.reload())
        workspace.account_changed.connect(lambda _account: self.reload())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self._update_buttons()

    # -- what it shows ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def reload(self) -> None:
        if self.isVisible() and not self._loading:
            self._loading = True
            spawn_soon(self._tasks, self, self._load, "outbox-dialog")

    async def _load(self) -> None:
        try:
            entries = await self._sync.waiting()
        finally:
            if shiboken6.isValid(self):
                self._loading = False
        if shiboken6.isValid(self):
            self.show_entries(entries)

    def show_entries(self, entries: list[WaitingPublish]) -> None:
        selected = set(self.selected_ids())
        self._entries = {entry.local_id: entry for entry in entries}
        self.tree.clear()
        now = time.time()
        locale = QLocale()
        for entry in entries:
            item = QTreeWidgetItem(
                [
                    f"{entry.title} ({kind_label(entry.kind)})",
                    entry.account_name,
                    locale.toString(
                        QDateTime.fromSecsSinceEpoch(int(entry.enqueued_at)), QLocale.FormatType.ShortFormat
                    ),
                    QCoreApplication.translate("Publishing", entry.last_error)
                    if entry.last_error
                    else self.tr("None yet"),
                    self._next_try(entry, now),
                ]
            )
            item.setData(0, _LOCAL_ID, entry.local_id)
            if entry.last_error:
                item.setToolTip(3, QCoreApplication.translate("Publishing", entry.last_error))
            if not self._sync.can_send_now(entry):
                item.setToolTip(4, self.tr("Choose the account “{0}” to send it.").format(entry.account_name))
            self.tree.addTopLevelItem(item)
            item.setSelected(entry.local_id in selected)
        self.stack.setCurrentWidget(self.tree if entries else self.empty)
        self._update_buttons()

    def _next_try(self, entry: WaitingPublish, now: float) -> str:
        if entry.sending:
            return self.tr("Being sent now")
        if not self._sync.can_send_now(entry):
            return self.tr("When this account is chosen")
        if not self._sync.online:
            return self.tr("When the server can be reached")
        seconds = int(entry.next_attempt_at - now)
        if seconds <= 0:
            return self.tr("Now")
        if seconds < 90:
            return self.tr("In %n second(s)", "", seconds)
        return self.tr("In %n minute(s)", "", (seconds + 30) // 60)

    def selected_ids(self) -> list[int]:
        return [int(item.data(0, _LOCAL_ID)) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = [self._entries[i] for i in self.selected_ids() if i in self._entries]
        sendable = [e for e in chosen if self._sync.can_send_now(e) and not e.sending]
        self.send_now.setEnabled(bool(sendable))
        self.withdraw.setEnabled(any(not e.sending for e in chosen))
        if chosen and not sendable:
            self.send_now.setToolTip(
                self.tr("Only the current account's drafts can be sent: choose its account.")
            )
        else:
            self.send_now.setToolTip(self.tr("Try to publish the selected drafts now"))
        self.withdraw.setToolTip(self.tr("Cancel the selected publishes; the drafts stay as they are"))

    # -- what the user asks ----------------------------------------------------------------

    def _send_now(self) -> None:
        ids = [i for i in self.selected_ids() if self._sync.can_send_now(self._entries[i])]
        if ids:
            self._sync.send_now(ids)
            self.reload()

    def _withdraw(self) -> None:
        ids = [i for i in self.selected_ids() if not self._entries[i].sending]
        if ids:
            spawn_soon(self._tasks, self, lambda: self._sync.withdraw(ids), "outbox-withdraw")
