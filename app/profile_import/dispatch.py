"""Batches sent concurrently, in file order, so that later rows win on the server.

Rows of one batch that name the same profile are merged into one hashmap first. Across
batches the server would see two requests race; so a profile that an earlier request
still in flight (or still waiting) also holds (any shared uid, phone, email or wp_token)
waits until that request is answered. Only those profiles wait: the rest of their batch
goes out at once, and its waiting profiles follow in a second, small request. A file with
duplicates close together (a profile in one batch and again in the next) would otherwise
send one batch at a time.

The order is fixed when a batch is submitted: each waiting part depends on the requests
that were already holding its profiles, so however the answers come back, the later row
is written last. A waiting part goes out only when every request it waited for was
answered: if one of them could not be sent, the later values must not overtake it (a
resumed import sends the earlier one again, and then this one). A batch is done when all
its parts are; at most ``open_limit`` batches are open at a time, ``concurrency`` requests
in flight.

A request that gets its slot takes along the waiting parts that are ready (every request
they waited for answered) while it has room (up to its batch's size): the answer that
readied them usually freed that very slot, so a file full of near duplicates does not
send twice the requests. A part taken along shares no profile with the request's own
(those had no earlier holder when its batch was cut, or were ready themselves).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from itertools import chain
from typing import Any

from app.profile_import.batches import Batch, Identity

Part = tuple[Batch, list[int]]  # a batch and the indices of its merged profiles
# send_parts([(batch, merged indices), ...]) sends the parts in one request -> True when they are
# done (stored or refused), False when they could not be sent (the import is stopping).
# batch_done(batch) is awaited when every part of the batch returned True.
SendParts = Callable[[list[Part]], Coroutine[Any, Any, bool]]
BatchDone = Callable[[Batch], Coroutine[Any, Any, None]]


@dataclass(eq=False)
class _Waiting:
    """A part waiting for earlier requests; ``answer`` once a request took it along."""

    batch: Batch
    members: list[int]
    deps: set[asyncio.Task[bool]]
    answer: asyncio.Future[bool] | None = None

    def ready(self) -> bool:
        """Every request it waited for was answered (not merely finished: sent and done)."""
        return all(dep.done() and not dep.cancelled() and dep.exception() is None and dep.result()
                   for dep in self.deps)  # fmt: skip


class Dispatcher:
    def __init__(
        self, concurrency: int, send_parts: SendParts, batch_done: BatchDone, open_limit: int | None = None
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._slots = asyncio.Semaphore(concurrency)
        self._open = asyncio.Semaphore(open_limit or 2 * concurrency)
        self._send_parts = send_parts
        self._waiting: list[_Waiting] = []  # waiting parts no request has taken yet, in file order
        self._batch_done = batch_done
        self._owner: dict[Identity, asyncio.Task[bool]] = {}  # identity -> the last part holding it
        self._parts: set[asyncio.Task[bool]] = set()
        self._batches: set[asyncio.Task[None]] = set()
        self._open_batches = 0
        self._error: BaseException | None = None  # the first unexpected failure of a part
        self.waits = 0  # batches with profiles that waited for an earlier request
        self.deferred = 0  # profiles that did
        self.riders = 0  # waiting parts sent along with another part's request
        self.stopping = False

    @property
    def in_flight(self) -> int:
        """Batches submitted and not done yet."""
        return self._open_batches

    async def submit(self, batch: Batch, done: frozenset[int] = frozenset()) -> bool:
        """Start sending ``batch`` (but its merged profiles in ``done``, confirmed earlier);
        False (nothing sent) when the dispatcher was stopped while a batch slot was awaited."""
        await self._open.acquire()
        if self.stopping:
            self._open.release()
            return False
        self._open_batches += 1
        free: list[int] = []
        waiting: list[int] = []
        blockers: set[asyncio.Task[bool]] = set()
        # The identifiers another request holds, found at C speed: usually none or a few.
        held = self._owner.keys() & chain.from_iterable(batch.identities)
        for member, identities in enumerate(batch.identities):
            if member in done:
                continue
            if held and not identities.isdisjoint(held):
                blockers.update(self._owner[i] for i in identities & held)
                waiting.append(member)
            else:
                free.append(member)
        if waiting:
            self.waits += 1
            self.deferred += len(waiting)
        parts = [
            self._start_part(batch, members, deps)
            for members, deps in ((free, set()), (waiting, blockers))
            if members
        ]
        task = asyncio.get_running_loop().create_task(
            self._finish(batch, parts), name=f"import-batch-{batch.index}"
        )
        self._batches.add(task)
        task.add_done_callback(self._batches.discard)
        return True

    def _start_part(
        self, batch: Batch, members: list[int], deps: set[asyncio.Task[bool]]
    ) -> asyncio.Task[bool]:
        task = asyncio.get_running_loop().create_task(self._part(batch, members, deps))
        held = list(chain.from_iterable(map(batch.identities.__getitem__, members)))
        owner = self._owner
        owner.update(dict.fromkeys(held, task))
        self._parts.add(task)

        def release(finished: asyncio.Task[bool]) -> None:
            self._parts.discard(finished)
            holders = list(map(owner.get, held))
            if holders.count(finished) == len(held):  # no later part took any of them (the usual case)
                deque(map(owner.__delitem__, held), maxlen=0)
                return
            for identity, holder in zip(held, holders, strict=True):
                if holder is finished:
                    del owner[identity]

        task.add_done_callback(release)
        return task

    async def _part(self, batch: Batch, members: list[int], deps: set[asyncio.Task[bool]]) -> bool:
        if deps:
            waiting = _Waiting(batch, members, deps)
            self._waiting.append(waiting)
            try:
                await asyncio.wait(deps)
            finally:
                if waiting.answer is None:
                    self._waiting.remove(waiting)
            if waiting.answer is not None:  # another request took it along meanwhile
                return await waiting.answer
            if not waiting.ready():
                return False
        if self.stopping:
            return False
        await self._slots.acquire()
        riders: list[tuple[_Waiting, asyncio.Future[bool]]] = []
        outcome: bool | None = False
        try:
            if self.stopping:
                return False
            riders = self._take_riders(len(batch.rows) - len(members))
            parts = [(batch, members), *((rider.batch, rider.members) for rider, _ in riders)]
            outcome = await self._send_parts(parts)
            return outcome
        except asyncio.CancelledError:
            outcome = None
            raise
        except Exception as error:  # a defect, not a refusal: stop, and let drain() raise it
            self._failed(error)
            return False
        finally:
            self._slots.release()
            for _, answer in riders:
                if answer.done():  # its own task was cancelled, and the future with it
                    continue
                if outcome is None:
                    answer.cancel()
                else:
                    answer.set_result(outcome)

    def _take_riders(self, room: int) -> list[tuple[_Waiting, asyncio.Future[bool]]]:
        """Waiting parts whose earlier requests are all answered, up to ``room`` profiles: they
        go with this request. Their tasks have not woken up yet (the answer that readied
        them also freed this request's slot), and they stay the holders of their profiles
        until this request is answered."""
        taken: list[tuple[_Waiting, asyncio.Future[bool]]] = []
        for waiting in list(self._waiting):
            if len(waiting.members) <= room and waiting.ready():
                waiting.answer = asyncio.get_running_loop().create_future()
                self._waiting.remove(waiting)
                taken.append((waiting, waiting.answer))
                room -= len(waiting.members)
        self.riders += len(taken)
        return taken

    def _failed(self, error: Exception) -> None:
        self.stopping = True
        if self._error is None:
            self._error = error

    async def _finish(self, batch: Batch, parts: list[asyncio.Task[bool]]) -> None:
        try:
            results = await asyncio.gather(*parts, return_exceptions=True)
            if all(result is True for result in results):
                await self._batch_done(batch)
        except Exception as error:  # as in _part: a defect stops the import and is raised by drain()
            self._failed(error)
        finally:
            self._open_batches -= 1
            self._open.release()

    async def drain(self) -> None:
        """Wait for every batch submitted. The server's answers are the sender's to record;
        an exception a part raised (a defect) is raised here, once everything has stopped."""
        while self._batches:
            await asyncio.gather(*list(self._batches), return_exceptions=True)
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def abort(self) -> None:
        """Cancel the requests in flight: their outcome stays unknown, so they are resent on resume.
        A batch whose parts were all answered before still counts as done."""
        self.stopping = True
        for task in list(self._parts):
            task.cancel()
