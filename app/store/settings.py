"""Non-secret app settings (last account, last view) as JSON values by key.

Window geometry lives in QSettings in the UI layer; secrets live only in the keyring.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson


class SettingsRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else orjson.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """`value` is anything JSON can hold."""
        self._conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, orjson.dumps(value).decode()),
        )

    def delete(self, key: str) -> None:
        self._conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        rows = self._conn.execute("SELECT key, value FROM settings")
        return {key: orjson.loads(value) for key, value in rows}
