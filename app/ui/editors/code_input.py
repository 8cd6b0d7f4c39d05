"""A wire field edited in the code editor: an HTML or AMP body, a plain text, or a JSON value.

Registered like :class:`LongTextInput`; ``edit`` is the editor (a QPlainTextEdit). Text
modes write the text exactly as typed. The JSON mode writes like :class:`JsonInput`: text
that does not parse yet is kept in the local ``$unparsed`` annotation while the wire field
keeps its last valid value, ``problem`` says what is wrong, and the line is marked in the
editor once typing pauses.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from app.domain.annotations import UNPARSED
from app.ui.code_editor import CodeEditor
from app.ui.editors.inputs import FieldInput
from app.ui.editors.payload_state import PayloadState, apply_json, blank_text

_MARK_DELAY_MS: Final = 700  # not while a token is half typed


def editor_text(text: str) -> str:
    """``text`` as the editor holds it: its line breaks are all ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u2029", "\n") if "\u2029" in text else text


class CodeInput(FieldInput):
    def __init__(
        self, key: str, *, mode: str = "html", placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.editor = CodeEditor(mode)
        self.editor.setObjectName(f"field_{key}")
        self.editor.setPlaceholderText(placeholder)
        self.box_layout.addWidget(self.editor)
        self.problem: str | None = None
        self._problem_line = 0
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.setInterval(_MARK_DELAY_MS)
        self._mark_timer.timeout.connect(self._mark_problem)
        self.editor.text_edited.connect(self._changed)

    @property
    def edit(self) -> CodeEditor:
        """The editor, under LongTextInput's name for it."""
        return self.editor

    @property
    def json_mode(self) -> bool:
        return self.editor.mode == "json"

    def text(self) -> str:
        return self.editor.text()

    def parsed(self) -> tuple[bool, Any]:
        """JSON mode: (True, value or None when empty) or (False, the JSONDecodeError)."""
        text = self.editor.text().strip()
        if not text:
            return True, None
        try:
            return True, json.loads(text)
        except json.JSONDecodeError as exc:
            return False, exc

    def _set(self, payload: Mapping[str, Any]) -> None:
        value = payload.get(self.key)
        if self.json_mode:
            unparsed = payload.get(UNPARSED)
            if isinstance(unparsed, Mapping) and isinstance(unparsed.get(self.key), str):
                text = unparsed[self.key]
            else:
                text = "" if value is None else json.dumps(value, indent=2, ensure_ascii=False)
        else:
            text = "" if value is None else str(value)
        if self.editor.text() != editor_text(text):  # unchanged: cursor, scroll and undo stay
            self.editor.load_text(text)
        if self.json_mode:
            self._check()
            self._mark_problem()

    def write(self, state: PayloadState) -> bool:
        if not self.json_mode:
            return state.apply(self.key, self.editor.text(), blank_text)
        self._check()
        if self.problem is None:
            self._mark_problem()
        else:
            self._mark_timer.start()
        return apply_json(state, self.key, self.parsed(), self.editor.text())

    def has_content(self) -> bool:
        return not self.editor.document().isEmpty()

    def focus_target(self) -> QWidget:
        return self.editor

    def _check(self) -> None:
        ok, value = self.parsed()
        if ok:
            self.problem, self._problem_line = None, 0
        else:
            self.problem = self.tr("Not valid JSON yet (line %d, column %d): %s") % (
                value.lineno, value.colno, value.msg,
            )  # fmt: skip
            self._problem_line = value.lineno

    def _mark_problem(self) -> None:
        self._mark_timer.stop()
        if self.problem is None or not self._problem_line:
            if self.editor.marks:
                self.editor.mark_lines({})
        else:
            self.editor.mark_lines({self._problem_line: ("error", self.problem)})
