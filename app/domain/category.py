"""A subscription category: a title and a description in up to ten languages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from app.domain.languages import LANGUAGES, SuffixStyle
from app.domain.wire import Localized, Reader, WireMeta, Writer

# Categories spell Chinese ``_zn`` (API-NOTES quirk 2); field_name() knows.
_STYLE: Final = SuffixStyle.CATEGORY


@dataclass(kw_only=True)
class Category:
    """``category`` is the identifier on the wire (quirk 3); it is ``id`` here."""

    id: int | None = None
    title: Localized = field(default_factory=dict)
    description: Localized = field(default_factory=dict)
    project_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # What the payload had beyond the typed fields; no part in equality.
    wire: WireMeta = field(default_factory=WireMeta, repr=False, compare=False)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Category:
        r = Reader(payload)
        return cls(
            id=r.integer("category"),
            title=r.localized("title", _STYLE),
            description=r.localized("description", _STYLE),
            project_id=r.integer("project_id"),
            created_at=r.timestamp("created_at"),
            updated_at=r.timestamp("updated_at"),
            wire=r.meta(),
        )

    def to_payload(self) -> dict[str, Any]:
        w = Writer(self.wire)
        w.put("category", self.id)
        w.localized("title", _STYLE, self.title)
        w.localized("description", _STYLE, self.description)
        w.put("project_id", self.project_id)
        w.timestamp("created_at", self.created_at)
        w.timestamp("updated_at", self.updated_at)
        return w.payload()


@dataclass(frozen=True, slots=True)
class CategoryChoice:
    """A category as a picker offers it: ``remote_id`` None while it is still a local draft."""

    local_id: int
    remote_id: int | None
    title: Localized

    def title_in(self, language: str | None) -> str:
        """The title in ``language`` (a UI language code such as "de"), else the default
        title, else any; "" when it has none."""
        wanted = _CODES.get(language or "")
        for key in (wanted, None) if wanted is not None else (None,):
            text = self.title.get(key, "").strip()
            if text:
                return text
        return next((t.strip() for t in self.title.values() if t.strip()), "")


def category_choice(local_id: int, remote_id: str | None, payload: Mapping[str, Any]) -> CategoryChoice:
    rid = int(remote_id) if remote_id is not None and remote_id.isdigit() else None
    return CategoryChoice(local_id, rid, Category.from_payload(payload).title)


_CODES: Final = {language.value: language for language in LANGUAGES}
