"""CodeInput as a form field: reads a wire field, writes what the user typed into the
editor's PayloadState, tells edits from loads, keeps the view when nothing changed, and
in JSON mode keeps text that does not parse yet without losing a keystroke."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from app.domain.annotations import UNPARSED
from app.ui.editors.code_input import CodeInput
from app.ui.editors.payload_state import PayloadState

HTML = "\n".join(f"<p>Absatz {i}&nbsp;mit Text</p>" for i in range(300)).replace("&nbsp;", "\u00a0")


def make_input(qtbot, key: str = "text_html_de", mode: str = "html") -> CodeInput:
    field = CodeInput(key, mode=mode)
    qtbot.addWidget(field)
    field.resize(700, 400)
    field.show()
    qtbot.waitExposed(field)
    return field


def test_reads_and_writes_its_wire_field(qtbot) -> None:
    field = make_input(qtbot)
    state = PayloadState({"text_html_de": HTML, "subject_de": "Hallo"})
    edits: list[int] = []
    field.edited.connect(lambda: edits.append(1))
    field.read(state.current)
    assert field.text() == HTML
    assert edits == []  # reading is not an edit
    assert field.focus_target() is field.editor and field.edit is field.editor
    assert field.has_content()
    assert not field.write(state)  # unchanged, non-breaking spaces and all
    field.editor.setTextCursor(QTextCursor(field.editor.document()))
    QTest.keyClicks(field.editor, "X")
    assert edits == [1]
    assert field.write(state)
    assert state.current["text_html_de"] == "X" + HTML
    assert state.current["subject_de"] == "Hallo"


def test_erasing_an_edit_gives_back_the_loaded_payload(qtbot) -> None:
    field = make_input(qtbot, "text_plain")
    state = PayloadState({"other": 1})
    field.read(state.current)
    assert not field.has_content()
    QTest.keyClicks(field.editor, "a")
    field.write(state)
    QTest.keyClick(field.editor, "\b")
    field.write(state)
    assert state.current == {"other": 1}  # the empty field went back to absent


def test_reading_the_same_text_keeps_cursor_scroll_and_undo(qtbot) -> None:
    field = make_input(qtbot)
    state = PayloadState({"text_html_de": HTML})
    field.read(state.current)
    editor = field.editor
    editor.go_to_line(200, 5)
    QTest.keyClicks(editor, "Z")
    field.write(state)
    scroll = editor.verticalScrollBar().value()
    position = editor.textCursor().position()
    assert scroll > 0
    field.read(dict(state.current))  # the payload came back from elsewhere, equal
    assert editor.verticalScrollBar().value() == scroll
    assert editor.textCursor().position() == position
    assert editor.document().isUndoAvailable()
    crlf = dict(state.current, text_html_de=state.current["text_html_de"].replace("\n", "\r\n"))
    field.read(crlf)  # only the line breaks differ: the same text to the editor
    assert editor.textCursor().position() == position


def test_reading_a_changed_text_loads_it(qtbot) -> None:
    field = make_input(qtbot)
    field.read({"text_html_de": HTML})
    QTest.keyClicks(field.editor, "typed")
    field.read({"text_html_de": "<p>from the server</p>"})
    assert field.text() == "<p>from the server</p>"
    assert not field.editor.document().isUndoAvailable()  # no undo into another text
    field.read({})
    assert field.text() == "" and not field.has_content()


def test_json_mode_keeps_unparsed_text_and_marks_the_line(qtbot) -> None:
    field = make_input(qtbot, "condition", mode="json")
    condition = {"and": [{"field": "city", "op": "eq", "value": "Paris"}]}
    state = PayloadState({"condition": condition})
    field.read(state.current)
    assert field.text().startswith('{\n  "and": [')
    assert field.problem is None
    editor = field.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    QTest.keyClicks(editor, ",")
    assert field.write(state)
    assert state.current["condition"] == condition  # the last valid value stays
    assert state.current[UNPARSED] == {"condition": field.text()}
    assert field.problem is not None and "line" in field.problem
    qtbot.waitUntil(lambda: bool(editor.marks))
    ((line, (severity, message)),) = editor.marks.by_block().items()
    assert severity == "error" and message == field.problem
    assert f"line {line + 1}," in field.problem  # marked where the JSON stops parsing
    QTest.keyClick(editor, "\b")
    assert field.write(state)
    assert UNPARSED not in state.current and field.problem is None
    assert not editor.marks
    field.read(state.current)
    assert field.text().count("\n") > 3


def test_json_mode_writes_a_new_value(qtbot) -> None:
    field = make_input(qtbot, "condition", mode="json")
    state = PayloadState({})
    field.read(state.current)
    QTest.keyClicks(field.editor, '{"field": "age", "op": "gt", "value": 30}')
    assert field.write(state)
    assert state.current["condition"] == {"field": "age", "op": "gt", "value": 30}
    unparsed = {"condition": '{"field": '}
    field.read({"condition": {"a": 1}, UNPARSED: unparsed})
    assert field.text() == '{"field": '  # what the user typed last time, not the old value
