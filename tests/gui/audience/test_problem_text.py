"""Problem text in the Audience section reads on a light and on a dark window, and follows the
theme when it changes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from app.ui.audience.problem_text import DARK_STYLE, show_plain, show_problem
from app.ui.editors.field_row import HELP_STYLE, SERVER_STYLE
from app.ui.theme import dark_palette


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _text_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_problem_text_follows_the_theme(qtbot, qapp) -> None:
    before = qapp.palette()
    light = QPalette(QColor("#efefef"), QColor("#efefef"))
    try:
        qapp.setPalette(light)
        label = QLabel("The file is empty.")
        qtbot.addWidget(label)
        label.show()
        show_problem(label)
        assert label.styleSheet() == SERVER_STYLE
        assert _contrast(_text_colour(label), light.color(QPalette.ColorRole.Window)) >= 4.5

        qapp.setPalette(dark_palette())  # the theme switched while it was shown
        qapp.processEvents()  # widgets hear of it through posted events
        assert label.styleSheet() == DARK_STYLE
        window = dark_palette().color(QPalette.ColorRole.Window)
        assert _contrast(_text_colour(label), window) >= 4.5
        assert _contrast(QColor("#c62828"), window) < 4.5  # why the form rows' red is not used here

        qapp.setPalette(light)
        qapp.processEvents()
        assert label.styleSheet() == SERVER_STYLE
        show_plain(label, HELP_STYLE)
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        assert label.styleSheet() == HELP_STYLE  # no longer a problem: not recoloured
    finally:
        qapp.setPalette(before)
