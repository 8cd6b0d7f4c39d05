"""A quiet notice above the text that never blocks typing: a very long line (offering
Format), or a Format that could not be done, with a way to dismiss it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.ui.code_editor.syntax_theme import SyntaxTheme, mix


class Banner(QWidget):
    action_clicked = Signal()
    dismissed = Signal(str)  # the kind of notice dismissed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_editor_banner")
        self.setAutoFillBackground(True)
        self.label = QLabel()
        self.label.setObjectName("code_editor_banner_text")
        self.label.setWordWrap(True)
        self.action = QPushButton()
        self.action.setObjectName("code_editor_banner_action")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.action.clicked.connect(self.action_clicked)
        self.close_button.clicked.connect(self._dismiss)
        self.kind = ""

    def show_message(self, kind: str, text: str, action: str = "") -> None:
        """``kind`` names the notice (so the editor knows what it shows); ``action`` is the
        button's text, none when empty."""
        self.kind = kind
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.show()

    def clear(self, kind: str | None = None) -> None:
        if kind is None or kind == self.kind:
            self.kind = ""
            self.hide()

    def set_theme(self, theme: SyntaxTheme) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, mix(theme.base, theme.severity["warning"], 0.22))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
        self.setPalette(palette)

    def _dismiss(self) -> None:
        kind = self.kind
        self.clear()
        self.dismissed.emit(kind)
