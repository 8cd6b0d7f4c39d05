"""BENCH startup_vs_minimal_qt: process start to an idle main window showing the Emails list
of a 10,000-draft workspace, against a process showing a bare PySide6 QMainWindow.

Both are spawned the same way (offscreen, same interpreter), alternately, ROUNDS times; each
prints a line once its window is up (ours, ``CAMPAIGN_STUDIO_READY`` with
``CAMPAIGN_STUDIO_REPORT_READY=1``, when its first list is loaded) and is then killed.
The figure is the ratio of the medians.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.test_lists import DRAFTS, seed_workspace

ROUNDS = 7
ROOT = Path(__file__).resolve().parents[2]
READY = "CAMPAIGN_STUDIO_READY"

MINIMAL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: print("CAMPAIGN_STUDIO_READY", flush=True))
app.exec()
"""

def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # An installed app starts from compiled bytecode; without it every start would first
    # compile the app's modules (~0.2 s here), which no user pays twice.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CAMPAIGN_STUDIO_REPORT_READY="1",
        XDG_CONFIG_HOME=str(home / "config"),  # the user's QSettings stay untouched
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHONPATH=str(ROOT),
    )
    return env


def time_to_ready(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True
    ) as process:
        try:
            assert process.stdout is not None
            for line in process.stdout:
                if READY in line:
                    return time.perf_counter() - started
                assert time.perf_counter() < started + timeout, "no ready line in time"
            raise AssertionError(f"exited without a ready line (code {process.wait()})")
        finally:
            process.kill()


def test_startup_vs_minimal_qt(tmp_path):
    workspace = tmp_path / "ws"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True)
    assert seed_workspace(workspace) > 0
    env = child_env(tmp_path)
    ours = [sys.executable, "-m", "app", "--workspace", str(workspace)]
    minimal = [sys.executable, "-c", MINIMAL]
    time_to_ready(ours, env)  # warm the disk cache, build the settings once
    time_to_ready(minimal, env)
    app_times, minimal_times = [], []
    for round_no in range(ROUNDS):
        pair = [(ours, app_times), (minimal, minimal_times)]
        for command, times in pair if round_no % 2 == 0 else reversed(pair):
            times.append(time_to_ready(command, env))
    app_s, minimal_s = statistics.median(app_times), statistics.median(minimal_times)
    print(f"BENCH startup_app_ms {app_s * 1000:.0f} ms ({DRAFTS} drafts)")
    print(f"BENCH startup_minimal_qt_ms {minimal_s * 1000:.0f} ms")
    print(f"BENCH startup_vs_minimal_qt {app_s / minimal_s:.2f} x")
    assert app_s > 0 and minimal_s > 0
