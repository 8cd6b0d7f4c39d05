"""Campaign payloads, one builder per kind, from what the wizard holds (:class:`CampaignSetup`).

The builders honour the reference exactly: an A/B campaign names its type field
``messages_type``, the other two ``message_type``; ``source_id`` is not sent with an
uploaded list (``source_type`` 'U'); datafiles go in the local ``$files`` annotation, so
the request carrying them is multipart (the publisher streams them from disk). Times are
written as ISO 8601 with the offset of the zone they were picked in, and the zone itself
is kept in ``$time_zone``.

Reading a payload into a setup and building it back is the identity: keys the wizard
does not edit stay as they were, an absent key stays absent, a ``null`` stays ``null``,
a datetime keeps its exact text while its instant is unchanged, and a value of the wrong
type (typed into the old form, say) is kept as it was until the user sets that field.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Final

from app.domain.annotations import FILES, LOCAL_PREFIX, MESSAGE_LOCAL_ID
from app.domain.campaign_config import FLAGS
from app.domain.enums import MessageType, SourceType, WinParameter
from app.domain.kinds import CAMPAIGN_KINDS, DraftKind
from app.domain.schema import FieldType
from app.domain.time_zones import FALLBACK_ZONE, from_wire, is_known_zone, to_wire
from app.domain.wire import PayloadError

Payload = dict[str, Any]

# The zone a campaign's times were picked in (IANA name): local, never sent.
TIME_ZONE: Final = "$time_zone"
CSV_FILE: Final = "source_uploaded_csv"
EXTRA_FILE: Final = "additional_source_file"
# Set by the server, never copied into a duplicate.
SERVER_FIELDS: Final = ("id", "project_id", "status", "created_at", "updated_at")
_ABSENT: Final = object()


def type_field(kind: DraftKind) -> str:
    """``messages_type`` for A/B campaigns (quirk 1), ``message_type`` for the others."""
    return "messages_type" if kind is DraftKind.AB_CAMPAIGNS else "message_type"


@dataclass(kw_only=True)
class CampaignSetup:
    """Everything the wizard edits, typed; times are UTC instants (``time_zone`` is where
    they were picked). ``loaded`` is the payload it was read from."""

    kind: DraftKind
    message_type: str | None = None
    message_id: int | None = None
    message_local_id: int | None = None  # an email still a local draft: published first
    source_type: SourceType | None = None
    source_id: int | None = None
    source_file: str | None = None  # path of the address list (source_type 'U')
    additional_file: str | None = None  # path of the additional parameters file
    config: dict[str, Any] = field(default_factory=dict)  # flag -> value; unknown flags kept
    tags: str | None = None
    priority: int | None = None
    planned_at: datetime | None = None
    send_during_hours: int | None = None
    start_immediately: bool | None = None
    ab_percent: int | None = None
    win_parameter: WinParameter | None = None
    test_planned_at: datetime | None = None
    main_planned_at: datetime | None = None
    active: bool | None = None
    crontab: str | None = None
    run_from: datetime | None = None
    run_to: datetime | None = None
    time_zone: str | None = None
    loaded: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # Fields whose stored value could not be read (wrong type): kept as they are until set.
    unreadable: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in CAMPAIGN_KINDS:
            raise ValueError(f"{self.kind} is not a kind of campaign")

    def update(self, **values: Any) -> None:
        """Set fields as the user chose them (a value typed over an unreadable one wins)."""
        names = {f.name for f in fields(self)}
        for name, value in values.items():
            if name not in names or name in ("kind", "loaded", "unreadable"):
                raise AttributeError(name)
            setattr(self, name, value)
            self.unreadable.pop(name, None)

    @property
    def zone(self) -> str:
        """The zone times are shown in; the caller's default applies while none is kept."""
        return self.time_zone if self.time_zone and is_known_zone(self.time_zone) else FALLBACK_ZONE

    @property
    def has_message(self) -> bool:
        return self.message_id is not None or self.message_local_id is not None

    def server_file(self, name: str) -> Mapping[str, Any] | None:
        """What the server keeps of a datafile it received (``{"name", "size", "rows"}``)."""
        value = self.loaded.get(name)
        return value if isinstance(value, Mapping) else None

    @property
    def is_fresh(self) -> bool:
        """Nothing chosen yet: a draft just created."""
        return not any(not k.startswith(LOCAL_PREFIX) for k in self.loaded) and not self.has_message


