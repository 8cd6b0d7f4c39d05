"""A draft section on a real workspace: loading, filter as you type, sorting, empty states,
selection across refreshes, the editor seam, New and Delete."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.domain.drafts import Draft, DraftError
from app.domain.kinds import DraftKind
from app.services.accounts_service import AccountService
from app.services.store_access import WorkspaceRunner
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from app.ui.models.draft_table_model import Column, LocalIdRole
from app.ui.pages.draft_list_page import DraftListPage
from app.ui.pages.sections import draft_sections

# -- shared with test_main_window ----------------------------------------------------------


@dataclass
class Env:
    runner: WorkspaceRunner
    workspace: WorkspaceService
    accounts: AccountService
    tasks: TaskRunner
    account_id: int
    widgets: list[QWidget] = field(default_factory=list)

    async def pull(self, kind: DraftKind, objects: list[dict[str, Any]]) -> None:
        """Drafts as a pull brings them (published, with a server id)."""
        account_id = self.account_id
        await self.runner.call(lambda ws: ws.drafts.apply_pull(account_id, kind.value, objects))
        self.workspace.notify(kind)

    async def store(self, fn: Callable[[Any], Any]) -> Any:
        return await self.runner.call(fn)

    def keep(self, widget: QWidget) -> None:
        """Delete `widget` on the UI thread at the end of the test.

        A widget left to Python's garbage collector can be destroyed on whichever thread
        runs the collection (the workspace thread allocates a lot), and Qt objects must
        die on the thread that owns them.
        """
        self.widgets.append(widget)

    async def close(self) -> None:
        for widget in self.widgets:
            widget.hide()  # close() of the last window would quit the loop
            widget.deleteLater()
        self.widgets.clear()
        await asyncio.sleep(0.05)  # the deferred deletes run
        await self.tasks.shutdown()
        await self.runner.close()


async def open_env(directory: Path) -> Env:
    runner = await WorkspaceRunner.open(directory)
    workspace = WorkspaceService(runner)
    accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
    demo = await runner.call(lambda ws: ws.accounts.demo())
    assert demo is not None
    await accounts.select(demo.id)
    return Env(runner, workspace, accounts, TaskRunner(), demo.id)


async def wait_until(predicate: Callable[[], bool], within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def emails(n: int, start: int = 1) -> list[dict[str, Any]]:
    return [
        {"id": i, "category": 1, "from_address": "news@example.com", "internal_name": f"Newsletter {i}",
         "subject": f"Weekly news {i}"}
        for i in range(start, start + n)
    ]  # fmt: skip


class RecordingEditor(QWidget):
    """Stands in for the editors at the page's seam: shows and records what it loads."""

    def __init__(self, kind: DraftKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.loaded: list[Draft] = []
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)

    def load(self, draft: Draft) -> None:
        self.loaded.append(draft)
        self.label.setText(draft.title)


# -- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def env(qloop, tmp_path) -> Iterator[Env]:
    env = qloop.run(open_env(tmp_path / "ws"))
    try:
        yield env
    finally:
        qloop.run(env.close())
        gc.collect()  # here, on the UI thread


def section(key: str):
    return next(s for s in draft_sections() if s.key == key)


def make_page(qtbot, env: Env, key: str = "emails") -> DraftListPage:
    page = DraftListPage(section(key), env.workspace, env.tasks, RecordingEditor)
    env.keep(page)
    page.resize(1100, 700)
    page.show()
    return page


def idle(page: DraftListPage) -> Callable[[], bool]:
    return lambda: page.feed.loaded_once and not page.feed.loading


def listed_titles(page: DraftListPage) -> list[str]:
    return [page.model.index(r, Column.TITLE).data() for r in range(page.model.rowCount())]


def editor_of(page: DraftListPage) -> RecordingEditor | None:
    editor = page.editor_area.current_editor()
    return editor if isinstance(editor, RecordingEditor) else None


# -- tests -------------------------------------------------------------------------------


