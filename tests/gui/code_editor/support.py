"""Helpers for the code editor tests: an editor on screen, and what colour a character has."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from app.ui.code_editor import CodeEditor


def make_editor(qtbot, mode: str = "html", text: str = "") -> CodeEditor:
    editor = CodeEditor(mode)
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()  # shortcuts (Ctrl+F...) need an active window
    qtbot.waitUntil(editor.isActiveWindow)
    editor.setFocus()
    if text:
        editor.load_text(text)
        qtbot.waitUntil(lambda: editor.highlighter.is_complete)
    return editor


def format_at(editor: CodeEditor, line: int, column: int) -> QTextCharFormat | None:
    """The highlighter's format at ``column`` (0-based, Qt units) of ``line`` (1-based)."""
    block = editor.document().findBlockByNumber(line - 1)
    ranges = block.layout().formats()
    for item in ranges:
        if item.start <= column < item.start + item.length:
            return QTextCharFormat(item.format)  # a copy: the range dies with the list
    return None


def shows(editor: CodeEditor, line: int, column: int, name: str | None) -> bool:
    """Whether that character carries the theme's format ``name`` (None: no colour)."""
    fmt = format_at(editor, line, column)
    if name is None:
        return fmt is None
    return fmt is not None and fmt == editor.theme.formats[name]


def column_of(editor: CodeEditor, line: int, needle: str, nth: int = 0) -> int:
    text = editor.document().findBlockByNumber(line - 1).text()
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    return index
