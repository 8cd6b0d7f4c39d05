"""Finding the object a POST may have created before its answer was lost.

A create whose outcome is unknown is never sent blindly again: the server's list is
searched for an object holding every field that was sent. One listing serves every
lookup of the same kind that began after it was requested, so a burst of dropped
connections costs one walk through the list, not one each.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.drafts import Draft, DraftState
from app.domain.kinds import DraftKind
from app.services.store_access import WorkspaceRunner
from app.services.sync_payloads import WireBody, matches_sent, projected_fingerprint
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.api.client import ApiClient

log = logging.getLogger(__name__)
JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Sent:
    """What is known of a lost POST: its body when this run sent it, else only its fingerprint."""

    body: WireBody | None
    fingerprint: str | None


@dataclass(slots=True)
class _Listing:
    requested_at: float
    objects: list[JsonObject]


def _is_pulled_copy(draft: Draft) -> bool:
    """A pristine copy a pull brought in (never published from here): the store replaces it
    by the draft whose POST created the object."""
    return draft.state is DraftState.PUBLISHED and draft.published_at is None and draft.payload == draft.base


class CreatedObjectFinder:
    def __init__(
        self,
        api: ApiClient,
        runner: WorkspaceRunner,
        account_id: int,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._runner = runner
        self._account_id = account_id
        self._monotonic = monotonic
        self._locks: dict[DraftKind, asyncio.Lock] = {}
        self._listings: dict[DraftKind, _Listing] = {}
        self._claimed: dict[DraftKind, set[str]] = {}
        self.listings_fetched = 0

    async def find(
        self, kind: DraftKind, local_id: int, sent: Sent, current: WireBody, not_before: float
    ) -> JsonObject | None:
        """The object the lost POST of draft ``local_id`` created, or None if it made none.

        ``not_before`` (monotonic clock) is when the POST ended, plus a moment for a server
        still finishing it: only a listing requested later is trusted to show its object.
        An object another draft already holds is never taken, and neither is one taken by
        an earlier lookup of this run.
        """
        early = not_before - self._monotonic()
        if early > 0:
            await asyncio.sleep(early)
        lock = self._locks.setdefault(kind, asyncio.Lock())
        async with lock:
            objects = await self._objects(kind, not_before)
            matches = self._matching(kind, objects, sent, current)
            if not matches:
                return None
            holders = await self._runner.call(lambda ws: self._holders(ws, kind, matches))
            claimed = self._claimed.setdefault(kind, set())
            for remote_id, obj in matches:  # newest first: a retried POST's object is the latest
                holder = holders.get(remote_id)
                if holder is not None and holder.local_id != local_id and not _is_pulled_copy(holder):
                    continue
                claimed.add(remote_id)
                log.info("the lost create of draft %d had made %s %s", local_id, kind.value, remote_id)
                return obj
            return None

    async def _objects(self, kind: DraftKind, not_before: float) -> list[JsonObject]:
        cached = self._listings.get(kind)
        if cached is not None and cached.requested_at >= not_before:
            return cached.objects
        requested_at = self._monotonic()
        objects: list[JsonObject] = await getattr(self._api, kind.value).list()
        self.listings_fetched += 1
        self._listings[kind] = _Listing(requested_at, objects)
        return objects

    def _matching(
        self, kind: DraftKind, objects: list[JsonObject], sent: Sent, current: WireBody
    ) -> list[tuple[str, JsonObject]]:
        claimed = self._claimed.get(kind, set())
        match = _matcher(kind, sent, current)
        found: list[tuple[str, JsonObject]] = []
        for obj in reversed(objects):
            remote_id = kind.remote_id(obj)
            if remote_id is None or str(remote_id) in claimed:
                continue
            if match(obj):
                found.append((str(remote_id), obj))
        return found

    def _holders(
        self, ws: Workspace, kind: DraftKind, matches: list[tuple[str, JsonObject]]
    ) -> dict[str, Draft]:
        holders: dict[str, Draft] = {}
        for remote_id, _obj in matches:
            draft = ws.drafts.find_by_remote_id(self._account_id, kind, remote_id)
            if draft is not None:
                holders[remote_id] = draft
        return holders


def _matcher(kind: DraftKind, sent: Sent, current: WireBody) -> Callable[[Mapping[str, Any]], bool]:
    if sent.body is not None:
        fields = sent.body.fields
        return lambda obj: matches_sent(kind, obj, fields)
    if sent.fingerprint is None or sent.fingerprint == current.fingerprint:
        # The draft still holds exactly what was sent (the usual case after a restart).
        fields = current.fields
        return lambda obj: matches_sent(kind, obj, fields)
    # Edited since, and the body is gone with the previous run: only an object that
    # re-serialises to the same fingerprint is surely ours.
    keys, files, fingerprint = set(current.fields), sorted(current.files), sent.fingerprint
    return lambda obj: projected_fingerprint(obj, keys, files) == fingerprint