def test_the_list_shows_the_workspaces_drafts_newest_first(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(250)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 250))
    assert page.list_stack.currentWidget() is page.view
    assert page.count_label.text() == "250 emails"
    updated = [page.model.rows()[r].updated_at for r in range(250)]
    assert updated == sorted(updated, reverse=True)
    assert page.view.isColumnHidden(Column.TYPE)  # one kind: no Type column


def test_empty_states_say_what_to_do_and_hide_once_there_is_a_draft(qtbot, qloop, env):
    page = make_page(qtbot, env)
    qloop.run(wait_until(idle(page)))
    assert page.list_stack.currentWidget() is page.empty_state
    assert page.empty_state.isVisible()
    assert page.empty_state.title() == "No emails yet"
    assert "Ctrl+N" in page.empty_state.text() and "Pull" in page.empty_state.text()
    assert page.editor_area.currentWidget() is page.editor_area.empty

    qloop.run(env.workspace.create_draft(DraftKind.EMAILS, {"internal_name": "First"}))
    qloop.run(wait_until(lambda: page.model.rowCount() == 1))
    assert page.list_stack.currentWidget() is page.view
    assert not page.empty_state.isVisible()
    assert page.count_label.text() == "1 email"


def test_filter_as_you_type_narrows_the_rows_and_says_when_nothing_matches(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(300)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 300))
    qtbot.keyClicks(page.filter_edit, "Letter 12")  # case-insensitive, anywhere in the name
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 11))
    assert sorted(listed_titles(page)) == sorted(
        ["Newsletter 12", *(f"Newsletter {i}" for i in range(120, 130))]
    )
    assert page.count_label.text() == "11 matches"

    qtbot.keyClicks(page.filter_edit, "zzz")
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 0))
    assert page.list_stack.currentWidget() is page.empty_state
    assert "No email matches “Letter 12zzz”" in page.empty_state.text()

    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)  # clears the filter
    assert page.filter_edit.text() == ""
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 300))
    assert page.list_stack.currentWidget() is page.view


def test_typing_fast_runs_one_query_after_the_pause(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(30)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(idle(page)))
    loads: list[bool] = []
    page.feed.loading_changed.connect(lambda loading: loads.append(loading) if loading else None)
    qtbot.keyClicks(page.filter_edit, "newsletter 2")
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 11))  # 2 and 20 to 29
    assert len(loads) == 1


def test_sorting_by_a_column_header(qtbot, qloop, env):
    names = ["Banana", "apple", "Cherry"]
    qloop.run(env.pull(DraftKind.EMAILS, [{"id": i, "internal_name": n} for i, n in enumerate(names, 1)]))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 3))
    page.view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert listed_titles(page) == ["apple", "Banana", "Cherry"]
    page.view.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert listed_titles(page) == ["Cherry", "Banana", "apple"]
    # a draft arriving later takes its place in that order
    qloop.run(env.workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Date"}))
    qloop.run(wait_until(lambda: page.model.rowCount() == 4))
    assert listed_titles(page) == ["Date", "Cherry", "Banana", "apple"]


def test_selection_survives_refreshes_and_follows_the_editor(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(20)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 20))
    target = page.model.local_id_at(5)
    assert target is not None
    page.view.selectRow(5)
    qloop.run(wait_until(lambda: editor_of(page) is not None and page.editor_area.local_id == target))
    editor = editor_of(page)
    assert editor is not None and editor.loaded[-1].local_id == target

    # a new draft arrives (drafts_changed) and another is edited (draft_changed): same selection
    qloop.run(env.workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Brand new"}))
    other = page.model.local_id_at(0)
    assert other is not None
    qloop.run(env.workspace.save_payload(other, {"id": 1, "internal_name": "Renamed"}))
    qloop.run(wait_until(lambda: page.model.rowCount() == 21 and "Renamed" in listed_titles(page)))
    assert page.selected_ids() == [target]
    assert page.view.selectionModel().currentIndex().data(LocalIdRole) == target
    assert len(editor.loaded) == 1  # not reloaded under the user's hands

    # the selected draft itself is edited: its row moves to the top and stays selected
    qloop.run(env.workspace.save_payload(target, {"internal_name": "Edited while selected"}))
    qloop.run(wait_until(lambda: listed_titles(page)[0] == "Edited while selected"))
    assert page.selected_ids() == [target]


def test_filtering_keeps_the_selection_when_the_draft_still_matches(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(30)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 30))
    target = next(r.local_id for r in page.model.rows() if r.title == "Newsletter 21")
    page.select_ids([target])
    qloop.run(wait_until(lambda: page.editor_area.local_id == target))
    qtbot.keyClicks(page.filter_edit, "letter 2")
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 11))
    assert page.selected_ids() == [target]
    qtbot.keyClicks(page.filter_edit, "5")
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 1))
    assert page.selected_ids() == []
    assert page.editor_area.local_id == target  # the editor keeps what the user was working on


