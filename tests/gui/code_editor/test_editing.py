"""Typing in the code editor: indentation, go to line, undo per editor, loading versus
changing the whole text, and text kept exactly (non-breaking spaces included)."""

from __future__ import annotations

import random

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from app.ui.code_editor import CodeEditor
from app.ui.code_editor.editing import HUGE_PASTE
from app.ui.code_editor.highlighting import SMALL_DOCUMENT
from tests.gui.code_editor.support import make_editor, shows


def put_cursor(editor: CodeEditor, line: int, column: int) -> None:
    cursor = QTextCursor(editor.document().findBlockByNumber(line - 1))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=column)
    editor.setTextCursor(cursor)


def select_lines(editor: CodeEditor, first: int, last: int) -> None:
    document = editor.document()
    cursor = QTextCursor(document.findBlockByNumber(first - 1))
    end = document.findBlockByNumber(last - 1)
    cursor.setPosition(end.position() + 3, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_enter_keeps_the_indentation(qtbot) -> None:
    editor = make_editor(qtbot, "html", "<table>\n    <tr>text\n")
    put_cursor(editor, 2, len("    <tr>text"))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "more")
    assert editor.text() == "<table>\n    <tr>text\n    more\n"


def test_enter_after_an_opening_tag_indents_and_puts_the_closing_tag_below(qtbot) -> None:
    editor = make_editor(qtbot, "html", "  <td></td>\n  <br>\n")
    put_cursor(editor, 1, len("  <td>"))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "x")
    assert editor.text() == "  <td>\n    x\n  </td>\n  <br>\n"
    put_cursor(editor, 4, len("  <br>"))  # a void element: no deeper indent
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "y")
    assert editor.text().endswith("  <br>\n  y\n")


def test_enter_in_json_after_a_bracket(qtbot) -> None:
    editor = make_editor(qtbot, "json", '{"and": []}')
    put_cursor(editor, 1, len('{"and": ['))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "1")
    assert editor.text() == '{"and": [\n  1\n]}'


def test_shift_enter_is_an_ordinary_line_break(qtbot) -> None:
    editor = make_editor(qtbot, "html", "ab")
    put_cursor(editor, 1, 1)
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.text() == "a\nb"
    assert "\u2028" not in editor.document().toRawText()


def test_tab_and_shift_tab_indent_and_unindent_selected_lines(qtbot) -> None:
    editor = make_editor(qtbot, "html", "<tr>\n<td>a</td>\n\n<td>b</td>\n</tr>\n")
    select_lines(editor, 2, 4)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.text() == "<tr>\n  <td>a</td>\n\n  <td>b</td>\n</tr>\n"  # blank lines stay blank
    assert editor.textCursor().selectedText() == "  <td>a</td>\u2029\u2029  <td>b</td>"
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QTest.keyClick(editor, Qt.Key.Key_Backtab)
    assert editor.text() == "<tr>\n  <td>a</td>\n\n  <td>b</td>\n</tr>\n"
    editor.undo()
    assert editor.text() == "<tr>\n    <td>a</td>\n\n    <td>b</td>\n</tr>\n"  # each shift one undo step
    put_cursor(editor, 1, 2)
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # no selection: spaces to the next stop
    assert editor.text().startswith("<t  r>")


def test_backspace_in_the_indentation_removes_one_level(qtbot) -> None:
    editor = make_editor(qtbot, "html", "      <p>")
    put_cursor(editor, 1, 6)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "    <p>"
    put_cursor(editor, 1, 6)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "    <>"  # outside the indentation: one character


def test_go_to_line_with_ctrl_g(qtbot) -> None:
    editor = make_editor(qtbot, "html", "\n".join(f"<p>line {i}</p>" for i in range(1, 501)))
    QTest.keySequence(editor, QKeySequence("Ctrl+G"))
    bar = editor.go_to_line_bar
    assert bar.isVisible() and bar.field.hasFocus()
    assert bar.range_label.text() == "1 to 500"
    bar.field.setText("250:4")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.isHidden()
    cursor = editor.textCursor()
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (249, 3)
    assert editor.hasFocus()
    assert editor.firstVisibleBlock().blockNumber() < 249 < editor.cursorForPosition(
        editor.viewport().rect().bottomLeft()
    ).blockNumber()  # fmt: skip
    QTest.keySequence(editor, QKeySequence("Ctrl+G"))
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bar.isHidden()


def test_go_to_line_clamps_to_the_text(qtbot) -> None:
    editor = make_editor(qtbot, "html", "one\ntwo\nthree")
    editor.go_to_line(99, 99)
    assert (editor.textCursor().blockNumber(), editor.textCursor().positionInBlock()) == (2, 5)
    editor.go_to_line(0)
    assert editor.textCursor().position() == 0


def test_each_editor_undoes_its_own_edits(qtbot) -> None:
    first = make_editor(qtbot, "html", "one")
    second = make_editor(qtbot, "html", "two")
    QTest.keyClicks(first, "A")
    QTest.keyClicks(second, "B")
    first.undo()
    assert first.text() == "one" and second.text() == "Btwo"
    second.undo()
    assert second.text() == "two"
    first.redo()
    assert first.text() == "Aone"


def test_loading_clears_undo_and_is_not_an_edit(qtbot) -> None:
    editor = make_editor(qtbot, "html")
    edits: list[int] = []
    editor.text_edited.connect(lambda: edits.append(1))
    editor.load_text("<p>loaded</p>")
    editor.setPlainText("<p>loaded again</p>")
    assert edits == []
    assert not editor.document().isUndoAvailable()
    QTest.keyClicks(editor, "x")
    assert edits == [1]


