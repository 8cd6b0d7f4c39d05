"""The small statistics data set the tests share, and how to ask it questions."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.sandbox.stats_data import create_tables, generate_post_stats
from app.sandbox.stats_engine import StatsEngine

TODAY = date(2024, 3, 15)
FIRST = TODAY - timedelta(days=45)  # data from here up to yesterday
OTHER_PROJECT = 2

# post_type, post_id, message_id, start, days, audience, languages
POSTS: tuple[tuple[str, int, int, date, int, int, tuple[str, ...]], ...] = (
    ("A", 1, 10, FIRST, 45, 1200, ("ru", "en")),
    ("S", 2, 20, TODAY - timedelta(days=20), 1, 5000, ("de",)),
    ("B", 3, 30, TODAY - timedelta(days=5), 2, 3000, ("en", "fr")),
    ("B", 3, 31, TODAY - timedelta(days=5), 2, 3000, ("en", "fr")),
    ("C", 4, 40, FIRST, 45, 400, ("ko",)),
)


def build_stats_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    create_tables(conn)
    for i, (post_type, post_id, message_id, start, days, audience, languages) in enumerate(POSTS):
        generate_post_stats(
            conn,
            post_type=post_type,
            post_id=post_id,
            message_id=message_id,
            start=start,
            days=days,
            audience=audience,
            languages=languages,
            seed=100 + i,
        )
    generate_post_stats(
        conn, post_type="S", post_id=50, message_id=60, start=TODAY - timedelta(days=3), days=1,
        audience=800, languages=("it",), seed=9, project_id=OTHER_PROJECT,
    )  # fmt: skip
    return conn


def ask(engine: StatsEngine, params: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Poll like a client: a heavy query answers on the second poll."""
    body = engine.query(params)
    if not body["metadata"]["ready"]:
        assert body["result"] == [] and body["error"] is None
        body = engine.query(params)
    assert body["metadata"]["ready"] is True
    return body


def between(first: date, last: date) -> list[tuple[str, str]]:
    return [("date", f"ge:{first.isoformat()}"), ("date", f"le:{last.isoformat()}")]
