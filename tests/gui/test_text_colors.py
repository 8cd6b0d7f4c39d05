"""Problem and warning text reads on a light and on a dark window (4.5:1 or more) and follows
the theme when it changes, in the form rows of every editor and wherever it is shown."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit

from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.text_colors import problem_style, show_plain, show_problem
from app.ui.theme import dark_palette
from tests.gui.contrast import contrast, style_colour, text_colour

LIGHT = QPalette(QColor("#efefef"), QColor("#efefef"))


def test_problem_text_follows_the_theme(qtbot, qapp) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(LIGHT)
        label = QLabel("The file is empty.")
        qtbot.addWidget(label)
        label.show()
        show_problem(label)
        light_style = label.styleSheet()
        assert contrast(text_colour(label), LIGHT.color(QPalette.ColorRole.Window)) >= 4.5

        qapp.setPalette(dark_palette())  # the theme switched while it was shown
        qapp.processEvents()  # widgets hear of it through posted events
        assert label.styleSheet() != light_style
        window = dark_palette().color(QPalette.ColorRole.Window)
        assert contrast(text_colour(label), window) >= 4.5
        assert contrast(style_colour(light_style), window) < 4.5  # why one red is not enough

        qapp.setPalette(LIGHT)
        qapp.processEvents()
        assert label.styleSheet() == light_style
        show_plain(label, HELP_STYLE)
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        assert label.styleSheet() == HELP_STYLE  # no longer a problem: not recoloured
    finally:
        qapp.setPalette(before)


def test_a_form_rows_messages_read_in_the_dark(qtbot, qapp) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        window = dark_palette().color(QPalette.ColorRole.Window)
        row = FieldRow("from_address", QLineEdit())
        qtbot.addWidget(row)
        row.show()
        row.set_hints(["Enter an email address like news@example.com."])
        hint = style_colour(row.message.styleSheet())
        row.set_server_errors(["There is no category with id 7."])
        problem = style_colour(row.message.styleSheet())
        assert hint != problem
        assert contrast(hint, window) >= 4.5 and contrast(problem, window) >= 4.5
        assert row.message.styleSheet() == problem_style(row.message)
    finally:
        qapp.setPalette(before)