# -- reading -------------------------------------------------------------------------------

_TEXT: Final = ("tags", "crontab")
_INTS: Final = ("message_id", "source_id", "priority", "send_during_hours", "ab_percent")
_BOOLS: Final = ("start_immediately", "active")
_TIMES: Final = ("planned_at", "test_planned_at", "main_planned_at", "run_from", "run_to")
_BY_KIND: Final[dict[DraftKind, tuple[str, ...]]] = {
    DraftKind.CAMPAIGNS: ("planned_at", "send_during_hours", "start_immediately"),
    DraftKind.AB_CAMPAIGNS: (
        "planned_at", "send_during_hours", "start_immediately",
        "ab_percent", "win_parameter", "test_planned_at", "main_planned_at",
    ),
    DraftKind.AUTO_CAMPAIGNS: ("active", "crontab", "run_from", "run_to"),
}  # fmt: skip
_COMMON: Final = ("message_id", "source_type", "source_id", "tags", "priority")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _read(name: str, value: Any) -> Any:
    """The typed value of one wire field; :class:`PayloadError` when it has the wrong type."""
    if value is None:
        return None
    if name in _INTS:
        if not _is_int(value):
            raise PayloadError(name, "expected a whole number")
        return value
    if name in _BOOLS:
        if not isinstance(value, bool):
            raise PayloadError(name, "expected true or false")
        return value
    if name in _TEXT:
        if not isinstance(value, str):
            raise PayloadError(name, "expected text")
        return value
    if name in _TIMES:
        if not isinstance(value, str):
            raise PayloadError(name, "expected a date and time")
        try:
            return from_wire(value)
        except ValueError:
            raise PayloadError(name, f"not an ISO 8601 datetime: {value!r}") from None
    if name == "source_type":
        try:
            return SourceType(value)
        except ValueError:
            raise PayloadError(name, f"unknown value {value!r}") from None
    if name == "win_parameter":
        try:
            return WinParameter(value)
        except ValueError:
            raise PayloadError(name, f"unknown value {value!r}") from None
    raise KeyError(name)


def setup_from_payload(kind: DraftKind | str, payload: Mapping[str, Any]) -> CampaignSetup:
    """The wizard's state of a campaign draft's payload (never raises on a bad value)."""
    draft_kind = DraftKind(kind)
    setup = CampaignSetup(kind=draft_kind, loaded=copy.deepcopy(dict(payload)))
    values: dict[str, Any] = {}
    for name in (*_COMMON, *_BY_KIND[draft_kind]):
        if name not in payload:
            continue
        try:
            values[name] = _read(name, payload[name])
        except PayloadError:
            setup.unreadable[name] = copy.deepcopy(payload[name])
    for name, value in values.items():
        setattr(setup, name, value)
    type_value = payload.get(type_field(draft_kind))
    setup.message_type = type_value if isinstance(type_value, str) else None
    local = payload.get(MESSAGE_LOCAL_ID)
    setup.message_local_id = local if _is_int(local) else None
    files = payload.get(FILES)
    if isinstance(files, Mapping):
        csv, extra = files.get(CSV_FILE), files.get(EXTRA_FILE)
        setup.source_file = csv if isinstance(csv, str) and csv else None
        setup.additional_file = extra if isinstance(extra, str) and extra else None
    config = payload.get("config")
    setup.config = copy.deepcopy(dict(config)) if isinstance(config, Mapping) else {}
    zone_name = payload.get(TIME_ZONE)
    setup.time_zone = zone_name if isinstance(zone_name, str) and zone_name else None
    return setup


# -- building ------------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or value is False or value == "" or value == {}


