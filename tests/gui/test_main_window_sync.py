"""The main window with the real SyncService against the sandbox: online and offline in the
status bar, publishing from the list with its shortcut, Publish all changes, Pull, and an
account problem shown as "needs attention"."""

from __future__ import annotations

import gc
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from app.domain.kinds import DraftKind
from app.services.sync_backoff import Backoff, ProbeRhythm
from app.services.sync_service import SyncService
from app.ui.main_window import MainWindow, UiServices
from app.ui.models.draft_table_model import Column
from app.ui.pages.draft_list_page import DraftListPage
from tests.gui.test_list_page import Env, RecordingEditor, open_env, wait_until

FAST = {"backoff": Backoff(base=0.1, cap=1.0), "probe": ProbeRhythm(first=0.2, cap=0.5)}


@pytest.fixture
def env(qloop, tmp_path) -> Iterator[Env]:
    env = qloop.run(open_env(tmp_path / "ws"))
    try:
        yield env
    finally:
        qloop.run(env.close())
        gc.collect()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Window:
    def __init__(self, env: Env, settings: Path) -> None:
        self.sync = SyncService(env.workspace, env.accounts, env.tasks, worker_options=FAST)
        self.window = MainWindow(QSettings(str(settings), QSettings.Format.IniFormat))
        env.keep(self.window)
        self.window.attach(UiServices(env.workspace, env.accounts, env.tasks, sync=self.sync,
                                      editor_factory=RecordingEditor))  # fmt: skip
        self.window.show()
        self.window.activateWindow()

    def emails(self) -> DraftListPage:
        page = self.window.page("emails")
        assert isinstance(page, DraftListPage)
        return page

    def status_of(self, local_id: int) -> Any:
        page = self.emails()
        row = page.model.row_of(local_id)
        return None if row is None else page.model.index(row, Column.STATUS).data()


async def use_account(env: Env, name: str, base_url: str, login: str, secret: str) -> int:
    account = await env.accounts.add(name, base_url, login, secret)
    await env.accounts.select(account.id)
    return account.id


def test_publish_from_the_list_online_and_status_bar(qloop, env, sandbox, tmp_path):
    async def scenario() -> None:
        await use_account(env, "Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
        ui = Window(env, tmp_path / "settings.ini")
        try:
            ui.sync.start()
            await wait_until(lambda: ui.window.status.connection.text().endswith("Online"), within=10)
            assert ui.window.status.account_label.text() == "Account: Sandbox"
            async with env.accounts.client() as api:
                category = await api.categories.create({"title": "Window tests", "description": "x"})
            payload = {
                "category": int(category["category"]),
                "from_address": "news@example.com",
                "subject": "Hi",
            }
            good = await env.workspace.create_draft(DraftKind.EMAILS, {**payload, "internal_name": "Good"})
            other = await env.workspace.create_draft(DraftKind.EMAILS, {**payload, "internal_name": "Other"})
            page = ui.emails()
            await wait_until(lambda: page.model.rowCount() == 2)
            page.select_ids([good.local_id])
            page.view.setFocus()
            QTest.keySequence(ui.window, QKeySequence("Ctrl+Shift+P"))
            await wait_until(lambda: ui.status_of(good.local_id) == "Published", within=10)
            assert ui.status_of(other.local_id) == "Not published"  # only the selection

            ui.window.window_actions.publish_all.trigger()
            await wait_until(lambda: ui.status_of(other.local_id) == "Published", within=10)
            assert page.model.rows()[page.model.row_of(other.local_id)].remote_id is not None
            await wait_until(lambda: not ui.window.status.outbox_label.isVisible(), within=5)

            ui.window.window_actions.pull.trigger()  # brings the server's categories in
            ui.window.show_section("categories")
            categories = ui.window.page("categories")
            assert isinstance(categories, DraftListPage)
            await wait_until(lambda: categories.model.rowCount() >= 1, within=10)
        finally:
            await ui.sync.stop()

    qloop.run(scenario(), timeout=60)


def test_offline_then_a_wrong_secret_needs_attention(qloop, env, sandbox, tmp_path):
    async def scenario() -> None:
        nowhere = f"http://127.0.0.1:{closed_port()}/api/v1/"
        account_id = await use_account(env, "Nowhere", nowhere, "demo", "x")
        ui = Window(env, tmp_path / "settings.ini")
        status = ui.window.status
        try:
            ui.sync.start()
            waits = {"internal_name": "Waits", "category": 1, "from_address": "news@example.com"}
            draft = await env.workspace.create_draft(DraftKind.EMAILS, waits)
            await wait_until(lambda: ui.emails().model.rowCount() == 1)
            ui.sync.publish([draft.local_id])
            await wait_until(lambda: status.outbox_label.text() == "1 waiting to publish", within=10)
            assert status.outbox_label.isVisible()
            assert status.connection.text().endswith("Offline")
            assert "reached" in status.outbox_label.toolTip()

            await env.accounts.edit(
                account_id, name="Nowhere", base_url=sandbox.base_url, login=sandbox.login, secret="wrong"
            )
            await wait_until(lambda: status.connection.text().endswith("Needs attention"), within=10)
            assert "secret" in status.connection.toolTip()
        finally:
            await ui.sync.stop()

    qloop.run(scenario(), timeout=60)
