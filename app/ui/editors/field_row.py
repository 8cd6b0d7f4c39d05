"""One field of a form: the input, then the server's error or a validation hint under it.

The message line is always there, one line high, so a message appearing or going never
moves the fields under the pointer; a longer message is cut with "…" and shown whole in
the line's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.text_colors import show_tone

HELP_STYLE = "color: palette(placeholder-text);"


class MessageLine(QLabel):
    """A single line that keeps its height when empty; the whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Never wider than the field: a long message must not stretch the form.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height())

    @property
    def full_text(self) -> str:
        return self._full

    def set_message(self, text: str) -> None:
        self._full = text
        self.setToolTip(text if text else "")
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        if shown != self.text():
            self.setText(shown)


class FieldRow(QWidget):
    """Wraps an input; the message line shows the server's error, else the hint."""

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
        self.message = MessageLine()
        self.message.setObjectName(f"message_{key}")
        layout.addWidget(self.message)
        self._server: list[str] = []
        self._hints: list[str] = []
        self._style = ""

    @property
    def server_errors(self) -> list[str]:
        return list(self._server)

    @property
    def hints(self) -> list[str]:
        return list(self._hints)

    def set_server_errors(self, messages: Sequence[str]) -> None:
        if list(messages) != self._server:
            self._server = list(messages)
            self._show()

    def set_hints(self, messages: Sequence[str]) -> None:
        if list(messages) != self._hints:
            self._hints = list(messages)
            self._show()

    def message_text(self) -> str:
        return self.message.full_text

    def _show(self) -> None:
        if self._server:  # the server refused: red; else our own check, not blocking: amber
            text, tone = " ".join(self._server), "problem"
        else:
            text, tone = " ".join(self._hints), "hint"
        if tone != self._style:  # style sheets are slow to apply: only when the kind changes
            self._style = tone
            show_tone(self.message, tone)
        self.message.set_message(text)
