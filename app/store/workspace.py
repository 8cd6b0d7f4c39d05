"""The workspace: one SQLite file in a folder, opened carefully, used by one worker thread.

Services run every call in a single-thread executor, so the connection is shared across
threads (check_same_thread=False) but never used by two at once. Each method is
synchronous, short, and one transaction.

Durability: WAL with synchronous=NORMAL. A committed transaction is in the WAL file once
the call returns, so killing the process loses nothing; only a power cut or OS crash can
lose the last commits (never corrupt the file). FULL would add an fsync to every autosave
for a risk that a desktop editor's "lose at most the last second" allows.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from app.store import paths
from app.store.accounts import AccountRepository
from app.store.drafts import DraftRepository
from app.store.errors import WorkspaceError, WorkspaceUnavailableError
from app.store.import_progress import ImportProgressRepository
from app.store.inspection import inspect_database
from app.store.lock import WorkspaceLock
from app.store.migrations import LATEST_VERSION, WORKSPACE_ID_KEY, migrate
from app.store.outbox import Outbox
from app.store.profile_fields import ProfileFieldRepository
from app.store.saved_reports import SavedReportRepository
from app.store.settings import SettingsRepository

log = logging.getLogger(__name__)


class Workspace:
    """Open with `Workspace.open(directory)`; close (or use `with`) to release the lock."""

    def __init__(
        self, directory: Path, conn: sqlite3.Connection, lock: WorkspaceLock, clock: Callable[[], float]
    ) -> None:
        self.directory = directory
        self.database_path = paths.database_path(directory)
        self._conn = conn
        self._lock = lock
        self.accounts = AccountRepository(conn, clock)
        self.drafts = DraftRepository(conn, clock)
        self.outbox = Outbox(conn, clock)
        self.settings = SettingsRepository(conn)
        self.profile_fields = ProfileFieldRepository(conn, clock)
        self.import_progress = ImportProgressRepository(conn, clock)
        self.saved_reports = SavedReportRepository(conn, clock)
        self.id: str = self.settings.get(WORKSPACE_ID_KEY, "")
        self.interrupted_jobs = self.outbox.recover_interrupted()

    @classmethod
    def open(
        cls, directory: str | Path | None = None, *, clock: Callable[[], float] = time.time
    ) -> Workspace:
        """Open (or create) the workspace in `directory`, default the per-user data folder.

        Raises WorkspaceLockedError if another instance has it open, and for a file that is
        not ours, damaged or too new, a WorkspaceError subclass without touching the file.
        """
        folder = paths.workspace_dir(directory)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            message = f"The folder {folder} cannot be created: {exc}."
            raise WorkspaceUnavailableError(message, folder) from None
        lock = WorkspaceLock(paths.lock_path(folder))
        lock.acquire()
        try:
            conn = _connect(paths.database_path(folder))
        except BaseException:
            lock.release()
            raise
        try:
            return cls(folder, conn, lock, clock)
        except BaseException:
            conn.close()
            lock.release()
            raise

    def close(self) -> None:
        """Checkpoint and close the database, then release the lock. Safe to call twice."""
        if self._lock.held:
            try:
                self._conn.close()
            finally:
                self._lock.release()

    @property
    def closed(self) -> bool:
        return not self._lock.held

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workspace {self.directory}{' (closed)' if self.closed else ''}>"


def _connect(db_path: Path) -> sqlite3.Connection:
    version = inspect_database(db_path)  # read-only; raises before anything is written
    if 0 < version < LATEST_VERSION:
        _back_up(db_path, version)
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False, timeout=5.0)
    except sqlite3.Error as exc:
        message = f"The workspace {db_path} cannot be opened: {exc}."
        raise WorkspaceUnavailableError(message, db_path) from None
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        message = f"The workspace {db_path} cannot be prepared: {exc}."
        raise WorkspaceUnavailableError(message, db_path) from None
    return conn


def _back_up(db_path: Path, version: int) -> None:
    """Keep a copy of the file as it was before a migration to a newer format."""
    backup = db_path.with_name(f"{db_path.name}.v{version}.bak")
    if backup.exists():
        return
    try:
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(backup)
            with target:
                source.backup(target)
            target.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:
        backup.unlink(missing_ok=True)
        raise WorkspaceError(f"Could not back up {db_path} before upgrading it: {exc}.", db_path) from None
    log.info("workspace format %d backed up to %s before migrating", version, backup)
