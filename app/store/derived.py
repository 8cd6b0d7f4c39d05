"""Title and search text of a draft, derived on every write for fast lists and filtering.

Until app.domain.kinds lands, a generic reading of the payload stands in; switching
over is a change to `derive` alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

# Fields that name an object, best first; language variants (title_en, ...) follow.
_TITLE_FIELDS = ("internal_name", "name", "title", "subject")
_MAX_PIECE = 300  # long HTML bodies and data URLs are not what anyone types to filter


def derive(kind: str, payload: Mapping[str, Any]) -> tuple[str, str]:
    """(title, search_text); search_text is case-folded so filtering needs no per-row work."""
    title = _title_of(payload)
    search_text = "\n".join(_strings(payload)).casefold()
    return title, search_text


def fold_filter(text: str) -> str:
    """The filter text in the form search_text is stored in."""
    return text.strip().casefold()


def _title_of(payload: Mapping[str, Any]) -> str:
    for field in _TITLE_FIELDS:
        value = payload.get(field)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for prefix in ("title_", "subject_", "name_"):
        for key in sorted(payload):
            value = payload[key]
            if key.startswith(prefix) and isinstance(value, str) and value.strip():
                return value.strip()
    return ""


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value and not value.startswith("data:"):
            yield value[:_MAX_PIECE]
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(value)
