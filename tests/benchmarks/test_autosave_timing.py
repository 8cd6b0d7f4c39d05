"""BENCH autosave timing: how soon typing reaches the workspace (the README promises within a
second, and a kill -9 losing at most the last second of typing).

Measured through the real email editor and a real workspace, as tests/gui/test_autosave.py
checks the behaviour (those tests assert no speed). Printed, each the median of ROUNDS
rounds except the kill figure (the worst of KILLS kills):

- ``autosave_burst_to_write_ms``: the last key of a burst to the committed write (target
  under 1000; the typing pause alone is 400).
- ``autosave_continuous_max_gap_ms``: during 3 s of continuous typing, the longest time with
  no write (target under 1000).
- ``autosave_flush_ms``: an explicit flush of pending typing to disk (switching drafts).
- ``kill9_typing_lost_ms``: typing lost to a SIGKILL, the worst of three (target under 1000).
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtTest import QTest

from app.domain.kinds import DraftKind
from app.ui.editors import EmailEditor, editor_for
from tests.gui.conftest import QLoop
from tests.gui.editing_support import Services, open_services, wait_until
from tests.gui.test_autosave_kill import kill_seed, kill_while_typing

PAYLOAD = {"category": 3, "from_address": "news@example.com", "subject": "Hello"}
ROUNDS = 5
KILLS = 3


@pytest.fixture
def qloop(qapp) -> Iterator[QLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield QLoop(loop)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def _editor(qtbot, services: Services) -> EmailEditor:
    editor = editor_for(DraftKind.EMAILS, workspace=services.workspace, autosaver=services.autosaver)
    assert isinstance(editor, EmailEditor)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    return editor


async def _type(widget, text: str, interval: float) -> list[float]:
    stamps = []
    for char in text:
        QTest.keyClicks(widget, char)
        stamps.append(time.monotonic())
        await asyncio.sleep(interval)
    return stamps


def _one_round(qtbot, qloop: QLoop, directory: Path) -> tuple[float, float, float]:
    services = qloop.run(open_services(directory))
    try:
        draft = qloop.run(services.create(DraftKind.EMAILS, dict(PAYLOAD)))
        editor = _editor(qtbot, services)
        editor.load(draft)

        async def burst() -> float:
            stamps = await _type(editor.subject_input().line, " world", 0.02)
            await wait_until(lambda: services.writes, within=30)
            return services.writes[0][0] - stamps[-1]

        async def continuous() -> float:
            services.writes.clear()
            stamps = await _type(editor.body_input("text_html").edit, "x" * 100, 0.03)
            await wait_until(lambda: services.writes and services.writes[-1][0] > stamps[-1], within=30)
            times = [stamps[0], *(t for t, _ in services.writes)]
            return max(b - a for a, b in itertools.pairwise(times))

        async def flush() -> float:
            QTest.keyClicks(editor.internal_name.line, "Spring sale")
            started = time.monotonic()
            await services.autosaver.flush()
            return time.monotonic() - started

        return qloop.run(burst()), qloop.run(continuous()), qloop.run(flush())
    finally:
        qloop.run(services.close())


def test_autosave_timing(qtbot, qloop, tmp_path):
    rounds = [_one_round(qtbot, qloop, tmp_path / f"ws{n}") for n in range(ROUNDS)]
    burst, gap, flush = (statistics.median(values) for values in zip(*rounds, strict=True))
    print(f"BENCH autosave_burst_to_write_ms {burst * 1000:.0f} ms")
    print(f"BENCH autosave_continuous_max_gap_ms {gap * 1000:.0f} ms")
    print(f"BENCH autosave_flush_ms {flush * 1000:.1f} ms")


def test_kill_9_typing_lost(tmp_path):
    seed = kill_seed()
    kills = kill_while_typing(tmp_path, KILLS, seed)
    worst = max(k.lost for k in kills)
    print(f"BENCH kill9_typing_lost_ms {worst * 1000:.0f} ms (worst of {KILLS}, seed {seed})")
