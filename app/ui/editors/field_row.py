"""One field of a form: the input, then the server's error or a validation hint under it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

SERVER_STYLE = "color: #c62828;"  # the server refused: red
HINT_STYLE = "color: #b26a00;"  # our own check, not blocking: amber
HELP_STYLE = "color: palette(placeholder-text);"


class FieldRow(QWidget):
    """Wraps an input; ``messages`` shows the server's error, else the hint."""

    def __init__(self, key: str, field: QWidget, help_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.help = QLabel(help_text)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(HELP_STYLE)
        self.help.setVisible(bool(help_text))
        layout.addWidget(self.help)
        self.message = QLabel()
        self.message.setObjectName(f"message_{key}")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()
        layout.addWidget(self.message)
        self._server: list[str] = []
        self._hints: list[str] = []

    @property
    def server_errors(self) -> list[str]:
        return list(self._server)

    @property
    def hints(self) -> list[str]:
        return list(self._hints)

    def set_server_errors(self, messages: Sequence[str]) -> None:
        self._server = list(messages)
        self._show()

    def set_hints(self, messages: Sequence[str]) -> None:
        if list(messages) != self._hints:
            self._hints = list(messages)
            self._show()

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def _show(self) -> None:
        if self._server:
            self.message.setText(" ".join(self._server))
            self.message.setStyleSheet(SERVER_STYLE)
        elif self._hints:
            self.message.setText(" ".join(self._hints))
            self.message.setStyleSheet(HINT_STYLE)
        self.message.setVisible(bool(self._server or self._hints))