class _Builder:
    """Writes values over a copy of the loaded payload, putting back what was loaded
    wherever the user's value is as empty as it was."""

    def __init__(self, setup: CampaignSetup) -> None:
        self.setup = setup
        self.loaded = setup.loaded
        self.out: Payload = copy.deepcopy(dict(setup.loaded))

    def put(
        self, key: str, value: Any, *, target: Payload | None = None, loaded: Mapping[str, Any] | None = None
    ) -> None:
        out = self.out if target is None else target
        before = self.loaded if loaded is None else loaded
        if target is None and key in self.setup.unreadable and value is None:
            return  # kept as stored until the user sets it
        original = before.get(key, _ABSENT)
        if _blank(value) and (original is _ABSENT or _blank(original)):
            if original is _ABSENT:
                out.pop(key, None)
            else:
                out[key] = copy.deepcopy(original)
            return
        out[key] = value

    def time(self, key: str, instant: datetime | None) -> None:
        if key in self.setup.unreadable and instant is None:
            return
        original = self.loaded.get(key, _ABSENT)
        if instant is None:
            self.put(key, None)
            return
        if isinstance(original, str):
            try:
                if from_wire(original) == instant:
                    self.out[key] = original  # the server's spelling, same instant
                    return
            except ValueError:
                pass
        self.out[key] = to_wire(instant, self.setup.zone)

    def local(self, annotation: str, name: str, value: str | None) -> None:
        """One entry of a map annotation (``$files``); an empty map is removed."""
        current = self.out.get(annotation)
        entries = dict(current) if isinstance(current, Mapping) else {}
        if value:
            entries[name] = value
        else:
            entries.pop(name, None)
        if entries:
            self.out[annotation] = entries
        else:
            self.out.pop(annotation, None)

    def common(self) -> None:
        s = self.setup
        kind_field = type_field(s.kind)
        message_type = s.message_type
        if message_type is None and s.has_message:
            message_type = MessageType.EMAIL.value
        self.put(kind_field, message_type)
        self.put("message_id", s.message_id)
        if s.message_local_id is not None:
            self.out[MESSAGE_LOCAL_ID] = s.message_local_id
        else:
            self.out.pop(MESSAGE_LOCAL_ID, None)
        self.put("source_type", None if s.source_type is None else s.source_type.value)
        uploaded = s.source_type is SourceType.UPLOADED
        # Not transmitted with an uploaded list; with the file the request is a form, and a
        # form leaves a null part out.
        self.put("source_id", None if uploaded else s.source_id)
        if s.kind is not DraftKind.AUTO_CAMPAIGNS:
            self.local(FILES, CSV_FILE, s.source_file if uploaded else None)
        self.put("tags", s.tags.strip() if isinstance(s.tags, str) else s.tags)
        self.put("priority", s.priority)
        self.config()
        if s.time_zone is not None:
            self.out[TIME_ZONE] = s.time_zone
        else:
            self.out.pop(TIME_ZONE, None)

    def config(self) -> None:
        loaded = self.loaded.get("config")
        loaded_map = loaded if isinstance(loaded, Mapping) else {}
        built: Payload = copy.deepcopy(dict(loaded_map))
        for flag in FLAGS:
            value = self.setup.config.get(flag.name)
            if flag.type is FieldType.URL and isinstance(value, str):
                value = value.strip()
            self.put(flag.name, value, target=built, loaded=loaded_map)
        known = {flag.name for flag in FLAGS}
        for name, value in self.setup.config.items():  # flags this app does not know
            if name not in known and name not in built and value is not None:
                built[name] = copy.deepcopy(value)
        if built == loaded_map and loaded is not None:
            self.out["config"] = copy.deepcopy(loaded)
        else:
            self.put("config", built)

    def payload(self) -> Payload:
        return self.out


def _check(setup: CampaignSetup, kind: DraftKind) -> _Builder:
    if setup.kind is not kind:
        raise ValueError(f"a {setup.kind.value} setup is not a {kind.value} payload")
    builder = _Builder(setup)
    builder.common()
    return builder


