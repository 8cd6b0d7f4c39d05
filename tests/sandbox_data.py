"""What a sandbox with a data folder stored, read straight from its SQLite file (read-only):
the tests' way to see the server's side of an import or an event."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from app.sandbox.store import DB_FILENAME

IDENTIFIERS = ("uid", "phone", "email", "wp_token")


class ServerData:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(f"file:{self.folder / DB_FILENAME}?mode=ro", uri=True)
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()

    def profile(self, key: str, value: str) -> dict[str, Any] | None:
        """The profile ``key`` = ``value`` names: its identifiers and ``fields``."""
        assert key in IDENTIFIERS
        rows = self._rows(
            f"SELECT uid, phone, email, wp_token, fields FROM profiles WHERE {key} = ?", (value,)
        )
        if not rows:
            return None
        assert len(rows) == 1, rows
        *keys, fields = rows[0]
        found = {k: v for k, v in zip(IDENTIFIERS, keys, strict=True) if v}
        found["fields"] = orjson.loads(fields)
        return found

    def count(self) -> int:
        return int(self._rows("SELECT COUNT(*) FROM profiles")[0][0])

    def updated_at(self) -> dict[str, str]:
        """uid -> when the server last wrote that profile."""
        return dict(self._rows("SELECT uid, updated_at FROM profiles WHERE uid IS NOT NULL"))

    def events(self) -> list[tuple[str, Any]]:
        return [
            (name, orjson.loads(payload)) for name, payload in self._rows("SELECT name, payload FROM events")
        ]
