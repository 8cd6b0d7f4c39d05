"""Findings on lines: a dot in the gutter, a tinted and underlined line, the message when
hovering either, and the mark moving with its line as lines are added above it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app.ui.code_editor import CodeEditor
from tests.gui.code_editor.support import make_editor

TEXT = "\n".join(f"<p>line {i}</p>" for i in range(1, 21))


def hover(qtbot, widget: QWidget, point: QPoint) -> str:
    """The tooltip shown when resting the mouse at ``point`` ("" for none)."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # hiding takes a moment
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def line_middle(editor: CodeEditor, line: int) -> int:
    block = editor.document().findBlockByNumber(line - 1)
    return editor.block_top(block) + round(editor.blockBoundingRect(block).height() / 2)


def test_marks_show_their_message_on_hover(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    editor.mark_lines({3: ("error", "This image has no alt text."), 5: ("warning", "Link is empty.")})
    y = line_middle(editor, 3)
    assert hover(qtbot, editor.gutter, QPoint(4, y)) == "This image has no alt text."
    assert hover(qtbot, editor.viewport(), QPoint(30, y)) == "This image has no alt text."
    assert hover(qtbot, editor.viewport(), QPoint(30, line_middle(editor, 5))) == "Link is empty."
    assert hover(qtbot, editor.viewport(), QPoint(30, line_middle(editor, 4))) == ""
    assert hover(qtbot, editor.gutter, QPoint(4, line_middle(editor, 4))) == ""


def test_marked_lines_are_tinted_and_underlined(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    editor.mark_lines({2: ("info", "A note.")})
    theme = editor.theme
    selections = editor.extraSelections()
    tinted = [s for s in selections if s.format.background().color() == theme.severity_line["info"]]
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    waves = [s for s in selections if s.format.underlineStyle() == wave]
    assert len(tinted) == 1 and tinted[0].cursor.blockNumber() == 1
    assert len(waves) == 1 and waves[0].cursor.selectedText() == "<p>line 2</p>"
    assert waves[0].format.underlineColor() == theme.severity["info"]
    editor.mark_lines({})
    assert not [s for s in editor.extraSelections() if s.format.underlineStyle() == wave]
    assert hover(qtbot, editor.viewport(), QPoint(30, line_middle(editor, 2))) == ""


def test_a_mark_moves_with_its_line(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    editor.mark_lines({4: ("error", "Broken.")})
    editor.setTextCursor(QTextCursor(editor.document()))
    QTest.keyClicks(editor, "<!-- new -->")
    QTest.keyClick(editor, "\r")
    assert editor.marks.by_block() == {4: ("error", "Broken.")}  # line 5 now
    assert hover(qtbot, editor.viewport(), QPoint(30, line_middle(editor, 5))) == "Broken."


def test_lines_past_the_end_are_left_out_and_severities_are_checked(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    editor.mark_lines({1: ("warning", "First."), 999: ("error", "Nowhere.")})
    assert editor.marks.by_block() == {0: ("warning", "First.")}
    with pytest.raises(ValueError, match="fatal"):
        editor.mark_lines({2: ("fatal", "No such severity.")})


def test_marks_end_with_a_new_load(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    editor.mark_lines({1: ("warning", "First.")})
    editor.load_text("<p>other</p>")
    assert not editor.marks
