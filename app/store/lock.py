"""One running instance per workspace: an OS file lock on `workspace.lock` beside the database."""

from __future__ import annotations

from pathlib import Path

import filelock

from app.store.errors import WorkspaceLockedError, WorkspaceUnavailableError


class WorkspaceLock:
    """Held from open to close; the OS drops it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = filelock.FileLock(str(path), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            raise WorkspaceLockedError(
                "This workspace is already open in another Campaign Studio window. "
                "Close it there, or choose another workspace folder.",
                self.path.parent,
            ) from None
        except OSError as exc:
            raise WorkspaceUnavailableError(
                f"The workspace folder {self.path.parent} cannot be used: {exc.strerror or exc}.",
                self.path.parent,
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
