"""Concurrent batches: a profile held by an earlier request waits for it; the rest goes at once."""

from __future__ import annotations

import asyncio

import pytest

from app.profile_import.batches import Batch
from app.profile_import.dispatch import Dispatcher


def batch(index: int, *uids: str) -> Batch:
    return Batch(index, rows=list(range(len(uids))), profiles=[{"uid": uid} for uid in uids]).prepare()


class Server:
    """Answers each request after a delay chosen by its batch; records what happened when."""

    def __init__(self, delays: dict[int, float] | None = None) -> None:
        self.delays = delays or {}
        self.events: list[tuple[str, int, tuple[str, ...]]] = []
        self.done: list[int] = []
        self.running = 0
        self.most = 0

    async def send_part(self, parts: list[tuple[Batch, list[int]]]) -> bool:
        sent = parts[0][0]  # the request's own part; riders follow it
        uids = tuple(made.merged[item]["uid"] for made, items in parts for item in items)
        self.events.append(("start", sent.index, uids))
        self.running += 1
        self.most = max(self.most, self.running)
        await asyncio.sleep(self.delays.get(sent.index, 0.0))
        self.running -= 1
        self.events.append(("end", sent.index, uids))
        return True

    async def batch_done(self, finished: Batch) -> None:
        self.done.append(finished.index)

    def at(self, event: tuple[str, int, tuple[str, ...]]) -> int:
        return self.events.index(event)


async def test_only_the_profiles_held_by_a_request_in_flight_wait_for_it() -> None:
    server = Server({0: 0.2})
    dispatcher = Dispatcher(4, server.send_part, server.batch_done)
    for made in (batch(0, "a", "b"), batch(1, "c"), batch(2, "d", "b", "e")):
        assert await dispatcher.submit(made)
    await dispatcher.drain()
    assert server.at(("start", 1, ("c",))) < server.at(("end", 0, ("a", "b")))  # shares nothing
    assert server.at(("start", 2, ("d", "e"))) < server.at(("end", 0, ("a", "b")))  # the rest of batch 2
    assert server.at(("end", 0, ("a", "b"))) < server.at(("start", 2, ("b",)))  # "b" waits for batch 0
    assert sorted(server.done) == [0, 1, 2]
    assert (dispatcher.waits, dispatcher.deferred) == (1, 1)


async def test_a_chain_of_batches_holding_one_profile_keeps_file_order() -> None:
    server = Server({0: 0.15, 1: 0.0, 2: 0.1, 3: 0.0})
    dispatcher = Dispatcher(8, server.send_part, server.batch_done)
    for index in range(4):
        await dispatcher.submit(batch(index, "shared", f"own{index}"))
    await dispatcher.drain()
    shared = [event[1] for event in server.events if event[0] == "end" and event[2] == ("shared",)]
    first = [event[1] for event in server.events if event[0] == "end" and "shared" in event[2]]
    assert [0, *shared] == first == [0, 1, 2, 3]
    assert dispatcher.waits == 3


async def test_concurrency_and_open_batches_are_bounded() -> None:
    server = Server(dict.fromkeys(range(10), 0.05))
    dispatcher = Dispatcher(3, server.send_part, server.batch_done, open_limit=4)
    for index in range(10):
        await dispatcher.submit(batch(index, f"u{index}"))
        assert dispatcher.in_flight <= 4
    await dispatcher.drain()
    assert server.most == 3
    assert dispatcher.in_flight == 0


async def test_profiles_confirmed_earlier_are_not_sent_again() -> None:
    server = Server()
    dispatcher = Dispatcher(2, server.send_part, server.batch_done)
    made = batch(0, "a", "b", "c")
    await dispatcher.submit(made, frozenset({0, 2}))
    await dispatcher.submit(batch(1, "d"), frozenset({0}))  # all of it: done at once
    await dispatcher.drain()
    assert server.events == [("start", 0, ("b",)), ("end", 0, ("b",))]
    assert sorted(server.done) == [0, 1]


async def test_stopping_sends_nothing_more_and_waits_for_what_is_in_flight() -> None:
    server = Server({0: 0.1})
    dispatcher = Dispatcher(1, server.send_part, server.batch_done)
    assert await dispatcher.submit(batch(0, "a"))
    assert await dispatcher.submit(batch(1, "b"))  # waits for the only request slot
    await asyncio.sleep(0.01)
    dispatcher.stopping = True
    await dispatcher.drain()
    assert server.events == [("start", 0, ("a",)), ("end", 0, ("a",))]
    assert server.done == [0]
    assert not await dispatcher.submit(batch(2, "c"))


