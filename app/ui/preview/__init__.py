"""The live, safe preview of an email (see ``pane``).

Importing this package is cheap (Qt WebEngine's widgets load with ``PreviewPane``), so that
``app/main.py`` can register the preview's URL scheme before the QApplication exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.ui.preview.scheme import register_preview_scheme

if TYPE_CHECKING:
    from app.ui.preview.pane import PreviewPane
    from app.ui.preview.toolbar import WidthMode

__all__ = ["PreviewPane", "WidthMode", "register_preview_scheme"]

# Chromium reads the schemes once, before the application starts: register while we can.
register_preview_scheme()


def __getattr__(name: str) -> Any:
    if name == "PreviewPane":
        from app.ui.preview.pane import PreviewPane

        return PreviewPane
    if name == "WidthMode":
        from app.ui.preview.toolbar import WidthMode

        return WidthMode
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
