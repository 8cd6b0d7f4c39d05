"""Indentation: Enter keeps the line's indent (one more after an opening tag or bracket),
Tab and Shift+Tab indent and unindent lines, Backspace in the indent removes one level.

Positions within a line are Qt's (UTF-16 units); line texts go through
:func:`as_utf16_units` so that Python indices agree with them.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtGui import QTextCursor

from app.authoring.html_format import VOID
from app.ui.code_editor.utf16 import as_utf16_units

INDENT_WIDTH: Final = 2
_OPENING_TAG: Final = re.compile(r"<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?(?<!/)>\s*$")
_CLOSERS: Final = {"{": "}", "[": "]"}


def _leading(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


def new_line(cursor: QTextCursor, mode: str) -> None:
    """Insert a line break keeping the indentation, as one undo step."""
    line = as_utf16_units(cursor.block().text())
    column = cursor.positionInBlock()
    before, after = line[:column], line[column:]
    indent = _leading(before)
    extra = ""
    closer_on_own_line = False
    stripped_after = after.lstrip(" \t")
    if mode == "html":
        tag = _OPENING_TAG.search(before)
        if tag is not None and tag.group(1).lower() not in VOID:
            extra = " " * INDENT_WIDTH
            closer_on_own_line = stripped_after.lower().startswith(f"</{tag.group(1).lower()}")
    elif mode == "json":
        last = before.rstrip()[-1:]
        if last in _CLOSERS:
            extra = " " * INDENT_WIDTH
            closer_on_own_line = stripped_after.startswith(_CLOSERS[last])
    cursor.beginEditBlock()
    if not cursor.hasSelection() and not before.strip() and not after.strip() and before:
        # A line of nothing but indentation: leave it empty rather than trailing spaces.
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    elif len(after) > len(stripped_after) and not cursor.hasSelection():
        cursor.movePosition(
            QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(after) - len(stripped_after)
        )
        cursor.removeSelectedText()
    cursor.insertText("\n" + indent + extra)
    if closer_on_own_line:
        position = cursor.position()
        cursor.insertText("\n" + indent)
        cursor.setPosition(position)
    cursor.endEditBlock()


def _selected_blocks(cursor: QTextCursor) -> tuple[int, int]:
    document = cursor.document()
    start = document.findBlock(cursor.selectionStart())
    end = document.findBlock(cursor.selectionEnd())
    last = end.blockNumber()
    if cursor.hasSelection() and end.position() == cursor.selectionEnd() and last > start.blockNumber():
        last -= 1  # a selection ending at the start of a line does not take that line
    return start.blockNumber(), last


def spans_lines(cursor: QTextCursor) -> bool:
    """Whether the selection reaches over a line break (Tab then indents lines)."""
    if not cursor.hasSelection():
        return False
    document = cursor.document()
    return (
        document.findBlock(cursor.selectionStart()).blockNumber()
        != document.findBlock(cursor.selectionEnd()).blockNumber()
    )


def insert_indent(cursor: QTextCursor) -> None:
    """Spaces up to the next indentation stop, replacing any selection."""
    column = cursor.selectionStart() - cursor.document().findBlock(cursor.selectionStart()).position()
    cursor.insertText(" " * (INDENT_WIDTH - column % INDENT_WIDTH))


def shift_lines(cursor: QTextCursor, outward: bool) -> QTextCursor:
    """Indent (or unindent, ``outward``) every line the selection touches, as one undo
    step; returns a cursor selecting those lines whole."""
    first, last = _selected_blocks(cursor)
    document = cursor.document()
    edit = QTextCursor(document)
    edit.beginEditBlock()
    for number in range(first, last + 1):
        block = document.findBlockByNumber(number)
        text = block.text()
        edit.setPosition(block.position())
        if outward:
            leading = _leading(text)
            remove = (
                1 if leading.startswith("\t") else min(len(leading) - len(leading.lstrip(" ")), INDENT_WIDTH)
            )
            if remove:
                edit.setPosition(block.position() + remove, QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
        elif text.strip():
            edit.insertText(" " * INDENT_WIDTH)
    edit.endEditBlock()
    selection = QTextCursor(document)
    selection.setPosition(document.findBlockByNumber(first).position())
    last_block = document.findBlockByNumber(last)
    selection.setPosition(last_block.position() + last_block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    return selection


def remove_indent_step(cursor: QTextCursor) -> bool:
    """Backspace inside the leading spaces removes back to the previous stop; False when
    the cursor is elsewhere (an ordinary backspace)."""
    if cursor.hasSelection():
        return False
    column = cursor.positionInBlock()
    before = as_utf16_units(cursor.block().text())[:column]
    if column == 0 or before.strip(" "):
        return False
    remove = column % INDENT_WIDTH or INDENT_WIDTH
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, remove)
    cursor.removeSelectedText()
    return True
