"""Benchmark ``publish_concurrency_speedup``: 100 new drafts published through the outbox
worker with the default bounded concurrency, against 100 others published one at a time,
in the same run against the same sandbox (target >= 3).

Each side gets fresh drafts in its own workspace; the clock runs from the worker's start
to an empty outbox. Prints numbers; it asserts only that every draft was published.

Over loopback both processes are CPU-bound (no network wait to overlap), so the
speedup is bounded by (client CPU + sandbox CPU) / max(client CPU, sandbox CPU): the
CPU figures are printed to show it. A second pair of runs adds a simulated network
round trip (an ``asyncio.sleep`` before each request is forwarded to the real sandbox),
which is what bounded concurrency exists for.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from app.api import ApiClient
from app.domain.kinds import DraftKind
from app.sandbox.launcher import RunningSandbox, start_sandbox
from app.services.outbox_worker import DEFAULT_CONCURRENCY, OutboxWorker
from app.services.store_access import WorkspaceRunner
from app.store.draft_types import DraftState

DRAFTS = 100
ROUND_TRIP = 0.020  # seconds: a provider in the same region


class RoundTripTransport(httpx.AsyncBaseTransport):
    """The real transport to the sandbox, after a delay standing in for the network."""

    def __init__(self, delay: float) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._delay = delay

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(self._delay)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of another process (Linux /proc; 0.0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    seconds: float
    client_cpu: float  # this process, every thread (the loop and the workspace thread)
    server_cpu: float  # the sandbox process


async def _publish_all(
    running: RunningSandbox, directory: Path, concurrency: int, tag: str, category: int, delay: float = 0.0
) -> Run:
    runner = await WorkspaceRunner.open(directory)
    try:
        account = (await runner.call(lambda ws: ws.accounts.add("Bench", running.base_url, running.login))).id

        def create(ws: Any) -> list[int]:
            ids = []
            for i in range(DRAFTS):
                payload = {"category": category, "from_address": "bench@example.com",
                           "internal_name": f"{tag} {i:03d}", "subject": "Benchmark",
                           "text_html": "<p>x</p>" * 50}  # fmt: skip
                local_id = ws.drafts.create_draft(account, DraftKind.EMAILS, payload).local_id
                ws.outbox.enqueue(local_id)
                ids.append(local_id)
            return ids

        ids = await runner.call(create)
        transport = RoundTripTransport(delay) if delay else None
        async with ApiClient(running.base_url, running.login, running.secret, transport=transport) as api:
            await api.check_connection()  # a warm connection for both sides
            worker = OutboxWorker(api, runner, account, concurrency=concurrency)
            started = time.perf_counter()
            cpu, server_cpu = time.process_time(), _cpu_seconds(running.process.pid)
            task = asyncio.create_task(worker.run())
            try:
                await worker.wait_idle()
                elapsed = time.perf_counter() - started
                cpu, server_cpu = time.process_time() - cpu, _cpu_seconds(running.process.pid) - server_cpu
            finally:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        assert await runner.call(lambda ws: ws.outbox.pending_count(account)) == 0
        states = await runner.call(lambda ws: [ws.drafts.get_draft(i).state for i in ids])
        assert states == [DraftState.PUBLISHED] * DRAFTS
        return Run(elapsed, cpu, server_cpu)
    finally:
        await runner.close()


async def _bench(tmp_path: Path) -> None:
    running = start_sandbox()
    try:
        async with ApiClient(running.base_url, running.login, running.secret) as api:
            category = (await api.categories.create({"title": "bench", "description": "bench"}))["category"]

        async def measure(name: str, concurrency: int, delay: float = 0.0) -> Run:
            return await _publish_all(running, tmp_path / name, concurrency, name, category, delay)

        await measure("warm-up", DEFAULT_CONCURRENCY)  # imports, first connections: not measured
        serial = await measure("one-at-a-time", 1)
        concurrent = await measure("concurrent", DEFAULT_CONCURRENCY)
        serial_rtt = await measure("one-at-a-time-rtt", 1, ROUND_TRIP)
        concurrent_rtt = await measure("concurrent-rtt", DEFAULT_CONCURRENCY, ROUND_TRIP)
    finally:
        running.stop()
    print()
    print(f"BENCH publish_concurrency_speedup {serial.seconds / concurrent.seconds:.2f} x")
    print(f"BENCH publish_one_at_a_time_seconds {serial.seconds:.3f} s")
    print(f"BENCH publish_concurrent_seconds {concurrent.seconds:.3f} s")
    for name, run in (("one_at_a_time", serial), ("concurrent", concurrent)):
        print(f"BENCH publish_{name}_client_cpu_ms_per_draft {run.client_cpu / DRAFTS * 1000:.2f} ms")
        print(f"BENCH publish_{name}_sandbox_cpu_ms_per_draft {run.server_cpu / DRAFTS * 1000:.2f} ms")
    # With a core each and nothing else running, overlapping can at best hide the smaller cost.
    bound = (serial.client_cpu + serial.server_cpu) / max(serial.client_cpu, serial.server_cpu, 1e-9)
    print(f"BENCH publish_concurrency_speedup_cpu_bound {bound:.2f} x")
    print(f"BENCH cpu_cores_available {len(os.sched_getaffinity(0))} cores")
    rtt_ms = round(ROUND_TRIP * 1000)
    rtt_speedup = serial_rtt.seconds / concurrent_rtt.seconds
    print(f"BENCH publish_concurrency_speedup_rtt{rtt_ms}ms {rtt_speedup:.2f} x")
    print(f"BENCH publish_one_at_a_time_rtt{rtt_ms}ms_seconds {serial_rtt.seconds:.3f} s")
    print(f"BENCH publish_concurrent_rtt{rtt_ms}ms_seconds {concurrent_rtt.seconds:.3f} s")


def test_publish_concurrency_speedup(tmp_path: Path) -> None:
    asyncio.run(_bench(tmp_path))
