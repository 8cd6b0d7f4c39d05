"""Opening a workspace: where it lives, how it is set up, and what it refuses, untouched."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from app.store import paths
from app.store.errors import (
    NotAWorkspaceError,
    NotFoundError,
    WorkspaceCorruptError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceTooNewError,
    WorkspaceUnavailableError,
)
from app.store.migrations import LATEST_VERSION, migrate
from app.store.workspace import Workspace

from .conftest import sha256, spawn


def test_a_new_workspace_is_created_with_the_latest_schema_and_the_demo_account(tmp_path: Path) -> None:
    folder = tmp_path / "nested" / "ws"
    with Workspace.open(folder) as ws:
        assert ws.database_path == folder / "workspace.sqlite3"
        conn = sqlite3.connect(ws.database_path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()
        [demo] = ws.accounts.list()
        assert (demo.name, demo.is_demo) == ("Demo (built-in sandbox)", True)
        assert len(ws.id) == 32


def test_connection_enforces_foreign_keys(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no account 999"):
        workspace.drafts.create_draft(999, "emails", {"internal_name": "x"})


def test_default_folder_is_the_platformdirs_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert paths.default_workspace_dir() == tmp_path / "data" / "CampaignStudio"
    assert paths.workspace_dir(None) == paths.default_workspace_dir()
    assert paths.workspace_dir(tmp_path / "mine") == tmp_path / "mine"
    assert paths.log_dir().is_relative_to(tmp_path / "state")
    with Workspace.open() as ws:
        assert ws.directory == tmp_path / "data" / "CampaignStudio"
        assert ws.database_path.exists()


def test_a_folder_that_is_a_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("not a folder")
    with pytest.raises(WorkspaceUnavailableError, match="cannot be created"):
        Workspace.open(tmp_path / "taken")


def test_data_survives_close_and_reopen(tmp_path: Path) -> None:
    with Workspace.open(tmp_path) as ws:
        account = ws.accounts.add("A", "https://a.example/api/v1", "me")
        draft = ws.drafts.create_draft(account.id, "emails", {"internal_name": "Autumn"})
        ws.settings.set("last_view", "emails")
        first_id = ws.id
    with Workspace.open(tmp_path) as ws:
        assert ws.drafts.get_draft(draft.local_id).payload == {"internal_name": "Autumn"}
        assert ws.settings.get("last_view") == "emails"
        assert ws.id == first_id
    assert not (tmp_path / "workspace.sqlite3-wal").exists()  # clean close checkpoints


def _refused(tmp_path: Path, expected: type[WorkspaceError]) -> WorkspaceError:
    database = tmp_path / "workspace.sqlite3"
    before = sha256(database)
    names_before = sorted(os.listdir(tmp_path))
    with pytest.raises(expected) as caught:
        Workspace.open(tmp_path)
    assert sha256(database) == before
    assert sorted(os.listdir(tmp_path)) == sorted({*names_before, "workspace.lock"})
    # Refusing released the lock: another attempt gets the same answer, not "locked".
    with pytest.raises(expected):
        Workspace.open(tmp_path)
    return caught.value


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    (tmp_path / "workspace.sqlite3").write_bytes(b"My shopping list\n" * 500)
    error = _refused(tmp_path, NotAWorkspaceError)
    assert "not a Campaign Studio workspace" in str(error)
    assert error.path == tmp_path / "workspace.sqlite3"


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "workspace.sqlite3")
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.commit()
    conn.close()
    assert "another program" in str(_refused(tmp_path, NotAWorkspaceError))


def _workspace_with_drafts(tmp_path: Path, count: int = 400) -> None:
    with Workspace.open(tmp_path) as ws:
        account = ws.accounts.add("A", "https://a.example/api/v1", "me")
        for n in range(count):
            ws.drafts.create_draft(account.id, "emails", {"internal_name": f"Email {n}", "body": "x" * 200})


def test_a_damaged_page_is_refused_untouched(tmp_path: Path) -> None:
    _workspace_with_drafts(tmp_path)
    database = tmp_path / "workspace.sqlite3"
    data = bytearray(database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(3, len(data) // page_size - 1, 3):  # scribble over b-tree pages, keep the header
        start = page * page_size + 8
        data[start : start + 64] = b"\xa5" * 64
    database.write_bytes(bytes(data))
    error = _refused(tmp_path, WorkspaceCorruptError)
    assert "damaged" in str(error) and "has not been changed" in str(error)


def test_a_truncated_file_is_refused_untouched(tmp_path: Path) -> None:
    _workspace_with_drafts(tmp_path)
    database = tmp_path / "workspace.sqlite3"
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2])
    _refused(tmp_path, WorkspaceCorruptError)


def test_a_workspace_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    with Workspace.open(tmp_path):
        pass
    conn = sqlite3.connect(tmp_path / "workspace.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    conn.close()
    error = _refused(tmp_path, WorkspaceTooNewError)
    assert isinstance(error, WorkspaceTooNewError)
    assert (error.found, error.supported) == (LATEST_VERSION + 3, LATEST_VERSION)
    assert "newer version" in str(error)


def test_an_empty_file_becomes_a_new_workspace(tmp_path: Path) -> None:
    (tmp_path / "workspace.sqlite3").touch()
    with Workspace.open(tmp_path) as ws:
        assert ws.accounts.demo() is not None


_HOLD = """
import sys
from app.store.workspace import Workspace
ws = Workspace.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
ws.close()
print("closed", flush=True)
sys.stdin.readline()
"""


def test_a_second_instance_is_told_the_workspace_is_in_use(tmp_path: Path) -> None:
    with spawn(_HOLD, str(tmp_path)) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceLockedError, match="already open"):
            Workspace.open(tmp_path)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "closed"
        with Workspace.open(tmp_path) as ws:  # released on close, while the other process lives on
            assert ws.accounts.demo() is not None


def test_the_lock_dies_with_a_killed_instance(tmp_path: Path) -> None:
    with spawn(_HOLD, str(tmp_path)) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    with Workspace.open(tmp_path) as ws:
        assert ws.accounts.demo() is not None


def test_the_same_process_cannot_open_it_twice(tmp_path: Path) -> None:
    with Workspace.open(tmp_path) as ws, pytest.raises(WorkspaceLockedError):
        Workspace.open(tmp_path)
    ws.close()  # closing twice is harmless
    assert ws.closed


def test_migrate_refuses_an_unknown_target(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    with pytest.raises(ValueError):
        migrate(conn, LATEST_VERSION + 1)
    conn.close()
