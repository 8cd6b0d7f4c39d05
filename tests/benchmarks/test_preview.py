"""BENCH preview_vs_bare_webengine and preview_memory_growth_mb: the email preview.

preview_vs_bare_webengine: a 100 KB email, edited (one paragraph changes each time) and shown
with ``PreviewPane.show_html`` until ``rendered``, against a bare ``QWebEngineView.setHtml``
of the same HTML until ``loadFinished``. The debounce is left out (the pane is called
directly). Rounds alternate which goes first; each round's figure is the ratio of the two
medians, and the printed value is the median over the rounds (each round is printed too).
Ours includes everything the pane does: preheader, rewrites, the scheme handler, the request
guard, the reload that keeps the scroll position and the page recycled every
``RECYCLE_EVERY`` loads.

preview_memory_growth_mb: the memory of the app and of every process it started (Chromium's
renderers, GPU and zygote processes), as PSS from /proc, after 300 refreshes of the 100 KB
email minus after 20.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWebEngineWidgets import QWebEngineView

from app.sandbox import demo_content
from app.sandbox.demo import _render
from app.ui.preview.pane import PreviewPane
from tests.gui.preview.support import WEBENGINE_HEADLESS_NOISE

pytestmark = WEBENGINE_HEADLESS_NOISE

ROUNDS = 7
LOADS_PER_ROUND = 15
TIMEOUT_MS = 60_000
SIZE = 100 * 1024


@pytest.fixture(autouse=True)
def _delete_closed_views(qapp) -> Iterator[None]:
    """Pages go before the preview's profile does, when the application ends."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def email_100kb(edit: int) -> str:
    """The demo's welcome email, grown to 100 KB with a long table of offers; ``edit``
    changes one paragraph, as typing does."""
    html, _plain = _render("en", demo_content.EMAILS[0][3]["en"], "welcome")
    row = (
        "<tr><td style='padding:8px 32px;font-family:Arial,sans-serif;font-size:14px;color:#333333;'>"
        "<a href='https://starfall.example/shop/{0}' style='color:#1b2a6b;'>Crystal pack {0}</a>: "
        "500 crystals, a legendary card and a starship skin for your fleet.</td></tr>"
    )
    rows = []
    size = len(html)
    i = 0
    while size < SIZE:
        rows.append(row.format(i))
        size += len(rows[-1])
        i += 1
    offers = (
        f"<table role='presentation' width='100%'><tr><td><p>Edit {edit}</p></td></tr>{''.join(rows)}</table>"
    )
    return html.replace("</body>", offers + "</body>")


def time_pane(qtbot, pane: PreviewPane, html: str) -> float:
    started = time.perf_counter()
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS) as blocker:
        pane.show_html(html)
    elapsed = time.perf_counter() - started
    assert blocker.args == [True]
    return elapsed


def time_bare(qtbot, view: QWebEngineView, html: str) -> float:
    started = time.perf_counter()
    with qtbot.waitSignal(view.loadFinished, timeout=TIMEOUT_MS) as blocker:
        view.setHtml(html)
    elapsed = time.perf_counter() - started
    assert blocker.args == [True]
    return elapsed


def test_preview_vs_bare_webengine(qtbot) -> None:
    pane = PreviewPane()
    bare = QWebEngineView()
    for widget in (pane, bare):
        widget.resize(900, 800)
        qtbot.addWidget(widget)
        widget.show()
    edit = 0
    for _ in range(3):  # start both renderers
        edit += 1
        time_pane(qtbot, pane, email_100kb(edit))
        time_bare(qtbot, bare, email_100kb(edit))
    ratios = []
    for round_no in range(ROUNDS):
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(LOADS_PER_ROUND):
            edit += 1
            html = email_100kb(edit)
            if round_no % 2:
                theirs.append(time_bare(qtbot, bare, html))
                ours.append(time_pane(qtbot, pane, html))
            else:
                ours.append(time_pane(qtbot, pane, html))
                theirs.append(time_bare(qtbot, bare, html))
        ratio = statistics.median(ours) / statistics.median(theirs)
        ratios.append(ratio)
        print(
            f"round {round_no}: preview {statistics.median(ours) * 1000:.0f} ms, "
            f"bare {statistics.median(theirs) * 1000:.0f} ms, ratio {ratio:.2f} "
            f"(preview slowest {max(ours) * 1000:.0f} ms)"
        )
    print(f"BENCH preview_vs_bare_webengine {statistics.median(ratios):.2f} x")


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass  # the process ended meanwhile
    return 0.0


def memory_mb() -> float:
    return sum(pss_mb(pid) for pid in process_tree(os.getpid()))


def test_preview_memory_growth(qtbot) -> None:
    pane = PreviewPane()
    pane.resize(900, 800)
    qtbot.addWidget(pane)
    pane.show()
    readings: dict[int, float] = {}
    for refresh in range(1, 301):
        time_pane(qtbot, pane, email_100kb(refresh))
        if refresh in (20, 100, 200, 300):
            qtbot.wait(1000)  # let retired pages and their renderers go
            readings[refresh] = memory_mb()
            processes = len(process_tree(os.getpid()))
            print(f"after {refresh} refreshes: {readings[refresh]:.0f} MB in {processes} processes")
    print(f"BENCH preview_memory_growth_mb {readings[300] - readings[20]:.1f} MB")