def test_several_selected_and_none_selected(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(5)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 5))
    page.select_ids(page.model.local_ids()[:3])
    assert page.editor_area.currentWidget() is page.editor_area.many
    assert page.editor_area.many.title() == "3 drafts selected"
    assert "Ctrl+Shift+P" in page.editor_area.many.text()
    page.view.clearSelection()
    assert page.editor_area.currentWidget() is page.editor_area.empty


def test_badges_follow_the_drafts_state(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(3)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 3))
    failed, conflicted = page.model.local_ids()[:2]
    qloop.run(env.store(lambda ws: ws.drafts.mark_failed(failed, DraftError("Subject is required"))))
    qloop.run(env.store(lambda ws: ws.drafts.mark_conflict(conflicted, {"id": 2, "internal_name": "Theirs"})))
    env.workspace.notify(DraftKind.EMAILS)
    qloop.run(
        wait_until(lambda: page.model.index(page.model.row_of(failed), Column.STATUS).data() == "Failed")
    )
    assert page.model.index(page.model.row_of(conflicted), Column.STATUS).data() == "Conflict"


def test_new_creates_selects_and_opens_a_draft(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(3)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 3))
    qtbot.keyClicks(page.filter_edit, "nothing like this")
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 0))
    page.new_draft()
    qloop.run(wait_until(lambda: page.model.rowCount() == 4 and len(page.selected_ids()) == 1))
    assert page.filter_edit.text() == ""  # the new draft would not have matched it
    new_id = page.selected_ids()[0]
    qloop.run(wait_until(lambda: page.editor_area.local_id == new_id))
    assert page.model.index(page.model.row_of(new_id), Column.STATUS).data() == "Not published"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the menu, offscreen
def test_campaigns_list_three_kinds_with_a_type_and_new_asks_which(qtbot, qloop, env):
    qloop.run(env.workspace.create_draft(DraftKind.CAMPAIGNS, {"tags": "spring"}))
    qloop.run(env.workspace.create_draft(DraftKind.AUTO_CAMPAIGNS, {"tags": "welcome series"}))
    page = make_page(qtbot, env, "campaigns")
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 2))
    assert not page.view.isColumnHidden(Column.TYPE)
    types = {
        page.model.index(r, Column.TITLE).data(): page.model.index(r, Column.TYPE).data() for r in range(2)
    }
    assert types == {"spring": "One-time", "welcome series": "Automated"}

    page.new_draft()  # no kind: the menu of kinds opens
    qloop.run(wait_until(page.new_menu.isVisible))
    labels = [a.text() for a in page.new_menu.actions()]
    assert labels == ["One-time campaign", "A/B test campaign", "Automated campaign"]
    page.new_menu.actions()[1].trigger()
    page.new_menu.hide()
    qloop.run(wait_until(lambda: page.model.rowCount() == 3 and len(page.selected_ids()) == 1))
    row = page.model.row_of(page.selected_ids()[0])
    assert page.model.index(row, Column.TYPE).data() == "A/B test"


def message_box(qtbot) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[0]


def click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


