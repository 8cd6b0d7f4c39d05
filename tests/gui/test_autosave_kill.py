"""Killing the app (kill -9) while someone types loses at most the last second of typing.

A child process types into the real email editor through Qt key events; the test kills
it with SIGKILL at a random moment, reopens the workspace and finds everything typed up to
one second before the kill, and nothing that was not typed.
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.store.workspace import Workspace
from tests.gui.kill_child import HTML, SUBJECT

ROOT = Path(__file__).resolve().parents[2]
KILLS = 3
START_TIMEOUT = 30.0


@dataclass
class Typed:
    at: float
    field: str
    index: int


def _child(directory: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.gui.kill_child", str(directory)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
    )  # fmt: skip


class _Lines:
    """The child's stdout, read on a thread (a pipe read with select and a buffered
    reader can sit on lines already read)."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.typed: list[Typed] = []
        self._thread = threading.Thread(target=self._pump, args=(proc,), daemon=True)
        self._thread.start()

    def _pump(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            self._queue.put(line)
        self._queue.put(None)

    def next(self, until: float) -> str | None:
        """The next line before ``until`` (monotonic), or None; raises at the end of output."""
        try:
            line = self._queue.get(timeout=max(0.0, until - time.monotonic()))
        except queue.Empty:
            return None
        if line is None:
            raise EOFError
        words = line.split()
        if words and words[0] == "typed":
            self.typed.append(Typed(float(words[1]), words[2], int(words[3])))
        return line

    def drain(self) -> None:
        self._thread.join(timeout=10)
        with contextlib.suppress(EOFError):
            while self.next(time.monotonic()) is not None:
                pass


def _typed_text(typed: list[Typed]) -> dict[str, str]:
    texts = {"subject": SUBJECT, "text_html": HTML}
    counts = {"subject": 0, "text_html": 0}
    for item in typed:
        counts[item.field] = max(counts[item.field], item.index + 1)
    return {field: texts[field][:count] for field, count in counts.items()}


def _one_kill(directory: Path, rng: random.Random) -> tuple[float, float]:
    """Type, kill, check; returns (seconds typed before the kill, seconds of typing lost)."""
    proc = _child(directory)
    lines = _Lines(proc)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        local_id = None
        while local_id is None:
            try:
                line = lines.next(deadline)
            except EOFError:
                stderr = proc.stderr.read() if proc.stderr else ""
                raise AssertionError(f"the child ended early: {stderr[-2000:]}") from None
            assert line is not None, "the child did not start in time"
            if line.startswith("ready "):
                local_id = int(line.split()[1])
        kill_at = time.monotonic() + rng.uniform(2.0, 3.5)
        while time.monotonic() < kill_at:
            lines.next(kill_at)
        os.kill(proc.pid, signal.SIGKILL)
        killed = time.monotonic()
        proc.wait(timeout=10)
        lines.drain()  # what it printed before dying
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    typed = lines.typed
    assert proc.returncode == -signal.SIGKILL

    with Workspace.open(directory) as workspace:
        payload = workspace.drafts.get_draft(local_id).payload
    saved = {"subject": payload.get("subject", ""), "text_html": payload.get("text_html", "")}
    everything = _typed_text(typed)
    required = _typed_text([t for t in typed if t.at <= killed - 1.0])
    for field in ("subject", "text_html"):
        assert everything[field].startswith(saved[field]), f"{field}: saved text was never typed"
        assert saved[field].startswith(required[field]), (
            f"{field}: lost more than the last second: saved {len(saved[field])} characters, "
            f"{len(required[field])} were typed a second before the kill"
        )
    saved_count = len(saved["subject"]) + len(saved["text_html"])
    last_saved = typed[saved_count - 1].at if saved_count else typed[0].at
    return killed - typed[0].at, killed - last_saved


@pytest.mark.slow
def test_kill_9_while_typing_loses_at_most_the_last_second(tmp_path):
    rng = random.Random(os.getpid())
    results = []
    started = time.monotonic()
    for attempt in range(KILLS):
        results.append(_one_kill(tmp_path / f"ws{attempt}", rng))
    lost = [round(loss, 3) for _typed, loss in results]
    print(f"kill -9: typed {[round(t, 2) for t, _ in results]} s, lost {lost} s of typing, "
          f"{time.monotonic() - started:.1f} s in all")  # fmt: skip
    assert max(lost) < 1.0
