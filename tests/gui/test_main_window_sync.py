"""The main window with the real SyncService against the sandbox: online and offline in the
status bar, publishing from the list with its shortcut, Publish all changes, Pull, and an
account problem shown as "needs attention"."""

from __future__ import annotations

import gc
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
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


def _item_texts(dialog) -> list[list[str]]:
    tree = dialog.tree
    return [[tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())]


def test_the_outbox_opens_from_the_status_bar_and_a_publish_can_be_withdrawn(qloop, env, tmp_path):
    async def scenario() -> None:
        nowhere = f"http://127.0.0.1:{closed_port()}/api/v1/"
        await use_account(env, "Nowhere", nowhere, "demo", "x")
        ui = Window(env, tmp_path / "settings.ini")
        status = ui.window.status
        try:
            ui.sync.start()
            waits = {"internal_name": "Waits", "category": 1, "from_address": "news@example.com"}
            draft = await env.workspace.create_draft(DraftKind.EMAILS, waits)
            ui.sync.publish([draft.local_id])
            await wait_until(lambda: status.outbox_label.text() == "1 waiting to publish", within=10)
            assert "Click" in status.outbox_label.toolTip()

            QTest.mouseClick(status.outbox_label, Qt.MouseButton.LeftButton)
            dialog = ui.window._outbox_dialog
            assert dialog is not None and dialog.isVisible()
            await wait_until(lambda: dialog.tree.topLevelItemCount() == 1)
            [row] = _item_texts(dialog)
            assert row[0] == "Waits (Email)" and row[1] == "Nowhere"
            assert row[2]  # since when
            assert row[4] == "When the server can be reached"
            assert not dialog.withdraw.isEnabled()  # nothing selected yet

            dialog.tree.topLevelItem(0).setSelected(True)
            assert dialog.withdraw.isEnabled()
            QTest.mouseClick(dialog.withdraw, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog.stack.currentWidget() is dialog.empty)
            await wait_until(lambda: not status.outbox_label.isVisible())
            kept = await env.workspace.get_draft(draft.local_id)
            assert kept.payload == waits and not kept.queued  # the draft stays
            # The menu opens the same window.
            dialog.close()
            ui.window.window_actions.outbox.trigger()
            assert ui.window._outbox_dialog is dialog and dialog.isVisible()
            dialog.close()
        finally:
            await ui.sync.stop()

    qloop.run(scenario(), timeout=60)


def test_send_now_does_not_wait_for_the_next_try(qloop, env, sandbox, tmp_path):
    async def scenario() -> None:
        account_id = await use_account(env, "Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
        other = await env.accounts.add("Elsewhere", sandbox.base_url, sandbox.login, sandbox.secret)
        ui = Window(env, tmp_path / "settings.ini")
        try:
            async with env.accounts.client() as api:
                category = int(
                    (await api.categories.create({"title": "Outbox", "description": "x"}))["category"]
                )
            payload = {"internal_name": "Later", "category": category, "from_address": "news@example.com"}
            draft = await env.workspace.create_draft(DraftKind.EMAILS, payload)
            theirs = {**payload, "internal_name": "Theirs"}
            elsewhere = await env.store(lambda ws: ws.drafts.create_draft(other.id, "emails", theirs))

            def wait_an_hour(ws: Any) -> None:  # as after failures: the next try is far away
                for local_id in (draft.local_id, elsewhere.local_id):
                    job = ws.outbox.enqueue(local_id)
                    ws.outbox.mark_attempt(job.id, "The server did not answer.", time.time() + 3600)

            await env.store(wait_an_hour)
            ui.sync.start()
            await wait_until(lambda: ui.window.status.connection.text().endswith("Online"), within=10)
            ui.window.open_outbox()
            dialog = ui.window._outbox_dialog
            await wait_until(lambda: dialog.tree.topLevelItemCount() == 2)
            rows = {row[0]: row for row in _item_texts(dialog)}
            assert rows["Later (Email)"][3] == "The server did not answer."
            assert rows["Later (Email)"][4].startswith("In ")  # minutes away
            assert rows["Theirs (Email)"][1] == "Elsewhere"
            assert rows["Theirs (Email)"][4] == "When this account is chosen"
            order = [row[0] for row in _item_texts(dialog)]
            mine, others = order.index("Later (Email)"), order.index("Theirs (Email)")

            dialog.tree.topLevelItem(others).setSelected(True)
            assert not dialog.send_now.isEnabled() and "account" in dialog.send_now.toolTip()
            dialog.tree.clearSelection()
            dialog.tree.topLevelItem(mine).setSelected(True)
            assert dialog.send_now.isEnabled()
            QTest.mouseClick(dialog.send_now, Qt.MouseButton.LeftButton)
            await wait_until(lambda: ui.status_of(draft.local_id) == "Published", within=10)
            await wait_until(lambda: dialog.tree.topLevelItemCount() == 1)
            assert _item_texts(dialog)[0][1] == "Elsewhere"
            assert (await env.workspace.get_draft(draft.local_id)).account_id == account_id
            dialog.close()
        finally:
            await ui.sync.stop()

    qloop.run(scenario(), timeout=60)


def test_help_names_version_licence_folders_and_shortcuts_by_menu(qloop, env, tmp_path):
    ui = Window(env, tmp_path / "settings.ini")
    from app import __version__
    from app.ui.actions import shortcut_groups
    from app.ui.help_texts import about_html, shortcuts_html

    about = about_html(str(env.runner.directory))
    assert __version__ in about and "Licence" in about
    assert str(env.runner.directory) in about and "Log files" in about
    ui.window.show_section("emails")
    ui.window._update_actions()
    groups = dict(shortcut_groups(ui.window.menuBar()))
    assert list(groups)[:3] == ["File", "Edit", "Account"]
    new_keys = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
    assert (new_keys, "New email") in groups["File"]
    text = shortcuts_html(list(groups.items()), ui.window._section_keys())
    assert f"<b>{new_keys}</b></td><td>— New email" in text
    assert "— Emails" in text and "Sections" in text


def test_publishing_an_invalid_draft_from_the_list_says_so_and_sends_nothing(qloop, env, sandbox, tmp_path):
    async def scenario() -> None:
        await use_account(env, "Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
        ui = Window(env, tmp_path / "settings.ini")
        try:
            ui.sync.start()
            draft = await env.workspace.create_draft(DraftKind.EMAILS, {"internal_name": "No sender"})
            page = ui.emails()
            await wait_until(lambda: page.model.rowCount() == 1)
            page.select_ids([draft.local_id])
            ui.window.window_actions.publish.trigger()
            await wait_until(lambda: "was not published" in ui.window.status.currentMessage(), within=10)
            assert "“No sender”" in ui.window.status.currentMessage()
            await wait_until(lambda: ui.status_of(draft.local_id) == "Failed")
            stored = await env.workspace.get_draft(draft.local_id)
            assert not stored.queued and stored.remote_id is None
            assert stored.last_error is not None and "from_address" in stored.last_error.fields
        finally:
            await ui.sync.stop()

    qloop.run(scenario(), timeout=60)
