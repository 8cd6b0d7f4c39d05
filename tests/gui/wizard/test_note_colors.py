"""The wizard's problem and warning lines read on a dark window as well as on a light one."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from app.ui.theme import dark_palette
from app.ui.wizard.crontab_editor import CrontabEditor
from app.ui.wizard.rows import WizardRow
from tests.gui.contrast import contrast, style_colour


def test_problems_and_warnings_read_on_both_palettes(qtbot):
    for palette in (QPalette(QColor("#efefef"), QColor("#efefef")), dark_palette()):
        window = palette.color(QPalette.ColorRole.Window)
        row = WizardRow("tags", QLineEdit())
        qtbot.addWidget(row)
        row.setPalette(palette)
        row.set_problem("Choose the email this campaign sends.")
        problem = style_colour(row.note.styleSheet())
        row.set_problem("")
        row.set_hints(["Each test variant would go to about 34 people."])
        hint = style_colour(row.note.styleSheet())
        assert problem != hint
        assert contrast(problem, window) >= 4.5 and contrast(hint, window) >= 4.5, window.name()
        cron = CrontabEditor()
        qtbot.addWidget(cron)
        cron.setPalette(palette)
        cron.set_expression("* * * * *")
        assert contrast(style_colour(cron.warning.styleSheet()), window) >= 4.5
        cron.set_expression("0 9 * *")
        assert contrast(style_colour(cron.meaning.styleSheet()), window) >= 4.5
