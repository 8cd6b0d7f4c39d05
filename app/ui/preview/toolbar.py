"""The preview's own toolbar: desktop or phone width, light or dark, and a sign while a long
document is still loading."""

from __future__ import annotations

from enum import Enum
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

MOBILE_WIDTH: Final = 375  # CSS pixels of the phone most email designs are checked on


class WidthMode(Enum):
    DESKTOP = "desktop"
    MOBILE = "mobile"


class PreviewToolbar(QWidget):
    width_mode_changed = Signal(object)  # WidthMode
    dark_mode_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desktop_button = self._button(
            self.tr("Desktop"), self.tr("As wide as the pane, like a desktop mail client")
        )
        self.mobile_button = self._button(
            self.tr("Mobile"), self.tr("{0} pixels wide, like a phone").format(MOBILE_WIDTH)
        )
        self.desktop_button.setChecked(True)
        self._widths = QButtonGroup(self)
        self._widths.setExclusive(True)
        self._widths.addButton(self.desktop_button)
        self._widths.addButton(self.mobile_button)
        self._widths.buttonToggled.connect(self._width_toggled)
        self.dark_button = self._button(
            self.tr("Dark Mode"),
            self.tr(
                "As mail apps in dark mode show it: the email's own dark styles apply, "
                "and light colours are darkened the way apps that adapt emails do"
            ),
        )
        self.dark_button.toggled.connect(self.dark_mode_changed)
        self.notice_label = QLabel()
        self.notice_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notice_label.hide()
        self.busy_label = QLabel(self.tr("Updating the preview…"))
        self.busy_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.busy_label.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.desktop_button)
        layout.addWidget(self.mobile_button)
        layout.addSpacing(12)
        layout.addWidget(self.dark_button)
        layout.addSpacing(12)
        layout.addWidget(self.notice_label)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)

    @staticmethod
    def _button(text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    def width_mode(self) -> WidthMode:
        return WidthMode.MOBILE if self.mobile_button.isChecked() else WidthMode.DESKTOP

    def set_width_mode(self, mode: WidthMode) -> None:
        (self.mobile_button if mode is WidthMode.MOBILE else self.desktop_button).setChecked(True)

    def set_dark_mode(self, on: bool) -> None:
        self.dark_button.setChecked(on)

    def set_too_wide(self, width: int | None) -> None:
        """Say that the email is ``width`` pixels wide, more than a phone's (None: it fits)."""
        self.notice_label.setVisible(width is not None)
        if width is not None:
            self.notice_label.setText(self.tr("Wider than a phone: {0} px").format(width))
            self.notice_label.setToolTip(
                self.tr(
                    "Phones shrink an email this wide or cut it off at the side. A layout that "
                    "adapts to {0} pixels reads better."
                ).format(MOBILE_WIDTH)
            )

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    def _width_toggled(self, _button: QToolButton, checked: bool) -> None:
        if checked:
            self.width_mode_changed.emit(self.width_mode())
