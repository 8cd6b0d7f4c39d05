"""Benchmark ``stats_query_seconds``: a 3-grouping report over the demo's three months.

Starts a real demo sandbox (its data in a temporary directory), asks the report builder
over loopback HTTP with httpx, and prints the median answer time; then asks the same of
the engine in-process on the same SQLite file, so the HTTP overhead is visible.
Prints numbers only; it asserts that the answers are real, never how fast they came.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from app.sandbox.launcher import start_sandbox
from app.sandbox.stats_data import create_tables, seed_demo_statistics
from app.sandbox.stats_engine import MAX_OBJECTS, StatsEngine
from app.sandbox.store import DB_FILENAME

REPEATS = 7
DAYS = 92


def _params(today: date) -> list[tuple[str, str]]:
    fields = "date,country_name,message,sum_sended,sum_delivered,sum_opened_unique,open_rate_unique,ctor"
    first = today - timedelta(days=DAYS)
    return [("fields", fields), ("date", f"ge:{first.isoformat()}"), ("date", f"le:{today.isoformat()}")]


def _median_seconds(ask: Callable[[], dict[str, Any]]) -> tuple[float, dict[str, Any]]:
    body = ask()
    for _ in range(10):  # a heavy query: the first poll answers "not ready"
        if body["metadata"]["ready"]:
            break
        body = ask()
    assert body["metadata"]["ready"] and body["error"] is None, body
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        body = ask()
        times.append(time.perf_counter() - started)
    return statistics.median(times), body


def _check(body: dict[str, Any]) -> None:
    rows = body["result"]
    assert len(rows) == MAX_OBJECTS  # 3 months x countries x messages: capped
    assert rows[-1]["date"] == "1970-01-01" and rows[-1]["sum_delivered"] > 100_000


def test_stats_query_over_http_and_in_process(tmp_path: Path) -> None:
    started = time.perf_counter()
    sandbox = start_sandbox(demo=True, data_dir=tmp_path)
    start_seconds = time.perf_counter() - started
    try:
        today = date.today()
        params = _params(today)
        with httpx.Client(base_url=sandbox.base_url, auth=sandbox.auth, timeout=30) as client:

            def over_http() -> dict[str, Any]:
                response = client.get("stats/", params=params)
                response.raise_for_status()
                result: dict[str, Any] = response.json()
                return result

            http_seconds, body = _median_seconds(over_http)
        _check(body)
        conn = sqlite3.connect(tmp_path / DB_FILENAME)
        try:
            rows = conn.execute("SELECT COUNT(*) FROM stats_fact").fetchone()[0]
            engine = StatsEngine(conn)
            engine_seconds, in_process = _median_seconds(lambda: engine.query(params))
            posts = conn.execute(
                "SELECT DISTINCT post_type, post_id, message_id FROM stats_fact ORDER BY 2, 3"
            ).fetchall()
        finally:
            conn.close()
        assert in_process["result"] == body["result"]
    finally:
        sandbox.stop()
    generation_seconds = _generation_seconds(posts, today)
    print()
    print(f"BENCH stats_query_seconds {http_seconds:.4f} s")
    print(f"BENCH stats_query_engine_seconds {engine_seconds:.4f} s")
    print(f"BENCH stats_demo_generation_seconds {generation_seconds:.4f} s")
    print(f"BENCH stats_demo_fact_rows {rows} rows")
    print(f"BENCH stats_demo_sandbox_start_seconds {start_seconds:.3f} s")


def _generation_seconds(posts: list[tuple[str, int, int]], today: date) -> float:
    """The demo's three months of statistics generated again in memory, median of 3."""
    times = []
    for _ in range(3):
        conn = sqlite3.connect(":memory:")
        create_tables(conn)
        started = time.perf_counter()
        seed_demo_statistics(conn, posts, today)
        times.append(time.perf_counter() - started)
        conn.close()
    return statistics.median(times)
