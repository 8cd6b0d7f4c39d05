"""Starting a background task from a Qt event handler."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from app.services.tasks import TaskRunner


def spawn_soon(
    tasks: TaskRunner, context: QObject, make: Callable[[], Coroutine[Any, Any, Any]], name: str
) -> None:
    """Spawn `make()` on the event loop's next turn.

    A show event or a click can be handled before the asyncio loop runs (at start-up, or
    in a test driving the loop in steps); the coroutine is created only once it can be
    scheduled, and never if `context` is gone by then.
    """
    QTimer.singleShot(0, context, lambda: tasks.spawn(make(), name=name))
