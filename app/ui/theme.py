"""Light and dark colour schemes that follow the system.

Fusion everywhere (the same look on every platform, and a palette it fully honours).
The scheme comes from ``QStyleHints.colorScheme`` and follows ``colorSchemeChanged``;
where the platform reports none (a bare X server, older desktops) the app is light.
``CAMPAIGN_STUDIO_COLOR_SCHEME=dark`` (or ``light``) overrides the system's choice.
"""

from __future__ import annotations

import os
from typing import Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

OVERRIDE_ENV: Final = "CAMPAIGN_STUDIO_COLOR_SCHEME"

_DARK: Final[dict[QPalette.ColorRole, str]] = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282c",
    QPalette.ColorRole.ToolTipBase: "#3a3d42",
    QPalette.ColorRole.ToolTipText: "#f0f0f2",
    QPalette.ColorRole.PlaceholderText: "#9a9ca3",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#34373c",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4d53",
    QPalette.ColorRole.Midlight: "#3d4045",
    QPalette.ColorRole.Mid: "#2f3136",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7ab4ff",
    QPalette.ColorRole.LinkVisited: "#c29bff",
}
_DARK_DISABLED: Final[dict[QPalette.ColorRole, str]] = {
    QPalette.ColorRole.WindowText: "#7d7f86",
    QPalette.ColorRole.Text: "#7d7f86",
    QPalette.ColorRole.ButtonText: "#7d7f86",
    QPalette.ColorRole.Highlight: "#4a4d53",
    QPalette.ColorRole.HighlightedText: "#b0b2b8",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Decided from the palette itself, so widgets need not know how it was chosen."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _override() -> Qt.ColorScheme | None:
    value = os.environ.get(OVERRIDE_ENV, "").strip().lower()
    return {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(value)


_INDICATORS: Final = frozenset(
    {QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton}
)
# Fusion outlines a check box with the window colour made darker: on a dark window that is
# the colour of the box itself. Drawn as if on this lighter window, the outline shows.
_INDICATOR_WINDOW: Final = "#8e9198"


class _Style(QProxyStyle):
    """Fusion, with check boxes and radio buttons visible on a dark palette."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _INDICATORS and is_dark(option.palette):
            option = type(option)(option)  # a copy of its own type: Fusion reads the button's fields
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Window, QColor(_INDICATOR_WINDOW))
            option.palette = palette
        super().drawPrimitive(element, option, painter, widget)


class Theme(QObject):
    """Keeps the application's palette in step with the system's colour scheme."""

    def __init__(self, app: QGuiApplication, forced: Qt.ColorScheme | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._forced = forced if forced is not None else _override()
        app.setStyle(_Style("Fusion"))  # type: ignore[attr-defined]  # QApplication's
        app.styleHints().colorSchemeChanged.connect(self._apply)
        self._apply()

    @property
    def scheme(self) -> Qt.ColorScheme:
        """Dark or Light: forced, else the system's (Unknown counts as light)."""
        if self._forced is not None:
            return self._forced
        return self._system(self._app.styleHints().colorScheme())

    @staticmethod
    def _system(scheme: Qt.ColorScheme) -> Qt.ColorScheme:
        return Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Light or dark regardless of the system (None: follow it again)."""
        self._forced = scheme
        self._apply()

    def _apply(self, changed_to: Qt.ColorScheme | None = None) -> None:
        scheme = self.scheme
        if self._forced is None and changed_to is not None:
            scheme = self._system(changed_to)  # the signal's value: the hints may lag behind it
        if scheme == Qt.ColorScheme.Dark:
            palette = dark_palette()
        else:
            palette = self._app.style().standardPalette()  # type: ignore[attr-defined]
            if is_dark(palette):  # Fusion follows a dark system; the user asked for light
                palette = QPalette(QColor("#efefef"), QColor("#efefef"))
        self._app.setPalette(palette)


def install_theme(app: QGuiApplication) -> Theme:
    """Call once after creating the QApplication; the Theme lives as long as the app."""
    return Theme(app)
