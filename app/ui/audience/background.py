"""Running a service coroutine from a click and showing its outcome, if the widget still exists.

The work runs on the event loop (through :class:`TaskRunner`, which keeps it alive and
reports a bug); the widget hears back only while it lives. Errors the user can act on
(``expected``) go to ``on_error``; anything else is a bug and is reported.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Final, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from app.services.tasks import TaskRunner

T = TypeVar("T")
log = logging.getLogger(__name__)
_RETRY_MS: Final = 50
_RETRIES: Final = 600  # half a minute


def run_for(
    tasks: TaskRunner,
    owner: QObject,
    make: Callable[[], Coroutine[Any, Any, T]],
    *,
    name: str,
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    expected: tuple[type[BaseException], ...] = (),
) -> None:
    """Run ``make()`` and hand its result to ``on_done`` (or an expected error to ``on_error``)
    while ``owner`` is alive."""

    async def work() -> None:
        try:
            result = await make()
        except expected as error:
            if on_error is not None and shiboken6.isValid(owner):
                on_error(error)
            return
        if shiboken6.isValid(owner):
            on_done(result)

    _spawn_when_running(tasks, owner, work, name, _RETRIES)


def _spawn_when_running(
    tasks: TaskRunner, owner: QObject, work: Callable[[], Coroutine[Any, Any, None]], name: str, retries: int
) -> None:
    """Spawn now if the event loop runs; else (a widget built before the loop starts, a
    test between two steps) a little later, while ``owner`` lives."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        if retries <= 0:
            log.debug("%s not started: the event loop is not running", name)
            return
        again = retries - 1
        QTimer.singleShot(_RETRY_MS, owner, lambda: _spawn_when_running(tasks, owner, work, name, again))
        return
    try:
        tasks.spawn(work(), name=name)
    except RuntimeError:  # the app is shutting down: nobody waits for the answer
        log.debug("%s not started: shutting down", name)
