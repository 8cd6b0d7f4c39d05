"""Find and replace: the live count, the options, stepping with Enter and Shift+Enter,
replacing one or all (one undo step), and what is highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from app.ui.code_editor import CodeEditor
from tests.gui.code_editor.support import make_editor

TEXT = """<p>Hello World, hello world.</p>
<p>HELLO {{ hello }} helloworld</p>
<p>Grüße 🎉 hello</p>
"""


def open_find(qtbot, editor: CodeEditor, text: str, *, replace: bool = False) -> None:
    QTest.keySequence(editor, QKeySequence("Ctrl+H" if replace else "Ctrl+F"))
    assert editor.find_bar.isVisible()
    assert editor.find_bar.find_field.hasFocus() or editor.find_bar.replace_field.hasFocus()
    editor.find_bar.find_field.clear()
    QTest.keyClicks(editor.find_bar.find_field, text)


def count(editor: CodeEditor) -> str:
    return editor.find_bar.count_label.text()


def selected(editor: CodeEditor) -> str:
    return editor.textCursor().selectedText()


def test_typing_a_query_counts_and_selects_the_first_match(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "hello")
    assert count(editor) == "1 of 6"
    assert selected(editor) == "Hello"
    assert editor.textCursor().blockNumber() == 0


def test_options_narrow_the_matches(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "hello")
    bar = editor.find_bar
    bar.case_button.click()
    assert count(editor).endswith("of 4")
    bar.word_button.click()
    assert count(editor).endswith("of 3")  # not "helloworld"
    bar.case_button.click()
    bar.regex_button.click()
    bar.find_field.setText(r"h\w+o\b")
    assert count(editor).endswith("of 5")  # hello in any case, not helloworld (whole words)
    bar.find_field.setText("nothing like this")
    assert count(editor) == "No results"


def test_an_invalid_pattern_says_so(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "(unclosed")
    assert count(editor).endswith("of 0") is False and "unclosed" not in count(editor)
    assert count(editor) == "No results"
    editor.find_bar.regex_button.click()
    assert count(editor) == "Invalid pattern"
    assert "missing )" in editor.find_bar.count_label.toolTip()


def test_enter_and_shift_enter_step_through_matches(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "hello")
    field = editor.find_bar.find_field
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert count(editor) == "2 of 6"
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert count(editor) == "3 of 6"
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert count(editor) == "2 of 6"
    for _ in range(5):
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert count(editor) == "1 of 6"  # wrapped round
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert count(editor) == "6 of 6"
    assert editor.textCursor().blockNumber() == 2
    assert selected(editor) == "hello"


def test_matches_after_an_emoji_are_selected_exactly(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "x")
    editor.find_bar.find_field.setText("hello</")
    assert count(editor) == "1 of 1"
    assert selected(editor) == "hello</"
    editor.find_bar.find_field.setText("🎉 h")
    assert selected(editor) == "🎉 h"


def test_matches_on_screen_are_highlighted(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "hello")
    theme = editor.theme
    backgrounds = [s.format.background().color() for s in editor.extraSelections()]
    assert backgrounds.count(theme.match) == 5
    assert backgrounds.count(theme.current_match) == 1
    QTest.keyClick(editor.find_bar.find_field, Qt.Key.Key_Escape)
    assert editor.find_bar.isHidden()
    assert editor.hasFocus()
    backgrounds = [s.format.background().color() for s in editor.extraSelections()]
    assert theme.match not in backgrounds and theme.current_match not in backgrounds


def test_replace_one_then_all_in_one_undo_step(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "hello", replace=True)
    bar = editor.find_bar
    assert bar.replace_field.isVisible()
    bar.replace_field.setText("Hi")
    QTest.keyClick(bar.replace_field, Qt.Key.Key_Return)  # replaces the selected first match
    assert editor.text().startswith("<p>Hi World, hello world.</p>")
    assert count(editor) == "1 of 5"
    assert selected(editor) == "hello"
    bar.replace_all_button.click()
    assert "hello" not in editor.text().lower().replace("hiworld", "")
    assert editor.text().count("Hi") == 6
    assert count(editor) == "5 replaced"
    editor.undo()
    assert editor.text().startswith("<p>Hi World, hello world.</p>")
    assert editor.text().count("hello") + editor.text().count("HELLO") == 5
    editor.undo()
    assert editor.text() == TEXT


def test_regex_replacement_uses_groups(qtbot) -> None:
    editor = make_editor(qtbot, "html", "<td>1</td><td>22</td>\n")
    open_find(qtbot, editor, "", replace=True)
    bar = editor.find_bar
    bar.regex_button.click()
    bar.find_field.setText(r"<td>(\d+)</td>")
    bar.replace_field.setText(r"<th>\1</th>")
    QTest.keyClick(
        bar.replace_field,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert editor.text() == "<th>1</th><th>22</th>\n"
    bar.find_field.setText(r"<th>(\d+)")
    bar.replace_field.setText(r"\9")
    bar.replace_all_button.click()
    assert count(editor) == "Invalid pattern"
    assert editor.text() == "<th>1</th><th>22</th>\n"  # nothing lost


def test_the_count_follows_edits(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    open_find(qtbot, editor, "World")
    assert count(editor).endswith("of 3")
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    QTest.keyClicks(editor, "world")
    qtbot.waitUntil(lambda: count(editor) == "4 matches")


def test_a_read_only_editor_finds_but_never_replaces(qtbot) -> None:
    editor = make_editor(qtbot, "html", TEXT)
    editor.setReadOnly(True)
    open_find(qtbot, editor, "hello", replace=True)
    assert editor.find_bar.replace_field.isHidden()
    editor.finder.replace_all()
    assert editor.text() == TEXT
    assert count(editor) == "1 of 6"
