"""The sandbox's SQLite database: objects of every resource, profiles, events, settings.

One connection, used only from the event loop's thread: every handler does its
database work between two awaits, so requests never interleave inside a transaction.
Objects are kept whole as JSON, which is what the API serves anyway.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from app.domain.formats import INT64_MAX, INT64_MIN

DB_FILENAME = "sandbox.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS objects (
    resource TEXT NOT NULL,
    id INTEGER NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (resource, id)
);
CREATE TABLE IF NOT EXISTS declared_fields (name TEXT PRIMARY KEY, type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS profiles (
    pk INTEGER PRIMARY KEY,
    uid TEXT, phone TEXT, email TEXT, wp_token TEXT,
    fields BLOB NOT NULL,
    update_profile_last_updated_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS profiles_uid ON profiles (uid) WHERE uid IS NOT NULL;
CREATE INDEX IF NOT EXISTS profiles_phone ON profiles (phone) WHERE phone IS NOT NULL;
CREATE INDEX IF NOT EXISTS profiles_email ON profiles (email) WHERE email IS NOT NULL;
CREATE INDEX IF NOT EXISTS profiles_wp_token ON profiles (wp_token) WHERE wp_token IS NOT NULL;
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    payload BLOB,
    created_at TEXT NOT NULL
);
"""


def format_timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds and a ``Z``, as Django REST framework writes it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Store:
    def __init__(self, data_dir: Path | None) -> None:
        if data_dir is None:
            target = ":memory:"
        else:
            data_dir.mkdir(parents=True, exist_ok=True)
            target = str(data_dir / DB_FILENAME)
        self.path = None if data_dir is None else data_dir / DB_FILENAME
        self.conn = sqlite3.connect(target, isolation_level=None)
        if self.path is not None:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(_SCHEMA)
        self._last_stamp = datetime.min.replace(tzinfo=UTC)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def now(self) -> str:
        """The current time, strictly later than any earlier answer (conflict checks rely on it)."""
        moment = datetime.now(UTC)
        if moment <= self._last_stamp:
            moment = self._last_stamp + timedelta(microseconds=1)
        self._last_stamp = moment
        return format_timestamp(moment)

    # -- settings kept with the data -------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def declare_fields(self, fields: dict[str, str]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO declared_fields (name, type) VALUES (?, ?)", fields.items()
        )

    def declared_fields(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT name, type FROM declared_fields ORDER BY name"))

    # -- objects ---------------------------------------------------------------------

    def next_id(self, resource: str) -> int:
        row = self.conn.execute(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM objects WHERE resource = ?", (resource,)
        ).fetchone()
        return int(row[0])

    def save(self, resource: str, object_id: int, body: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO objects (resource, id, body) VALUES (?, ?, ?)",
            (resource, object_id, orjson.dumps(body)),
        )

    def get(self, resource: str, object_id: int) -> dict[str, Any] | None:
        if not INT64_MIN <= object_id <= INT64_MAX:
            return None  # no SQLite INTEGER is that wide, so no object has that id
        row = self.conn.execute(
            "SELECT body FROM objects WHERE resource = ? AND id = ?", (resource, object_id)
        ).fetchone()
        return None if row is None else dict(orjson.loads(row[0]))

    def count(self, resource: str) -> int:
        row = self.conn.execute("SELECT COUNT(*) FROM objects WHERE resource = ?", (resource,)).fetchone()
        return int(row[0])

    def list(self, resource: str, offset: int = 0, limit: int = -1) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT body FROM objects WHERE resource = ? ORDER BY id LIMIT ? OFFSET ?",
            (resource, limit, offset),
        )
        return [orjson.loads(body) for (body,) in rows]

    # -- events ----------------------------------------------------------------------

    def add_event(self, name: str, payload: Any) -> None:
        self.conn.execute(
            "INSERT INTO events (name, payload, created_at) VALUES (?, ?, ?)",
            (name, orjson.dumps(payload), self.now()),
        )

    def event_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
