"""Plain-text emails: only template tags are coloured (``Hello {{ name }}``), with an
unfinished tag carried to the next line."""

from __future__ import annotations

from typing import ClassVar

from app.ui.code_editor.highlighting import IncrementalHighlighter


class PlainHighlighter(IncrementalHighlighter):
    language: ClassVar[str] = "plain"

    def highlight(self, text: str, state: int) -> int:
        template = state
        i = 0
        n = len(text)
        if template:
            i, template = self.template_body(text, 0, template)
        for opener in self.template_openers(text):
            if opener < i:
                continue
            kind = self.open_template(text, opener)
            i, template = self.template_body(text, opener + 2, kind, opened_at=opener + 2)
            if i >= n:
                break
        return template
