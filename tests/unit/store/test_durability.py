"""Autosave survives `kill -9`: WAL with synchronous=NORMAL has the commit on disk when the call returns."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

from app.store.workspace import Workspace

from .conftest import spawn

_EDITOR = """
import sys
from app.store.workspace import Workspace
ws = Workspace.open(sys.argv[1])
account = ws.accounts.add("Shop", "https://esp.example.com/api/v1", "anna")
draft = ws.drafts.create_draft(account.id, "emails", {"internal_name": "Typing"})
print(draft.local_id, flush=True)
for line in sys.stdin:
    ws.drafts.save_payload(draft.local_id, {"internal_name": "Typing", "html": line.rstrip("\\n")})
    print("saved", flush=True)
"""


def test_autosaved_text_survives_kill_9(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    typed = ""
    with spawn(_EDITOR, str(folder)) as child:
        assert child.stdin is not None and child.stdout is not None
        local_id = int(child.stdout.readline())
        for word in ["Dear", " customer,", " spring", " is", " here — весна пришла!"]:
            typed += word
            child.stdin.write(typed + "\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "saved"
        os.kill(child.pid, signal.SIGKILL)  # right after the last save returned
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert (folder / "workspace.sqlite3-wal").stat().st_size > 0  # the text is in the WAL, not checkpointed

    with Workspace.open(folder) as ws:
        draft = ws.drafts.get_draft(local_id)
        assert draft.payload["html"] == typed
        assert ws.outbox.due(float("inf")) == []
    conn = sqlite3.connect(folder / "workspace.sqlite3")
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
