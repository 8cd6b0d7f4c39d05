"""User profiles: upsert by any identity key, keeping only the project's declared fields.

The reference: undeclared fields are silently dropped and the answer echoes only what
was stored; a batch carries one hashmap per profile; the system field
``update_profile_last_updated_at`` guards against races (an update older than the one
stored is ignored).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

import orjson

from app.domain.formats import INT64_MAX, INT64_MIN
from app.domain.schema import USER_KEYS
from app.domain.validation import DATETIME_EXAMPLE, parse_datetime, whole_number
from app.sandbox.problems import Problem
from app.sandbox.profile_values import COERCE
from app.sandbox.settings import ProfileFieldType
from app.sandbox.store import Store

STAMP: Final = "update_profile_last_updated_at"
NO_KEY: Final = "A profile needs at least one of uid, phone, email or wp_token."
SHARED_KEY: Final = "send one hashmap per profile, merging all updates of a profile into it first."

Errors = dict[str, list[str]]


class _Update:
    """One validated hashmap: identity keys, coerced fields, the optional race guard."""

    __slots__ = ("echo", "fields", "keys", "stamp")

    def __init__(self, keys: dict[str, str], fields: dict[str, Any], stamp: str | None,
                 echo: dict[str, Any]) -> None:
        self.keys = keys
        self.fields = fields
        self.stamp = stamp
        self.echo = echo


class ProfileBook:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _declared(self) -> dict[str, tuple[ProfileFieldType, Callable[[Any], Any]]]:
        declared = self._store.declared_fields().items()
        return {name: (ProfileFieldType(kind), COERCE[ProfileFieldType(kind)]) for name, kind in declared}

    def upsert_one(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise Problem.detail(400, "Send one profile as a JSON object.")
        errors: Errors = {}
        update = _parse(body, self._declared(), errors, prefix="")
        if errors:
            raise Problem.fields(errors)
        if update is None:
            raise Problem.detail(400, NO_KEY)
        self._write([update])
        return update.echo

    def upsert_batch(self, body: Any) -> list[dict[str, Any]]:
        if not isinstance(body, list):
            raise Problem.detail(400, "Send a JSON array of profiles, one hashmap per profile.")
        declared = self._declared()
        errors: Errors = {}
        updates: list[_Update] = []
        for index, item in enumerate(body):
            if not isinstance(item, dict):
                raise Problem.detail(400, f"Item {index} of the array is not a JSON object.")
            update = _parse(item, declared, errors, prefix=f"{index}.")
            if update is None and not errors:
                raise Problem.detail(400, f"Item {index}: {NO_KEY}")
            if update is not None:
                updates.append(update)
        if errors:
            raise Problem.fields(errors)
        _reject_shared_keys(updates)
        self._write(updates)
        return [u.echo for u in updates]

    def _write(self, updates: Sequence[_Update]) -> None:
        """Upsert in one transaction, with set-wise lookups and writes (batches are big)."""
        now = self._store.now()
        with self._store.transaction() as conn:
            pk_by_key, rows = _lookup(conn, updates)
            inserts = []
            changed: set[int] = set()
            for update in updates:
                pk = next(
                    (pk_by_key[k][v] for k, v in update.keys.items() if v in pk_by_key[k]), None
                )
                if pk is None:
                    inserts.append((*(update.keys.get(k) for k in USER_KEYS), orjson.dumps(update.fields),
                                    update.stamp or now, now))
                    continue
                row = rows[pk]
                if update.stamp and row[5] and _is_older(update.stamp, row[5]):
                    continue  # a late write from an earlier moment must not undo a newer one
                if isinstance(row[4], bytes):
                    row[4] = orjson.loads(row[4])
                row[4].update(update.fields)
                for key, value in update.keys.items():
                    row[_KEY_INDEX[key]] = value
                row[5] = update.stamp or now
                changed.add(pk)
            conn.executemany(
                f"INSERT INTO profiles (uid, phone, email, wp_token, fields, {STAMP}, updated_at)"  # noqa: S608
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                inserts,
            )
            conn.executemany(
                f"UPDATE profiles SET uid = ?, phone = ?, email = ?, wp_token = ?, fields = ?, {STAMP} = ?,"  # noqa: S608
                " updated_at = ? WHERE pk = ?",
                [(*rows[pk][:4], orjson.dumps(rows[pk][4]), rows[pk][5], now, pk) for pk in sorted(changed)],
            )

    def count(self) -> int:
        return int(self._store.conn.execute("SELECT COUNT(*) FROM profiles").fetchone()[0])

    def find(self, key: str, value: str) -> dict[str, Any] | None:
        """The stored profile with ``key == value`` (for tests and the demo), or None."""
        if key not in USER_KEYS:
            raise ValueError(key)
        row = self._store.conn.execute(
            f"SELECT uid, phone, email, wp_token, fields, {STAMP} FROM profiles WHERE {key} = ?",  # noqa: S608
            (value,),
        ).fetchone()
        if row is None:
            return None
        profile = {k: v for k, v in zip(USER_KEYS, row[:4], strict=True) if v is not None}
        profile["fields"] = orjson.loads(row[4])
        profile[STAMP] = row[5]
        return profile


_KEY_INDEX: Final = {key: index for index, key in enumerate(USER_KEYS)}
_CHUNK: Final = 500  # values per IN (...) lookup, well under SQLite's variable limit


def _lookup(
    conn: sqlite3.Connection, updates: Sequence[_Update]
) -> tuple[dict[str, dict[str, int]], dict[int, list[Any]]]:
    """The stored profiles any update names: pk by key and value, and their rows by pk
    (uid, phone, email, wp_token, fields, stamp)."""
    pk_by_key: dict[str, dict[str, int]] = {key: {} for key in USER_KEYS}
    for key in USER_KEYS:
        values = [u.keys[key] for u in updates if key in u.keys]
        known = pk_by_key[key]
        for chunk in _chunks(values):
            found = conn.execute(
                f"SELECT {key}, pk FROM profiles WHERE {key} IN ({', '.join('?' * len(chunk))})",  # noqa: S608
                chunk,
            )
            for value, pk in found:  # the covering index answers; no table rows are read
                if known.get(value, pk) >= pk:  # the oldest profile wins when several share a key
                    known[value] = pk
    wanted = sorted({pk for known in pk_by_key.values() for pk in known.values()})
    rows: dict[int, list[Any]] = {}
    for chunk in _chunks(wanted):
        found = conn.execute(
            f"SELECT pk, uid, phone, email, wp_token, fields, {STAMP} FROM profiles"  # noqa: S608
            f" WHERE pk IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        for pk, *row in found:
            rows[pk] = row
    return pk_by_key, rows


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _is_older(given: str, stored: str) -> bool:
    try:
        return _aware(parse_datetime(given)) < _aware(parse_datetime(stored))
    except ValueError:
        return False


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _parse(
    body: Mapping[str, Any],
    declared: Mapping[str, tuple[ProfileFieldType, Callable[[Any], Any]]],
    errors: Errors,
    prefix: str,
) -> _Update | None:
    """Validate one hashmap; problems go to ``errors``; None when it names nobody."""
    keys: dict[str, str] = {}
    echo: dict[str, Any] = {}
    for key in USER_KEYS:
        value = body.get(key)
        if value is None or value == "":
            continue
        number = whole_number(value) if key == "phone" else None
        if number is not None:  # a phone number sent as a number is kept as its digits
            if not INT64_MIN <= number <= INT64_MAX:
                errors[f"{prefix}{key}"] = ["Send a phone number this long as text."]
                continue
            value = str(number)
        if not isinstance(value, str):
            errors[f"{prefix}{key}"] = ["Must be text."]
            continue
        keys[key] = value
        echo[key] = value
    stamp = _stamp(body, errors, prefix)
    raw_fields = body.get("fields")
    stored: dict[str, Any] = {}
    if raw_fields is not None and not isinstance(raw_fields, dict):
        errors[f"{prefix}fields"] = ["Must be a JSON object."]
    elif isinstance(raw_fields, dict):
        for name, value in raw_fields.items():
            spec = declared.get(name)
            if spec is None:
                continue  # not declared in the project: ignored, as the reference says
            if value is None:
                stored[name] = None
                continue
            kind, convert = spec
            try:
                stored[name] = convert(value)
            except ValueError as problem:
                errors[f"{prefix}fields.{name}"] = [f"{problem} ('{name}' is declared as {kind.value}.)"]
        echo["fields"] = dict(stored)
        if isinstance(raw_fields.get(STAMP), str) and stamp is not None:
            echo["fields"][STAMP] = stamp
    if STAMP in body and stamp is not None:
        echo[STAMP] = stamp
    if not keys:
        return None
    return _Update(keys, stored, stamp, echo)


def _stamp(body: Mapping[str, Any], errors: Errors, prefix: str) -> str | None:
    """The race guard, sent top-level or among the fields (top-level wins); each one sent
    must be a date-time."""
    fields = body.get("fields")
    inner = fields.get(STAMP) if isinstance(fields, dict) else None
    found: list[str] = []
    for where, value in ((STAMP, body.get(STAMP)), (f"fields.{STAMP}", inner)):
        if value is None:
            continue
        if isinstance(value, str):
            try:
                parse_datetime(value)
            except ValueError:
                pass
            else:
                found.append(value)
                continue
        errors[f"{prefix}{where}"] = [DATETIME_EXAMPLE]
    return found[0] if found else None


def _reject_shared_keys(updates: Sequence[_Update]) -> None:
    seen: dict[tuple[str, str], int] = {}
    for index, update in enumerate(updates):
        for key, value in update.keys.items():
            first = seen.setdefault((key, value), index)
            if first != index:
                raise Problem.detail(
                    400,
                    f"Items {first} and {index} of the array share {key} '{value}': {SHARED_KEY}",
                )
