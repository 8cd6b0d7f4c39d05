"""A field of a wizard page: the editors' row (the server's refusal in red, a warning in
amber) with one more message, the page's own check that keeps Next from going on.

A wizard page has room, and its messages appear when Next is pressed, not while typing:
they wrap over as many lines as they need instead of being cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.editors.field_row import FieldRow
from app.ui.text_colors import hint_style, problem_style


class WizardRow(FieldRow):
    """``set_problem`` (blocking, red) shows when the server has nothing to say; warnings
    (``set_hints``) show when neither has."""

    def __init__(self, key: str, field: QWidget, help_text: str = "", parent: QWidget | None = None) -> None:
        self._problem = ""
        self.note = QLabel()
        super().__init__(key, field, help_text, parent)
        self.message.hide()  # the one-line, elided line of forms; the note wraps instead
        self.note.setObjectName(f"note_{key}")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.note)

    @property
    def problem(self) -> str:
        return self._problem

    def set_problem(self, text: str) -> None:
        if text != self._problem:
            self._problem = text
            self._show()

    def _show(self) -> None:
        if self._server:
            text, style = " ".join(self._server), problem_style(self)
        elif self._problem:
            text, style = self._problem, problem_style(self)
        else:
            text, style = " ".join(self._hints), hint_style(self)
        if style != self._style:
            self._style = style
            self.note.setStyleSheet(style)
        self.message.set_message(text)
        self.note.setText(text)
        self.note.setVisible(bool(text))
