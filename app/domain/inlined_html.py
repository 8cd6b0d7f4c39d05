"""CSS inlining as a publishing option: the server gets the inlined HTML, the draft keeps
the editor's source, and an unchanged draft never looks edited because of it.

When an email is published with ``$inline_css`` set, the HTML fields go out inlined and
the draft remembers, per field, a digest of what was sent and the source it came from
(``$inlined``). Wherever the server's copy comes back (the answer to a publish, a pull, the
copy fetched to look for a conflict) a field whose text is exactly what was sent is read
as its source again; a field someone changed on the server is taken as the server has it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any, Final

from app.domain.languages import SuffixStyle, localized_fields

INLINE_CSS: Final = "$inline_css"  # the option: True to inline the HTML bodies when publishing
INLINED: Final = "$inlined"  # {field: {"sent": digest of the inlined text, "source": the source}}
HTML_FIELDS: Final = localized_fields("text_html", SuffixStyle.EMAIL)

InlinedMap = dict[str, dict[str, str]]


def wants_inlining(payload: Mapping[str, Any]) -> bool:
    return payload.get(INLINE_CSS) is True


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def html_sources(payload: Mapping[str, Any]) -> dict[str, str]:
    """The HTML bodies that inlining applies to (non-empty text only)."""
    return {
        name: value for name in HTML_FIELDS if isinstance(value := payload.get(name), str) and value.strip()
    }


def inlined_map(payload: Mapping[str, Any]) -> InlinedMap:
    value = payload.get(INLINED)
    if not isinstance(value, Mapping):
        return {}
    return {
        name: {"sent": entry["sent"], "source": entry["source"]}
        for name, entry in value.items()
        if isinstance(entry, Mapping)
        and isinstance(entry.get("sent"), str)
        and isinstance(entry.get("source"), str)
    }


def record(sources: Mapping[str, str], sent: Mapping[str, str]) -> InlinedMap:
    """What to remember after sending ``sent`` (inlined texts) made from ``sources``."""
    return {
        name: {"sent": digest(text), "source": sources[name]}
        for name, text in sent.items()
        if name in sources
    }


def as_source(server_object: Mapping[str, Any], remembered: InlinedMap) -> dict[str, Any]:
    """The server's copy in the editor's terms: every HTML field still exactly as we sent it
    is its source again; the entries that still hold are kept in ``$inlined``."""
    result = dict(server_object)
    kept: InlinedMap = {}
    for name, entry in remembered.items():
        value = server_object.get(name)
        if isinstance(value, str) and digest(value) == entry["sent"]:
            result[name] = entry["source"]
            kept[name] = dict(entry)
    if kept:
        result[INLINED] = kept
    else:
        result.pop(INLINED, None)
    return result
