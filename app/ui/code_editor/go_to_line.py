"""Ctrl+G: a one-line bar asking for a line (or ``line:column``), with the range shown."""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

_TARGET: Final = re.compile(r"\s*(\d+)\s*(?:[:,]\s*(\d+)\s*)?")


class GoToLineBar(QWidget):
    go = Signal(int, int)  # line, column (1-based; column 0 when not given)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_editor_go_to_line")
        self.setAutoFillBackground(True)
        self.field = QLineEdit()
        self.field.setObjectName("go_to_line_field")
        self.field.setPlaceholderText(self.tr("Line, or line:column"))
        self.label = QLabel(self.tr("Go to line:"))
        self.label.setBuddy(self.field)
        self.range_label = QLabel()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.range_label)
        layout.addWidget(close)
        self.field.installEventFilter(self)

    def open(self, current_line: int, line_count: int) -> None:
        self.range_label.setText(self.tr("1 to {0}").format(self.locale().toString(line_count)))
        self.field.setText(str(current_line))
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                match = _TARGET.fullmatch(self.field.text())
                if match is not None:
                    self.hide()
                    self.go.emit(int(match.group(1)), int(match.group(2) or 0))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
