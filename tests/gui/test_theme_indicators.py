"""An empty check box or radio button can be seen in the dark theme: its outline stands out
from the window (Fusion drew it in nearly the window's own colour)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from app.ui.theme import Theme


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[Theme]:
    theme = Theme(qapp, forced=Qt.ColorScheme.Dark)
    try:
        yield theme
    finally:
        theme.force(Qt.ColorScheme.Light)


def _lightness(color: QColor) -> int:
    return color.lightness()


def _indicator_contrast(button: QAbstractButton, element: QStyle.SubElement) -> int:
    """The largest lightness difference between the window and a pixel of the indicator."""
    option = QStyleOptionButton()
    option.initFrom(button)
    rect = button.style().subElementRect(element, option, button)
    image: QImage = button.grab().toImage()
    window = _lightness(image.pixelColor(image.width() - 1, image.height() // 2))  # past the text
    return max(
        abs(_lightness(image.pixelColor(x, y)) - window)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


@pytest.mark.parametrize(
    ("make", "element"),
    [
        (lambda: QCheckBox("Track clicks"), QStyle.SubElement.SE_CheckBoxIndicator),
        (lambda: QRadioButton("Open rate"), QStyle.SubElement.SE_RadioButtonIndicator),
    ],
)
def test_an_unchecked_indicator_stands_out_from_a_dark_window(qtbot, dark, make, element):
    button = make()
    qtbot.addWidget(button)
    button.resize(160, 30)
    button.show()
    qtbot.waitExposed(button)
    assert button.palette().color(button.backgroundRole()).lightness() < 80  # dark indeed
    assert _indicator_contrast(button, element) >= 40  # Fusion alone: about 20


def test_a_checked_box_still_shows_its_mark_in_the_dark(qtbot, dark):
    box = QCheckBox("Track opens")
    box.setChecked(True)
    qtbot.addWidget(box)
    box.resize(160, 30)
    box.show()
    qtbot.waitExposed(box)
    assert _indicator_contrast(box, QStyle.SubElement.SE_CheckBoxIndicator) >= 100
