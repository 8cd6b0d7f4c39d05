"""The wizard's problem and warning lines read on a dark window as well as on a light one."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from app.ui.theme import dark_palette
from app.ui.wizard.crontab_editor import CrontabEditor
from app.ui.wizard.rows import WizardRow


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _colour(style: str) -> QColor:
    found = re.search(r"#[0-9a-fA-F]{6}", style)
    assert found is not None, style
    return QColor(found.group(0))


def test_problems_and_warnings_read_on_both_palettes(qtbot):
    for palette in (QPalette(QColor("#efefef"), QColor("#efefef")), dark_palette()):
        window = palette.color(QPalette.ColorRole.Window)
        row = WizardRow("tags", QLineEdit())
        qtbot.addWidget(row)
        row.setPalette(palette)
        row.set_problem("Choose the email this campaign sends.")
        problem = _colour(row.note.styleSheet())
        row.set_problem("")
        row.set_hints(["Each test variant would go to about 34 people."])
        hint = _colour(row.note.styleSheet())
        assert problem != hint
        assert _contrast(problem, window) >= 4.5 and _contrast(hint, window) >= 4.5, window.name()
        cron = CrontabEditor()
        qtbot.addWidget(cron)
        cron.setPalette(palette)
        cron.set_expression("* * * * *")
        assert _contrast(_colour(cron.warning.styleSheet()), window) >= 4.5
        cron.set_expression("0 9 * *")
        assert _contrast(_colour(cron.meaning.styleSheet()), window) >= 4.5
