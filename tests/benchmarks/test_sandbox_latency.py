"""BENCH sandbox timing: the ``--latency`` gate and starting and stopping a sandbox process.

- ``sandbox_latency_overlap_ratio``: eight concurrent requests through a 200 ms latency,
  over one request's time (1.0 would be perfect overlap; 8 would be a gate that blocks).
- ``sandbox_start_ms`` / ``sandbox_start_loop_ticks_ratio``: start_sandbox_async to ready,
  and the ticks a 10 ms asyncio ticker ran meanwhile against a free loop's (1.0 = free).
- ``sandbox_stop_ms``: SIGTERM to exit.

tests/unit/sandbox/test_latency_gate.py proves the overlap by order and test_launcher.py checks
the launcher with bounds a busy machine keeps; these are the figures.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from app.sandbox.launcher import start_sandbox, start_sandbox_async

LATENCY_MS = 200
ROUNDS = 5


def test_latency_overlap() -> None:
    ratios = []
    with (
        start_sandbox(extra_args=("--latency", str(LATENCY_MS))) as running,
        httpx.Client(base_url=running.base_url, auth=running.auth, timeout=30) as client,
        ThreadPoolExecutor(8) as pool,
    ):
        list(pool.map(lambda _: client.get("categories/").status_code, range(8)))  # eight connections
        for _ in range(ROUNDS):
            started = time.monotonic()
            client.get("categories/").raise_for_status()
            one = time.monotonic() - started
            started = time.monotonic()
            list(pool.map(lambda _: client.get("categories/").status_code, range(8)))
            ratios.append((time.monotonic() - started) / one)
    print(f"BENCH sandbox_latency_overlap_ratio {statistics.median(ratios):.2f} x")


def test_start_and_stop() -> None:
    async def start() -> tuple[float, float]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        task = asyncio.create_task(ticker())
        started = time.monotonic()
        running = await start_sandbox_async()
        elapsed = time.monotonic() - started
        task.cancel()
        stopping = time.monotonic()
        await asyncio.to_thread(running.stop)
        return elapsed, ticks / (elapsed / 0.01), time.monotonic() - stopping

    results = [asyncio.run(start()) for _ in range(ROUNDS)]
    start_s, ratio, stop_s = (statistics.median(values) for values in zip(*results, strict=True))
    print(f"BENCH sandbox_start_ms {start_s * 1000:.0f} ms")
    print(f"BENCH sandbox_start_loop_ticks_ratio {ratio:.2f} x")
    print(f"BENCH sandbox_stop_ms {stop_s * 1000:.0f} ms")
