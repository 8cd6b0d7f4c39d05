"""Concurrent batches: those sharing a profile go one after the other, in file order."""

from __future__ import annotations

import asyncio

import pytest

from app.profile_import.batches import Batch
from app.profile_import.dispatch import Dispatcher


def batch(index: int, *uids: str) -> tuple[Batch, set[tuple[str, str]]]:
    made = Batch(index, profiles=[{"uid": uid} for uid in uids])
    return made, made.identities()


class Server:
    """Answers each batch after a delay of its own; records when each began and ended."""

    def __init__(self, delays: dict[int, float]) -> None:
        self.delays = delays
        self.events: list[tuple[str, int]] = []
        self.running = 0
        self.most = 0

    async def send(self, sent: Batch) -> None:
        self.events.append(("start", sent.index))
        self.running += 1
        self.most = max(self.most, self.running)
        await asyncio.sleep(self.delays.get(sent.index, 0.0))
        self.running -= 1
        self.events.append(("end", sent.index))


async def test_a_batch_sharing_a_profile_waits_for_the_one_in_flight() -> None:
    server = Server({0: 0.2, 1: 0.0, 2: 0.0})
    dispatcher = Dispatcher(4, server.send)
    for made, ids in (batch(0, "a", "b"), batch(1, "c"), batch(2, "d", "b")):
        assert await dispatcher.submit(made, ids)
    await dispatcher.drain()
    events = server.events
    assert events.index(("start", 1)) < events.index(("end", 0))  # shares nothing: goes at once
    assert events.index(("end", 0)) < events.index(("start", 2))  # shares "b": waits for 0
    assert dispatcher.waits == 1


async def test_concurrency_is_bounded() -> None:
    server = Server(dict.fromkeys(range(10), 0.05))
    dispatcher = Dispatcher(3, server.send)
    for index in range(10):
        await dispatcher.submit(*batch(index, f"u{index}"))
    await dispatcher.drain()
    assert server.most == 3
    assert dispatcher.in_flight == 0


async def test_identities_are_compared_as_sent() -> None:
    first = Batch(0, profiles=[{"email": "a@example.com", "fields": {"x": 1}}])
    second = Batch(1, profiles=[{"uid": "u", "email": "a@example.com"}])
    assert first.identities() & second.identities() == {("email", "a@example.com")}


async def test_stopping_sends_nothing_more_and_waits_for_what_is_in_flight() -> None:
    server = Server({0: 0.1})
    dispatcher = Dispatcher(1, server.send)
    assert await dispatcher.submit(*batch(0, "a"))
    waiting = asyncio.ensure_future(dispatcher.submit(*batch(1, "b")))
    await asyncio.sleep(0.01)
    dispatcher.stopping = True
    assert await waiting is False
    await dispatcher.drain()
    assert server.events == [("start", 0), ("end", 0)]


async def test_abort_cancels_the_batches_in_flight() -> None:
    server = Server({0: 10.0})
    dispatcher = Dispatcher(2, server.send)
    await dispatcher.submit(*batch(0, "a"))
    await asyncio.sleep(0.01)
    dispatcher.abort()
    await dispatcher.drain()
    assert server.events == [("start", 0)]
    with pytest.raises(ValueError):
        Dispatcher(0, server.send)
