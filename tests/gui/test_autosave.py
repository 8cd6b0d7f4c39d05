"""Autosave through the real email editor into a real workspace: debouncing, saving during
continuous typing, no needless writes, flush, and a failed write that keeps the text and
retries.

These tests check what happens, not how fast: they pass on a machine busy with other work.
How soon a write follows the typing is measured in tests/benchmarks/test_autosave_timing.py."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Iterator

import pytest
from PySide6.QtTest import QTest

from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.ui.editors import EmailEditor, editor_for
from tests.gui.editing_support import Services, open_services, wait_until

PAYLOAD = {"category": 3, "from_address": "news@example.com", "subject": "Hello"}


@pytest.fixture
def services(qloop, tmp_path) -> Iterator[Services]:
    services = qloop.run(open_services(tmp_path / "ws"))
    try:
        yield services
    finally:
        qloop.run(services.close())


def _email_editor(qtbot, services: Services) -> EmailEditor:
    editor = editor_for(DraftKind.EMAILS, workspace=services.workspace, autosaver=services.autosaver)
    assert isinstance(editor, EmailEditor)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    return editor


async def _type(widget, text: str, interval: float) -> list[float]:
    """Type like a person, one key event per character; the time after each one."""
    stamps = []
    for char in text:
        QTest.keyClicks(widget, char)
        stamps.append(time.monotonic())
        await asyncio.sleep(interval)
    return stamps


def test_a_burst_of_typing_is_one_write_after_the_pause(qtbot, qloop, services):
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(PAYLOAD)))
    editor = _email_editor(qtbot, services)
    editor.load(draft)

    async def scenario() -> float:
        # One key after another with no event processing between them: a burst however busy
        # the machine is (a timer cannot fire between two keys).
        QTest.keyClicks(editor.subject_input().line, " world")
        last_key = time.monotonic()
        await wait_until(lambda: services.writes, within=15.0)
        await asyncio.sleep(0.6)  # any second write would come in this time
        return last_key

    last_key = qloop.run(scenario())
    assert len(services.writes) == 1
    # debounced: the write waits for the typing pause (400 ms), it never comes sooner
    assert services.writes[0][0] - last_key >= 0.35
    stored = qloop.run(services.stored(draft.local_id))
    assert stored.payload["subject"] == "Hello world"
    assert editor.header.save_status.text() == "Saved"


def test_continuous_typing_is_saved_while_it_goes_on(qtbot, qloop, services):
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(PAYLOAD)))
    editor = _email_editor(qtbot, services)
    editor.load(draft)
    text = "x" * 100  # 3 s at one key every 30 ms, never pausing as long as the 400 ms debounce

    async def scenario() -> list[float]:
        stamps = await _type(editor.body_input("text_html").edit, text, 0.03)
        await wait_until(lambda: services.writes and services.writes[-1][0] > stamps[-1], within=15.0)
        return stamps

    stamps = qloop.run(scenario())
    assert stamps[-1] - stamps[0] > 2.9
    # The debounce alone would wait for the typing to stop; the longest wait (750 ms) saves
    # during it. (On a busy machine the keys come slower and the debounce saves as well.)
    during = [t for t, _ in services.writes if t < stamps[-1]]
    assert len(during) >= 2, (len(services.writes), stamps[-1] - stamps[0])
    stored = qloop.run(services.stored(draft.local_id))
    assert stored.payload["text_html"] == text


def test_loading_and_typing_back_to_the_stored_text_write_nothing(qtbot, qloop, services):
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(PAYLOAD)))
    editor = _email_editor(qtbot, services)
    editor.load(draft)

    async def scenario() -> None:
        await asyncio.sleep(0.6)
        line = editor.subject_input().line
        line.setFocus()
        QTest.keyClicks(line, "!")
        QTest.keyClick(line, "\b")
        await asyncio.sleep(1.1)

    qloop.run(scenario())
    assert services.writes == []
    stored = qloop.run(services.stored(draft.local_id))
    assert stored.updated_at == draft.updated_at
    assert stored.payload == PAYLOAD


def test_flush_writes_at_once_when_switching_drafts(qtbot, qloop, tmp_path):
    # A debounce of a minute: whatever is on disk after the flush, the flush wrote.
    services = qloop.run(open_services(tmp_path / "ws", delay_ms=60_000))
    try:
        _flush_and_switch(qtbot, qloop, services)
    finally:
        qloop.run(services.close())


def _flush_and_switch(qtbot, qloop, services: Services) -> None:
    first = qloop.run(services.create(DraftKind.EMAILS, dict(PAYLOAD)))
    second = qloop.run(services.create(DraftKind.EMAILS, {"subject": "Second"}))
    editor = _email_editor(qtbot, services)
    editor.load(first)
    QTest.keyClicks(editor.internal_name.line, "Spring sale")

    async def switch() -> None:
        await services.autosaver.flush()
        editor.load(second)

    qloop.run(switch(), timeout=30.0)  # a flush that waited for the debounce would take a minute
    assert len(services.writes) == 1
    assert qloop.run(services.stored(first.local_id)).payload["internal_name"] == "Spring sale"
    assert editor.subject_input().line.text() == "Second"
    qloop.run(asyncio.sleep(0.6))
    assert qloop.run(services.stored(second.local_id)).payload == {"subject": "Second"}


def test_a_published_draft_becomes_modified_and_back(qtbot, qloop, services):
    server = {"id": 41, "category": 3, "from_address": "a@example.com", "subject": "Server"}
    account = services.workspace.account_id
    qloop.run(services.runner.call(lambda ws: ws.drafts.apply_pull(account, "emails", [server])))
    rows = qloop.run(services.workspace.list_drafts(DraftKind.EMAILS))
    draft = qloop.run(services.stored(rows[0].local_id))
    editor = _email_editor(qtbot, services)
    editor.load(draft)
    assert editor.header.badge.text() == "Published"
    assert not editor.header.publish.isEnabled()

    QTest.keyClicks(editor.subject_input().line, "!")
    qloop.run(wait_until(lambda: editor.header.badge.text() == "Edited"))
    assert qloop.run(services.stored(draft.local_id)).state is DraftState.MODIFIED
    assert editor.header.publish.isEnabled()
    QTest.keyClick(editor.subject_input().line, "\b")
    qloop.run(wait_until(lambda: editor.header.badge.text() == "Published"))


def test_a_failed_write_keeps_the_text_says_so_and_retries(qtbot, qloop, services):
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(PAYLOAD)))
    editor = _email_editor(qtbot, services)
    editor.load(draft)
    failures: list[tuple[int, str]] = []
    services.autosaver.save_failed.connect(lambda local_id, message: failures.append((local_id, message)))
    # Another process holds the write lock: the workspace's writes time out ("database is locked").
    blocker = sqlite3.connect(services.runner.directory / "workspace.sqlite3", isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        QTest.keyClicks(editor.subject_input().line, " again")
        qloop.run(wait_until(lambda: failures, within=10.0))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert failures[0][0] == draft.local_id
    assert "locked" in failures[0][1]
    assert editor.header.save_status.text().startswith("Not saved:")
    assert editor.subject_input().line.text() == "Hello again"
    qloop.run(wait_until(lambda: services.writes, within=5.0))  # the retry
    assert qloop.run(services.stored(draft.local_id)).payload["subject"] == "Hello again"
    assert editor.header.save_status.text() == "Saved"
