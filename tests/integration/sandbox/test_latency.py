"""``--latency``: every answer waits like a network round trip, and waits overlap."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx


def test_answers_are_delayed_and_concurrent_requests_overlap(sandbox_factory: Any) -> None:
    running = sandbox_factory(extra_args=("--latency", "200"))
    auth = (running.login, running.secret)
    with httpx.Client(base_url=running.base_url, auth=auth) as client:
        client.get("categories/").raise_for_status()  # warm the connection
        started = time.monotonic()
        client.get("categories/").raise_for_status()
        assert time.monotonic() - started >= 0.2

        with ThreadPoolExecutor(8) as pool:
            # open the eight connections first, so the timing below is the server's alone
            list(pool.map(lambda _: client.get("categories/").status_code, range(8)))
            started = time.monotonic()
            codes = list(pool.map(lambda _: client.get("categories/").status_code, range(8)))
            elapsed = time.monotonic() - started
    assert codes == [200] * 8
    # eight delayed answers in about the time of two, not of eight: the delay does not block the server
    assert elapsed < 8 * 0.2 * 0.6
