"""Starting a background task from a Qt event handler."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from app.services.tasks import TaskRunner

log = logging.getLogger(__name__)


def spawn_soon(
    tasks: TaskRunner, context: QObject, make: Callable[[], Coroutine[Any, Any, Any]], name: str
) -> None:
    """Spawn `make()` on the event loop's next turn.

    A show event or a click can be handled before the asyncio loop runs (at start-up, or
    in a test driving the loop in steps); the coroutine is created only once it can be
    scheduled, never if `context` is gone by then, and not at all once the loop has
    stopped (the last events processed on the way out).
    """

    def start() -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            log.debug("%s not started: the event loop is not running", name)
            return
        tasks.spawn(make(), name=name)

    QTimer.singleShot(0, context, start)
