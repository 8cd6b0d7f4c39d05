"""The three kinds of campaign: one-time, A/B test and automated (scheduled by crontab).

Datafiles (``source_uploaded_csv``, ``additional_source_file``) travel as multipart
parts beside the payload, not in it; whatever the server echoes for them is kept as an
unmodelled key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Self

from app.domain.campaign_config import CampaignConfig
from app.domain.enums import CampaignStatus, MessageType, SourceType, WinParameter
from app.domain.wire import Reader, WireMeta, Writer


@dataclass(kw_only=True)
class _Campaign:
    # The wire name of the message type; A/B campaigns say ``messages_type`` (quirk 1).
    TYPE_FIELD: ClassVar[str] = "message_type"

    id: int | None = None
    message_type: MessageType | None = None
    message_id: int | None = None
    source_type: SourceType | None = None
    source_id: int | None = None
    config: CampaignConfig | None = None
    tags: str | None = None
    priority: int | None = None
    status: str | None = None  # server-side; a real provider may know more states than ours
    project_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # What the payload had beyond the typed fields; no part in equality.
    wire: WireMeta = field(default_factory=WireMeta, repr=False, compare=False)

    @property
    def known_status(self) -> CampaignStatus | None:
        try:
            return CampaignStatus(self.status) if self.status is not None else None
        except ValueError:
            return None

    @classmethod
    def _read_common(cls, r: Reader) -> dict[str, Any]:
        config = r.json_object("config")
        return {
            "id": r.integer("id"),
            "message_type": r.choice(cls.TYPE_FIELD, MessageType),
            "message_id": r.integer("message_id"),
            "source_type": r.choice("source_type", SourceType),
            "source_id": r.integer("source_id"),
            "config": None if config is None else CampaignConfig.from_payload(config),
            "tags": r.text("tags"),
            "priority": r.integer("priority"),
            "status": r.text("status"),
            "project_id": r.integer("project_id"),
            "created_at": r.timestamp("created_at"),
            "updated_at": r.timestamp("updated_at"),
        }

    def _write_common(self, w: Writer) -> None:
        w.put("id", self.id)
        w.put(self.TYPE_FIELD, self.message_type)
        w.put("message_id", self.message_id)
        w.put("source_type", self.source_type)
        w.put("source_id", self.source_id)
        w.put("config", None if self.config is None else self.config.to_payload())
        w.put("tags", self.tags)
        w.put("priority", self.priority)
        w.put("status", self.status)
        w.put("project_id", self.project_id)
        w.timestamp("created_at", self.created_at)
        w.timestamp("updated_at", self.updated_at)


@dataclass(kw_only=True)
class OneTimeCampaign(_Campaign):
    planned_at: datetime | None = None
    send_during_hours: int | None = None
    start_immediately: bool | None = None

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Self:
        r = Reader(payload)
        common = cls._read_common(r)
        return cls(
            **common,
            planned_at=r.timestamp("planned_at"),
            send_during_hours=r.integer("send_during_hours"),
            start_immediately=r.boolean("start_immediately"),
            wire=r.meta(),
        )

    def to_payload(self) -> dict[str, Any]:
        w = Writer(self.wire)
        self._write_common(w)
        w.timestamp("planned_at", self.planned_at)
        w.put("send_during_hours", self.send_during_hours)
        w.put("start_immediately", self.start_immediately)
        return w.payload()


@dataclass(kw_only=True)
class ABCampaign(_Campaign):
    TYPE_FIELD: ClassVar[str] = "messages_type"

    planned_at: datetime | None = None
    send_during_hours: int | None = None
    ab_percent: int | None = None
    win_parameter: WinParameter | None = None
    test_planned_at: datetime | None = None
    main_planned_at: datetime | None = None
    start_immediately: bool | None = None

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Self:
        r = Reader(payload)
        common = cls._read_common(r)
        return cls(
            **common,
            planned_at=r.timestamp("planned_at"),
            send_during_hours=r.integer("send_during_hours"),
            ab_percent=r.integer("ab_percent"),
            win_parameter=r.choice("win_parameter", WinParameter),
            test_planned_at=r.timestamp("test_planned_at"),
            main_planned_at=r.timestamp("main_planned_at"),
            start_immediately=r.boolean("start_immediately"),
            wire=r.meta(),
        )

    def to_payload(self) -> dict[str, Any]:
        w = Writer(self.wire)
        self._write_common(w)
        w.timestamp("planned_at", self.planned_at)
        w.put("send_during_hours", self.send_during_hours)
        w.put("ab_percent", self.ab_percent)
        w.put("win_parameter", self.win_parameter)
        w.timestamp("test_planned_at", self.test_planned_at)
        w.timestamp("main_planned_at", self.main_planned_at)
        w.put("start_immediately", self.start_immediately)
        return w.payload()


@dataclass(kw_only=True)
class AutoCampaign(_Campaign):
    active: bool | None = None
    crontab: str | None = None
    run_from: datetime | None = None
    run_to: datetime | None = None

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Self:
        r = Reader(payload)
        common = cls._read_common(r)
        return cls(
            **common,
            active=r.boolean("active"),
            crontab=r.text("crontab"),
            run_from=r.timestamp("run_from"),
            run_to=r.timestamp("run_to"),
            wire=r.meta(),
        )

    def to_payload(self) -> dict[str, Any]:
        w = Writer(self.wire)
        self._write_common(w)
        w.put("active", self.active)
        w.put("crontab", self.crontab)
        w.timestamp("run_from", self.run_from)
        w.timestamp("run_to", self.run_to)
        return w.payload()
