"""BENCH list_open_vs_sqlite and filter_keystroke_vs_sqlite: the Emails list of 10,000 drafts.

Each figure is our time divided by a bare ``sqlite3`` fetch of the same rows, measured in
the same round, rounds alternating which goes first; the printed value is the median of
the rounds' ratios. Ours is the whole path a user waits for: the service's fetch on the
workspace thread (first screenful, then the rest), the model reset and update, the
pending-badge lookup, and Qt laying out and painting the view (processEvents). The filter
figure leaves out the 150 ms typing pause. The list is shown offscreen at 1200x800.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication

from app.domain.kinds import DraftKind
from app.services.store_access import WorkspaceRunner
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.paths import database_path
from app.store.workspace import Workspace
from app.ui.pages.draft_feed import FIRST_SCREEN
from app.ui.pages.draft_list_page import DraftListPage
from app.ui.pages.sections import draft_sections

DRAFTS = 10_000
BODY = "<p>Hello, reader.</p>" * 40
ROUNDS = 9
# What a bare client would ask for the same rows (the store's list query, written out).
BARE = (
    "SELECT local_id, kind, title, state, remote_id, updated_at, last_error IS NOT NULL, server_changed "
    "FROM drafts WHERE account_id = ? AND kind = ? {where} ORDER BY updated_at DESC, local_id DESC LIMIT ?"
)
KEYSTROKES = {  # filter before -> after one more key: (a first key, mid-word, a number narrowing)
    "first_key": ("", "n"),
    "mid_word": ("newslette", "newsletter"),
    "narrowing": ("newsletter 1", "newsletter 12"),
}


def seed_workspace(directory: Path, drafts: int = DRAFTS) -> int:
    """`drafts` emails in the demo account: nine in ten pulled (published), the rest local;
    a few modified, failed or in conflict. Returns the account id."""
    pulled = drafts * 9 // 10
    with Workspace.open(directory) as ws:
        demo = ws.accounts.demo()
        assert demo is not None
        objects = [
            {
                "id": i, "category": 1 + i % 7, "from_address": "news@example.com",
                "internal_name": f"Newsletter {i}", "subject": f"Weekly news {i}",
                "subject_de": f"Wochennachrichten {i}", "subject_ru": f"Новости недели {i}",
                "text_html": f"<html><body><h1>News {i}</h1>{BODY}</body></html>",
            }
            for i in range(1, pulled + 1)
        ]  # fmt: skip
        ws.drafts.apply_pull(demo.id, "emails", objects)
        for i in range(drafts - pulled):
            ws.drafts.create_draft(
                demo.id, "emails", {"internal_name": f"Spring promo {i}", "subject": f"Sale {i}"}
            )
        edited = ws.drafts.list_drafts(demo.id, "emails", "newsletter 5", limit=30)
        for row in edited[:10]:
            ws.drafts.save_payload(row.local_id, {"internal_name": f"{row.title} (edited)"})
        return demo.id


def bare_fetch(db: Path, account_id: int, filter_text: str, limit: int | None) -> tuple[float, int]:
    conn = sqlite3.connect(db)
    try:
        folded = filter_text.strip().casefold()
        started = time.perf_counter()
        if folded:
            sql = BARE.format(where="AND instr(search_text, ?) > 0")
            rows = conn.execute(
                sql, (account_id, "emails", folded, -1 if limit is None else limit)
            ).fetchall()
        else:
            rows = conn.execute(
                BARE.format(where=""), (account_id, "emails", -1 if limit is None else limit)
            ).fetchall()
        return time.perf_counter() - started, len(rows)
    finally:
        conn.close()


async def ours(page: DraftListPage, action: Callable[[], Awaitable[Any]]) -> tuple[float, int]:
    started = time.perf_counter()
    await action()
    QApplication.processEvents()  # layout and paint of the view
    return time.perf_counter() - started, page.model.rowCount()


async def measure(
    page: DraftListPage, db: Path, account_id: int, prepare: Callable[[], Awaitable[Any]],
    action: Callable[[], Awaitable[Any]], filter_text: str, limit: int | None = None,
) -> tuple[float, float, float]:  # fmt: skip
    """Median ratio and our/bare median seconds over ROUNDS alternating rounds."""
    ratios, mine, bare = [], [], []
    for round_no in range(ROUNDS + 1):
        await prepare()
        await asyncio.sleep(0.05)  # the previous state is painted and the loop idle, as between keys
        QApplication.processEvents()
        if round_no % 2:
            bare_s, bare_rows = bare_fetch(db, account_id, filter_text, limit)
            our_s, our_rows = await ours(page, action)
        else:
            our_s, our_rows = await ours(page, action)
            bare_s, bare_rows = bare_fetch(db, account_id, filter_text, limit)
        if limit is None:
            assert our_rows == bare_rows and our_rows > 0, (our_rows, bare_rows)
        if round_no == 0:
            continue  # warm-up
        ratios.append(our_s / bare_s)
        mine.append(our_s)
        bare.append(bare_s)
    return statistics.median(ratios), statistics.median(mine), statistics.median(bare)


async def run_benchmark(directory: Path) -> dict[str, float]:
    account_id = seed_workspace(directory)
    runner = await WorkspaceRunner.open(directory)
    workspace = WorkspaceService(runner)
    workspace.account_id = account_id
    tasks = TaskRunner()
    emails = next(s for s in draft_sections() if s.key == "emails")
    page = DraftListPage(emails, workspace, tasks)
    page.resize(1200, 800)
    page.show()
    db = database_path(runner.directory)
    results: dict[str, float] = {}
    try:
        await settled(page)  # the load that showing the page starts

        async def empty() -> None:
            page.model.set_rows([])

        ratio, mine, bare = await measure(page, db, account_id, empty, page.feed.load, "")
        results.update(list_open_vs_sqlite=ratio, list_open_ms=mine * 1000, list_open_sqlite_ms=bare * 1000)

        first_ratio, first_mine, first_bare = await measure(
            page, db, account_id, empty, lambda: first_screen(page, workspace), "", FIRST_SCREEN
        )
        results.update(list_first_screen_vs_sqlite=first_ratio, list_first_screen_ms=first_mine * 1000,
                       list_first_screen_sqlite_ms=first_bare * 1000)  # fmt: skip

        worst = 0.0
        for name, (before, after) in KEYSTROKES.items():
            ratio, mine, bare = await measure(
                page, db, account_id, lambda b=before: page.feed.apply_filter(b),
                lambda a=after: page.feed.apply_filter(a), after,
            )  # fmt: skip
            results[f"filter_{name}_vs_sqlite"] = ratio
            results[f"filter_{name}_ms"] = mine * 1000
            results[f"filter_{name}_sqlite_ms"] = bare * 1000
            worst = max(worst, ratio)
        results["filter_keystroke_vs_sqlite"] = worst
    finally:
        page.hide()
        page.deleteLater()
        await asyncio.sleep(0.05)
        await tasks.shutdown()
        await runner.close()
    return results


async def settled(page: DraftListPage, within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while page.feed.loading or page.model.rowCount() < DRAFTS:
        assert time.monotonic() < deadline, "the list did not load"
        await asyncio.sleep(0.01)


async def first_screen(page: DraftListPage, workspace: WorkspaceService) -> None:
    """What the user sees first: the first screenful in the model and the view painted."""
    rows = await workspace.list_drafts(DraftKind.EMAILS, "", FIRST_SCREEN)
    page.model.set_rows(rows)


def test_list_open_and_filter_keystroke_vs_sqlite(qapp, tmp_path):
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        results = loop.run_until_complete(run_benchmark(tmp_path / "ws"))
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    for name, value in results.items():
        unit = "ms" if name.endswith("_ms") else "x"
        print(f"BENCH {name} {value:.2f} {unit}")
    assert results["list_open_vs_sqlite"] > 0
