"""``--faults``: every kind of failure shows up, is logged, and drops behave as on the internet."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from app.sandbox.faults import Fault


def _wait_for_log(running: Any, count: int, timeout: float = 10.0) -> list[str]:
    """The fault lines, once ``count`` of them have come through the child's stderr."""
    deadline = time.monotonic() + timeout
    while len(lines := running.fault_log()) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return lines


def _classify(client: httpx.Client, path: str) -> str:
    started = time.monotonic()
    try:
        response = client.get(path)
    except httpx.TransportError:
        return "dropped"
    elapsed = time.monotonic() - started
    if response.status_code == 500:
        assert response.json() == {"detail": "A server error occurred."}
        return "500"
    if response.status_code == 502:
        assert response.headers["content-type"].startswith("text/html")
        assert "<h1>502 Bad Gateway</h1>" in response.text
        return "502-html"
    if response.status_code == 503:
        return "503"
    if response.status_code == 429:
        assert response.headers["Retry-After"] == "1"
        return "429"
    assert response.status_code == 200, response.text
    return "slow" if elapsed >= 0.3 else "ok"


def test_every_kind_of_fault_is_seen_and_logged(sandbox_factory: Any) -> None:
    running = sandbox_factory(faults=1.0, seed=11)
    requests = 84
    limits = httpx.Limits(max_connections=12)
    with httpx.Client(base_url=running.base_url, auth=running.auth, timeout=10, limits=limits) as client:
        with ThreadPoolExecutor(max_workers=12) as pool:
            seen = list(pool.map(lambda _: _classify(client, "emails/"), range(requests)))
        # The contract's own description is never faulted.
        assert all(client.get("openapi.json").status_code == 200 for _ in range(10))
    assert set(seen) == {"500", "502-html", "503", "429", "slow", "dropped"}
    lines = _wait_for_log(running, requests)
    assert len(lines) == requests
    numbers = [int(line.split()[2]) for line in lines]
    assert numbers == list(range(1, requests + 1))
    kinds = {line.split()[3] for line in lines}
    assert kinds == {fault.value for fault in Fault}
    assert all(line.endswith("GET /api/v1/emails/") for line in lines)
    assert seen.count("dropped") == sum(1 for line in lines if "drop-" in line)


def test_a_post_dropped_after_processing_did_create_the_object(sandbox_factory: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    faulty = sandbox_factory(data_dir=data, faults=1.0, seed=3, extra_args=("--fault-kinds", "drop-before",
                                                                            "drop-after"))
    outcome: dict[str, str] = {}
    with httpx.Client(base_url=faulty.base_url, auth=faulty.auth, timeout=10) as client:
        for n in range(16):
            title = f"title-{n}"
            try:
                client.post("categories/", json={"title": title})
            except httpx.TransportError:
                pass
            else:
                raise AssertionError("every request should have been dropped")
            outcome[title] = _wait_for_log(faulty, n + 1)[n].split()[3]
    faulty.stop()
    assert set(outcome.values()) == {"drop-before", "drop-after"}

    calm = sandbox_factory(data_dir=data)
    with httpx.Client(base_url=calm.base_url, auth=calm.auth) as client:
        stored = {category["title"] for category in client.get("categories/").json()}
    assert stored == {title for title, kind in outcome.items() if kind == "drop-after"}


def test_no_faults_without_the_flag(sandbox: Any, api: httpx.Client) -> None:
    for _ in range(20):
        assert api.get("emails/").status_code == 200
    assert sandbox.fault_log() == []
