"""The conflict dialog over a real workspace: what it shows, what each choice merges, and
the merge stored through WorkspaceService.resolve_conflict."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from app.domain.drafts import Draft, DraftState
from app.domain.kinds import DraftKind
from app.domain.payload_diff import Side
from app.ui.conflict_dialog import ConflictDialog, open_conflict_dialog
from tests.gui.editing_support import Services, open_services, wait_until

HTML = "\n".join(
    ("<html>", "<body>", "<h1>Spring sale</h1>", "<p>Everything 20% off.</p>", "<p>Until Sunday.</p>",
     "</body>", "</html>")
)
BASE: dict[str, Any] = {
    "id": 5, "category": 3, "from_address": "news@example.com", "internal_name": "Spring",
    "subject": "Spring sale", "subject_de": "Frühlingsangebot", "text_html": HTML, "is_urgent": False,
    "updated_at": "2026-03-01T10:00:00Z",
}  # fmt: skip
MINE = dict(BASE, subject="Spring sale: 30% off", text_html=HTML.replace("20%", "30%"),
            internal_name="Spring 2026", **{"$note": "local"})  # fmt: skip
THEIRS = dict(BASE, subject="Big spring sale", text_html=HTML.replace("Until Sunday.", "Until Monday!"),
              subject_de="Großer Frühlingsverkauf", is_urgent=True,
              updated_at="2026-03-02T10:00:00Z")  # fmt: skip


@pytest.fixture
def services(qloop, tmp_path) -> Iterator[Services]:
    services = qloop.run(open_services(tmp_path / "ws"))
    try:
        yield services
    finally:
        qloop.run(services.close())


def _conflicted(qloop, services: Services, kind: DraftKind, base: dict, mine: dict, theirs: dict) -> Draft:
    """A draft pulled, edited, then found changed on the server at publish (as the sync does)."""
    account = services.workspace.account_id
    assert account is not None
    qloop.run(services.runner.call(lambda ws: ws.drafts.apply_pull(account, kind.value, [base])))
    local_id = qloop.run(services.workspace.list_drafts(kind))[0].local_id
    qloop.run(services.workspace.save_payload(local_id, mine))
    qloop.run(services.runner.call(lambda ws: ws.drafts.mark_conflict(local_id, theirs)))
    draft = qloop.run(services.stored(local_id))
    assert draft.state is DraftState.CONFLICT
    return draft


@pytest.fixture
def window(qtbot) -> QWidget:
    """The main window stands behind the dialog (closing the last window would end the loop)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def _dialog(window: QWidget, services: Services, draft: Draft) -> ConflictDialog:
    return ConflictDialog(draft, workspace=services.workspace, runner=services.tasks, parent=window)


def _apply(qloop, dialog: ConflictDialog) -> list[int]:
    resolved: list[int] = []
    dialog.resolved.connect(resolved.append)

    async def click() -> None:
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: resolved)

    qloop.run(click())
    return resolved


def _cell_text(dialog: ConflictDialog, name: str, side: Side) -> str:
    cell = dialog.rows[name].cells[side]
    if isinstance(cell, QPlainTextEdit):
        return cell.toPlainText()
    label = cell.findChild(QLabel)
    assert label is not None
    return label.text()


def test_the_dialog_lists_conflicts_and_one_sided_changes(window, qloop, services):
    draft = _conflicted(qloop, services, DraftKind.EMAILS, BASE, MINE, THEIRS)
    dialog = _dialog(window, services, draft)
    assert [c.name for c in dialog.diff.conflicts] == ["subject", "text_html"]
    assert list(dialog.rows) == ["subject", "text_html", "internal_name", "subject_de", "is_urgent"]
    assert (_cell_text(dialog, "subject", Side.BASE), _cell_text(dialog, "subject", Side.MINE),
            _cell_text(dialog, "subject", Side.THEIRS)) == ("Spring sale", "Spring sale: 30% off",
                                                            "Big spring sale")  # fmt: skip
    assert _cell_text(dialog, "is_urgent", Side.THEIRS) == "Yes"
    # The HTML body is shown in text boxes, each highlighting its lines that differ from the base.
    mine_box = dialog.rows["text_html"].cells[Side.MINE]
    assert isinstance(mine_box, QPlainTextEdit)
    highlighted = [s.cursor.block().text() for s in mine_box.extraSelections()]
    assert highlighted == ["<p>Everything 30% off.</p>"]
    theirs_box = dialog.rows["text_html"].cells[Side.THEIRS]
    assert [s.cursor.block().text() for s in theirs_box.extraSelections()] == ["<p>Until Monday!</p>"]
    # One-sided changes are chosen already; conflicts wait.
    assert dialog.rows["internal_name"].choice is Side.MINE
    assert dialog.rows["subject_de"].choice is Side.THEIRS
    assert dialog.rows["subject"].choice is None
    assert not dialog.apply_button.isEnabled()
    assert dialog.status.text() == "2 field(s) still need a choice."


