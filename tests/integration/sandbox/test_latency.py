"""``--latency`` over real HTTP: the option is taken and every answer still comes, one at a
time and eight at once. That the waits overlap is proven in tests/unit/sandbox/
test_latency_gate.py by order; the timings are figures of tests/benchmarks/test_sandbox_latency.py
(a test asserting durations would fail on a busy machine).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx


def test_a_sandbox_with_latency_answers_every_request(sandbox_factory: Any) -> None:
    running = sandbox_factory(extra_args=("--latency", "200"))
    auth = (running.login, running.secret)
    with httpx.Client(base_url=running.base_url, auth=auth, timeout=60) as client:
        assert client.get("categories/").status_code == 200
        with ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda _: client.get("categories/").status_code, range(8)))
    assert codes == [200] * 8
