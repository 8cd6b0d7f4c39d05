"""The kinds of draft the workspace holds, and what each kind needs to be listed.

A kind's value is both its endpoint name (``app.api.endpoints.ENDPOINTS``) and its schema
name (``app.domain.schema.SCHEMAS``). Titles and search text are computed from the wire
payload itself, so that a list of thousands of drafts never builds typed objects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Protocol

from app.domain.campaigns import ABCampaign, AutoCampaign, OneTimeCampaign
from app.domain.category import Category
from app.domain.email import Email
from app.domain.field_labels import field_label
from app.domain.languages import SuffixStyle, localized_fields
from app.domain.schema import SCHEMAS, ResourceSchema
from app.domain.segment import Segment

Payload = Mapping[str, Any]


class WireObject(Protocol):
    def to_payload(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class _KindInfo:
    singular: str
    plural: str
    has_patch: bool
    model: Callable[[Payload], WireObject]
    title: Callable[[Payload], str]
    search_fields: Callable[[Payload], list[str]]


class DraftKind(StrEnum):
    EMAILS = "emails"
    CATEGORIES = "categories"
    SEGMENTS = "segments"
    CAMPAIGNS = "campaigns"
    AB_CAMPAIGNS = "ab_campaigns"
    AUTO_CAMPAIGNS = "auto_campaigns"

    @property
    def _info(self) -> _KindInfo:
        return _INFO[self.value]

    @property
    def schema(self) -> ResourceSchema:
        return SCHEMAS[self.value]

    @property
    def id_field(self) -> str:
        """``category`` for categories (quirk 3), ``id`` for the rest."""
        return self.schema.id_field

    @property
    def singular(self) -> str:
        return self._info.singular

    @property
    def plural(self) -> str:
        return self._info.plural

    @property
    def has_patch(self) -> bool:
        """Whether the API can edit only the changed fields (else publish rewrites with PUT)."""
        return self._info.has_patch

    @property
    def is_campaign(self) -> bool:
        return self in CAMPAIGN_KINDS

    def remote_id(self, payload: Payload) -> int | None:
        value = payload.get(self.id_field)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def from_payload(self, payload: Payload) -> WireObject:
        """The typed object of this kind (``Email``, ``Category``...)."""
        return self._info.model(payload)

    def title_of(self, payload: Payload) -> str:
        """The line a list shows for this draft; never empty."""
        return self._info.title(payload)

    def search_text_of(self, payload: Payload) -> str:
        """What filter-as-you-type matches against, already passed through :func:`search_key`."""
        parts = [self.title_of(payload), *self._info.search_fields(payload)]
        return search_key("\n".join(dict.fromkeys(p for p in parts if p)))

    def label(self, field: str) -> str:
        """The human label of one of this kind's wire fields."""
        return field_label(field, self.schema)


CAMPAIGN_KINDS: Final = frozenset({DraftKind.CAMPAIGNS, DraftKind.AB_CAMPAIGNS, DraftKind.AUTO_CAMPAIGNS})


def search_key(text: str) -> str:
    """Fold case the same way for the stored search text and the typed query."""
    return text.casefold()


def _text(payload: Payload, key: str) -> str:
    value = payload.get(key)
    return value.strip() if isinstance(value, str) else ""


# Wire names worked out once: titles are computed for every row of long lists.
_SUBJECTS: Final = localized_fields("subject", SuffixStyle.EMAIL)
_TITLES: Final = localized_fields("title", SuffixStyle.CATEGORY)


def _texts(payload: Payload, keys: tuple[str, ...]) -> list[str]:
    return [_text(payload, key) for key in keys]


def _first_text(payload: Payload, keys: tuple[str, ...]) -> str:
    for key in keys:
        text = _text(payload, key)
        if text:
            return text
    return ""


def _numbered(fallback: str, payload: Payload, id_field: str) -> str:
    value = payload.get(id_field)
    return f"{fallback} #{value}" if isinstance(value, int) and not isinstance(value, bool) else fallback


def _email_title(payload: Payload) -> str:
    return (
        _text(payload, "internal_name")
        or _first_text(payload, _SUBJECTS)
        or _numbered("Untitled email", payload, "id")
    )


def _email_search(payload: Payload) -> list[str]:
    return [_text(payload, "internal_name"), *_texts(payload, _SUBJECTS)]


def _category_title(payload: Payload) -> str:
    return _first_text(payload, _TITLES) or _numbered("Untitled category", payload, "category")


def _category_search(payload: Payload) -> list[str]:
    return _texts(payload, _TITLES)


def _segment_title(payload: Payload) -> str:
    return _text(payload, "name") or _numbered("Untitled segment", payload, "id")


def _segment_search(payload: Payload) -> list[str]:
    return [_text(payload, "name"), _text(payload, "tags")]


def _campaign_title(singular: str, untitled: str) -> Callable[[Payload], str]:
    def title(payload: Payload) -> str:
        tags = _text(payload, "tags")
        if tags:
            return tags
        message_id = payload.get("message_id")
        if isinstance(message_id, int) and not isinstance(message_id, bool):
            return f"{singular} for email #{message_id}"
        return untitled

    return title


def _campaign_search(payload: Payload) -> list[str]:
    return [_text(payload, "tags")]


_INFO: Final[dict[str, _KindInfo]] = {
    DraftKind.EMAILS: _KindInfo("Email", "Emails", True, Email.from_payload, _email_title, _email_search),
    DraftKind.CATEGORIES: _KindInfo(
        "Category", "Categories", True, Category.from_payload, _category_title, _category_search
    ),
    DraftKind.SEGMENTS: _KindInfo(
        "Segment", "Segments", True, Segment.from_payload, _segment_title, _segment_search
    ),
    DraftKind.CAMPAIGNS: _KindInfo(
        "Campaign", "Campaigns", False, OneTimeCampaign.from_payload,
        _campaign_title("Campaign", "New campaign"), _campaign_search,
    ),
    DraftKind.AB_CAMPAIGNS: _KindInfo(
        "A/B campaign", "A/B campaigns", False, ABCampaign.from_payload,
        _campaign_title("A/B campaign", "New A/B campaign"), _campaign_search,
    ),
    DraftKind.AUTO_CAMPAIGNS: _KindInfo(
        "Automated campaign", "Automated campaigns", False, AutoCampaign.from_payload,
        _campaign_title("Automated campaign", "New automated campaign"), _campaign_search,
    ),
}
