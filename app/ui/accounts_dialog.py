"""Managing provider accounts: a list beside a form, with "Test connection".

Show it with ``open()`` (window-modal) or ``show()``. Every question it asks is an
``open()``ed box answered through signals, so no nested event loop ever runs; all work
goes through :class:`AccountService` as tasks of the app's :class:`TaskRunner`.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.account import Account
from app.services.accounts_service import AccountError, AccountInputError
from app.ui.account_form import AccountForm, SecretState
from app.ui.secret_prompt import no_keyring_text

if TYPE_CHECKING:
    from app.services.accounts_service import AccountService
    from app.services.tasks import TaskRunner

_ID = Qt.ItemDataRole.UserRole


class AccountsDialog(QDialog):
    def __init__(self, accounts: AccountService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self._list: list[Account] = []
        self._editing: Account | None = None  # None: a new account
        self._dirty = False
        self._test_token: object | None = None
        self._reload_token: object | None = None
        self.question: QMessageBox | None = None  # the box asking something right now
        self.setWindowTitle(self.tr("Accounts"))
        self.setObjectName("accountsDialog")
        self.resize(880, 540)
        self._build()
        accounts.accounts_changed.connect(self._reload_if_visible)
        accounts.current_changed.connect(self._refresh_markers)
        self._show_account(None)

    def _build(self) -> None:
        self.keyring_notice = QLabel(no_keyring_text())
        self.keyring_notice.setObjectName("keyringNotice")
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setStyleSheet(
            "QLabel { background: rgba(255, 193, 7, 0.18); border: 1px solid rgba(255, 160, 0, 0.6); "
            "border-radius: 4px; padding: 6px 8px; }"
        )
        self.account_list = QListWidget()
        self.account_list.setObjectName("accountList")
        self.account_list.setMinimumWidth(220)
        # Long names wrap rather than hide behind a sideways scroll bar.
        self.account_list.setWordWrap(True)
        self.account_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.account_list.setStyleSheet("QListWidget#accountList::item { padding: 5px 6px; }")
        self.account_list.currentItemChanged.connect(self._on_pick)
        self.add_button = self._button(self.tr("New account"), "addAccount", self._on_add)
        self.remove_button = self._button(self.tr("Remove…"), "removeAccount", self._on_remove)
        left = QVBoxLayout()
        left.addWidget(self.account_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.form = AccountForm()
        self.form.edited.connect(self._on_edited)
        self.form.test_requested.connect(self._on_test)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.use_button = self._button(self.tr("Use this account"), "useAccount", self._on_use)
        self.save_button = self._button("", "saveAccount", lambda: self._on_save())
        self.save_button.setDefault(True)
        close_button = self._button(self.tr("Close"), "closeAccounts", self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.use_button, self.save_button, close_button):
            buttons.addWidget(button)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addWidget(self.form, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_notice)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the list ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keyring_notice.setVisible(not self._accounts.secrets_persistent)
        self.keyring_notice.setToolTip(self._accounts.secrets_reason)
        if not self._dirty:
            # From the loop, not from inside the show: an exception escaping a Qt virtual
            # (no running loop yet) would take the process down.
            QTimer.singleShot(0, self._reload_on_show)

    def _reload_on_show(self) -> None:
        if self._alive() and not self._dirty:
            current = self._accounts.current
            self.reload(current.id if current else None, fallback_first=True)

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self, select_id: int | None = None, *, fallback_first: bool = False) -> None:
        """Fetch the list again; show ``select_id`` (default: the account being edited)."""
        token = self._reload_token = object()
        self._spawn(self._reload(token, select_id, fallback_first), "accounts-list")

    async def _reload(self, token: object, select_id: int | None, fallback_first: bool) -> None:
        accounts = await self._accounts.list_accounts()
        if not self._alive() or token is not self._reload_token:
            return
        self._list = accounts
        keep = select_id if select_id is not None else (self._editing.id if self._editing else None)
        chosen = next((a for a in accounts if a.id == keep), None)
        if chosen is None and fallback_first and accounts:
            chosen = accounts[0]
        self.account_list.blockSignals(True)
        self.account_list.clear()
        for account in accounts:
            item = QListWidgetItem(account.name)
            item.setData(_ID, account.id)
            item.setToolTip(account.base_url or self.tr("The demo server is starting…"))
            self.account_list.addItem(item)
            if chosen is not None and account.id == chosen.id:
                self.account_list.setCurrentItem(item)
        self.account_list.blockSignals(False)
        self._refresh_markers()
        if self._dirty and select_id is None:
            return  # the user is typing: leave the form alone
        if chosen is not None:
            self._show_account(chosen)
        elif self._editing is not None:  # it was removed
            self._show_account(None)

    def _refresh_markers(self, *_args: object) -> None:
        current = self._accounts.current
        names = {account.id: account.name for account in self._list}
        for row in range(self.account_list.count()):
            item = self.account_list.item(row)
            in_use = current is not None and item.data(_ID) == current.id
            font = item.font()
            font.setBold(in_use)
            item.setFont(font)
            name = names.get(item.data(_ID), "")
            item.setText(self.tr("{name} (in use)").format(name=name) if in_use else name)
        self._update_buttons()

    def _on_pick(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        target = None if item is None else next((a for a in self._list if a.id == item.data(_ID)), None)
        if target is None or (self._editing is not None and target.id == self._editing.id):
            return
        if self._dirty:
            self._select_row(previous)
            self._ask_unsaved(lambda: self._show_account(target, select=True))
            return
        self._show_account(target)

    def _select_row(self, item: QListWidgetItem | None) -> None:
        self.account_list.blockSignals(True)
        if item is None:
            self.account_list.setCurrentRow(-1)
            self.account_list.clearSelection()
        else:
            self.account_list.setCurrentItem(item)
        self.account_list.blockSignals(False)

    # -- the form ----------------------------------------------------------------------------

    def _show_account(self, account: Account | None, *, select: bool = False) -> None:
        """Fill the form with ``account``, or empty it for a new one."""
        self._editing = account
        self._dirty = False
        self._test_token = None
        demo = account is not None and account.is_demo
        if account is None:
            self.form.fill("", "", "", read_only=False)
            self._select_row(None)
            self.form.describe(
                self.tr("New account"),
                self.tr(
                    "Enter the API address, login and secret of the project you publish to. You find "
                    "them in your provider's project settings, under API access."
                ),
            )
        else:
            self.form.fill(account.name, account.base_url, account.login, read_only=demo)
            ready = bool(account.base_url) and self._accounts.demo_ready
            self.form.describe(account.name, self.form.demo_explanation(ready) if demo else "")
            if select:
                matches = [
                    self.account_list.item(row)
                    for row in range(self.account_list.count())
                    if self.account_list.item(row).data(_ID) == account.id
                ]
                self._select_row(matches[0] if matches else None)
        self.status.clear()
        self._describe_secret()
        self._update_buttons()

    def _describe_secret(self) -> None:
        account = self._editing
        if account is None:
            state = SecretState.NEW
        elif account.is_demo:
            state = SecretState.DEMO
        else:
            state = SecretState.STORED if self._accounts.has_secret(account) else SecretState.MISSING
        self.form.describe_secret(state, persistent=self._accounts.secrets_persistent)

    def _update_buttons(self) -> None:
        account = self._editing
        current = self._accounts.current
        self.save_button.setText(self.tr("Add account") if account is None else self.tr("Save"))
        self.save_button.setEnabled(account is None or (not account.is_demo and self._dirty))
        self.remove_button.setEnabled(account is not None)
        in_use = account is not None and current is not None and current.id == account.id
        self.use_button.setEnabled(account is not None and not self._dirty and not in_use)

    def _on_edited(self) -> None:
        self._dirty = True
        self._test_token = None
        self.status.clear()
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------

    def _on_add(self) -> None:
        if self._dirty:
            self._ask_unsaved(self._on_add)
            return
        self._show_account(None)
        self.form.name_edit.setFocus()

    def _on_test(self) -> None:
        _name, url, login, secret = self.form.inputs()
        account_id = self._editing.id if self._editing else None
        token = self._test_token = object()
        self.form.set_testing()
        self._spawn(self._test(token, url, login, secret, account_id), "test-connection")

    async def _test(self, token: object, url: str, login: str, secret: str, account_id: int | None) -> None:
        try:
            verdict = await self._accounts.test_connection(url, login, secret, account_id=account_id)
        except BaseException:
            if self._alive() and token is self._test_token:
                self.form.clear_verdict()
            raise
        if self._alive() and token is self._test_token:
            self.form.show_verdict(verdict)

    def _on_save(self, after: Callable[[], None] | None = None) -> None:
        name, url, login, secret = self.form.inputs()
        problems = self._accounts.check_inputs(name, url, login, secret, need_secret=self._editing is None)
        self.form.show_errors(problems)
        if problems:
            return
        self.save_button.setEnabled(False)
        self._spawn(self._save(self._editing, (name, url, login, secret), after), "save-account")

    async def _save(
        self, editing: Account | None, values: tuple[str, str, str, str], after: Callable[[], None] | None
    ) -> None:
        name, url, login, secret = values
        try:
            if editing is None:
                saved = await self._accounts.add(name, url, login, secret)
            else:
                saved = await self._accounts.edit(
                    editing.id, name=name, base_url=url, login=login, secret=secret
                )
        except AccountInputError as error:
            if self._alive():
                self.form.show_errors(error.fields)
                self._update_buttons()
            return
        except AccountError as error:
            if self._alive():
                self.status.setText(str(error))
                self._update_buttons()
            return
        if not self._alive():
            return
        self._dirty = False
        self._editing = saved
        self._reload_token = token = object()
        await self._reload(token, saved.id, False)
        if self._alive():
            self.status.setText(self.tr("Saved."))
            if after is not None:
                after()

    def _on_use(self) -> None:
        if self._editing is not None:
            self._spawn(self._use(self._editing.id), "select-account")

    async def _use(self, account_id: int) -> None:
        account = await self._accounts.select(account_id)
        if self._alive():
            self.status.setText(self.tr("Now using “{name}”.").format(name=account.name))

    def _on_remove(self) -> None:
        if self._editing is not None:
            self._spawn(self._confirm_remove(self._editing), "count-drafts")

    async def _confirm_remove(self, account: Account) -> None:
        drafts = await self._accounts.draft_count(account.id)
        if not self._alive():
            return
        if drafts == 0:
            details = self.tr("It has no drafts in this workspace. Nothing is deleted on the server.")
        elif drafts == 1:
            details = self.tr(
                "Its draft in this workspace is deleted with it. Nothing is deleted on the server."
            )
        else:
            details = self.tr(
                "Its %n drafts in this workspace are deleted with it. Nothing is deleted on the server.",
                "",
                drafts,
            )
        if account.is_demo:
            details += " " + self.tr(
                "The demo account does not come back once removed: you would lose the safe place to practise."
            )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove account"))
        box.setText(self.tr("Remove the account “{name}”?").format(name=account.name))
        box.setInformativeText(details)
        box.setObjectName("confirmRemove")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))

        def answered(button: QAbstractButton) -> None:
            if button is remove:
                self._spawn(self._remove(account.id), "remove-account")

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()

    async def _remove(self, account_id: int) -> None:
        await self._accounts.remove(account_id)
        if self._alive():
            self._editing = None
            self._dirty = False
            self._reload_token = token = object()
            await self._reload(token, None, True)
            if self._alive():
                self.status.setText(self.tr("Account removed."))

    # -- unsaved changes ---------------------------------------------------------------------

    def _ask_unsaved(self, then: Callable[[], None]) -> None:
        """Save, discard or keep editing; ``then`` runs once the form may be left."""
        buttons = QMessageBox.StandardButton
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        if self._editing is None:
            box.setText(self.tr("Add the new account before leaving it?"))
        else:
            box.setText(self.tr("Save the changes to “{name}”?").format(name=self._editing.name))
        box.setInformativeText(self.tr("If you discard them, what you typed is lost."))
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setObjectName("unsavedChanges")

        def answered(button: QAbstractButton) -> None:
            role = box.standardButton(button)
            if role == buttons.Save:
                self._on_save(after=then)
            elif role == buttons.Discard:
                self._dirty = False
                then()

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            event.ignore()
            self._ask_unsaved(self._close_clean)
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Escape, or the window's close button
        if self._dirty:
            self._ask_unsaved(self._close_clean)
            return
        super().reject()

    def _close_clean(self) -> None:
        self._dirty = False
        self.close()

    # -- plumbing ----------------------------------------------------------------------------

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self._tasks.spawn(coro, name=name)
