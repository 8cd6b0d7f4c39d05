"""What the editor paints over the text besides syntax colours: the current line, and
the lines marked with a finding (tinted, the text underlined with a wave)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from app.ui.code_editor.syntax_theme import SyntaxTheme


def _whole_line(color: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return fmt


def current_line(cursor: QTextCursor, theme: SyntaxTheme) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    at = QTextCursor(cursor)
    at.clearSelection()
    selection.cursor = at
    selection.format = _whole_line(theme.current_line)
    return selection


def marked_lines(
    document: QTextDocument, marks: Mapping[int, tuple[str, str]], theme: SyntaxTheme
) -> list[QTextEdit.ExtraSelection]:
    """Two selections per marked block (``{block number: (severity, message)}``): the tint
    across the editor's width, and the wave under the line's text (not its indentation)."""
    selections: list[QTextEdit.ExtraSelection] = []
    for number, (severity, _message) in marks.items():
        block = document.findBlockByNumber(number)
        line = QTextEdit.ExtraSelection()
        line.cursor = QTextCursor(block)
        line.format = _whole_line(theme.severity_line[severity])
        underline = QTextEdit.ExtraSelection()
        wave = QTextCharFormat()
        wave.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        wave.setUnderlineColor(QColor(theme.severity[severity]))
        text = block.text()
        indent = len(text) - len(text.lstrip())  # spaces and tabs: as many UTF-16 units
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + indent)
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        underline.cursor = cursor
        underline.format = wave
        selections += [line, underline]
    return selections