async def test_abort_cancels_the_requests_in_flight() -> None:
    server = Server({0: 10.0})
    dispatcher = Dispatcher(2, server.send_part, server.batch_done)
    await dispatcher.submit(batch(0, "a"))
    await asyncio.sleep(0.01)
    dispatcher.abort()
    await dispatcher.drain()
    assert server.events == [("start", 0, ("a",))] and server.done == []
    with pytest.raises(ValueError):
        Dispatcher(0, server.send_part, server.batch_done)


def test_a_profile_holds_every_identifier_its_rows_named() -> None:
    # B replaces A's uid; C shares A's email: one profile, known to the server by uid 1 or 3.
    made = Batch(
        0,
        rows=[2, 3, 4, 5],
        profiles=[
            {"uid": "1", "email": "a@x.com"},
            {"uid": "1", "email": "b@x.com"},
            {"uid": "3", "email": "a@x.com"},
            {"uid": "9"},
        ],
    ).prepare()
    assert made.members == [[0, 1, 2], [3]]
    assert made.identities[0] == {("uid", "1"), ("uid", "3"), ("email", "a@x.com"), ("email", "b@x.com")}
    assert made.merged[0] == {"uid": "3", "email": "a@x.com"}
    assert made.rows_of([0]) == 3


async def test_a_waiting_profile_is_not_sent_when_the_request_it_waited_for_was_not() -> None:
    # Batch 0 could not be sent (the import is stopping): batch 1's "a" must not overtake it,
    # or a resumed import would send batch 0's older "a" after it.
    server = Server({0: 0.05})
    sent: list[tuple[int, tuple[str, ...]]] = []

    async def send_part(parts: list[tuple[Batch, list[int]]]) -> bool:
        made, items = parts[0]
        uids = tuple(made.merged[item]["uid"] for item in items)
        await asyncio.sleep(server.delays.get(made.index, 0.0))
        if made.index == 0:
            return False
        sent.append((made.index, uids))
        return True

    dispatcher = Dispatcher(4, send_part, server.batch_done)
    await dispatcher.submit(batch(0, "a"))
    await dispatcher.submit(batch(1, "a", "b"))
    await dispatcher.drain()
    assert sent == [(1, ("b",))]
    assert server.done == []


async def test_a_defect_while_sending_stops_the_dispatcher_and_is_raised_by_drain() -> None:
    calls: list[int] = []

    async def send_part(parts: list[tuple[Batch, list[int]]]) -> bool:
        calls.append(parts[0][0].index)
        raise KeyError("a bug")

    done: list[int] = []

    async def batch_done(finished: Batch) -> None:
        done.append(finished.index)

    dispatcher = Dispatcher(1, send_part, batch_done)
    await dispatcher.submit(batch(0, "a"))
    await dispatcher.submit(batch(1, "b"))
    with pytest.raises(KeyError):
        await dispatcher.drain()
    assert calls == [0] and done == [] and dispatcher.stopping
    await dispatcher.drain()  # raised once


async def test_a_waiting_profile_rides_along_with_a_request_still_waiting_for_a_slot() -> None:
    # One request slot. Batch 1's "a" waits for batch 0; when batch 0 is answered, batch 1's
    # "b" and batch 2 are still queued for the slot: "a" goes with the first of them instead
    # of a request of its own, and still after batch 0's "a".
    server = Server({0: 0.05, 1: 0.05})
    dispatcher = Dispatcher(1, server.send_part, server.batch_done)
    for made in (batch(0, "a"), batch(1, "a", "b"), batch(2, "c")):
        await dispatcher.submit(made)
    await dispatcher.drain()
    starts = [event[1:] for event in server.events if event[0] == "start"]
    assert starts == [(0, ("a",)), (1, ("b", "a")), (2, ("c",))]
    assert (dispatcher.waits, dispatcher.riders) == (1, 1)
    assert sorted(server.done) == [0, 1, 2]


async def test_a_rider_never_makes_a_request_bigger_than_a_batch() -> None:
    server = Server({0: 0.05})
    dispatcher = Dispatcher(1, server.send_part, server.batch_done)
    await dispatcher.submit(batch(0, "a", "b"))
    await dispatcher.submit(batch(1, "a", "b", "c"))  # "c" queued (room 2 of 3), "a", "b" wait
    await dispatcher.submit(batch(2, "d", "e", "f"))  # full: no room
    await dispatcher.drain()
    starts = [event[1:] for event in server.events if event[0] == "start"]
    assert starts == [(0, ("a", "b")), (1, ("c", "a", "b")), (2, ("d", "e", "f"))]
