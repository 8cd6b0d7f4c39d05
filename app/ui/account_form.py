"""The form of one account: fields with their hints and errors, and the "Test connection" row.

It shows what it is given and reports edits; deciding what to show is the dialog's job.
"""

from __future__ import annotations

import html
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.secret_prompt import SecretField, secondary
from app.ui.theme import is_dark

if TYPE_CHECKING:
    from app.services.accounts_service import Diagnosis

FIELDS = ("name", "base_url", "login", "secret")


class SecretState(StrEnum):
    NEW = "new"  # an account being added
    STORED = "stored"  # kept (keyring or memory): leave empty to keep
    MISSING = "missing"  # not entered in this run
    DEMO = "demo"  # made up by the app each run


def status_colors(widget: QWidget) -> tuple[str, str]:
    """(good, bad) text colours readable on the widget's palette."""
    return ("#5fd38d", "#ff8a80") if is_dark(widget.palette()) else ("#1a7f37", "#b3261e")


class AccountForm(QWidget):
    edited = Signal()  # the user changed a field
    test_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Newsletter project"))
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText("https://esp.example.com/api/v1/")
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.secret_field = SecretField()
        self.secret_hint = _hint("")
        self.errors = {key: self._error_label(key) for key in FIELDS}
        url_hint = _hint(
            self.tr("The Server-to-Server API address from your provider, usually ending in /api/v1/")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Name"), _stack(self.name_edit, self.errors["name"]))
        form.addRow(self.tr("API address"), _stack(self.url_edit, url_hint, self.errors["base_url"]))
        form.addRow(self.tr("Login"), _stack(self.login_edit, self.errors["login"]))
        form.addRow(self.tr("Secret"), _stack(self.secret_field, self.secret_hint, self.errors["secret"]))
        for edit in (self.name_edit, self.url_edit, self.login_edit):
            edit.textChanged.connect(self._on_edited)
        self.secret_field.textChanged.connect(self._on_edited)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_requested)
        self.busy = QProgressBar()
        self.busy.setObjectName("testBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("testResult")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.busy)
        test_row.addStretch(1)

        # Read-only fields (the demo account) must not look like fields waiting for input.
        self.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.verdict_label)
        layout.addStretch(1)

    # -- filling -----------------------------------------------------------------------------

    def fill(self, name: str, base_url: str, login: str, *, read_only: bool) -> None:
        """Show these values (the secret field starts empty) without reporting an edit."""
        self._filling = True
        try:
            self.name_edit.setText(name)
            self.url_edit.setText(base_url)
            self.login_edit.setText(login)
            self.secret_field.clear()
        finally:
            self._filling = False
        for edit in (self.name_edit, self.url_edit, self.login_edit, self.secret_field.edit):
            edit.setReadOnly(read_only)
            edit.style().unpolish(edit)  # the style sheet selects on the property
            edit.style().polish(edit)
        self.secret_field.setReadOnly(read_only)
        self.show_errors({})
        self.clear_verdict()

    def describe(self, heading: str, explanation: str) -> None:
        self.heading.setText(heading)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))

    def describe_secret(self, state: SecretState, *, persistent: bool) -> None:
        """The secret field's placeholder and the line under it, saying where the secret lives."""
        if state is SecretState.DEMO:
            placeholder, hint = self.tr("Set by the app"), self.tr("Made up for this run, never saved.")
        elif state is SecretState.NEW:
            placeholder = self.tr("The API user's password or key")
            hint = (
                self.tr("Saved in the system keyring, never in the workspace.")
                if persistent
                else self.tr("Kept in memory until you close the app.")
            )
        elif state is SecretState.STORED:
            placeholder = self.tr("Unchanged")
            hint = (
                self.tr("Saved in the system keyring. Leave it empty to keep it, or type a new one.")
                if persistent
                else self.tr("Kept until you close the app. Leave it empty to keep it.")
            )
        else:
            placeholder = self.tr("Not entered yet")
            hint = self.tr("Not entered in this session: type it to use this account.")
        self.secret_field.setPlaceholderText(placeholder)
        self.secret_hint.setText(hint)

    def demo_explanation(self, ready: bool) -> str:
        text = self.tr(
            "The demo account talks to the built-in sandbox: a practice server on this computer with "
            "sample content, where you can try everything safely. Nothing sent to it reaches real "
            "subscribers. Campaign Studio sets its address and secret each time it starts, so they "
            "cannot be edited here."
        )
        if not ready:
            text += " " + self.tr("The demo server is still starting; test the connection in a moment.")
        return text

    def inputs(self) -> tuple[str, str, str, str]:
        """name, base_url, login, secret as typed."""
        return self.name_edit.text(), self.url_edit.text(), self.login_edit.text(), self.secret_field.text()

    # -- feedback ----------------------------------------------------------------------------

    def show_errors(self, problems: dict[str, str]) -> None:
        """A message under each invalid field; the first one gets the focus."""
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "base_url": self.url_edit,
            "login": self.login_edit,
            "secret": self.secret_field,
        }
        first = next((key for key in FIELDS if key in problems), None)
        if first is not None:
            widgets[first].setFocus()

    def set_testing(self) -> None:
        self.busy.show()
        self.test_button.setEnabled(False)
        self.verdict_label.setText(html.escape(self.tr("Testing the connection…")))

    def show_verdict(self, verdict: Diagnosis | None) -> None:
        """A green "Connected", or the problem and what to do next."""
        self.busy.hide()
        self.test_button.setEnabled(True)
        good, bad = status_colors(self)
        if verdict is None:
            text = self.tr("Connected: the address, login and secret work.")
            self.verdict_label.setText(
                f'<span style="color:{good}; font-weight:600">✔ {html.escape(text)}</span>'
            )
            return
        problem = QCoreApplication.translate("Diagnosis", verdict.problem)
        action = QCoreApplication.translate("Diagnosis", verdict.action)
        self.verdict_label.setText(
            f'<span style="color:{bad}; font-weight:600">✖ {html.escape(problem)}</span>'
            f"<br>{html.escape(action)}"
        )

    def clear_verdict(self) -> None:
        self.busy.hide()
        self.test_button.setEnabled(True)
        self.verdict_label.clear()

    def verdict_text(self) -> str:
        """The verdict as plain text (for tests and accessibility)."""
        return QTextDocumentFragment.fromHtml(self.verdict_label.text()).toPlainText()

    def _on_edited(self) -> None:
        if not self._filling:
            self.clear_verdict()  # a verdict about other values would mislead
            self.edited.emit()

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{key}Error")
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {status_colors(self)[1]};")
        label.hide()
        return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return secondary(label)


def _stack(*widgets: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return box
