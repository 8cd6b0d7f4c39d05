"""Format from the editor: offered, never done on its own; one undo step; JSON errors
said with their line; very long lines announced with a Format button."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from app.authoring.html_format import format_html
from app.ui.code_editor.editing import LONG_LINE_NOTICE
from app.ui.code_editor.formatting import IN_PLACE_LIMIT
from tests.gui.code_editor.support import make_editor

MINIFIED = (
    '<html><body><table role="presentation" width="100%"><tr><td align="center">'
    "<h1>Hello {{ name }}</h1><p>Welcome&nbsp;aboard, <b>commander</b>.</p>"
    "<pre>  keep\n   this</pre></td></tr></table></body></html>"
)


def test_format_is_one_undo_step_and_an_edit(qtbot) -> None:
    editor = make_editor(qtbot, "html", MINIFIED)
    edits: list[int] = []
    editor.text_edited.connect(lambda: edits.append(1))
    QTest.keySequence(editor, QKeySequence("Ctrl+Shift+I"))
    assert editor.text() == format_html(MINIFIED)
    assert editor.blockCount() > 8
    assert edits
    editor.undo()
    assert editor.text() == MINIFIED
    editor.redo()
    formatted = editor.text()
    editor.format_text()  # formatted already: nothing changes, nothing to undo twice
    assert editor.text() == formatted
    editor.undo()
    assert editor.text() == MINIFIED


def test_loading_never_formats(qtbot) -> None:
    editor = make_editor(qtbot, "html", MINIFIED)
    assert editor.text() == MINIFIED


def test_json_format_and_its_error(qtbot) -> None:
    editor = make_editor(qtbot, "json", '{"and":[{"field":"city","value":1.50}]}')
    editor.format_text()
    assert (
        editor.text() == '{\n  "and": [\n    {\n      "field": "city",\n      "value": 1.50\n    }\n  ]\n}\n'
    )
    editor.load_text('{\n  "a": 1,\n  "b": \n}')
    editor.format_action.trigger()
    banner = editor.banner
    assert banner.isVisible() and banner.kind == "format-error"
    assert "line 4, column 1" in banner.label.text()
    assert editor.text() == '{\n  "a": 1,\n  "b": \n}'  # left as typed
    banner.action.click()
    assert editor.textCursor().blockNumber() == 3
    assert banner.isHidden()


def test_plain_text_has_no_format(qtbot) -> None:
    editor = make_editor(qtbot, "plain", "x " * (LONG_LINE_NOTICE // 2 + 10))
    assert not editor.format_action.isEnabled()
    assert editor.banner.isVisible() and editor.banner.action.isHidden()
    editor.format_text()
    assert editor.text() == "x " * (LONG_LINE_NOTICE // 2 + 10)


def test_a_very_long_line_offers_format(qtbot) -> None:
    line = '<tr><td class="c">cell {{ n }}</td></tr>' * (LONG_LINE_NOTICE // 30)
    html = f"<table>{line}</table>"
    editor = make_editor(qtbot, "html", html)
    banner = editor.banner
    assert banner.isVisible() and banner.kind == "long-line"
    assert "Line 1 is very long" in banner.label.text()
    assert editor.text() == html  # offered, not done
    banner.action.click()
    qtbot.waitUntil(lambda: editor.text() != html, timeout=30_000)
    assert editor.text() == format_html(html)
    assert max(len(text) for text in editor.text().split("\n")) < 200
    assert banner.isHidden()


def test_a_dismissed_notice_stays_away_while_typing(qtbot) -> None:
    html = "<p>" + "word " * (LONG_LINE_NOTICE // 4) + "</p>"
    editor = make_editor(qtbot, "html", html)
    editor.banner.close_button.click()
    assert editor.banner.isHidden()
    QTest.keyClicks(editor, "more")
    qtbot.wait(600)  # past the re-check delay
    assert editor.banner.isHidden()


def test_a_text_changed_while_formatting_is_left_alone(qtbot) -> None:
    html = "<table>" + "<tr><td>cell</td></tr>" * (IN_PLACE_LIMIT // 20) + "</table>"
    editor = make_editor(qtbot, "html", html)
    editor.format_text()  # large: formatted on a worker thread
    assert editor.banner.kind == "formatting"
    QTest.keyClicks(editor, "x")
    qtbot.waitUntil(lambda: editor.banner.kind == "format-stale", timeout=30_000)
    assert editor.text() == "x" + html
    editor.banner.action.click()  # Format again
    qtbot.waitUntil(lambda: editor.text() == format_html("x" + html), timeout=30_000)


def test_format_keeps_the_cursor_on_its_character(qtbot) -> None:
    editor = make_editor(qtbot, "html", MINIFIED)
    cursor = editor.textCursor()
    cursor.setPosition(MINIFIED.index("mander"))  # inside "commander"
    editor.setTextCursor(cursor)
    editor.format_text()
    after = editor.textCursor()
    assert editor.text()[after.position() : after.position() + 6] == "mander"
    assert after.block().text().strip().startswith("<p>Welcome")
