"""Comparing wire payloads for publishing: what to PATCH, what changed on each side, and
the payload to publish once the user has chosen per conflicting field.

The three payloads are ``base`` (what the server had when last pulled or published),
``mine`` (the draft) and ``theirs`` (what the server has now). Before comparing:

- read-only fields (``id``, ``created_at``, ``status``...) are ignored;
- ``None``, ``""`` and an empty JSON object mean "empty", so ``null`` equals absent;
- a key missing from ``mine`` or ``theirs`` means "no opinion" (the base value stands):
  the server echoes fields a locally written draft never had, and those are not edits;
- datetimes compare as instants (``Z`` equals ``+00:00``);
- the campaign ``config`` object is compared flag by flag (``config.min_send_interval``),
  so that two people changing different flags do not conflict.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC
from enum import StrEnum
from typing import Any, Final

from app.domain.field_labels import CONFIG_PREFIX, field_label
from app.domain.schema import CAMPAIGN_CONFIG, SCHEMAS, FieldType, ResourceSchema
from app.domain.wire import parse_wire_datetime

Payload = Mapping[str, Any]
SchemaRef = ResourceSchema | str  # a schema, or its name (a DraftKind is one)
CONFIG: Final = "config"


class Side(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    BASE = "base"


class Change(StrEnum):
    MINE = "mine"  # only my draft changed the field
    THEIRS = "theirs"  # only the server's copy changed it
    BOTH_SAME = "both_same"  # both changed it to the same value
    CONFLICT = "conflict"  # both changed it, differently


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs from the base on at least one side; values as on the wire
    (``None`` when empty), ready to be shown side by side."""

    name: str  # wire name, or ``config.<flag>`` for a campaign config flag
    label: str
    change: Change
    base: Any
    mine: Any
    theirs: Any

    @property
    def is_conflict(self) -> bool:
        return self.change is Change.CONFLICT

    def value(self, side: Side) -> Any:
        return {Side.MINE: self.mine, Side.THEIRS: self.theirs, Side.BASE: self.base}[side]


@dataclass(frozen=True, slots=True)
class ThreeWay:
    """The changed fields in schema order (unknown fields last, by name)."""

    fields: tuple[FieldChange, ...]

    def __iter__(self) -> Iterator[FieldChange]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def __getitem__(self, name: str) -> FieldChange:
        for change in self.fields:
            if change.name == name:
                return change
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return any(change.name == name for change in self.fields)

    @property
    def conflicts(self) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.fields if c.is_conflict)

    @property
    def has_conflicts(self) -> bool:
        return any(c.is_conflict for c in self.fields)

    def by_change(self, change: Change) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.fields if c.change is change)


class UnresolvedConflictError(ValueError):
    """``merge`` was called without a choice for some conflicting fields."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(f"no choice for conflicting fields: {', '.join(names)}")
        self.names = names


class _View:
    """One payload as comparable fields: read-only ones dropped, ``config`` flattened."""

    def __init__(self, schema: ResourceSchema, payload: Payload) -> None:
        self.values: dict[str, Any] = {}
        flatten = CONFIG in _facts(schema).position
        self.has_config = flatten and CONFIG in payload
        for key, value in payload.items():
            if key in schema.read_only:
                continue
            if flatten and key == CONFIG and isinstance(value, Mapping):
                for flag, flag_value in value.items():
                    self.values[CONFIG_PREFIX + flag] = flag_value
            else:
                self.values[key] = value

    def says(self, key: str) -> bool:
        # A config object on the wire is whole: a flag it lacks is cleared, not unsaid.
        return key in self.values or (self.has_config and key.startswith(CONFIG_PREFIX))

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def effective(self, key: str, base: _View) -> Any:
        return self.get(key) if self.says(key) else base.get(key)


def _schema(ref: SchemaRef) -> ResourceSchema:
    return ref if isinstance(ref, ResourceSchema) else SCHEMAS[str(ref)]


@dataclass(frozen=True, slots=True)
class _Facts:
    """What comparing needs to know of a schema, worked out once per schema."""

    datetimes: frozenset[str]
    position: dict[str, int]


_FACTS: dict[int, tuple[ResourceSchema, _Facts]] = {}


def _facts(schema: ResourceSchema) -> _Facts:
    cached = _FACTS.get(id(schema))
    if cached is not None and cached[0] is schema:
        return cached[1]
    facts = _Facts(
        datetimes=frozenset(f.name for f in schema.fields if f.type is FieldType.DATETIME),
        position={name: i for i, name in enumerate(schema.names)},
    )
    _FACTS[id(schema)] = (schema, facts)
    return facts


_FLAG_POSITION: Final = {name: i for i, name in enumerate(CAMPAIGN_CONFIG.names)}


def _prune(value: Any) -> Any:
    if isinstance(value, Mapping):
        pruned = {k: _prune(v) for k, v in value.items() if v is not None}
        return pruned
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _canon(schema: ResourceSchema, key: str, value: Any) -> object:
    """A comparable form of a value: None when empty. Types stay apart (``true`` is not
    ``1``, ``"1"`` is not ``1``), unlike Python's ``==`` on the raw values."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        if key in _facts(schema).datetimes:
            try:
                return ("datetime", parse_wire_datetime(value).astimezone(UTC))
            except ValueError:
                return value
        return value
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int | float):
        return ("number", value)
    value = _prune(value)
    if value == {}:
        return None
    return ("json", json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))


