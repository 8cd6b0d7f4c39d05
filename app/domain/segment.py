"""A segment: a named condition over profiles that the server turns into an audience."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.wire import Reader, WireMeta, Writer


@dataclass(kw_only=True)
class Segment:
    id: int | None = None
    name: str | None = None
    tags: str | None = None
    condition: Any = None  # the provider's condition JSON, kept as it is
    segment_limit: int | None = None
    project_id: int | None = None
    size: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    generated_at: datetime | None = None
    # What the payload had beyond the typed fields; no part in equality.
    wire: WireMeta = field(default_factory=WireMeta, repr=False, compare=False)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Segment:
        r = Reader(payload)
        return cls(
            id=r.integer("id"),
            name=r.text("name"),
            tags=r.text("tags"),
            condition=r.json("condition"),
            segment_limit=r.integer("segment_limit"),
            project_id=r.integer("project_id"),
            size=r.integer("size"),
            created_at=r.timestamp("created_at"),
            updated_at=r.timestamp("updated_at"),
            generated_at=r.timestamp("generated_at"),
            wire=r.meta(),
        )

    def to_payload(self) -> dict[str, Any]:
        w = Writer(self.wire)
        w.put("id", self.id)
        w.put("name", self.name)
        w.put("tags", self.tags)
        w.put("condition", self.condition)
        w.put("segment_limit", self.segment_limit)
        w.put("project_id", self.project_id)
        w.put("size", self.size)
        w.timestamp("created_at", self.created_at)
        w.timestamp("updated_at", self.updated_at)
        w.timestamp("generated_at", self.generated_at)
        return w.payload()
