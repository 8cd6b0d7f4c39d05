"""``--latency``: every answer waits like a network round trip, and waits overlap.

The delay is long (1.5 s) so that what is checked is the property, with room for a busy
machine: an answer never comes sooner than the delay, and eight at once take far less than
eight delays (a gate that blocked the server would serialise them: 12 s). The figure itself
is measured by tests/benchmarks/test_sandbox_latency.py.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

LATENCY = 1.5


def test_answers_are_delayed_and_concurrent_requests_overlap(sandbox_factory: Any) -> None:
    running = sandbox_factory(extra_args=("--latency", str(int(LATENCY * 1000))))
    auth = (running.login, running.secret)
    with httpx.Client(base_url=running.base_url, auth=auth, timeout=60) as client:
        client.get("categories/").raise_for_status()  # warm the connection
        started = time.monotonic()
        client.get("categories/").raise_for_status()
        assert time.monotonic() - started >= LATENCY  # a lower bound: load only makes it later

        with ThreadPoolExecutor(8) as pool:
            # open the eight connections first, so the timing below is the server's alone
            list(pool.map(lambda _: client.get("categories/").status_code, range(8)))
            started = time.monotonic()
            codes = list(pool.map(lambda _: client.get("categories/").status_code, range(8)))
            elapsed = time.monotonic() - started
    assert codes == [200] * 8
    assert elapsed >= LATENCY
    # overlapping: well under the 8 x 1.5 s a blocking delay would take, even on a busy machine
    assert elapsed < 8 * LATENCY / 2, elapsed
