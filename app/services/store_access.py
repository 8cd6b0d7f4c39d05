"""The workspace on its own thread, awaited from the event loop.

SQLite calls are short but touch the disk; running them on the UI thread would stutter
the window on a slow disk. One dedicated thread owns the connection (the store's
contract: one thread at a time), and coroutines await ``call(fn)``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from app.store.workspace import Workspace

T = TypeVar("T")


class WorkspaceRunner:
    """Owns a :class:`Workspace` and the one thread that may use it."""

    def __init__(self, workspace: Workspace, executor: ThreadPoolExecutor) -> None:
        self._workspace = workspace
        self._executor = executor
        self._closed = False

    @classmethod
    async def open(cls, directory: Path | None) -> WorkspaceRunner:
        """Open the workspace off the UI thread; raises the store's WorkspaceError subclasses."""
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workspace")
        loop = asyncio.get_running_loop()
        try:
            workspace = await loop.run_in_executor(executor, Workspace.open, directory)
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(workspace, executor)

    @property
    def directory(self) -> Path:
        return self._workspace.directory

    @property
    def workspace_id(self) -> str:
        return self._workspace.id

    async def call(self, fn: Callable[[Workspace], T]) -> T:
        """Run ``fn(workspace)`` on the workspace thread and return its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self._workspace)

    async def close(self) -> None:
        """Close the workspace (releasing its lock) and end its thread; a second call does nothing."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._workspace.close)
        self._executor.shutdown(wait=True)
