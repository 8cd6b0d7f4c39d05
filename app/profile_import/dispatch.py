"""Batches sent concurrently, in file order, so that later rows win on the server.

Rows of one batch that name the same profile are merged into one hashmap by
``users.upsert_many``. Across batches the server would see two requests race; so a batch
that holds a profile an in-flight batch also holds (any shared uid, phone, email or
wp_token) waits until that batch is answered, and since batches start in file order,
the later row is always written last. Batches that share nothing go out side by side.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from app.profile_import.batches import Batch, Identity

Send = Callable[[Batch], Coroutine[Any, Any, None]]


class Dispatcher:
    def __init__(self, concurrency: int, send: Send) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._slots = asyncio.Semaphore(concurrency)
        self._send = send
        self._owner: dict[Identity, int] = {}  # identity -> the in-flight batch holding it
        self._running: dict[int, asyncio.Task[None]] = {}
        self.waits = 0  # batches that waited for an earlier one holding the same profile
        self.stopping = False

    @property
    def in_flight(self) -> int:
        return len(self._running)

    async def submit(self, batch: Batch, identities: set[Identity]) -> bool:
        """Start sending ``batch`` once a slot is free and no in-flight batch shares a profile
        with it; False (not sent) when the dispatcher was stopped meanwhile."""
        await self._slots.acquire()
        try:
            waited = False
            while not self.stopping:
                blockers = {self._owner[i] for i in identities if i in self._owner}
                if not blockers:
                    break
                running = [self._running[index] for index in blockers if index in self._running]
                if not running:
                    break
                waited = True
                await asyncio.wait(running)
            if self.stopping:
                self._slots.release()
                return False
        except BaseException:
            self._slots.release()
            raise
        self.waits += waited
        for identity in identities:
            self._owner[identity] = batch.index
        task = asyncio.get_running_loop().create_task(self._send(batch), name=f"import-batch-{batch.index}")
        self._running[batch.index] = task
        task.add_done_callback(lambda _task: self._finished(batch.index, identities))
        return True

    def _finished(self, index: int, identities: set[Identity]) -> None:
        for identity in identities:
            if self._owner.get(identity) == index:
                del self._owner[identity]
        self._running.pop(index, None)
        self._slots.release()

    async def drain(self) -> None:
        """Wait for every batch in flight (their failures are the sender's to record)."""
        while self._running:
            await asyncio.gather(*list(self._running.values()), return_exceptions=True)

    def abort(self) -> None:
        """Cancel the batches in flight: their outcome stays unknown, so they are resent on resume."""
        self.stopping = True
        for task in list(self._running.values()):
            task.cancel()
