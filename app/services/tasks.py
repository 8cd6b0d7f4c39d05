"""Fire-and-forget asyncio tasks that are kept alive, reported and cancelled on exit.

asyncio keeps only a weak reference to a task, so a task nobody holds can be collected
mid-flight. Every background coroutine of the app goes through :class:`TaskRunner`,
which holds it until it is done, reports an unexpected exception through ``failed``
(the window shows it) instead of swallowing it, and cancels what is left on shutdown.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner(QObject):
    """Owns the app's background tasks."""

    failed = Signal(str, object)  # task name, exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False

    @property
    def active(self) -> int:
        return len(self._tasks)

    def spawn(self, coro: Coroutine[Any, Any, T], *, name: str) -> asyncio.Task[T]:
        if self._closing:
            coro.close()
            raise RuntimeError("the application is shutting down")
        task = asyncio.get_running_loop().create_task(coro, name=name)
        was_idle = not self._tasks
        self._tasks.add(task)
        task.add_done_callback(self._done)
        if was_idle:
            self.busy_changed.emit(True)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.busy_changed.emit(False)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("background task %s failed", task.get_name(), exc_info=error)
            self.failed.emit(task.get_name(), error)

    async def shutdown(self, grace: float = 5.0) -> None:
        """Cancel every task and wait for them to finish their clean-up."""
        self._closing = True
        pending = list(self._tasks)
        for task in pending:
            task.cancel()
        if pending:
            _done, still = await asyncio.wait(pending, timeout=grace)
            for task in still:
                log.warning("task %s did not stop within %.1f s", task.get_name(), grace)
