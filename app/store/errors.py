"""Errors of the workspace, each with a message a content editor can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every error raised by app.store."""


class WorkspaceError(StoreError):
    """The workspace cannot be opened; the file is left as it was."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class NotAWorkspaceError(WorkspaceError):
    """The file is not a SQLite database, or is another program's database."""


class WorkspaceCorruptError(WorkspaceError):
    """SQLite reports damage (quick_check failed or the file is malformed)."""


class WorkspaceTooNewError(WorkspaceError):
    """The workspace was written by a newer version of the app."""

    def __init__(self, message: str, path: Path, found: int, supported: int) -> None:
        super().__init__(message, path)
        self.found = found
        self.supported = supported


class WorkspaceLockedError(WorkspaceError):
    """Another running instance has this workspace open."""


class WorkspaceUnavailableError(WorkspaceError):
    """The folder or file cannot be read or written (permissions, disk)."""


class NotFoundError(StoreError):
    """No row with this id (it was deleted, or never existed)."""


class DuplicateRemoteIdError(StoreError):
    """Another draft of the same account and kind already holds this remote id."""
