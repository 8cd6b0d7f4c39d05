"""The workspace's errors that the window tells apart, for the UI (which never imports the store)."""

from __future__ import annotations

from app.store.errors import (
    NotAWorkspaceError,
    NotFoundError,
    WorkspaceCorruptError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceTooNewError,
    WorkspaceUnavailableError,
)

__all__ = [
    "NotAWorkspaceError",
    "NotFoundError",
    "WorkspaceCorruptError",
    "WorkspaceError",
    "WorkspaceLockedError",
    "WorkspaceTooNewError",
    "WorkspaceUnavailableError",
]
