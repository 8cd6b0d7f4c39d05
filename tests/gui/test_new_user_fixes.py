"""What a new user tripped over in the editors and lists (issue 6), on a real workspace:
another account's draft left open, Publish sending what the form flags, messages moving
the form, a new draft opening on the last language tab, two names for one state."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.domain.drafts import DraftRow, DraftState
from app.domain.kinds import DraftKind
from app.domain.languages import Language
from app.services.accounts_service import AccountService
from app.store.secrets import SecretStore
from app.ui.editors import editor_for
from app.ui.models.badges import Badge, badge_label, badges_of
from app.ui.models.draft_table_model import Column
from app.ui.pages.draft_list_page import DraftListPage
from app.ui.pages.sections import draft_sections
from tests.gui.editing_support import Services, open_services, type_text, wait_until

AB = {
    "messages_type": "L", "message_id": 3, "source_type": "S", "source_id": 2, "win_parameter": "O",
    "ab_percent": 20, "planned_at": "2026-12-04T09:00:00+01:00", "tags": "spring",
}  # fmt: skip
EMAIL = {"category": 3, "from_address": "news@example.com", "internal_name": "Spring", "subject": "Hi"}


@pytest.fixture
def services(qloop, tmp_path) -> Iterator[Services]:
    services = qloop.run(open_services(tmp_path / "ws"))
    try:
        yield services
    finally:
        qloop.run(services.close())


def _editor(qtbot, services: Services, kind: DraftKind) -> Any:
    editor = editor_for(kind, workspace=services.workspace, autosaver=services.autosaver)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    return editor


def _page(qtbot, services: Services, key: str) -> DraftListPage:
    section = next(s for s in draft_sections() if s.key == key)

    def factory(kind: DraftKind, parent: QWidget) -> QWidget:
        return editor_for(kind, workspace=services.workspace, autosaver=services.autosaver, parent=parent)

    page = DraftListPage(
        section, services.workspace, services.tasks, factory, flush_edits=services.autosaver.flush
    )
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    return page


def test_switching_accounts_closes_the_editor_and_nothing_reaches_the_old_draft(qtbot, qloop, services):
    accounts = AccountService(services.workspace, SecretStore(namespace=services.runner.workspace_id))
    demo_id = services.workspace.account_id
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(EMAIL)))
    page = _page(qtbot, services, "emails")
    qloop.run(wait_until(lambda: page.model.rowCount() == 1))
    page.select_ids([draft.local_id])
    qloop.run(wait_until(lambda: page.editor_area.local_id == draft.local_id))
    editor = page.editor_area.current_editor()
    assert editor is not None and editor.isEnabled()

    async def switch() -> None:
        other = await accounts.add("Other project", "https://esp.example.com/api/v1/", "me", "pw")
        await accounts.select(other.id)

    qloop.run(switch())
    assert page.editor_area.currentWidget() is page.editor_area.empty
    assert page.editor_area.local_id is None
    assert editor.local_id is None and not editor.isEnabled()
    qloop.run(wait_until(lambda: page.model.rowCount() == 0))  # the other account has no emails
    editor.internal_name.line.setText("typed after the switch")  # whatever still holds the widget
    qloop.run(services.autosaver.flush())
    assert qloop.run(services.stored(draft.local_id)).payload == EMAIL

    # An editor that somehow still shows the old account's draft refuses to write into it.
    editor.load(draft)
    assert services.workspace.account_id != demo_id
    type_text(editor.internal_name.line, "!")
    qloop.run(services.autosaver.flush())
    assert qloop.run(services.stored(draft.local_id)).payload == EMAIL
    assert "another account" in editor.header.error.text()
    assert not editor.isEnabled()


def test_publish_refuses_what_the_form_flags_names_the_fields_and_goes_to_the_first(
    qtbot, qloop, services
):
    draft = qloop.run(services.create(DraftKind.AB_CAMPAIGNS, {**AB, "ab_percent": 150,
                                                               "planned_at": "tomorrow 9am"}))  # fmt: skip
    editor = _editor(qtbot, services, DraftKind.AB_CAMPAIGNS)
    editor.load(draft)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    requested: list[int] = []
    editor.publish_requested.connect(requested.append)
    assert editor.row("ab_percent").message_text() == "At most 99."

    QTest.mouseClick(editor.header.publish, Qt.MouseButton.LeftButton)
    qloop.run(asyncio.sleep(0.3))

    assert requested == []
    top = editor.header.error.text()
    assert top.startswith("Not published: fix these fields first:")
    assert "Test group size (%)" in top and "Start time" in top and "ab_percent" not in top
    # The form shows the start time first: the cursor is put there.
    qloop.run(wait_until(lambda: _focused_name(editor) == "field_planned_at"))

    async def fix_and_publish() -> None:
        editor.field("ab_percent").line.setText("20")
        editor.field("planned_at").line.setText("2026-12-04T09:00:00+01:00")
        QTest.mouseClick(editor.header.publish, Qt.MouseButton.LeftButton)
        await wait_until(lambda: requested == [draft.local_id])

    qloop.run(fix_and_publish())


def _focused_name(editor: QWidget) -> str:
    widget = editor.window().focusWidget()
    return widget.objectName() if widget is not None else ""


def test_an_unknown_category_is_flagged_once_the_account_s_categories_are_known(qtbot, qloop, services):
    account = services.workspace.account_id
    news = {"category": 12, "title": "News"}
    qloop.run(services.runner.call(lambda ws: ws.drafts.apply_pull(account, "categories", [news])))
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(EMAIL)))  # category 3 is not the account's
    editor = _editor(qtbot, services, DraftKind.EMAILS)
    editor.load(draft)
    qloop.run(wait_until(lambda: editor.category.combo.findText("News") >= 0))
    assert "does not exist" in editor.row("category").message_text()
    requested: list[int] = []
    editor.publish_requested.connect(requested.append)
    QTest.mouseClick(editor.header.publish, Qt.MouseButton.LeftButton)
    qloop.run(asyncio.sleep(0.2))
    assert requested == [] and "Category" in editor.header.error.text()


def test_a_message_appearing_does_not_move_the_fields_below(qtbot, qloop, services):
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(EMAIL)))
    editor = _editor(qtbot, services, DraftKind.EMAILS)
    editor.load(draft)
    qtbot.waitExposed(editor)
    below = editor.field("is_urgent").box
    before = below.mapTo(editor, below.rect().topLeft())
    editor.from_address.line.setText("not-an-email")  # a hint under the sender's field
    editor.from_address.line.setText("")  # "Required"
    assert editor.row("from_address").message_text()
    QTest.qWait(50)
    assert below.mapTo(editor, below.rect().topLeft()) == before
    long = "A message far too long for one line. " * 20
    editor.row("from_address").set_server_errors([long])
    QTest.qWait(50)
    assert below.mapTo(editor, below.rect().topLeft()) == before
    assert editor.row("from_address").message.toolTip() == long.strip() or long in editor.row(
        "from_address"
    ).message.toolTip()


def test_a_new_draft_opens_on_the_default_tab(qtbot, qloop, services):
    page = _page(qtbot, services, "emails")
    german = qloop.run(services.create(DraftKind.EMAILS, {**EMAIL, "subject_de": "Hallo"}))
    qloop.run(wait_until(lambda: page.model.rowCount() == 1))
    page.select_ids([german.local_id])
    qloop.run(wait_until(lambda: page.editor_area.local_id == german.local_id))
    editor = page.editor_area.current_editor()
    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.DE))

    page.new_draft()
    qloop.run(wait_until(lambda: page.editor_area.local_id not in (None, german.local_id)))
    assert editor.tabs.currentIndex() == 0  # Default, not German


def test_one_name_per_state_in_lists_and_headers(qtbot, services):
    editor = _editor(qtbot, services, DraftKind.EMAILS)
    for state in DraftState:
        for queued in (False, True):
            editor.header.set_state(state, False, "Email", queued=queued)
            row = DraftRow(1, "emails", "t", state.value, None, 0.0, 0, 0)
            listed = badges_of(row, queued)[0]
            assert editor.header.badge.text() == badge_label(listed)
    editor.header.set_state(DraftState.MODIFIED, False, "Email", queued=True)
    assert editor.header.badge.text() == badge_label(Badge.PENDING) == "Waiting to publish"


def test_a_waiting_draft_says_so_in_its_row_and_header(qtbot, qloop, services):
    page = _page(qtbot, services, "emails")
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(EMAIL)))
    qloop.run(wait_until(lambda: page.model.rowCount() == 1))
    page.select_ids([draft.local_id])
    qloop.run(wait_until(lambda: page.editor_area.local_id == draft.local_id))
    editor = page.editor_area.current_editor()
    assert editor.header.badge.text() == "Not published"

    async def queue() -> None:
        await services.runner.call(lambda ws: ws.outbox.enqueue(draft.local_id))
        await services.workspace.refresh_outbox()
        services.workspace.notify(DraftKind.EMAILS, draft.local_id)

    qloop.run(queue())
    qloop.run(wait_until(lambda: editor.header.badge.text() == "Waiting to publish"))
    status = page.model.index(page.model.row_of(draft.local_id), Column.STATUS)
    qloop.run(wait_until(lambda: status.data() == "Waiting to publish"))
