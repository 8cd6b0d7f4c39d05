"""Asking for an account's secret when there is no keyring to remember it.

:class:`SecretField` is the password box with a show toggle (the accounts dialog uses it
too); :class:`SecretPrompt` asks for one account's secret; :class:`SecretPrompter` answers
``AccountService.secret_needed`` with at most one prompt per account.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.account import Account

if TYPE_CHECKING:
    from app.services.accounts_service import AccountService


def no_keyring_text() -> str:
    """The one sentence that tells the user their secret is not remembered."""
    # One translation context wherever it is shown (a QObject's tr() would use the caller's).
    return QCoreApplication.translate(
        "SecretPrompt",
        "No system keyring was found: your secret is kept only until you close the app. "
        "You will be asked for it again next time.",
    )


def secondary(label: QLabel) -> QLabel:
    """Give a hint the palette's secondary tone (readable, unlike a disabled label)."""
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class SecretField(QWidget):
    """A password box with a Show/Hide toggle."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setObjectName("secretEdit")
        # Not kept by input methods or offered to the clipboard history by the desktop.
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.toggle = QToolButton()
        self.toggle.setObjectName("showSecret")
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Show"))
        self.toggle.setToolTip(self.tr("Show or hide the secret as you type it"))
        self.toggle.toggled.connect(self._show)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.textChanged)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.toggle.setEnabled(not read_only)

    def _show(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))


class SecretPrompt(QDialog):
    """Asks for one account's secret; ``provided(account_id, secret)`` on OK. Show with open()."""

    provided = Signal(int, str)

    def __init__(self, account: Account, *, persistent: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Secret needed"))
        self.setObjectName("secretPrompt")

        heading = QLabel(self.tr("Enter the secret of the account “{name}”").format(name=account.name))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        heading.setMinimumWidth(440)  # the dialog's width; the wrapped lines set the height
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        where = QLabel(
            self.tr("Login “{login}” at {address}").format(login=account.login, address=account.base_url)
        )
        where.setObjectName("where")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if persistent:
            why = self.tr(
                "The secret was not found in the system keyring. Once you enter it, it is saved there again."
            )
        else:
            why = no_keyring_text()
        self.explanation = QLabel(why)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        later = QLabel(
            self.tr("Until you enter it, publishing and updates for this account wait; your drafts are safe.")
        )
        later.setWordWrap(True)
        secondary(later)

        self.field = SecretField()
        self.field.setPlaceholderText(self.tr("The API user's password or key"))
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Use this secret"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setEnabled(False)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(4)
        layout.addWidget(self.explanation)
        layout.addWidget(self.field)
        layout.addWidget(later)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # as tall as the text needs
        self.field.setFocus()

    def accept(self) -> None:
        secret = self.field.text().strip()
        if not secret:
            return
        self.field.clear()  # the widget does not keep it once handed over
        self.provided.emit(self.account.id, secret)
        super().accept()


class SecretPrompter(QObject):
    """Shows a SecretPrompt whenever the account service needs a secret, one per account."""

    def __init__(self, accounts: AccountService, window: QWidget) -> None:
        super().__init__(window)
        self._accounts = accounts
        self._window = window
        self._open: dict[int, SecretPrompt] = {}
        accounts.secret_needed.connect(self.ask)

    def ask(self, account: Account) -> SecretPrompt:
        prompt = self._open.get(account.id)
        if prompt is not None:
            prompt.raise_()
            prompt.activateWindow()
            return prompt
        prompt = SecretPrompt(account, persistent=self._accounts.secrets_persistent, parent=self._window)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.provided.connect(self._accounts.provide_secret)
        prompt.finished.connect(lambda _result, key=account.id: self._open.pop(key, None))
        self._open[account.id] = prompt
        prompt.open()
        return prompt

    @property
    def open_prompts(self) -> list[SecretPrompt]:
        return list(self._open.values())
