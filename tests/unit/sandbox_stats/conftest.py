"""A small generated statistics data set in a real SQLite file, shared per module."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from app.sandbox.stats_engine import StatsEngine
from tests.unit.sandbox_stats.dataset import TODAY, build_stats_db


@pytest.fixture(scope="module")
def stats_conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    conn = build_stats_db(tmp_path_factory.mktemp("stats") / "stats.sqlite3")
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def engine(stats_conn: sqlite3.Connection) -> StatsEngine:
    """A fresh engine (nothing polled yet) on the shared data."""
    return StatsEngine(stats_conn, today=lambda: TODAY)
