"""Create, read, rewrite, edit and act on the objects of every resource.

Works on plain dicts (already parsed from JSON or multipart) and raises
:class:`Problem` for anything but success, so the HTTP layer stays thin.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from app.api.endpoints import SEGMENTS, Action
from app.domain.enums import CampaignStatus
from app.sandbox import rules
from app.sandbox.problems import Problem, not_found
from app.sandbox.rules import Resource
from app.sandbox.settings import PROJECT_ID
from app.sandbox.store import Store

# action -> (states it may start from, state it leads to); archive works from any live state.
_TRANSITIONS: Final[dict[Action, tuple[frozenset[CampaignStatus], CampaignStatus]]] = {
    Action.START: (frozenset({CampaignStatus.NEW}), CampaignStatus.RUNNING),
    Action.PAUSE: (frozenset({CampaignStatus.RUNNING}), CampaignStatus.PAUSED),
    Action.RESUME: (frozenset({CampaignStatus.PAUSED}), CampaignStatus.RUNNING),
    Action.ARCHIVE: (
        frozenset({CampaignStatus.NEW, CampaignStatus.RUNNING, CampaignStatus.PAUSED}),
        CampaignStatus.ARCHIVED,
    ),
}
_WHY_NOT: Final[dict[Action, str]] = {
    Action.START: "only a new campaign can be started",
    Action.PAUSE: "only a running campaign can be paused",
    Action.RESUME: "only a paused campaign can be resumed",
    Action.ARCHIVE: "it is archived already",
}

StartedHook = Callable[[Resource, dict[str, Any]], None]


class ResourceService:
    def __init__(self, store: Store, on_started: StartedHook | None = None) -> None:
        self._store = store
        self._on_started = on_started

    def get(self, resource: Resource, object_id: int) -> dict[str, Any]:
        found = self._store.get(resource.name, object_id)
        if found is None:
            raise not_found(resource.noun, object_id)
        return found

    def create(
        self, resource: Resource, payload: Mapping[str, Any], uploads: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        uploads = uploads or {}
        errors = rules.check(resource, payload, uploads, self._store)
        if errors:
            raise Problem.fields(errors)
        payload = rules.normalized(resource.schema, payload)
        with self._store.transaction():
            object_id = self._store.next_id(resource.name)
            now = self._store.now()
            body = {resource.schema.id_field: object_id, "project_id": PROJECT_ID,
                    **self._fields(resource, payload, uploads)}
            self._add_state(resource, body)
            body["created_at"] = now
            body["updated_at"] = now
            started = resource.is_campaign and payload.get("start_immediately") is True
            if started:
                body["status"] = CampaignStatus.RUNNING.value
            self._store.save(resource.name, object_id, body)
        if started:
            self._started(resource, body)
        return body

    def replace(
        self,
        resource: Resource,
        object_id: int,
        payload: Mapping[str, Any],
        uploads: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        uploads = uploads or {}
        current = self.get(resource, object_id)
        self._refuse_archived(resource, current)
        errors = rules.check(resource, payload, uploads, self._store)
        if errors:
            raise Problem.fields(errors)
        payload = rules.normalized(resource.schema, payload)
        with self._store.transaction():
            body = {resource.schema.id_field: object_id, "project_id": PROJECT_ID,
                    **self._fields(resource, payload, uploads)}
            for state in ("status", "generated_at", "size"):
                if state in current:
                    body[state] = current[state]
            body["created_at"] = current["created_at"]
            body["updated_at"] = self._store.now()
            started = (
                resource.is_campaign
                and payload.get("start_immediately") is True
                and body["status"] == CampaignStatus.NEW
            )
            if started:
                body["status"] = CampaignStatus.RUNNING.value
            self._store.save(resource.name, object_id, body)
        if started:
            self._started(resource, body)
        return body

    def update(self, resource: Resource, object_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
        current = self.get(resource, object_id)
        errors = rules.check(resource, changes, {}, self._store, partial=True)
        if errors:
            raise Problem.fields(errors)
        changes = rules.normalized(resource.schema, changes)
        for name in resource.schema.names:
            if name in changes:
                current[name] = changes[name]
        current["updated_at"] = self._store.now()
        with self._store.transaction():
            self._store.save(resource.name, object_id, current)
        return current

    def act(self, resource: Resource, object_id: int, action: Action) -> dict[str, Any]:
        current = self.get(resource, object_id)
        if resource.endpoint is SEGMENTS and action is Action.GENERATE:
            return self._generate(current, object_id)
        sources, target = _TRANSITIONS[action]
        status = CampaignStatus(current["status"])
        if status not in sources:
            raise Problem.detail(
                409,
                f"Cannot {action.value} {resource.noun} {object_id}: it is {status.value}, "
                f"and {_WHY_NOT[action]}.",
            )
        current["status"] = target.value
        current["updated_at"] = self._store.now()
        with self._store.transaction():
            self._store.save(resource.name, object_id, current)
        if action is Action.START:
            self._started(resource, current)
        return current

    def _generate(self, segment: dict[str, Any], object_id: int) -> dict[str, Any]:
        profiles = int(self._store.conn.execute("SELECT COUNT(*) FROM profiles").fetchone()[0])
        limit = segment.get("segment_limit")
        now = self._store.now()
        segment["size"] = min(profiles, limit) if isinstance(limit, int) and limit > 0 else profiles
        segment["generated_at"] = now
        segment["updated_at"] = now
        with self._store.transaction():
            self._store.save(SEGMENTS.name, object_id, segment)
        return segment

    def _started(self, resource: Resource, body: dict[str, Any]) -> None:
        if self._on_started is not None:
            self._on_started(resource, body)

    @staticmethod
    def _fields(resource: Resource, payload: Mapping[str, Any], uploads: Mapping[str, Any]) -> dict[str, Any]:
        """Every schema field: what was sent, the file summaries, null for the rest."""
        body: dict[str, Any] = {}
        for name in resource.schema.names:
            body[name] = uploads.get(name) if name in resource.datafiles else payload.get(name)
        if "in_archive" in body and body["in_archive"] is None:
            body["in_archive"] = False
        return body

    @staticmethod
    def _add_state(resource: Resource, body: dict[str, Any]) -> None:
        if resource.is_campaign:
            body["status"] = CampaignStatus.NEW.value
        if resource.endpoint is SEGMENTS:
            body["generated_at"] = None
            body["size"] = None

    @staticmethod
    def _refuse_archived(resource: Resource, current: Mapping[str, Any]) -> None:
        if resource.is_campaign and current.get("status") == CampaignStatus.ARCHIVED:
            noun = resource.noun[0].upper() + resource.noun[1:]
            raise Problem.detail(409, f"{noun} {current['id']} is archived and can no longer be changed.")
