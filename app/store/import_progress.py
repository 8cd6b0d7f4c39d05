"""Saved progress of profile imports, so a stopped one resumes where the server stopped confirming.

One row per target (the server and login, or the account) and file (its SHA-256); the
state is the import's own JSON (``app.profile_import.progress_state``), opaque here.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.store.json_text import dumps, loads


@dataclass(frozen=True, slots=True)
class SavedImport:
    target: str
    file_key: str
    state: dict[str, Any]
    updated_at: float


class ImportProgressRepository:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._conn = conn
        self._clock = clock

    def get(self, target: str, file_key: str) -> dict[str, Any] | None:
        saved = self.saved(target, file_key)
        return None if saved is None else saved.state

    def saved(self, target: str, file_key: str) -> SavedImport | None:
        row = self._conn.execute(
            "SELECT state, updated_at FROM import_progress WHERE target = ? AND file_key = ?",
            (target, file_key),
        ).fetchone()
        if row is None:
            return None
        try:
            return SavedImport(target, file_key, loads(row[0]), float(row[1]))
        except ValueError:  # a damaged state: as if there were none (the import starts over)
            return None

    def save(self, target: str, file_key: str, state: Mapping[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO import_progress (target, file_key, state, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (target, file_key) DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at",
            (target, file_key, dumps(state), self._clock()),
        )

    def delete(self, target: str, file_key: str) -> None:
        self._conn.execute(
            "DELETE FROM import_progress WHERE target = ? AND file_key = ?", (target, file_key)
        )

    def list(self, target: str) -> builtins.list[SavedImport]:
        """The target's saved imports, the most recent first."""
        rows = self._conn.execute(
            "SELECT target, file_key, state, updated_at FROM import_progress WHERE target = ? "
            "ORDER BY updated_at DESC",
            (target,),
        ).fetchall()
        saved = []
        for target_, file_key, state, updated_at in rows:
            try:
                saved.append(SavedImport(target_, file_key, loads(state), updated_at))
            except ValueError:
                continue
        return saved