def test_choices_per_field_make_the_merge_and_resolve_the_draft(window, qloop, services):
    draft = _conflicted(qloop, services, DraftKind.EMAILS, BASE, MINE, THEIRS)
    dialog = _dialog(window, services, draft)
    dialog.open()
    dialog.choose("subject", Side.THEIRS)
    assert not dialog.apply_button.isEnabled()
    dialog.choose("text_html", Side.MINE)
    assert dialog.apply_button.isEnabled()
    assert _apply(qloop, dialog) == [draft.local_id]

    stored = qloop.run(services.stored(draft.local_id))
    expected = dict(THEIRS, subject="Big spring sale", text_html=MINE["text_html"],
                    internal_name="Spring 2026", **{"$note": "local"})  # fmt: skip
    assert stored.payload == expected
    assert stored.base == THEIRS
    assert stored.theirs is None
    assert stored.state is DraftState.MODIFIED
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_keep_all_mine_still_takes_their_one_sided_changes(window, qloop, services):
    draft = _conflicted(qloop, services, DraftKind.EMAILS, BASE, MINE, THEIRS)
    dialog = _dialog(window, services, draft)
    QTest.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    assert dialog.merged() == dict(MINE, subject_de="Großer Frühlingsverkauf", is_urgent=True,
                                   updated_at=THEIRS["updated_at"])  # the server's own fields: theirs


def test_take_all_theirs_and_switching_a_one_sided_row(window, qloop, services):
    draft = _conflicted(qloop, services, DraftKind.EMAILS, BASE, MINE, THEIRS)
    dialog = _dialog(window, services, draft)
    QTest.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
    dialog.choose("subject_de", Side.MINE)  # undo their translation, keep the rest of theirs
    merged = dialog.merged()
    assert merged["subject"] == "Big spring sale"
    assert merged["text_html"] == THEIRS["text_html"]
    assert merged["subject_de"] == "Frühlingsangebot"
    assert merged["internal_name"] == "Spring 2026"


def test_taking_everything_of_theirs_leaves_the_draft_published(window, qloop, services):
    draft = _conflicted(qloop, services, DraftKind.EMAILS, BASE, MINE, THEIRS)
    dialog = _dialog(window, services, draft)
    dialog.choose_all(Side.THEIRS)
    dialog.choose("internal_name", Side.THEIRS)
    _apply(qloop, dialog)
    stored = qloop.run(services.stored(draft.local_id))
    assert stored.payload == dict(THEIRS, **{"$note": "local"})
    assert stored.state is DraftState.MODIFIED  # the local note differs from the server's copy
    assert stored.base == THEIRS


def test_campaign_config_flags_are_chosen_one_by_one(window, qloop, services):
    base = {"id": 9, "message_type": "L", "message_id": 4, "source_type": "S", "source_id": 2,
            "config": {"min_send_interval": 60, "send_to_corp": False}}  # fmt: skip
    mine = dict(base, config={"min_send_interval": 90, "send_to_corp": False})
    theirs = dict(base, config={"min_send_interval": 120, "send_to_corp": True}, tags="autumn")
    draft = _conflicted(qloop, services, DraftKind.CAMPAIGNS, base, mine, theirs)
    dialog = _dialog(window, services, draft)
    assert list(dialog.rows) == ["config.min_send_interval", "config.send_to_corp", "tags"]
    label = dialog.findChildren(QLabel, None)
    assert any(lbl.text() == "Minimum gap between emails" for lbl in label)
    dialog.choose("config.min_send_interval", Side.MINE)
    assert dialog.merged()["config"] == {"min_send_interval": 90, "send_to_corp": True}
    assert dialog.merged()["tags"] == "autumn"


def test_open_conflict_dialog_opens_without_blocking(window, qloop, services):
    draft = _conflicted(qloop, services, DraftKind.EMAILS, BASE, MINE, THEIRS)

    async def open_it() -> ConflictDialog:
        return await open_conflict_dialog(draft.local_id, workspace=services.workspace,
                                          runner=services.tasks, parent=window)  # fmt: skip

    dialog = qloop.run(open_it())  # returned while the dialog is open: open(), not exec()
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.choose_all(Side.MINE)
    assert _apply(qloop, dialog) == [draft.local_id]
    qloop.run(wait_until(lambda: window.findChild(ConflictDialog) is None))  # closed and deleted
