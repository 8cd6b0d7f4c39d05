"""Every path of the Server-to-Server API, in one table.

The provider's reference names operations but gives no URL paths; the paths below are
the ones adopted in ``API-NOTES.md``. The client and the sandbox both read this table, so
pointing the app at a server with other paths is a change to this file only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Action(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    ARCHIVE = "archive"
    GENERATE = "generate"


CAMPAIGN_ACTIONS: Final = frozenset({Action.START, Action.PAUSE, Action.RESUME, Action.ARCHIVE})


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One resource of the API and the operations it supports."""

    name: str
    collection: str  # path relative to the base URL, with a trailing slash
    id_field: str = "id"
    can_list: bool = True
    can_create: bool = True
    can_get: bool = True
    can_replace: bool = True  # PUT, the whole object
    can_update: bool = False  # PATCH, only the fields sent
    actions: frozenset[Action] = frozenset()
    batch: str | None = None  # path of the batch create, where there is one

    def item(self, object_id: int | str) -> str:
        return f"{self.collection}{object_id}/"

    def action(self, object_id: int | str, action: Action) -> str:
        if action not in self.actions:
            raise ValueError(f"{self.name} has no {action.value} action")
        return f"{self.collection}{object_id}/{action.value}/"


EMAILS: Final = Endpoint("emails", "emails/", can_update=True)
CATEGORIES: Final = Endpoint("categories", "categories/", id_field="category", can_update=True)
SEGMENTS: Final = Endpoint(
    "segments", "segments/", can_update=True, actions=frozenset({Action.GENERATE})
)
CAMPAIGNS: Final = Endpoint("campaigns", "campaigns/", actions=CAMPAIGN_ACTIONS)
AB_CAMPAIGNS: Final = Endpoint("ab_campaigns", "ab-campaigns/", actions=CAMPAIGN_ACTIONS)
AUTO_CAMPAIGNS: Final = Endpoint("auto_campaigns", "auto-campaigns/", actions=CAMPAIGN_ACTIONS)
USERS: Final = Endpoint(
    "users", "users/", can_list=False, can_get=False, can_replace=False, batch="users/batch/"
)
EVENTS: Final = Endpoint("events", "events/", can_list=False, can_get=False, can_replace=False)
STATS: Final = Endpoint("stats", "stats/", can_create=False, can_get=False, can_replace=False)

ENDPOINTS: Final[dict[str, Endpoint]] = {
    e.name: e
    for e in (
        EMAILS,
        CATEGORIES,
        SEGMENTS,
        CAMPAIGNS,
        AB_CAMPAIGNS,
        AUTO_CAMPAIGNS,
        USERS,
        EVENTS,
        STATS,
    )
}

# Where the API lives under a server's root; an account's base URL ends with it.
API_PREFIX: Final = "/api/v1/"
OPENAPI_PATH: Final = "openapi.json"
