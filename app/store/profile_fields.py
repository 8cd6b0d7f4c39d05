"""An account's declared profile fields and its sample profile (for the preview)."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

import orjson

from app.domain.profile_fields import DeclaredField, FieldOrigin, ProfileFieldType

_LIST = "SELECT name, type, origin FROM profile_fields WHERE account_id = ? ORDER BY name COLLATE NOCASE"


class ProfileFieldRepository:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._conn = conn
        self._clock = clock

    def list(self, account_id: int) -> list[DeclaredField]:
        rows = self._conn.execute(_LIST, (account_id,)).fetchall()
        return [
            DeclaredField(name, ProfileFieldType(kind), FieldOrigin(origin)) for name, kind, origin in rows
        ]

    def declare(
        self, account_id: int, name: str, kind: ProfileFieldType, origin: FieldOrigin = FieldOrigin.USER
    ) -> None:
        """Add or change a field; what the user typed replaces what was learned."""
        self._conn.execute(
            "INSERT INTO profile_fields (account_id, name, type, origin, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (account_id, name) DO UPDATE SET type = excluded.type, "
            "origin = excluded.origin, updated_at = excluded.updated_at",
            (account_id, name, kind.value, origin.value, self._clock()),
        )

    def learn(self, account_id: int, fields: Mapping[str, ProfileFieldType]) -> builtins.list[str]:
        """Add fields the server showed it stores; a field already known is left as it is.
        Returns the names that were new."""
        known = {f.name for f in self.list(account_id)}
        new = [name for name in fields if name not in known]
        now = self._clock()
        self._conn.executemany(
            "INSERT INTO profile_fields (account_id, name, type, origin, updated_at) VALUES (?, ?, ?, ?, ?)",
            [(account_id, name, fields[name].value, FieldOrigin.SERVER.value, now) for name in new],
        )
        return new

    def remove(self, account_id: int, name: str) -> None:
        self._conn.execute("DELETE FROM profile_fields WHERE account_id = ? AND name = ?", (account_id, name))

    def sample_profile(self, account_id: int) -> dict[str, Any]:
        """The values the preview renders templates with; empty until the user fills some."""
        row = self._conn.execute(
            "SELECT profile FROM sample_profiles WHERE account_id = ?", (account_id,)
        ).fetchone()
        if row is None:
            return {}
        value = orjson.loads(row[0])
        return value if isinstance(value, dict) else {}

    def set_sample_profile(self, account_id: int, profile: Mapping[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO sample_profiles (account_id, profile, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (account_id) DO UPDATE SET profile = excluded.profile, "
            "updated_at = excluded.updated_at",
            (account_id, orjson.dumps(dict(profile)).decode(), self._clock()),
        )
