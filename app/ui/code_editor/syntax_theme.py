"""The editor's colours, light or dark after the palette it is shown with.

Syntax colours are two fixed schemes (GitHub's light and dark, readable on either base
colour at WCAG AA); everything around the text (gutter, current line, matches, marks)
is mixed from the palette itself, so a custom palette still looks of a piece.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

from app.ui.theme import is_dark

# name -> (light, dark, style): style is "" or any of "b" (bold), "i" (italic)
_SYNTAX: Final[dict[str, tuple[str, str, str]]] = {
    "punctuation": ("#6e7781", "#8b949e", ""),
    "tag": ("#116329", "#7ee787", ""),
    "attribute": ("#0550ae", "#79c0ff", ""),
    "string": ("#0a3069", "#a5d6ff", ""),
    "comment": ("#6e7781", "#8b949e", "i"),
    "doctype": ("#8250df", "#d2a8ff", ""),
    "entity": ("#953800", "#ffa657", ""),
    "template": ("#953800", "#ffa657", ""),
    "template_keyword": ("#cf222e", "#ff7b72", "b"),
    "template_comment": ("#6e7781", "#8b949e", "i"),
    "css_selector": ("#6639ba", "#d2a8ff", ""),
    "css_property": ("#0550ae", "#79c0ff", ""),
    "css_value": ("#0a3069", "#a5d6ff", ""),
    "css_number": ("#953800", "#ffa657", ""),
    "css_at_rule": ("#cf222e", "#ff7b72", ""),
    "json_key": ("#0550ae", "#79c0ff", ""),
    "json_string": ("#0a3069", "#a5d6ff", ""),
    "json_number": ("#953800", "#ffa657", ""),
    "json_literal": ("#cf222e", "#ff7b72", ""),
}
# Template tags sit on a tint so that {{ name }} stands out wherever it is.
_TEMPLATE_TINT: Final = ("#fff5c2", "#3b3000")
_TEMPLATE_FORMATS: Final = ("template", "template_keyword", "template_comment")
_SEVERITY: Final[dict[str, tuple[str, str]]] = {
    "error": ("#cf222e", "#ff7b72"),
    "warning": ("#bf8700", "#d29922"),
    "info": ("#0969da", "#58a6ff"),
}
_MATCH: Final = ("#ffe066", "#6b5900")
_CURRENT_MATCH: Final = ("#ff9f43", "#b35c00")


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


@dataclass(frozen=True)
class SyntaxTheme:
    dark: bool
    formats: dict[str, QTextCharFormat]
    text: QColor
    base: QColor
    gutter_background: QColor
    gutter_text: QColor
    gutter_current: QColor
    current_line: QColor
    match: QColor
    current_match: QColor
    severity: dict[str, QColor]
    severity_line: dict[str, QColor]

    @classmethod
    def from_palette(cls, palette: QPalette) -> SyntaxTheme:
        dark = is_dark(palette)
        pick = 1 if dark else 0
        formats: dict[str, QTextCharFormat] = {}
        tint = QColor(_TEMPLATE_TINT[pick])
        for name, (light, dark_color, style) in _SYNTAX.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(dark_color if dark else light))
            if "b" in style:
                fmt.setFontWeight(QFont.Weight.Bold)
            if "i" in style:
                fmt.setFontItalic(True)
            if name in _TEMPLATE_FORMATS:
                fmt.setBackground(tint)
            formats[name] = fmt
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorRole.Window)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        severity = {name: QColor(colors[pick]) for name, colors in _SEVERITY.items()}
        return cls(
            dark=dark,
            formats=formats,
            text=text,
            base=base,
            gutter_background=mix(base, window, 0.6),
            gutter_text=mix(text, base, 0.55),
            gutter_current=text,
            current_line=mix(base, highlight, 0.12 if dark else 0.07),
            match=QColor(_MATCH[pick]),
            current_match=QColor(_CURRENT_MATCH[pick]),
            severity=severity,
            severity_line={
                name: mix(base, color, 0.18 if dark else 0.12) for name, color in severity.items()
            },
        )
