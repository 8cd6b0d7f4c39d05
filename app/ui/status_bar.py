"""The status bar: current account, online or offline (or what needs attention), the
outbox, and progress for anything that takes more than a second."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from app.ui.pages.sections import plural
from app.ui.theme import is_dark

if TYPE_CHECKING:
    from app.services.accounts_service import AccountService
    from app.services.sync_service import SyncService
    from app.services.workspace_service import WorkspaceService

BUSY_AFTER_MS: Final = 1000  # quick work shows nothing; longer work shows progress

_DOTS: Final = {  # (light, dark) colours of the connection dot
    "online": ("#1b7a3a", "#7bd88f"),
    "offline": ("#6b6f76", "#a4a8b0"),
    "attention": ("#b3261e", "#ff8a80"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("StatusBar", text)


class StatusBar(QStatusBar):
    attention_clicked = Signal()  # the user wants to fix what needs attention (the accounts)
    outbox_clicked = Signal()  # the user wants to see what waits to be published

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._online = False
        self._attention: str | None = None
        self._outbox = 0
        self._jobs: dict[str, str] = {}  # busy work: key -> what it is doing
        self._progress: tuple[int, int] | None = None

        self.busy_label = QLabel()
        self.busy_label.setObjectName("busy")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(False)
        self.outbox_label = QToolButton()
        self.outbox_label.setObjectName("outbox")
        self.outbox_label.setAutoRaise(True)
        self.outbox_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.outbox_label.clicked.connect(self.outbox_clicked)
        self.connection = QToolButton()
        self.connection.setObjectName("connection")
        self.connection.setAutoRaise(True)
        self.connection.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.connection.clicked.connect(self._connection_clicked)
        self.account_label = QLabel()
        self.account_label.setObjectName("account")
        for transient in (self.busy_label, self.progress_bar):
            self.addWidget(transient)
            transient.hide()
        for permanent in (self.outbox_label, self.connection, self.account_label):
            self.addPermanentWidget(permanent)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.set_account(None)
        self._show_connection()
        self._show_outbox()

    # -- what it shows -------------------------------------------------------------------------

    def set_account(self, account: Any) -> None:
        """An Account (its name is shown) or None."""
        if account is None:
            self.account_label.setText(_t("No account"))
            self.account_label.setToolTip(_t("Choose an account in the Account menu."))
        else:
            self.account_label.setText(_t("Account: %1").replace("%1", account.name))
            self.account_label.setToolTip(account.base_url or _t("The built-in sandbox"))

    def set_online(self, online: bool) -> None:
        self._online = online
        self._show_connection()
        self._show_outbox()

    def set_attention(self, reason: str | None) -> None:
        """An account-level problem in plain words (wrong secret, address not allowed), or None."""
        self._attention = reason or None
        self._show_connection()

    def set_outbox(self, count: int) -> None:
        self._outbox = max(0, count)
        self._show_outbox()

    def start_busy(self, key: str, what: str) -> None:
        """Work started; it is shown if it is still going a second later."""
        self._jobs[key] = what
        if self.progress_bar.isVisible():
            self._show_busy()
        elif not self._busy_timer.isActive():
            self._busy_timer.start()

    def finish_busy(self, key: str) -> None:
        self._jobs.pop(key, None)
        if key == "sync":
            self._progress = None
        if self._jobs:
            if self.progress_bar.isVisible():
                self._show_busy()
            return
        self._busy_timer.stop()
        self.busy_label.hide()
        self.progress_bar.hide()

    def set_progress(self, done: int, total: int, what: str) -> None:
        """Progress of the sync work ("Publishing 3 of 10…"), shown at once: SyncService
        reports only work that has already taken a second."""
        self._progress = (done, total) if total > 0 else None
        self._jobs["sync"] = what
        self._busy_timer.stop()
        self._show_busy()

    @property
    def online(self) -> bool:
        return self._online

    @property
    def attention(self) -> str | None:
        return self._attention

    # -- wiring ----------------------------------------------------------------------------------

    def bind(self, accounts: AccountService, sync: SyncService | None, workspace: WorkspaceService) -> None:
        """Follow the services' signals (and show their current state)."""
        accounts.current_changed.connect(self._on_account)
        self.set_account(accounts.current)
        workspace.outbox_changed.connect(self.set_outbox)
        if sync is None:
            return
        sync.online_changed.connect(self.set_online)
        sync.failed.connect(self.set_attention)
        sync.busy_changed.connect(lambda busy: None if busy else self.finish_busy("sync"))
        sync.progress.connect(self.set_progress)
        sync.draft_published.connect(lambda _id: self.set_attention(None))
        sync.pull_finished.connect(lambda _kind, _result: self.set_attention(None))
        self.set_online(sync.online)

    def _on_account(self, account: Any) -> None:
        self.set_account(account)
        self.set_attention(None)

    # -- painting ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_connection()

    def _show_connection(self) -> None:
        if self._attention:
            state, text = "attention", _t("Needs attention")
            tip = self._attention + "\n" + _t("Click to check the account.")
        elif self._online:
            state, text = "online", _t("Online")
            tip = _t("Connected: publishing and pulling work.")
        else:
            state, text = "offline", _t("Offline")
            tip = _t(
                "Not connected: your work is kept, and publishes wait in the outbox "
                "until the server can be reached."
            )
        light, dark = _DOTS[state]
        self.connection.setText(f"● {text}")
        self.connection.setToolTip(tip)
        self.connection.setStyleSheet(
            f"QToolButton {{ color: {dark if is_dark(self.palette()) else light}; }}"
        )
        self.connection.setProperty("state", state)

    def _show_outbox(self) -> None:
        count = self._outbox
        self.outbox_label.setVisible(count > 0)
        text = plural("StatusBar", QT_TRANSLATE_NOOP("StatusBar", "%Ln waiting to publish"), count)
        self.outbox_label.setText(text)
        self.outbox_label.setToolTip(
            (_t("Sent as soon as the server can be reached.") if not self._online
             else _t("Being sent to the server."))
            + "\n" + _t("Click to see what waits.")
        )  # fmt: skip

    def _show_busy(self) -> None:
        if not self._jobs:
            return
        what = next(reversed(self._jobs.values()))
        self.busy_label.setText(what)
        self.busy_label.show()
        if self._progress is not None and "sync" in self._jobs:
            done, total = self._progress
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        else:
            self.progress_bar.setRange(0, 0)  # moving bar: no measure of how much is left
        self.progress_bar.show()

    def _connection_clicked(self) -> None:
        if self._attention:
            self.attention_clicked.emit()