def test_delete_asks_first_and_warns_that_the_server_keeps_a_published_draft(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(2)))
    local = qloop.run(env.workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Only here"}))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 3))

    published = next(r.local_id for r in page.model.rows() if r.remote_id is not None)
    page.select_ids([published])
    page.delete_selected()
    box = message_box(qtbot)
    assert "also on the server" in box.informativeText() and "Pull brings it back" in box.informativeText()
    assert box.defaultButton().text() == "Cancel"  # Enter does not delete
    click(box, "Cancel")
    qloop.run(asyncio.sleep(0.3))
    assert page.model.row_of(published) is not None

    page.select_ids([local.local_id])
    qloop.run(wait_until(lambda: page.editor_area.local_id == local.local_id))
    page.delete_selected()
    box = message_box(qtbot)
    assert "Delete “Only here”?" in box.text() and "cannot be undone" in box.informativeText()
    click(box, "Delete")
    qloop.run(wait_until(lambda: page.model.row_of(local.local_id) is None))
    assert page.editor_area.currentWidget() is page.editor_area.empty
    drafts = qloop.run(env.workspace.list_drafts(DraftKind.EMAILS))
    assert local.local_id not in {d.local_id for d in drafts} and len(drafts) == 2


def test_a_hidden_page_catches_up_when_shown(qtbot, qloop, env):
    page = make_page(qtbot, env)
    qloop.run(wait_until(idle(page)))
    page.hide()
    qloop.run(env.pull(DraftKind.EMAILS, emails(4)))
    qloop.run(asyncio.sleep(0.4))
    assert page.model.rowCount() == 0  # no work for a list nobody sees
    page.show()
    qloop.run(wait_until(lambda: page.model.rowCount() == 4))


def test_no_account_says_how_to_choose_one(qtbot, qloop, env):
    env.workspace.account_id = None
    page = make_page(qtbot, env)
    qloop.run(wait_until(idle(page)))
    assert page.list_stack.currentWidget() is page.empty_state
    assert page.empty_state.title() == "No account selected"


def test_drafts_waiting_in_the_outbox_show_it(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(3)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 3))
    waiting = page.model.local_ids()[1]
    qloop.run(env.store(lambda ws: ws.outbox.enqueue(waiting)))
    qloop.run(env.workspace.refresh_outbox())
    qloop.run(wait_until(lambda: "Waiting to publish" in page.model.index(1, Column.STATUS).data()))
    assert "Pending" not in page.model.index(0, Column.STATUS).data()


def test_a_narrow_list_keeps_the_names_readable_and_widening_brings_the_columns_back(qtbot, qloop, env):
    qloop.run(env.pull(DraftKind.EMAILS, emails(3)))
    page = make_page(qtbot, env)
    qloop.run(wait_until(lambda: idle(page)() and page.model.rowCount() == 3))
    header = page.view.horizontalHeader()
    name_minimum = page.view.fontMetrics().horizontalAdvance("M") * 9

    page.splitter.setSizes([900, 200])  # a wide list: every column
    qloop.run(wait_until(lambda: not page.view.isColumnHidden(Column.SERVER_ID)))
    assert not page.view.isColumnHidden(Column.UPDATED)
    status, updated, server_id = (
        header.sectionSize(c) for c in (Column.STATUS, Column.UPDATED, Column.SERVER_ID)
    )
    frame = page.splitter.sizes()[0] - page.view.viewport().width()  # margins, frame, scroll bar

    page.splitter.setSizes([330, 770])  # narrow, as beside the email editor
    qloop.run(wait_until(lambda: page.view.isColumnHidden(Column.SERVER_ID)))
    assert page.view.isColumnHidden(Column.UPDATED)  # server id steps aside first, then this
    assert header.sectionSize(Column.TITLE) >= name_minimum
    assert not page.view.isColumnHidden(Column.STATUS)  # the state always shows

    list_width = frame + status + name_minimum + updated + server_id // 2  # the last edited time only
    page.splitter.setSizes([list_width, 1100 - list_width])
    qloop.run(wait_until(lambda: not page.view.isColumnHidden(Column.UPDATED)))
    assert page.view.isColumnHidden(Column.SERVER_ID)
    assert header.sectionSize(Column.TITLE) >= name_minimum

    page.splitter.setSizes([900, 200])
    qloop.run(wait_until(lambda: not page.view.isColumnHidden(Column.SERVER_ID)))
    assert not page.view.isColumnHidden(Column.UPDATED)
    assert page.view.isColumnHidden(Column.TYPE)  # one kind: still no Type column
