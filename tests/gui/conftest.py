"""pytest-qt has no qasync support: this fixture gives a test a qasync loop on its
QApplication, and `run` drives a coroutine on it while Qt processes events."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest
import qasync

T = TypeVar("T")


class QLoop:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))


@pytest.fixture
def qloop(qapp) -> Iterator[QLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield QLoop(loop)
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def _collect_qt_garbage() -> Iterator[None]:
    """Collect cyclic garbage holding Qt objects on the main thread, after each test:
    collected later on a worker thread, a widget's timers are stopped from the wrong thread
    (Qt warns, and PySide has crashed on it)."""
    yield
    gc.collect()
