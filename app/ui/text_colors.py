"""Problem red and warning amber that read on the window they are on, light or dark.

A red made for a light window (#c62828) has about 2.5:1 contrast on the dark palette, and an
amber about 3:1: too little to read a sentence by (WCAG asks 4.5:1). Each tone has a colour
for each palette, all at 4.5:1 or more. ``problem_style``/``hint_style`` give the style sheet
for a widget as it is now; ``show_problem``/``show_hint`` also follow a change of theme.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from app.ui.theme import is_dark

# tone -> (on a light window, on a dark window)
_COLOURS: Final = {
    "problem": ("#c62828", "#ff8a80"),  # what blocks, or what the server refused
    "hint": ("#8a5200", "#ffb74d"),  # what the user should know without being stopped
}
_TONE: Final = "textTone"  # the widget property naming its tone ("" for none)
_FOLLOWS: Final = "textToneFollows"


def tone_style(widget: QWidget, tone: str) -> str:
    light, dark = _COLOURS[tone]
    return f"color: {dark if is_dark(widget.palette()) else light};"


def problem_style(widget: QWidget) -> str:
    return tone_style(widget, "problem")


def hint_style(widget: QWidget) -> str:
    return tone_style(widget, "hint")


class _FollowTheme(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and isinstance(watched, QWidget):
            tone = watched.property(_TONE)
            if tone:
                wanted = tone_style(watched, str(tone))
                if watched.styleSheet() != wanted:  # setting it changes the palette again: only once
                    watched.setStyleSheet(wanted)
        return False


def show_tone(widget: QWidget, tone: str) -> None:
    """``widget``'s text in ``tone`` from now on, across theme changes (until :func:`show_plain`)."""
    if not widget.property(_FOLLOWS):
        widget.installEventFilter(_FollowTheme(widget))
        widget.setProperty(_FOLLOWS, True)
    widget.setProperty(_TONE, tone)
    widget.setStyleSheet(tone_style(widget, tone))


def show_problem(widget: QWidget) -> None:
    show_tone(widget, "problem")


def show_hint(widget: QWidget) -> None:
    show_tone(widget, "hint")


def show_plain(widget: QWidget, style: str = "") -> None:
    """Its text in ``style`` (a help line's grey, or the window's own colour)."""
    widget.setProperty(_TONE, "")
    widget.setStyleSheet(style)
