"""``--latency``: every answer waits as a network round trip would, and the waits overlap.

Proven by order, not by a clock (a busy machine changes every duration): when the first of
eight concurrent requests reaches the app behind the gate, all eight have already entered
it. A gate that blocked the server's loop would let each through before the next entered.
The figures (delay, overlap ratio) are in tests/benchmarks/test_sandbox_latency.py.
"""

from __future__ import annotations

import asyncio
from typing import Any

from app.sandbox.latency import LatencyGate


def test_concurrent_requests_wait_side_by_side() -> None:
    entered = 0
    seen_on_arrival: list[int] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen_on_arrival.append(entered)
        await send({"type": "http.response.start", "status": 200, "headers": []})

    gate = LatencyGate(app, latency_ms=50)
    sent: list[dict[str, Any]] = []

    async def request() -> None:
        nonlocal entered
        entered += 1

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await gate({"type": "http"}, None, send)

    async def main() -> None:
        await asyncio.gather(*(request() for _ in range(8)))

    asyncio.run(main())
    assert seen_on_arrival == [8] * 8  # all eight were waiting before any was answered
    assert [message["status"] for message in sent] == [200] * 8


def test_other_events_pass_without_waiting() -> None:
    reached: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append(scope["type"])

    gate = LatencyGate(app, latency_ms=3_600_000)  # an hour: a wait here would never end the test

    asyncio.run(gate({"type": "lifespan"}, None, None))
    assert reached == ["lifespan"]