def test_replacing_the_whole_text_is_one_undoable_edit(qtbot) -> None:
    editor = make_editor(qtbot, "html", "<p>first</p>\n<p>keep</p>\n")
    edits: list[int] = []
    editor.text_edited.connect(lambda: edits.append(1))
    editor.replace_all_text("<p>second</p>\n<p>keep</p>\n")
    assert editor.text() == "<p>second</p>\n<p>keep</p>\n"
    assert edits
    editor.undo()
    assert editor.text() == "<p>first</p>\n<p>keep</p>\n"
    editor.redo()
    assert editor.text() == "<p>second</p>\n<p>keep</p>\n"


def test_text_is_kept_exactly(qtbot) -> None:
    text = "Bonjour\u00a0!\ttab 🎉\n<p>{{ x }}</p>"
    editor = make_editor(qtbot, "html", text)
    assert editor.text() == text
    assert editor.toPlainText() == text  # QPlainTextEdit's would turn the no-break space into a space
    editor.replace_all_text(text + "\u00a0")
    assert editor.text() == text + "\u00a0"


def test_soft_wrap_toggle(qtbot) -> None:
    editor = make_editor(qtbot, "html", "<p>" + "word " * 400 + "</p>")
    assert not editor.soft_wrap
    assert editor.horizontalScrollBar().maximum() > 0
    QTest.keySequence(editor, QKeySequence("Alt+Z"))
    assert editor.soft_wrap and editor.soft_wrap_action.isChecked()
    qtbot.waitUntil(lambda: editor.horizontalScrollBar().maximum() == 0)
    assert make_editor(qtbot, "plain").soft_wrap  # plain text wraps from the start


def test_unknown_mode_is_refused(qtbot) -> None:
    editor = make_editor(qtbot, "html")
    try:
        editor.set_mode("markdown")
    except ValueError as error:
        assert "markdown" in str(error)
    else:
        raise AssertionError("set_mode accepted an unknown mode")
    assert editor.mode == "html"


def paste(editor: CodeEditor, text: str) -> None:
    """Paste ``text`` at the end, as Ctrl+V would."""
    editor.moveCursor(QTextCursor.MoveOperation.End)
    data = QMimeData()
    data.setText(text)
    editor.insertFromMimeData(data)


def test_a_large_paste_is_coloured_in_the_background_and_undone_at_once(qtbot) -> None:
    editor = make_editor(qtbot, "html", "<p>before</p>\n")
    block = '<td style="padding:8px">{{ name }}</td>\n'
    text = block * (SMALL_DOCUMENT // len(block) + 100)
    paste(editor, text)
    assert editor.text() == "<p>before</p>\n" + text
    assert not editor.highlighter.is_complete
    qtbot.waitUntil(lambda: editor.highlighter.is_complete, timeout=60_000)
    assert shows(editor, editor.blockCount() - 1, 1, "tag")
    assert shows(editor, editor.blockCount() - 1, block.index("name"), "template")
    editor.undo()
    assert editor.text() == "<p>before</p>\n"


def test_a_huge_paste_says_so_first(qtbot) -> None:
    editor = make_editor(qtbot, "plain", "start ")
    text = "word " * (HUGE_PASTE // 5 + 10)
    paste(editor, text)
    assert editor.banner.isVisible() and "Pasting 2.0 MB" in editor.banner.label.text()
    qtbot.waitUntil(lambda: editor.text() == "start " + text, timeout=60_000)
    assert editor.banner.kind != "pasting"
    assert editor.textCursor().position() == len(editor.text())


def test_the_text_stays_exact_through_any_edits(qtbot) -> None:
    """``text()`` follows edits without reading the document back: checked against Qt's
    own copy after each of a few hundred random edits, undos and redos."""
    editor = make_editor(qtbot, "html", "<p>start\u00a0here</p>\n<td>{{ x }}</td>")
    document = editor.document()
    rng = random.Random(8)
    pieces = ["a", "\n", "\u00a0", "<td>", "{{ name }}", "  ", "Привет", "\n\n", "é", "你好"]
    for step in range(300):
        cursor = editor.textCursor()
        length = document.characterCount() - 1
        cursor.setPosition(rng.randint(0, length))
        if rng.random() < 0.4:
            cursor.setPosition(rng.randint(0, length), QTextCursor.MoveMode.KeepAnchor)
        action = rng.random()
        if action < 0.5:
            cursor.insertText(rng.choice(pieces))
        elif action < 0.7:
            cursor.removeSelectedText() if cursor.hasSelection() else cursor.deleteChar()
        elif action < 0.8:
            editor.undo()
        elif action < 0.9:
            editor.redo()
        else:
            editor.setTextCursor(cursor)
            QTest.keyClick(editor, rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Backspace]))
        assert editor.text() == document.toRawText().replace("\u2029", "\n"), f"step {step}"
    assert editor.edits._mirror is not None  # the followed copy was what was compared


def test_text_with_characters_beyond_the_basic_plane_is_exact_too(qtbot) -> None:
    editor = make_editor(qtbot, "html", "<p>🎉</p>")
    QTest.keyClicks(editor, "ab")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, "cd")
    assert editor.text() == "ab<p>🎉</p>cd"
