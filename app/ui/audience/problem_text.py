"""Problem text in a red that reads on the window it is on, light or dark.

The form rows' red (``SERVER_STYLE``, #c62828) is made for a light window: on the dark
palette it has about 3:1 contrast, too little to read a sentence by. Labels marked here
get a light red on a dark palette (about 6:1) and follow the theme when it changes.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from app.ui.editors.field_row import SERVER_STYLE
from app.ui.theme import is_dark

DARK_STYLE: Final = "color: #ff8a80;"
_MARK: Final = "audienceProblemText"
_FOLLOWS: Final = "audienceProblemTextFollows"


def problem_style(widget: QWidget) -> str:
    return DARK_STYLE if is_dark(widget.palette()) else SERVER_STYLE


class _FollowTheme(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and isinstance(watched, QWidget) and watched.property(_MARK):
            wanted = problem_style(watched)
            if watched.styleSheet() != wanted:  # setting it changes the palette again: only once
                watched.setStyleSheet(wanted)
        return False


def show_problem(widget: QWidget) -> None:
    """Its text in the problem red from now on (until :func:`show_plain`)."""
    if not widget.property(_FOLLOWS):
        widget.installEventFilter(_FollowTheme(widget))
        widget.setProperty(_FOLLOWS, True)
    widget.setProperty(_MARK, True)
    widget.setStyleSheet(problem_style(widget))


def show_plain(widget: QWidget, style: str = "") -> None:
    """Its text in ``style`` (a help line's grey, or the window's own colour)."""
    widget.setProperty(_MARK, False)
    widget.setStyleSheet(style)
