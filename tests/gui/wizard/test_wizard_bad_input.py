"""Bad input caught on its page with the reason at the field, and nothing lost: address lists
that are empty, binary, in cp1251, with a BOM, semicolon-separated or ragged; a segment deleted
on the server meanwhile; a server refusal shown at its field; Back keeps what was typed;
changing the kind of an unpublished campaign; a closed wizard keeps its draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.drafts import DraftState
from app.domain.enums import SourceType
from app.domain.kinds import DraftKind
from app.ui.wizard.editor import CampaignWizardEditor
from app.ui.wizard.wizard import PUBLISH, Step
from tests.gui.wizard.support import WizardEnv, server_objects, wait_until
from tests.gui.wizard.test_wizard_kinds import click, turn

NAMES = ["Иван Петров", "Ольга Смирнова", "Пётр Кузнецов", "Мария Иванова", "Алексей Соколов",
         "Наталья Попова", "Дмитрий Лебедев", "Екатерина Козлова"]  # fmt: skip


def _rows(delimiter: str = ",") -> str:
    lines = [f"email{delimiter}name"]
    lines += [f"user{i}@example.com{delimiter}{name}" for i, name in enumerate(NAMES)]
    return "\n".join(lines) + "\n"


CSV_FILES: dict[str, bytes] = {
    "empty.csv": b"",
    "binary.csv": b"PK\x03\x04\x00\x00\x08\x00" * 64,
    "header-only.csv": b"email,name\n",
    "cp1251.csv": _rows(";").encode("cp1251"),
    "bom.csv": "\ufeff".encode() + _rows().encode(),
    "semicolon.csv": _rows(";").encode(),
    "ragged.csv": b"email,name\na@example.com,A\nb@example.com\nc@example.com,C,extra\nd@example.com,D\n",
}


async def _at_audience(env: WizardEnv, kind: DraftKind, made: dict[str, Any]) -> CampaignWizardEditor:
    type_field = "messages_type" if kind is DraftKind.AB_CAMPAIGNS else "message_type"
    draft = await env.workspace.create_draft(kind, {type_field: "L", "message_id": made["email"]["id"]})
    editor = env.editor(kind)
    editor.load(draft)
    assert editor.wizard.step is Step.AUDIENCE  # an existing draft opens at its first gap
    assert editor.wizard.audience_page.rows["source_type"].problem == "Choose who receives this campaign."
    return editor


@pytest.fixture
def lists(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, data in CSV_FILES.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    return paths


def test_address_lists_are_checked_on_the_audience_page(qtbot, qloop, env: WizardEnv, lists):
    async def scenario() -> None:
        made = await server_objects(env)
        editor = await _at_audience(env, DraftKind.CAMPAIGNS, made)
        wizard, audience = editor.wizard, editor.wizard.audience_page
        audience.sources[SourceType.UPLOADED].click()
        wizard.next()
        assert audience.rows["source_uploaded_csv"].problem == "Choose the address list file."
        picker = audience.csv

        async def choose(name: str) -> Any:
            picker.set_path(str(lists[name]), notify=True)
            await wait_until(lambda: picker.preview is not None and not picker.reading)
            return picker.preview

        for name, words in (("empty.csv", "is empty"), ("binary.csv", "not a text file"),
                            ("header-only.csv", "no addresses under it")):  # fmt: skip
            await choose(name)
            wizard.next()
            assert wizard.step is Step.AUDIENCE, name
            assert words in audience.rows["source_uploaded_csv"].problem, name

        preview = await choose("cp1251.csv")
        assert (preview.encoding, preview.delimiter, preview.row_count) == ("cp1251", ";", 8)
        assert preview.rows[0] == ("user0@example.com", "Иван Петров")
        assert picker.summary.text() == "8 rows · Windows-1251 · separated by semicolon ( ; )"
        assert "was guessed" in " ".join(picker.warnings())
        picker.encoding.setCurrentIndex(picker.encoding.findData("cp1252"))  # the user's override
        await wait_until(lambda: picker.preview is not None and picker.preview.encoding == "cp1252")
        assert picker.preview.rows[0][1] != "Иван Петров"  # read as Western: the preview shows it wrong
        picker.encoding.setCurrentIndex(0)
        await wait_until(lambda: picker.preview is not None and picker.preview.encoding == "cp1251")

        preview = await choose("bom.csv")
        assert preview.encoding == "utf-8-sig" and preview.header == ("email", "name")  # no BOM in the name
        assert picker.email.currentText() == "email"
        preview = await choose("semicolon.csv")
        assert preview.delimiter == ";" and preview.email_column == 0 and preview.row_count == 8
        preview = await choose("ragged.csv")
        assert preview.ragged_rows == 2 and preview.first_ragged_line == 3
        turn(editor)  # ragged rows warn, they do not block
        assert wizard.step is Step.SCHEDULE
        wizard.back()
        assert "2 rows with another number of cells than the header (first at line 3)" in (
            audience.rows["source_uploaded_csv"].note.text()
        )
        stored = await env.workspace.get_draft(editor.local_id or 0)
        await env.autosaver.flush()
        stored = await env.workspace.get_draft(stored.local_id)
        assert stored.payload["$files"] == {"source_uploaded_csv": str(lists["ragged.csv"])}
        assert stored.payload["source_type"] == "U" and "source_id" not in stored.payload

    qloop.run(scenario(), timeout=60)


def test_a_segment_deleted_on_the_server_meanwhile_stops_the_campaign(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        ghost = dict(made["segment"], id=987_654, name="Deleted meanwhile")  # the workspace still has it
        await env.pull(DraftKind.SEGMENTS, [ghost])
        payload = {"message_type": "L", "message_id": made["email"]["id"], "source_type": "S",
                   "source_id": 987_654}  # fmt: skip
        draft = await env.workspace.create_draft(DraftKind.CAMPAIGNS, payload)
        editor = env.editor(DraftKind.CAMPAIGNS)
        editor.load(draft)
        audience, review = editor.wizard.audience_page, editor.wizard.review_page
        await wait_until(lambda: audience._checked_server)
        assert editor.wizard.step is Step.REVIEW and review.blocked  # learnt after it opened
        assert "The segment chosen no longer exists on the server" in review.findings_label.text()
        editor.wizard.go_to(Step.AUDIENCE)
        editor.wizard.next()
        assert editor.wizard.step is Step.AUDIENCE  # it cannot get past the audience any more
        assert audience.rows["source_id"].problem == (
            "This segment no longer exists on the server (deleted meanwhile): choose another."
        )
        listed = audience.segment_list
        gone = [listed.topLevelItem(i) for i in range(listed.topLevelItemCount())]
        ghost_item = next(item for item in gone if item is not None and item.text(0) == "Deleted meanwhile")
        assert ghost_item.text(2) == "deleted on the server"
        audience.choose_segment(made["segment"]["id"])
        editor.wizard.go_to(Step.REVIEW)
        assert editor.wizard.step is Step.REVIEW and not review.blocked

    qloop.run(scenario(), timeout=60)


def test_a_refusal_of_the_server_is_shown_at_its_field(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        payload = {"message_type": "L", "message_id": 999_999, "source_type": "S",
                   "source_id": made["segment"]["id"]}  # an email the workspace does not know either
        draft = await env.workspace.create_draft(DraftKind.CAMPAIGNS, payload)
        editor = env.editor(DraftKind.CAMPAIGNS)
        editor.load(draft)
        assert editor.wizard.step is Step.REVIEW
        click(editor, PUBLISH)
        await wait_until(lambda: editor.draft is not None and editor.draft.state is DraftState.FAILED, 20)
        row = editor.wizard.message_page.rows["message_id"]
        assert row.server_errors == ["There is no email with id 999999."]
        assert "Email" in editor.header.error.text()  # the header names the field by its label
        again = env.editor(DraftKind.CAMPAIGNS)
        again.load(await env.workspace.get_draft(draft.local_id))
        assert again.wizard.step is Step.MESSAGE  # opened where the server's refusal is
        assert again.wizard.message_page.rows["message_id"].note.text() == "There is no email with id 999999."

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=60)


def test_back_keeps_what_was_typed_and_a_closed_wizard_keeps_its_draft(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        payload = {"message_type": "L", "message_id": made["email"]["id"], "source_type": "S",
                   "source_id": made["segment"]["id"]}  # fmt: skip
        draft = await env.workspace.create_draft(DraftKind.CAMPAIGNS, payload)
        editor = env.editor(DraftKind.CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        wizard.go_to(Step.SETTINGS)
        settings = wizard.settings_page
        settings.tags.setText("autumn")
        settings.priority.setText("7")
        settings.flags["send_to_corp"].setChecked(True)
        wizard.back()
        wizard.back()
        assert wizard.step is Step.AUDIENCE
        wizard.go_to(Step.SETTINGS)
        assert (settings.tags.text(), settings.priority.text()) == ("autumn", "7")
        assert settings.flags["send_to_corp"].isChecked()
        editor.hide()
        editor.deleteLater()  # closed (another draft chosen, the app closed): the edits are saved
        await env.autosaver.flush()
        stored = await env.workspace.get_draft(draft.local_id)
        assert (stored.payload["tags"], stored.payload["priority"]) == ("autumn", 7)
        assert stored.payload["config"] == {"send_to_corp": True}
        reopened = env.editor(DraftKind.CAMPAIGNS)
        reopened.load(stored)
        assert reopened.wizard.settings_page.tags.text() == "autumn"

    qloop.run(scenario(), timeout=60)


def test_changing_the_kind_of_an_unpublished_campaign_makes_a_new_draft(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        payload = {"message_type": "L", "message_id": made["email"]["id"], "source_type": "S",
                   "source_id": made["segment"]["id"], "tags": "to be a test",
                   "planned_at": "2031-05-04T09:00:00+02:00", "$time_zone": "Europe/Berlin"}  # fmt: skip
        draft = await env.workspace.create_draft(DraftKind.CAMPAIGNS, payload)
        editor = env.editor(DraftKind.CAMPAIGNS)
        opened: list[int] = []
        editor.open_requested.connect(opened.append)
        editor.load(draft)
        editor.wizard.go_to(Step.KIND)
        kind_page = editor.wizard.kind_page
        kind_page.choose(DraftKind.AB_CAMPAIGNS)
        assert "Next makes a new A/B test draft" in kind_page.note.text()
        editor.wizard.next()
        await wait_until(lambda: bool(opened))
        new = await env.workspace.get_draft(opened[0])
        assert new.kind is DraftKind.AB_CAMPAIGNS
        assert new.payload == {
            "messages_type": "L", "message_id": made["email"]["id"], "source_type": "S",
            "source_id": made["segment"]["id"], "tags": "to be a test", "$time_zone": "Europe/Berlin",
            "planned_at": "2031-05-04T09:00:00+02:00", "test_planned_at": "2031-05-04T09:00:00+02:00",
        }  # fmt: skip
        assert [row.local_id for row in await env.workspace.list_drafts(DraftKind.CAMPAIGNS)] == []
        assert not editor.isEnabled()  # the old draft is gone: nothing can be typed into it

    qloop.run(scenario(), timeout=60)
