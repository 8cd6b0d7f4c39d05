"""JSON highlighting: keys, strings, numbers, true/false/null. A JSON string cannot span
lines, so every line starts afresh and a keystroke re-highlights exactly one line."""

from __future__ import annotations

import re
from typing import ClassVar, Final

from app.ui.code_editor.highlighting import IncrementalHighlighter

_TOKEN: Final = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*(?:"|$))(?P<key>(?=\s*:))?'
    r"|(?P<number>-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<literal>\b(?:true|false|null)\b)"
    r"|(?P<punctuation>[{}\[\],:])"
)


class JsonHighlighter(IncrementalHighlighter):
    language: ClassVar[str] = "json"

    def highlight(self, text: str, state: int) -> int:
        fmt = self.fmt
        for token in _TOKEN.finditer(text):
            kind = token.lastgroup
            start, end = token.span()
            if kind == "key" or (kind == "string" and token.group("key") is not None):
                self.setFormat(start, end - start, fmt["json_key"])
            elif kind == "string":
                self.setFormat(start, end - start, fmt["json_string"])
            elif kind == "number":
                self.setFormat(start, end - start, fmt["json_number"])
            elif kind == "literal":
                self.setFormat(start, end - start, fmt["json_literal"])
            else:
                self.setFormat(start, end - start, fmt["punctuation"])
        return 0
