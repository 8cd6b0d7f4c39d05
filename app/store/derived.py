"""Title and search text of a draft, derived on every write for fast lists and filtering."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.kinds import DraftKind, search_key


def derive(kind: str, payload: Mapping[str, Any]) -> tuple[str, str]:
    """(title, search_text); search_text is case-folded so filtering needs no per-row work."""
    draft_kind = DraftKind(kind)
    return draft_kind.title_of(payload), draft_kind.search_text_of(payload)


def fold_filter(text: str) -> str:
    """The filter text in the form search_text is stored in."""
    return search_key(text.strip())
