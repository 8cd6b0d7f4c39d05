"""A centred message saying why a place is empty and what to do, with buttons for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str = "", text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("emptyText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        for label in (self.title_label, self.text_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Lines a reader can follow, however wide the window.
            label.setMaximumWidth(label.fontMetrics().horizontalAdvance("M") * 40)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(2)
        layout.addLayout(_centred(self.title_label))
        layout.addSpacing(6)
        layout.addLayout(_centred(self.text_label))
        layout.addSpacing(14)
        layout.addLayout(self._buttons)
        layout.addStretch(3)
        self._button_count = 0

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.text_label.setText(text)

    def set_buttons_visible(self, visible: bool) -> None:
        for i in range(self._buttons.count()):
            item = self._buttons.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(visible)

    def title(self) -> str:
        return self.title_label.text()

    def text(self) -> str:
        return self.text_label.text()

    def add_action_button(self, action: QAction, text: str | None = None) -> QPushButton:
        """A button that triggers `action` (and is enabled with it)."""
        button = QPushButton(text or action.text().replace("&", "").rstrip("…."))
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return self.add_button(button)

    def add_button(self, button: QPushButton) -> QPushButton:
        if self._button_count == 0:
            self._buttons.addWidget(button)
            self._buttons.addStretch(1)
        else:
            self._buttons.insertWidget(self._buttons.count() - 1, button)
        self._button_count += 1
        return button


def _centred(label: QLabel) -> QHBoxLayout:
    """The label as wide as the room allows up to its maximum width, centred (an alignment
    flag instead would give a wrapped label its narrow size hint)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label, 100)
    row.addStretch(1)
    return row
