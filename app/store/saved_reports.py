"""An account's saved reports: a name and one JSON definition each (schema v3)."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

import orjson

from app.domain.report_definition import SavedReport
from app.store.errors import NotFoundError, StoreError
from app.store.json_text import dumps

_COLUMNS = "id, account_id, name, definition, created_at, updated_at"
_LIST = f"SELECT {_COLUMNS} FROM saved_reports WHERE account_id = ? ORDER BY name COLLATE NOCASE, id"  # noqa: S608
_GET = f"SELECT {_COLUMNS} FROM saved_reports WHERE id = ?"  # noqa: S608


class ReportNameTakenError(StoreError):
    """The account already has a saved report of this name."""


def _report(row: tuple[int, int, str, str, float, float]) -> SavedReport:
    try:
        definition = orjson.loads(row[3])
    except orjson.JSONDecodeError:
        definition = {}
    return SavedReport(
        row[0], row[1], row[2], definition if isinstance(definition, dict) else {}, row[4], row[5]
    )


class SavedReportRepository:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._conn = conn
        self._clock = clock

    def list(self, account_id: int) -> builtins.list[SavedReport]:
        """By name, case-insensitively."""
        return [_report(row) for row in self._conn.execute(_LIST, (account_id,)).fetchall()]

    def get(self, report_id: int) -> SavedReport:
        row = self._conn.execute(_GET, (report_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no saved report {report_id}")
        return _report(row)

    def find(self, account_id: int, name: str) -> SavedReport | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM saved_reports WHERE account_id = ? AND name = ?",  # noqa: S608
            (account_id, name),
        ).fetchone()
        return None if row is None else _report(row)

    def add(self, account_id: int, name: str, definition: Mapping[str, Any]) -> SavedReport:
        """Raises :class:`ReportNameTakenError` when the name is in use in this account."""
        now = self._clock()
        try:
            cursor = self._conn.execute(
                "INSERT INTO saved_reports (account_id, name, definition, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (account_id, name, dumps(definition), now, now),
            )
        except sqlite3.IntegrityError as error:
            if "UNIQUE" in str(error):
                raise ReportNameTakenError(f"a saved report is already named {name!r}") from None
            raise
        assert cursor.lastrowid is not None
        return self.get(cursor.lastrowid)

    def update(
        self, report_id: int, *, name: str | None = None, definition: Mapping[str, Any] | None = None
    ) -> SavedReport:
        """Rename and/or replace the definition; what is not given stays."""
        text = None if definition is None else dumps(definition)
        try:
            cursor = self._conn.execute(
                "UPDATE saved_reports SET name = coalesce(?, name), definition = coalesce(?, definition), "
                "updated_at = ? WHERE id = ?",
                (name, text, self._clock(), report_id),
            )
        except sqlite3.IntegrityError as error:
            if "UNIQUE" in str(error):
                raise ReportNameTakenError(f"a saved report is already named {name!r}") from None
            raise
        if cursor.rowcount == 0:
            raise NotFoundError(f"no saved report {report_id}")
        return self.get(report_id)

    def save(self, account_id: int, name: str, definition: Mapping[str, Any]) -> SavedReport:
        """Add, or replace the definition of the report of this name."""
        existing = self.find(account_id, name)
        if existing is None:
            return self.add(account_id, name, definition)
        return self.update(existing.id, definition=definition)

    def delete(self, report_id: int) -> None:
        """Deleting a report that is gone already is no error."""
        self._conn.execute("DELETE FROM saved_reports WHERE id = ?", (report_id,))
