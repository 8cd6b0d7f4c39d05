"""The campaigns list against the sandbox: kind, status, email, audience and next send columns;
Start, Pause, Resume and Archive for several campaigns at once (Start and Archive confirmed),
actions that cannot apply disabled with the reason, a refusal in words, Duplicate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.kinds import DraftKind
from app.services.campaign_control import CampaignAction
from app.ui.campaigns.list_model import CampaignColumn, CampaignTableModel
from app.ui.campaigns.list_tools import CampaignListExtension
from app.ui.models.draft_table_model import Column
from app.ui.pages.draft_list_page import DraftListPage
from app.ui.pages.sections import draft_sections
from tests.gui.wizard.support import WizardEnv, server_objects, wait_until


def _campaigns_page(env: WizardEnv) -> tuple[DraftListPage, CampaignListExtension]:
    section = next(s for s in draft_sections() if s.key == "campaigns")
    extension = CampaignListExtension(env.control, env.catalog, env.tasks)
    page = DraftListPage(section, env.workspace, env.tasks, None, extension=extension)
    env.widgets.append(page)
    page.resize(1300, 700)
    page.show()
    return page, extension


def _cell(page: DraftListPage, local_id: int, column: int) -> Any:
    row = page.model.row_of(local_id)
    return None if row is None else page.model.index(row, column).data()


def _confirm(extension: CampaignListExtension, button_text: str) -> None:
    assert extension.bar is not None
    box = extension.bar.confirm_box()
    assert box is not None and box.icon() == QMessageBox.Icon.Question
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_campaigns_are_started_paused_resumed_and_archived_from_the_list(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        common = {"message_id": made["email"]["id"], "source_type": "S", "source_id": made["segment"]["id"]}
        async with env.accounts.client() as api:
            created = [
                (DraftKind.CAMPAIGNS, await api.campaigns.create(
                    {"message_type": "L", **common, "tags": "one", "planned_at": "2031-01-05T09:00:00Z"})),
                (DraftKind.AB_CAMPAIGNS, await api.ab_campaigns.create(
                    {"messages_type": "L", **common, "tags": "ab", "ab_percent": 10, "win_parameter": "O"})),
                (DraftKind.AUTO_CAMPAIGNS, await api.auto_campaigns.create(
                    {"message_type": "L", **common, "tags": "auto", "crontab": "0 9 * * *", "active": True})),
            ]  # fmt: skip
        for kind, obj in created:
            await env.pull(kind, [obj])
        ids = [(await env.draft_of(kind, obj["id"])).local_id for kind, obj in created]
        local = await env.workspace.create_draft(DraftKind.CAMPAIGNS, {"tags": "only here"})

        page, extension = _campaigns_page(env)
        assert isinstance(page.model, CampaignTableModel)
        bar = extension.bar
        assert bar is not None
        await wait_until(lambda: _cell(page, ids[0], CampaignColumn.CAMPAIGN_STATUS) == "New")
        titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in CampaignColumn]
        assert titles == ["Campaign", "Email", "Audience", "Next send"]
        assert _cell(page, ids[0], Column.TYPE) == "One-time"
        assert _cell(page, ids[0], CampaignColumn.MESSAGE) == made["email"]["internal_name"]
        assert _cell(page, ids[1], CampaignColumn.AUDIENCE) == made["segment"]["name"]
        assert _cell(page, ids[0], CampaignColumn.NEXT_SEND).startswith("Sun 5 Jan 2031")
        assert _cell(page, ids[2], CampaignColumn.NEXT_SEND) != "—"  # the next 09:00
        assert _cell(page, local.local_id, CampaignColumn.CAMPAIGN_STATUS) == "—"

        page.select_ids([local.local_id])
        assert not bar.buttons[CampaignAction.START].isEnabled()
        not_yet = "This campaign is not on the server yet: publish it first."
        assert bar.buttons[CampaignAction.START].toolTip() == not_yet

        page.select_ids(ids)
        assert bar.buttons[CampaignAction.START].isEnabled()
        assert not bar.buttons[CampaignAction.PAUSE].isEnabled()
        why = "Only a running campaign can be paused; this one is new."
        assert bar.buttons[CampaignAction.PAUSE].toolTip() == why
        assert not bar.duplicate.isEnabled()  # one at a time

        for action, confirm, status in (
            (CampaignAction.START, "Start", "Running"),
            (CampaignAction.PAUSE, None, "Paused"),
            (CampaignAction.RESUME, None, "Running"),
            (CampaignAction.ARCHIVE, "Archive", "Archived"),
        ):
            bar.buttons[action].click()
            if confirm is not None:
                _confirm(extension, confirm)
            shown = lambda s=status: all(_cell(page, i, CampaignColumn.CAMPAIGN_STATUS) == s for i in ids)  # noqa: E731
            await wait_until(shown, within=20)
            assert bar.result.text() == "Done for 3 campaigns."
        assert not any(button.isEnabled() for button in bar.buttons.values())
        assert bar.buttons[CampaignAction.START].toolTip() == (
            "Only a new campaign can be started; this one is archived."
        )
        async with env.accounts.client() as api:
            assert (await api.auto_campaigns.get(created[2][1]["id"]))["status"] == "archived"

    qloop.run(scenario(), timeout=90)


def test_a_refusal_is_said_in_words_and_duplicate_makes_a_draft(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        async with env.accounts.client() as api:
            campaign = await api.campaigns.create({"message_type": "L", "message_id": made["email"]["id"],
                                                   "source_type": "S", "source_id": made["segment"]["id"],
                                                   "tags": "behind"})  # fmt: skip
        await env.pull(DraftKind.CAMPAIGNS, [campaign])
        local_id = (await env.draft_of(DraftKind.CAMPAIGNS, campaign["id"])).local_id
        async with env.accounts.client() as api:
            await api.campaigns.start(campaign["id"])  # someone else started it meanwhile
        page, extension = _campaigns_page(env)
        bar = extension.bar
        assert bar is not None
        await wait_until(lambda: _cell(page, local_id, CampaignColumn.CAMPAIGN_STATUS) == "New")
        page.select_ids([local_id])
        bar.buttons[CampaignAction.START].click()
        box = bar.confirm_box()
        assert box is not None and "“behind”" in box.text()
        _confirm(extension, "Start")
        await wait_until(lambda: "was not started" in bar.result.text(), within=20)
        assert bar.result.text() == (
            "“behind” was not started: Only a new campaign can be started; this one is running. "
            "The list now shows its state on the server."
        )
        await wait_until(lambda: _cell(page, local_id, CampaignColumn.CAMPAIGN_STATUS) == "Running")
        assert bar.buttons[CampaignAction.PAUSE].isEnabled()  # the state followed the server

        bar.duplicate.click()
        await wait_until(lambda: len(page.model.rows()) == 2, within=10)
        copy_id = next(i for i in page.model.local_ids() if i != local_id)
        await wait_until(lambda: page.selected_ids() == [copy_id])
        copy = await env.workspace.get_draft(copy_id)
        assert copy.remote_id is None and "status" not in copy.payload and copy.payload["tags"] == "behind"

    qloop.run(scenario(), timeout=90)


def test_selecting_campaigns_asks_the_server_how_they_are_now(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        async with env.accounts.client() as api:
            campaign = await api.auto_campaigns.create({
                "message_type": "L", "message_id": made["email"]["id"], "source_type": "A", "source_id": 3,
                "tags": "elsewhere", "crontab": "0 9 * * 1", "active": True,
            })  # fmt: skip
        await env.pull(DraftKind.AUTO_CAMPAIGNS, [campaign])
        local_id = (await env.draft_of(DraftKind.AUTO_CAMPAIGNS, campaign["id"])).local_id
        page, extension = _campaigns_page(env)
        bar = extension.bar
        assert bar is not None
        await wait_until(lambda: _cell(page, local_id, CampaignColumn.CAMPAIGN_STATUS) == "New")
        async with env.accounts.client() as api:
            await api.auto_campaigns.start(campaign["id"])  # someone else, in the provider's web interface
        page.select_ids([local_id])
        await wait_until(lambda: _cell(page, local_id, CampaignColumn.CAMPAIGN_STATUS) == "Running", 20)
        assert not bar.buttons[CampaignAction.START].isEnabled()
        await wait_until(lambda: bar.buttons[CampaignAction.PAUSE].isEnabled())
        draft = await env.workspace.get_draft(local_id)
        assert draft.payload["status"] == "running" and draft.state.value == "published"  # not an edit

    qloop.run(scenario(), timeout=60)


def test_a_narrow_campaigns_list_keeps_names_and_server_status_in_view(qtbot, qloop, env: WizardEnv):
    page, _extension = _campaigns_page(env)
    qloop.run(env.workspace.create_draft(DraftKind.CAMPAIGNS, {"internal_name": "Spring sale"}))
    qloop.run(wait_until(lambda: page.model.rowCount() == 1))
    view = page.view
    page.splitter.setSizes([1200, 100])
    qloop.run(wait_until(lambda: not view.isColumnHidden(CampaignColumn.AUDIENCE)))

    page.splitter.setSizes([420, 880])  # beside the wizard
    qloop.run(wait_until(lambda: view.isColumnHidden(CampaignColumn.AUDIENCE)))
    assert view.isColumnHidden(Column.SERVER_ID)  # the least useful went first
    assert not view.isColumnHidden(CampaignColumn.CAMPAIGN_STATUS)  # what can be started or paused
    assert not view.isColumnHidden(Column.STATUS)
    width = view.horizontalHeader().sectionSize(Column.TITLE)
    assert width >= view.fontMetrics().horizontalAdvance("M") * 9
    assert view.horizontalHeader().length() <= view.viewport().width() + 1  # no sideways scrolling
