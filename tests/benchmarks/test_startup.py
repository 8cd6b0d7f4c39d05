"""BENCH startup_vs_minimal_qt: process start to an idle main window showing the Emails list
of a 10,000-draft workspace, against a process showing a bare PySide6 QMainWindow.

Both are spawned the same way (offscreen, same interpreter), alternately, ROUNDS times; each
prints a line once its window is up (ours when its first list is loaded) and is then
killed. The figure is the ratio of the medians. Until the app's shell reports readiness
(``CAMPAIGN_STUDIO_READY`` with ``CAMPAIGN_STUDIO_REPORT_READY=1``), the main window with
the real services is started by a stand-in of the shell below, and the output says so.
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

# What app/shell.py does for the window, until it prints the ready line itself.
WINDOW_ALONE = """
import sys
from pathlib import Path

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from app.ui.theme import install_theme
install_theme(app)

async def main():
    import asyncio
    from app.services.accounts_service import AccountService
    from app.services.store_access import WorkspaceRunner
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService
    from app.store.secrets import SecretStore
    from app.ui.main_window import MainWindow, UiServices

    window = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    ready = asyncio.Event()
    window.ready.connect(ready.set)
    window.show()
    runner = await WorkspaceRunner.open(Path(sys.argv[1]))
    workspace = WorkspaceService(runner)
    accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
    tasks = TaskRunner()
    window.attach(UiServices(workspace, accounts, tasks))
    await accounts.restore_last()
    await ready.wait()
    print("CAMPAIGN_STUDIO_READY", flush=True)
    await asyncio.Event().wait()

qasync.run(main())
"""


def shell_reports_ready() -> bool:
    return READY in (ROOT / "app" / "shell.py").read_text(encoding="utf-8")


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
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
    assert seed_workspace(workspace) > 0
    env = child_env(tmp_path)
    real = shell_reports_ready()
    if real:
        ours = [sys.executable, "-m", "app", "--workspace", str(workspace)]
    else:
        ours = [sys.executable, "-c", WINDOW_ALONE, str(workspace), str(tmp_path / "settings.ini")]
    minimal = [sys.executable, "-c", MINIMAL]
    time_to_ready(ours, env)  # warm the disk cache, build the settings once
    time_to_ready(minimal, env)
    app_times, minimal_times = [], []
    for round_no in range(ROUNDS):
        pair = [(ours, app_times), (minimal, minimal_times)]
        for command, times in pair if round_no % 2 == 0 else reversed(pair):
            times.append(time_to_ready(command, env))
    app_s, minimal_s = statistics.median(app_times), statistics.median(minimal_times)
    if not real:
        print("BENCH-NOTE startup measured with the main window and services started by a stand-in "
              "of app/shell.py (it does not print CAMPAIGN_STUDIO_READY yet)")  # fmt: skip
    print(f"BENCH startup_app_ms {app_s * 1000:.0f} ms ({DRAFTS} drafts)")
    print(f"BENCH startup_minimal_qt_ms {minimal_s * 1000:.0f} ms")
    print(f"BENCH startup_vs_minimal_qt {app_s / minimal_s:.2f} x")
    assert app_s > 0 and minimal_s > 0
