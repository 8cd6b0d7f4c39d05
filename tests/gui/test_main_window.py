"""The main window on a real workspace: sections, shortcuts, remembered geometry and view,
the status bar, and the colour scheme."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.kinds import DraftKind
from app.ui.actions import standard_keys
from app.ui.audience.page import AudiencePage
from app.ui.main_window import MainWindow, UiServices
from app.ui.pages.draft_list_page import DraftListPage
from app.ui.reports.page import ReportsPage
from app.ui.theme import Theme, is_dark
from tests.gui.test_list_page import Env, RecordingEditor, emails, open_env, wait_until

SECTIONS = ["emails", "categories", "segments", "campaigns", "audience", "reports"]


@pytest.fixture
def env(qloop, tmp_path) -> Iterator[Env]:
    env = qloop.run(open_env(tmp_path / "ws"))
    try:
        yield env
    finally:
        qloop.run(env.close())
        gc.collect()


@pytest.fixture
def settings_path(tmp_path) -> Path:
    return tmp_path / "settings.ini"


def make_window(env: Env, settings_path: Path, **extra) -> MainWindow:
    window = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat))
    env.keep(window)
    window.attach(UiServices(env.workspace, env.accounts, env.tasks, editor_factory=RecordingEditor, **extra))
    return window


def shown(qloop, window: MainWindow) -> MainWindow:
    window.show()
    window.activateWindow()
    qloop.run(wait_until(lambda: QApplication.activeWindow() is window))
    return window


def page(window: MainWindow, key: str) -> DraftListPage:
    found = window.page(key)
    assert isinstance(found, DraftListPage)
    return found


def test_six_sections_with_honest_placeholders(qloop, env, settings_path):
    window = shown(qloop, make_window(env, settings_path))
    assert list(window._pages) == ["emails"]  # start-up builds only the section on screen
    labels = [window._nav.item(i).text() for i in range(window._nav.count())]
    assert labels == ["Emails", "Categories", "Segments", "Campaigns", "Audience", "Reports"]
    for key in SECTIONS[:4]:
        assert isinstance(window.page(key), DraftListPage)
    audience = window.page("audience")
    assert isinstance(audience, AudiencePage) and audience.has_account  # the demo account
    assert isinstance(window.page("reports"), ReportsPage)
    QTest.keySequence(window, QKeySequence("Ctrl+6"))
    assert window.current_section() == "reports"
    assert not window.window_actions.new.isEnabled()  # nothing to create on the reports page


def test_the_window_says_ready_once_its_list_is_loaded(qtbot, qloop, env, settings_path):
    qloop.run(env.pull(DraftKind.EMAILS, emails(150)))
    window = make_window(env, settings_path)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
        qloop.run(wait_until(lambda: page(window, "emails").model.rowCount() == 150))
    assert window.windowTitle() == "Campaign Studio — Demo (built-in sandbox)"


def test_shortcuts_trigger_their_actions(qtbot, qloop, env, settings_path):
    qloop.run(env.pull(DraftKind.EMAILS, emails(3)))
    window = shown(qloop, make_window(env, settings_path))
    emails_page = page(window, "emails")
    qloop.run(wait_until(lambda: emails_page.model.rowCount() == 3))

    emails_page.view.setFocus()
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert emails_page.filter_edit.hasFocus()

    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    qloop.run(wait_until(lambda: emails_page.model.rowCount() == 4))
    qloop.run(wait_until(lambda: len(emails_page.selected_ids()) == 1))
    assert emails_page.model.rows()[emails_page.model.row_of(emails_page.selected_ids()[0])].state == "local"

    a = window.window_actions
    for act, keys in (
        (a.publish, [QKeySequence("Ctrl+Shift+P")]),
        (a.pull, standard_keys(QKeySequence.StandardKey.Refresh, "F5")),
        (a.accounts, standard_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,")),
        (a.quit, standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q")),
    ):
        assert act.shortcuts() and act.shortcuts()[0] == keys[0], act.objectName()
    assert a.new.shortcuts()[0] == QKeySequence(QKeySequence.StandardKey.New)


def test_publish_and_accounts_shortcuts_reach_the_services(qtbot, qloop, env, settings_path):
    opened: list[bool] = []
    window = shown(qloop, make_window(env, settings_path, open_accounts=lambda: opened.append(True)))
    QTest.keySequence(window, window.window_actions.accounts.shortcuts()[0])
    assert opened == [True]


def test_delete_key_deletes_only_from_the_list(qtbot, qloop, env, settings_path):
    qloop.run(env.workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Doomed"}))
    window = shown(qloop, make_window(env, settings_path))
    emails_page = page(window, "emails")
    qloop.run(wait_until(lambda: emails_page.model.rowCount() == 1))
    emails_page.view.selectRow(0)
    qloop.run(wait_until(lambda: emails_page.editor_area.local_id is not None))
    emails_page.filter_edit.setFocus()
    with qtbot.assertNotEmitted(window.window_actions.delete.triggered):
        QTest.keyClick(emails_page.filter_edit, Qt.Key.Key_Delete)
    emails_page.view.setFocus()
    with qtbot.waitSignal(window.window_actions.delete.triggered):
        QTest.keyClick(emails_page.view, Qt.Key.Key_Delete)


def test_geometry_splitters_columns_and_last_view_come_back(qtbot, qloop, env, settings_path):
    first = shown(qloop, make_window(env, settings_path))
    first.resize(700, 520)  # within the offscreen platform's 800x600 screen
    first.show_section("segments")
    first.splitter.setSizes([150, 550])
    qloop.run(asyncio.sleep(0.05))  # laid out at the new size
    segments = page(first, "segments")
    segments.splitter.setSizes([300, 200])
    segments.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qloop.run(asyncio.sleep(0.05))
    sizes, nav_sizes = segments.splitter.sizes(), first.splitter.sizes()
    first.close()

    second = shown(qloop, make_window(env, settings_path))
    qloop.run(asyncio.sleep(0.05))
    assert list(second._pages) == ["segments"]
    assert (second.size().width(), second.size().height()) == (700, 520)
    assert second.current_section() == "segments"
    again = page(second, "segments")
    assert again.splitter.sizes() == sizes
    assert second.splitter.sizes() == nav_sizes
    header = again.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    assert again.model.sort_order[0] == 0


def test_status_bar_shows_account_connection_and_outbox(qtbot, qloop, env, settings_path):
    window = shown(qloop, make_window(env, settings_path))
    status = window.status
    assert status.account_label.text() == "Account: Demo (built-in sandbox)"
    assert status.connection.text().endswith("Offline")
    assert not status.outbox_label.isVisible()

    drafts = [
        qloop.run(env.workspace.create_draft(DraftKind.EMAILS, {"internal_name": f"E{i}"})) for i in range(3)
    ]
    for draft in drafts:
        qloop.run(env.store(lambda ws, d=draft: ws.outbox.enqueue(d.local_id)))
    qloop.run(env.workspace.refresh_outbox())
    assert status.outbox_label.isVisible()
    assert status.outbox_label.text() == "3 waiting to publish"

    status.set_online(True)
    assert status.connection.text().endswith("Online")
    status.set_attention("The secret was refused: check it in Accounts.")
    assert status.connection.text().endswith("Needs attention")
    assert "secret was refused" in status.connection.toolTip()
    with qtbot.waitSignal(status.attention_clicked):
        status.connection.click()
    qloop.run(env.accounts.select(env.account_id))  # choosing the account again clears it
    assert status.connection.text().endswith("Online")


def test_progress_shows_only_for_work_longer_than_a_second(qtbot, qloop, env, settings_path):
    window = shown(qloop, make_window(env, settings_path))
    status = window.status
    status.start_busy("quick", "Saving…")
    status.finish_busy("quick")
    qloop.run(asyncio.sleep(1.1))
    assert not status.progress_bar.isVisible()
    status.start_busy("list", "Loading emails…")
    qloop.run(wait_until(status.progress_bar.isVisible, within=15))  # shows after a second of work
    assert status.busy_label.text() == "Loading emails…"
    assert status.progress_bar.maximum() == 0  # no measure of what is left: a moving bar
    status.finish_busy("list")
    assert not status.progress_bar.isVisible()
    status.set_progress(3, 10, "Publishing 3 of 10…")  # the service reports only work past a second
    assert status.progress_bar.isVisible()
    assert status.busy_label.text() == "Publishing 3 of 10…"
    assert (status.progress_bar.value(), status.progress_bar.maximum()) == (3, 10)
    status.finish_busy("sync")
    assert not status.progress_bar.isVisible()


def test_colour_scheme_follows_the_system_and_badges_stay_readable(qapp, qloop, env, settings_path):
    window = shown(qloop, make_window(env, settings_path))
    theme = Theme(qapp)
    try:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert is_dark(qapp.palette())
        qloop.run(wait_until(lambda: is_dark(window.status.palette())))  # widgets hear of it by event
        assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 200
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not is_dark(qapp.palette())
        theme.force(Qt.ColorScheme.Dark)
        assert is_dark(qapp.palette())
    finally:
        theme.force(Qt.ColorScheme.Light)
        theme.deleteLater()
