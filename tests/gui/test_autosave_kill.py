"""Killing the app (kill -9) while someone types loses nothing it had saved, and it saves
while the typing goes on.

A child process types into the real email editor through Qt key events and reports each
write the autosaver commits; the test kills it with SIGKILL at a random moment, reopens the
workspace and finds at least what was last reported saved, and nothing that was not typed.
How much typing a kill loses (at most the last second) is a speed figure, measured by
tests/benchmarks/test_autosave_timing.py: on a busy machine the writes come later.

The kill moments come from a seed, printed with any failure; CAMPAIGN_STUDIO_KILL_SEED=N
runs the same moments again.
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


@dataclass
class Saved:
    at: float
    subject: int  # characters the workspace held after the write
    text_html: int


@dataclass
class Kill:
    typed_for: float  # seconds of typing before the kill
    lost: float  # seconds of typing after the last character that survived
    saves: int  # writes the child reported before the kill


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
        self.saved: list[Saved] = []
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
        elif words and words[0] == "saved":
            self.saved.append(Saved(float(words[1]), int(words[2]), int(words[3])))
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


def _one_kill(directory: Path, rng: random.Random, seed: int) -> Kill:
    """Type, kill, check what survived."""
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
    assert typed, f"the child typed nothing before the kill (seed {seed})"

    with Workspace.open(directory) as workspace:
        payload = workspace.drafts.get_draft(local_id).payload
    saved = {"subject": payload.get("subject") or "", "text_html": payload.get("text_html") or ""}
    everything = _typed_text(typed)
    reported = [s for s in lines.saved if s.at < killed]
    assert reported, f"no write was reported in {killed - typed[0].at:.1f} s of typing (seed {seed})"
    last = reported[-1]
    for field, committed in (("subject", last.subject), ("text_html", last.text_html)):
        never_typed = f"{field}: saved text was never typed (seed {seed})"
        assert everything[field].startswith(saved[field]), never_typed
        assert len(saved[field]) >= committed, (
            f"{field}: the kill lost a committed write: {len(saved[field])} characters survived, "
            f"{committed} were reported saved (seed {seed})"
        )
    saved_count = len(saved["subject"]) + len(saved["text_html"])
    last_saved = typed[saved_count - 1].at if saved_count else typed[0].at
    return Kill(killed - typed[0].at, killed - last_saved, len(reported))


def kill_while_typing(directory: Path, kills: int, seed: int) -> list[Kill]:
    rng = random.Random(seed)
    return [_one_kill(directory / f"ws{attempt}", rng, seed) for attempt in range(kills)]


def kill_seed() -> int:
    given = os.environ.get("CAMPAIGN_STUDIO_KILL_SEED")
    return int(given) if given else random.SystemRandom().randrange(1, 2**31)


@pytest.mark.slow
def test_kill_9_while_typing_loses_nothing_saved(tmp_path):
    seed = kill_seed()
    started = time.monotonic()
    results = kill_while_typing(tmp_path, KILLS, seed)
    print(f"kill -9 (seed {seed}): typed {[round(k.typed_for, 2) for k in results]} s, "
          f"lost {[round(k.lost, 3) for k in results]} s of typing, writes {[k.saves for k in results]}, "
          f"{time.monotonic() - started:.1f} s in all")  # fmt: skip
