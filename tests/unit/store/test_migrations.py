"""Forward migrations: a file written by an older version opens with its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store.migrations import LATEST_VERSION, MIGRATIONS, migrate, user_version
from app.store.workspace import Workspace


def _make_v1_workspace(folder: Path) -> None:
    """What the first release wrote: schema version 1, with an account and a draft."""
    folder.mkdir()
    conn = sqlite3.connect(folder / "workspace.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO accounts (name, base_url, login, is_demo, created_at, updated_at) "
        "VALUES ('Shop', 'https://esp.example.com/api/v1', 'anna', 0, 1.0, 1.0)"
    )
    conn.execute(
        "INSERT INTO drafts (account_id, kind, state, title, search_text, created_at, updated_at) "
        "VALUES (2, 'emails', 'local', 'Spring', 'spring', 2.0, 2.0)"
    )
    conn.execute('INSERT INTO draft_documents VALUES (1, \'{"internal_name":"Spring"}\', NULL, NULL)')
    conn.close()


def test_there_are_several_steps_and_latest_counts_them() -> None:
    assert LATEST_VERSION == len(MIGRATIONS) >= 2


def test_a_v1_file_is_migrated_to_the_latest_with_its_data(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make_v1_workspace(folder)
    with Workspace.open(folder) as ws:
        conn = sqlite3.connect(ws.database_path)
        assert user_version(conn) == LATEST_VERSION
        conn.close()
        shop = next(a for a in ws.accounts.list() if a.name == "Shop")
        [row] = ws.drafts.list_drafts(shop.id, "emails")
        assert row.title == "Spring"
        assert ws.drafts.get_draft(row.local_id).payload == {"internal_name": "Spring"}
        job = ws.outbox.enqueue(row.local_id)  # the outbox arrived with version 2
        assert ws.outbox.pending_count(shop.id) == 1
        assert job.local_id == row.local_id
    backup = folder / "workspace.sqlite3.v1.bak"
    conn = sqlite3.connect(backup)
    assert user_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
    conn.close()


def test_migrating_again_is_a_no_op(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    assert migrate(conn) == LATEST_VERSION
    assert migrate(conn) == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM accounts WHERE is_demo = 1").fetchone()[0] == 1
    conn.close()


def test_a_failing_step_leaves_the_file_at_its_old_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    migrate(conn, target=1)
    conn.execute("CREATE TABLE outbox (clash INTEGER)")  # step 2 cannot create its table now
    try:
        migrate(conn)
    except sqlite3.OperationalError:
        pass
    else:
        raise AssertionError("the clashing step should have failed")
    assert user_version(conn) == 1
    conn.close()
