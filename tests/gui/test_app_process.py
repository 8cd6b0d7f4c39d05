"""The app as a user runs it: `python -m app`, started, then ended by the system (SIGTERM)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_closes_the_app_cleanly_and_releases_the_workspace(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAMPAIGN_STUDIO_REPORT_READY="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"))  # fmt: skip
    workspace = tmp_path / "ws"
    with subprocess.Popen(
        [sys.executable, "-m", "app", "--workspace", str(workspace)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as app:  # fmt: skip
        assert app.stdout is not None
        deadline = time.monotonic() + 60
        for line in app.stdout:
            if "CAMPAIGN_STUDIO_READY" in line:
                break
            assert time.monotonic() < deadline
        else:
            pytest.fail(f"the app exited before its window was ready (code {app.wait()})")
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0
    # the lock is released: the workspace opens again at once
    with Workspace.open(workspace) as reopened:
        assert reopened.accounts.demo() is not None
