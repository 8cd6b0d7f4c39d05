"""The colours of the wizard's problem and warning lines, readable on a light and a dark window.

The form rows' red and amber (``SERVER_STYLE``, ``HINT_STYLE``) are made for a light window:
on the dark palette the red has about 2.5:1 contrast and the amber about 3:1, too little to
read a sentence by, and the amber has under 4:1 on the light one too. Here the light window
gets a darker amber (5.6:1) and the dark one a light red and a light amber (6:1 and more).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QWidget

from app.ui.editors.field_row import SERVER_STYLE
from app.ui.theme import is_dark

DARK_PROBLEM: Final = "color: #ff8a80;"
DARK_HINT: Final = "color: #ffb74d;"
LIGHT_HINT: Final = "color: #8a5200;"


def problem_style(widget: QWidget) -> str:
    """Red for what blocks (or what the server refused)."""
    return DARK_PROBLEM if is_dark(widget.palette()) else SERVER_STYLE


def hint_style(widget: QWidget) -> str:
    """Amber for what the user should know without being stopped."""
    return DARK_HINT if is_dark(widget.palette()) else LIGHT_HINT