def one_time_payload(setup: CampaignSetup) -> Payload:
    """A one-time campaign (``campaigns``)."""
    b = _check(setup, DraftKind.CAMPAIGNS)
    b.time("planned_at", setup.planned_at)
    b.put("send_during_hours", setup.send_during_hours)
    b.put("start_immediately", setup.start_immediately)
    b.local(FILES, EXTRA_FILE, setup.additional_file)
    return b.payload()


def ab_payload(setup: CampaignSetup) -> Payload:
    """An A/B campaign (``ab_campaigns``): its type field is ``messages_type``."""
    b = _check(setup, DraftKind.AB_CAMPAIGNS)
    b.time("planned_at", setup.planned_at)
    b.put("send_during_hours", setup.send_during_hours)
    b.put("ab_percent", setup.ab_percent)
    b.put("win_parameter", None if setup.win_parameter is None else setup.win_parameter.value)
    b.time("test_planned_at", setup.test_planned_at)
    b.time("main_planned_at", setup.main_planned_at)
    b.put("start_immediately", setup.start_immediately)
    b.local(FILES, EXTRA_FILE, setup.additional_file)
    return b.payload()


def auto_payload(setup: CampaignSetup) -> Payload:
    """An automated campaign (``auto_campaigns``): no datafiles; a segment or API source."""
    b = _check(setup, DraftKind.AUTO_CAMPAIGNS)
    b.put("active", setup.active)
    b.put("crontab", setup.crontab.strip() if isinstance(setup.crontab, str) else setup.crontab)
    b.time("run_from", setup.run_from)
    b.time("run_to", setup.run_to)
    return b.payload()


BUILDERS: Final = {
    DraftKind.CAMPAIGNS: one_time_payload,
    DraftKind.AB_CAMPAIGNS: ab_payload,
    DraftKind.AUTO_CAMPAIGNS: auto_payload,
}


def build_payload(setup: CampaignSetup) -> Payload:
    """The draft payload of ``setup`` by the builder of its kind."""
    return BUILDERS[setup.kind](setup)


# -- another kind, a copy --------------------------------------------------------------------


def convert(setup: CampaignSetup, kind: DraftKind | str) -> CampaignSetup:
    """The same campaign as another kind, for a new draft: what both kinds have is kept;
    the start time carries over (one-time and A/B ``planned_at``, automated ``run_from``)."""
    target = DraftKind(kind)
    start = setup.run_from if setup.kind is DraftKind.AUTO_CAMPAIGNS else setup.planned_at
    if start is None and setup.kind is DraftKind.AB_CAMPAIGNS:
        start = setup.test_planned_at
    new = CampaignSetup(
        kind=target,
        message_id=setup.message_id,
        message_local_id=setup.message_local_id,
        source_type=setup.source_type,
        source_id=setup.source_id,
        config=copy.deepcopy(setup.config),
        tags=setup.tags,
        priority=setup.priority,
        time_zone=setup.time_zone,
    )
    if target is DraftKind.AUTO_CAMPAIGNS:
        if new.source_type is SourceType.UPLOADED:
            new.source_type = None  # an automated campaign cannot send to an uploaded list
        new.run_from = start
    else:
        new.source_file = setup.source_file
        new.additional_file = setup.additional_file
        new.planned_at = setup.planned_at if setup.kind is not DraftKind.AUTO_CAMPAIGNS else start
        new.send_during_hours = setup.send_during_hours
        new.start_immediately = setup.start_immediately
        if target is DraftKind.AB_CAMPAIGNS and setup.kind is not DraftKind.AB_CAMPAIGNS:
            new.test_planned_at = start
    return new


def duplicate_payload(kind: DraftKind | str, payload: Mapping[str, Any]) -> Payload:
    """A new local draft's payload from a campaign: everything but what the server set
    (id, status, times) and its copies of the datafiles; the local files go along."""
    if DraftKind(kind) not in CAMPAIGN_KINDS:
        raise ValueError(f"{kind} is not a kind of campaign")
    copied = {k: copy.deepcopy(v) for k, v in payload.items() if k not in SERVER_FIELDS}
    for name in (CSV_FILE, EXTRA_FILE):
        if name in copied and not isinstance(copied[name], str):
            del copied[name]  # the server's summary of a file it received, or null
    return copied
