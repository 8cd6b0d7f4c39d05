"""Benchmark ``publish_concurrency_speedup``: 100 new drafts published through the outbox
worker with the default bounded concurrency, against 100 others published one at a time,
in the same run against the same sandbox (target >= 3).

Each side gets fresh drafts in its own workspace; the clock runs from the worker's start
to an empty outbox. Prints numbers; it asserts only that every draft was published.

The headline figure runs against a sandbox started with ``--latency 50``: every answer
comes 50 ms later, as from a provider across the internet (round trip plus its own
processing), which is the wait bounded concurrency exists to overlap. Over bare loopback
both processes are CPU-bound (no network wait), so the speedup there is bounded by
(client CPU + sandbox CPU) / max(client CPU, sandbox CPU) on two cores; it is printed
too, with the CPU figures.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.api import ApiClient
from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.sandbox.launcher import RunningSandbox, start_sandbox
from app.services.outbox_worker import DEFAULT_CONCURRENCY, OutboxWorker
from app.services.store_access import WorkspaceRunner

DRAFTS = 100
LATENCY_MS = 50  # a provider across the internet: round trip plus its own processing


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
    running: RunningSandbox, directory: Path, concurrency: int, tag: str, category: int
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
        async with ApiClient(running.base_url, running.login, running.secret) as api:
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


async def _measure_pair(running: RunningSandbox, tmp_path: Path, tag: str) -> tuple[Run, Run]:
    async with ApiClient(running.base_url, running.login, running.secret) as api:
        category = (await api.categories.create({"title": "bench", "description": "bench"}))["category"]

    async def measure(name: str, concurrency: int) -> Run:
        return await _publish_all(running, tmp_path / f"{tag}-{name}", concurrency, name, category)

    await measure("warm-up", DEFAULT_CONCURRENCY)  # imports, first connections: not measured
    serial = await measure("one-at-a-time", 1)
    concurrent = await measure("concurrent", DEFAULT_CONCURRENCY)
    return serial, concurrent


async def _bench(tmp_path: Path) -> None:
    with start_sandbox(extra_args=("--latency", str(LATENCY_MS))) as distant:
        serial, concurrent = await _measure_pair(distant, tmp_path, "latency")
    with start_sandbox() as local:
        serial_lo, concurrent_lo = await _measure_pair(local, tmp_path, "loopback")
    print()
    print(f"BENCH publish_concurrency_speedup {serial.seconds / concurrent.seconds:.2f} x")
    print(f"BENCH publish_one_at_a_time_seconds {serial.seconds:.3f} s")
    print(f"BENCH publish_concurrent_seconds {concurrent.seconds:.3f} s")
    print(f"BENCH publish_sandbox_latency_ms {LATENCY_MS} ms")
    print(f"BENCH publish_concurrency_speedup_loopback {serial_lo.seconds / concurrent_lo.seconds:.2f} x")
    for name, run in (("one_at_a_time", serial_lo), ("concurrent", concurrent_lo)):
        client_ms, server_ms = run.client_cpu / DRAFTS * 1000, run.server_cpu / DRAFTS * 1000
        print(f"BENCH publish_loopback_{name}_client_cpu_ms_per_draft {client_ms:.2f} ms")
        print(f"BENCH publish_loopback_{name}_sandbox_cpu_ms_per_draft {server_ms:.2f} ms")
    # With a core each and nothing else running, overlapping can at best hide the smaller cost.
    cpu = (serial_lo.client_cpu, serial_lo.server_cpu)
    bound = sum(cpu) / max(*cpu, 1e-9)
    print(f"BENCH publish_concurrency_speedup_loopback_cpu_bound {bound:.2f} x")
    print(f"BENCH cpu_cores_available {len(os.sched_getaffinity(0))} cores")


def test_publish_concurrency_speedup(tmp_path: Path) -> None:
    asyncio.run(_bench(tmp_path))