def _order(schema: ResourceSchema, keys: set[str]) -> list[str]:
    position = _facts(schema).position
    flags = _FLAG_POSITION
    unknown = len(position)

    def rank(key: str) -> tuple[int, int, str]:
        if key.startswith(CONFIG_PREFIX) and CONFIG in position:
            flag = key.removeprefix(CONFIG_PREFIX)
            return position[CONFIG], flags.get(flag, len(flags)), flag
        return position.get(key, unknown), 0, key

    return sorted(keys, key=rank)


def changed_fields(base: Payload, mine: Payload, *, schema: SchemaRef) -> dict[str, Any]:
    """The fields of ``mine`` that differ from ``base``: the body of a PATCH.

    A changed config flag sends the whole ``config`` object, as the wire knows no other."""
    spec = _schema(schema)
    b, m = _View(spec, base), _View(spec, mine)
    keys = set(m.values)
    if m.has_config:
        keys |= {k for k in b.values if k.startswith(CONFIG_PREFIX)}
    out: dict[str, Any] = {}
    for key in _order(spec, keys):
        if not m.says(key) or _canon(spec, key, m.get(key)) == _canon(spec, key, b.get(key)):
            continue
        if key.startswith(CONFIG_PREFIX):
            out[CONFIG] = copy.deepcopy(mine[CONFIG])
        else:
            out[key] = copy.deepcopy(mine[key])
    return out


def differs(base: Payload, mine: Payload, *, schema: SchemaRef) -> bool:
    """Whether publishing ``mine`` would change anything on the server's ``base``."""
    return bool(changed_fields(base, mine, schema=schema))


def three_way(base: Payload, mine: Payload, theirs: Payload, *, schema: SchemaRef) -> ThreeWay:
    """Every field that changed on my side, the server's side, or both."""
    spec = _schema(schema)
    b, m, t = _View(spec, base), _View(spec, mine), _View(spec, theirs)
    keys = set(b.values) | set(m.values) | set(t.values)
    fields: list[FieldChange] = []
    for key in _order(spec, keys):
        base_value, mine_value, theirs_value = b.get(key), m.effective(key, b), t.effective(key, b)
        cb, cm, ct = (_canon(spec, key, v) for v in (base_value, mine_value, theirs_value))
        if cm == cb and ct == cb:
            continue
        if ct == cb:
            change = Change.MINE
        elif cm == cb:
            change = Change.THEIRS
        else:
            change = Change.BOTH_SAME if cm == ct else Change.CONFLICT
        fields.append(
            FieldChange(key, field_label(key, spec), change, base_value, mine_value, theirs_value)
        )
    return ThreeWay(tuple(fields))


def _put(result: dict[str, Any], key: str, value: Any, base: Payload) -> None:
    if key.startswith(CONFIG_PREFIX):
        # Mine without a config has no opinion on it: build on the base's flags.
        current = result[CONFIG] if CONFIG in result else base.get(CONFIG)
        config = copy.deepcopy(dict(current)) if isinstance(current, Mapping) else {}
        flag = key.removeprefix(CONFIG_PREFIX)
        if value is None:
            config.pop(flag, None)
        else:
            config[flag] = copy.deepcopy(value)
        result[CONFIG] = config
    else:
        result[key] = copy.deepcopy(value)


def merge(
    base: Payload,
    mine: Payload,
    theirs: Payload,
    choices: Mapping[str, Side],
    *,
    schema: SchemaRef,
) -> dict[str, Any]:
    """The payload to publish: ``mine``, plus the server's changes that do not conflict,
    plus the side chosen for each conflicting field (``choices`` may also override a
    non-conflicting one). Keys of ``choices`` are :attr:`FieldChange.name`."""
    diff = three_way(base, mine, theirs, schema=schema)
    missing = [c.name for c in diff.conflicts if c.name not in choices]
    if missing:
        raise UnresolvedConflictError(missing)
    stray = sorted(set(choices) - {c.name for c in diff})
    if stray:
        raise KeyError(f"no change to choose for: {', '.join(stray)}")
    spec = _schema(schema)
    mine_view = _View(spec, mine)
    result = copy.deepcopy(dict(mine))
    for change in diff:
        chosen = choices.get(change.name)
        if chosen is not None:
            side = Side(chosen)
        else:
            side = Side.THEIRS if change.change is Change.THEIRS else Side.MINE
        if side is Side.MINE and mine_view.says(change.name):
            continue  # already in the copy of mine, exactly as written
        _put(result, change.name, change.value(side), base)
    return result


def strip_read_only(payload: Payload, *, schema: SchemaRef) -> dict[str, Any]:
    """``payload`` without the fields only the server sets (for a POST or PUT body)."""
    read_only = set(_schema(schema).read_only)
    return {k: copy.deepcopy(v) for k, v in payload.items() if k not in read_only}
