"""Publishing with CSS inlined (the ``$inline_css`` option of an email), off the event loop.

The wire gets the inlined HTML; what comes back from the server is read in the editor's
terms again (:mod:`app.domain.inlined_html`), with the draft's local annotations kept, so
publishing or pulling an unchanged draft never makes it look edited.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from app.authoring.inlining import InlineWarning, inline_css
from app.domain.annotations import LOCAL_PREFIX
from app.domain.inlined_html import INLINED, InlinedMap, as_source, html_sources, inlined_map, record
from app.domain.kinds import DraftKind
from app.domain.sentences import QT_TRANSLATE_NOOP, Renderer, render

NOT_INLINED: Final = QT_TRANSLATE_NOOP(  # translated where shown
    "Publishing", "Not published: the CSS of some HTML bodies cannot be inlined as they are."
)


@dataclass(frozen=True, slots=True)
class Inlined:
    fields: dict[str, Any]  # the body's fields with the HTML bodies inlined
    sent: InlinedMap = field(default_factory=dict)  # what to remember of them
    problems: dict[str, list[str]] = field(default_factory=dict)  # field -> why it cannot be inlined


async def inline_fields(kind: DraftKind, fields: Mapping[str, Any]) -> Inlined:
    """``fields`` with every HTML body inlined (each on a worker thread: ~30 ms per 300 KB)."""
    if kind is not DraftKind.EMAILS:
        return Inlined(dict(fields))
    sources = html_sources(fields)
    results = await asyncio.gather(*(asyncio.to_thread(inline_css, text) for text in sources.values()))
    out = dict(fields)
    sent: dict[str, str] = {}
    problems: dict[str, list[str]] = {}
    for name, result in zip(sources, results, strict=True):
        if not result.inlined:
            problems[name] = [_warning_text(w) for w in result.warnings] or [
                QT_TRANSLATE_NOOP("FieldMessages", "The CSS of this body cannot be inlined.")
            ]
            continue
        out[name] = result.html
        sent[name] = result.html
    return Inlined(out, record(sources, sent), problems)


def _warning_text(warning: InlineWarning) -> str:
    """The warning in the UI's language: it is kept with the draft as the field's message."""
    message = render(warning.text, _TRANSLATED)
    if warning.line is None:
        return message
    return QCoreApplication.translate("FieldMessages", "Line {line}: {message}").format(
        line=warning.line, message=message
    )


def _translated(context: str, template: str, count: int | None) -> str:
    return QCoreApplication.translate(context, template, None, -1 if count is None else count)


_TRANSLATED: Final = Renderer(translate=_translated)


def in_editor_terms(server_object: Mapping[str, Any], base: Mapping[str, Any] | None) -> dict[str, Any]:
    """The server's copy as the draft should hold it: HTML bodies still as we sent them are
    their sources again, and the draft's own local annotations (``$files``, ``$inline_css``)
    stay, so an unchanged copy compares equal to what the draft has."""
    remembered = inlined_map(base or {})
    result = as_source(server_object, remembered) if remembered else dict(server_object)
    for key, value in (base or {}).items():
        if key.startswith(LOCAL_PREFIX) and key != INLINED and key not in result:
            result[key] = value
    return result
