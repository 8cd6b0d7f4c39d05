"""An email: sender, category, and its content in up to ten languages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from app.domain.languages import LANGUAGES, Language, SuffixStyle
from app.domain.wire import Localized, Reader, WireMeta, Writer

# The per-language content fields, in the order the reference lists them.
CONTENT_FIELDS: Final = ("subject", "text_html", "text_plain", "x_amp_html", "file_html")
FLAG_FIELDS: Final = ("is_urgent", "not_add_unsubscr_link", "not_add_web_view_link", "in_archive")
_STYLE: Final = SuffixStyle.EMAIL


@dataclass(kw_only=True)
class Email:
    """Content maps are keyed by :class:`Language`, or ``None`` for the default field."""

    id: int | None = None
    category: int | None = None
    from_address: str | None = None
    internal_name: str | None = None
    subject: Localized = field(default_factory=dict)
    text_html: Localized = field(default_factory=dict)
    text_plain: Localized = field(default_factory=dict)
    x_amp_html: Localized = field(default_factory=dict)
    file_html: Localized = field(default_factory=dict)  # data URLs, see app.domain.dataurl
    is_urgent: bool | None = None
    not_add_unsubscr_link: bool | None = None
    not_add_web_view_link: bool | None = None
    in_archive: bool | None = None
    project_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # What the payload had beyond the typed fields; no part in equality.
    wire: WireMeta = field(default_factory=WireMeta, repr=False, compare=False)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Email:
        r = Reader(payload)
        return cls(
            id=r.integer("id"),
            category=r.integer("category"),
            from_address=r.text("from_address"),
            internal_name=r.text("internal_name"),
            subject=r.localized("subject", _STYLE),
            text_html=r.localized("text_html", _STYLE),
            text_plain=r.localized("text_plain", _STYLE),
            x_amp_html=r.localized("x_amp_html", _STYLE),
            file_html=r.localized("file_html", _STYLE),
            is_urgent=r.boolean("is_urgent"),
            not_add_unsubscr_link=r.boolean("not_add_unsubscr_link"),
            not_add_web_view_link=r.boolean("not_add_web_view_link"),
            in_archive=r.boolean("in_archive"),
            project_id=r.integer("project_id"),
            created_at=r.timestamp("created_at"),
            updated_at=r.timestamp("updated_at"),
            wire=r.meta(),
        )

    def to_payload(self) -> dict[str, Any]:
        w = Writer(self.wire)
        w.put("id", self.id)
        w.put("category", self.category)
        w.put("from_address", self.from_address)
        w.put("internal_name", self.internal_name)
        for name in CONTENT_FIELDS:
            w.localized(name, _STYLE, self.content(name))
        for name in FLAG_FIELDS:
            w.put(name, getattr(self, name))
        w.put("project_id", self.project_id)
        w.timestamp("created_at", self.created_at)
        w.timestamp("updated_at", self.updated_at)
        return w.payload()

    def content(self, name: str) -> Localized:
        """The per-language map of one content field, e.g. ``content("subject")``."""
        if name not in CONTENT_FIELDS:
            raise KeyError(name)
        texts: Localized = getattr(self, name)
        return texts

    def languages(self) -> tuple[Language, ...]:
        """Languages with any content of their own, in the app's language order."""
        return tuple(
            lang for lang in LANGUAGES if any(self.content(name).get(lang) for name in CONTENT_FIELDS)
        )
