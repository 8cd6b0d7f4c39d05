"""The values the drafts repository hands out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

import orjson

from app.domain.kinds import DraftKind


class DraftState(StrEnum):
    LOCAL = "local"  # never published
    MODIFIED = "modified"  # published once, edited since
    PUBLISHED = "published"  # same as the server's copy when last pulled or published
    CONFLICT = "conflict"  # the server changed too: the user must merge
    FAILED = "failed"  # the last publish was refused; last_error says why


@dataclass(frozen=True, slots=True)
class DraftError:
    """The server's refusal: a sentence, and messages per field to show beside the fields."""

    message: str
    fields: Mapping[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> str:
        return orjson.dumps({"message": self.message, "fields": dict(self.fields)}).decode()

    @classmethod
    def from_json(cls, text: str) -> DraftError:
        value = orjson.loads(text)
        return cls(str(value.get("message", "")), dict(value.get("fields") or {}))


@dataclass(frozen=True, slots=True)
class Draft:
    local_id: int
    account_id: int
    kind: DraftKind
    remote_id: str | None
    payload: dict[str, Any]
    base: dict[str, Any] | None  # the server's object when last pulled or published
    theirs: dict[str, Any] | None  # the server's object seen at a conflict or a later pull
    state: DraftState
    last_error: DraftError | None
    title: str
    created_at: float
    # When the content was last edited: by the user here, or on the server for a pulled copy.
    # Publishing, a refusal or a conflict do not move it.
    updated_at: float
    published_at: float | None
    queued: bool = False  # a publish waits in the outbox

    @property
    def changed_on_server(self) -> bool:
        """The server's copy moved on since base (a badge in lists, a merge on publish)."""
        return self.theirs is not None


class DraftRow(NamedTuple):
    """A light row for lists: built straight from the SELECT, no per-row conversion.

    `state` compares equal to DraftState members; `has_error` and `changed_on_server`
    (the server's copy moved on since base: a badge) are 0 or 1.
    """

    local_id: int
    kind: str
    title: str
    state: str
    remote_id: str | None
    updated_at: float
    has_error: int
    changed_on_server: int


class PullResult(NamedTuple):
    added: int  # new on the server: inserted as published drafts
    updated: int  # published drafts refreshed with the server's copy
    kept: int  # drafts with local work left as they were (server copy kept in `theirs` if it moved)
    unchanged: int  # published drafts already equal to the server's copy
