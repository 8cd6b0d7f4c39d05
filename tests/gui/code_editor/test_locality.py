"""A keystroke re-highlights the lines it changed, not the document: counted over a
5,000-line email."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.code_editor.support import make_editor, shows

ROW = '<tr><td style="padding:8px; color:#333">Row {0} {{{{ name }}}} &amp; more</td></tr>'


def document(lines: int) -> str:
    head = "<html>\n<head>\n<style>\n.a { color: red; }\n</style>\n</head>\n<body>\n<table>\n"
    rows = "\n".join(ROW.format(i) for i in range(lines - 11))
    return head + rows + "\n</table>\n</body>\n</html>\n"


def test_one_keystroke_highlights_one_line(qtbot) -> None:
    editor = make_editor(qtbot, "html", document(5_000))
    assert editor.blockCount() >= 5_000
    editor.go_to_line(2_500, 20)
    highlighter = editor.highlighter
    before = highlighter.blocks_highlighted
    QTest.keyClick(editor, "x")
    assert highlighter.blocks_highlighted - before <= 2
    before = highlighter.blocks_highlighted
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    assert highlighter.blocks_highlighted - before <= 2


def test_opening_a_comment_recolours_what_follows_and_closing_it_stops_again(qtbot) -> None:
    editor = make_editor(qtbot, "html", document(5_000))
    highlighter = editor.highlighter
    editor.go_to_line(100)
    before = highlighter.blocks_highlighted
    QTest.keyClicks(editor, "<!--")
    # Everything after is now a comment: the highlighter had to carry on to the end.
    assert highlighter.blocks_highlighted - before > 4_000
    assert shows(editor, 4_000, 0, "comment")
    before = highlighter.blocks_highlighted
    QTest.keyClick(editor, Qt.Key.Key_End)
    QTest.keyClicks(editor, "-->")
    assert shows(editor, 4_000, 0, "punctuation")
    editor.go_to_line(3_000, 10)
    before = highlighter.blocks_highlighted
    QTest.keyClick(editor, "y")
    assert highlighter.blocks_highlighted - before <= 2


def test_a_new_line_in_a_style_block_stays_local(qtbot) -> None:
    editor = make_editor(qtbot, "html", document(5_000))
    editor.go_to_line(4, 19)  # after ".a { color: red; }"
    before = editor.highlighter.blocks_highlighted
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, ".b { margin: 0 }")
    assert editor.highlighter.blocks_highlighted - before <= 2 * 17
    assert shows(editor, 5, 0, "css_selector")
    assert shows(editor, 7, 2, "tag")  # </style> still ends the CSS
