"""Every field the reference lists for each kind, set in the wizard against the sandbox and
surviving the round trip: create (published and started) → get from the server → reopen in the
wizard (each page shows what was set) → save → the same payload. Then the three campaigns made
so are paused, resumed and archived together from the campaigns list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.campaign_payloads import TIME_ZONE, build_payload
from app.domain.drafts import DraftState
from app.domain.enums import SourceType, WinParameter
from app.domain.kinds import DraftKind
from app.domain.time_zones import from_wall_clock, from_wire, wall_clock
from app.services.campaign_control import CampaignAction
from app.services.sync_payloads import wire_body
from app.ui.campaigns.list_model import CampaignColumn
from app.ui.wizard.editor import CampaignWizardEditor
from app.ui.wizard.wizard import PUBLISH, PUBLISH_AND_START, SAVE, Step
from tests.gui.wizard.every_field import (
    BOOL_FLAGS,
    CONFIG,
    FIELDS,
    HOOK,
    ZONE,
    Plan,
    plan_for,
    set_every_field,
)
from tests.gui.wizard.support import WizardEnv, server_objects, wait_until
from tests.gui.wizard.test_campaign_list import _campaigns_page, _cell, _confirm
from tests.gui.wizard.test_wizard_kinds import click

KINDS = (DraftKind.CAMPAIGNS, DraftKind.AB_CAMPAIGNS, DraftKind.AUTO_CAMPAIGNS)


async def create(env: WizardEnv, made: dict[str, Any], plan: Plan) -> int:
    """A new draft of the plan's kind through the wizard, published and started."""
    draft = await env.workspace.create_draft(plan.kind, {})
    editor = env.editor(plan.kind)
    editor.load(draft)
    await set_every_field(editor, plan, made)
    return draft.local_id


def expected_values(plan: Plan, made: dict[str, Any]) -> dict[str, Any]:
    """What the server must hold, field by field, for what the plan set."""
    type_field = "messages_type" if plan.kind is DraftKind.AB_CAMPAIGNS else "message_type"
    values: dict[str, Any] = {type_field: "L", "message_id": made["email"]["id"], "config": CONFIG,
                              "tags": plan.tags, "priority": plan.priority}  # fmt: skip
    if plan.kind is DraftKind.CAMPAIGNS:
        values.update(source_type="U", send_during_hours=plan.hours, start_immediately=True)
    elif plan.kind is DraftKind.AB_CAMPAIGNS:
        values.update(source_type="S", source_id=made["segment"]["id"], send_during_hours=plan.hours,
                      ab_percent=plan.ab_percent, win_parameter="U")  # fmt: skip
    else:
        values.update(source_type="A", source_id=plan.api_source, active=True, crontab=plan.crontab)
    return values


async def check_on_server(env: WizardEnv, plan: Plan, made: dict[str, Any], local_id: int) -> dict[str, Any]:
    draft = await env.workspace.get_draft(local_id)
    assert draft.state is DraftState.PUBLISHED and draft.remote_id is not None
    async with env.accounts.client() as api:
        got = await getattr(api, plan.kind.value).get(int(draft.remote_id))
    assert got["status"] == "running"
    sent = wire_body(plan.kind, draft.payload).fields
    for key in FIELDS[plan.kind]:
        assert key in got and got[key] == sent[key], key
    for key, value in expected_values(plan, made).items():
        assert got[key] == value, key
    for key, clock in plan.times.items():
        assert from_wire(got[key]) == from_wall_clock(clock, ZONE).instant, key
        assert got[key].endswith(("+01:00", "+02:00")), key  # sent with Berlin's offset
    if plan.kind is DraftKind.CAMPAIGNS:
        assert "source_id" not in got or got["source_id"] is None  # not transmitted with a file
        assert got["source_uploaded_csv"]["name"] == "spring-buyers.csv"
        assert got["source_uploaded_csv"]["rows"] == 13  # the header line and twelve addresses
    if plan.kind is not DraftKind.AUTO_CAMPAIGNS:
        assert got["additional_source_file"]["name"] == f"{plan.kind.value}-coupons.csv"
    other = "message_type" if plan.kind is DraftKind.AB_CAMPAIGNS else "messages_type"
    assert other not in got
    # The draft keeps the files to send again and the zone the times were picked in.
    files = {}
    if plan.address_list is not None:
        files["source_uploaded_csv"] = str(plan.address_list)
    if plan.extra_file is not None:
        files["additional_source_file"] = str(plan.extra_file)
    assert draft.payload.get("$files", {}) == files
    assert draft.payload[TIME_ZONE] == ZONE
    return got


def check_pages_show(editor: CampaignWizardEditor, plan: Plan, made: dict[str, Any]) -> None:
    """The reopened wizard's pages show every value that was set."""
    wizard = editor.wizard
    message = wizard.message_page
    assert [item.text(0) for item in message.list.selectedItems()] == [made["email"]["internal_name"]]
    audience = wizard.audience_page
    if plan.address_list is not None:
        assert audience.sources[SourceType.UPLOADED].isChecked()
        assert audience.csv.path == str(plan.address_list)
    elif plan.api_source is not None:
        assert audience.sources[SourceType.API].isChecked() and audience.api_id.text() == str(plan.api_source)
    else:
        assert audience.sources[SourceType.SEGMENT].isChecked()
        assert [i.text(0) for i in audience.segment_list.selectedItems()] == [made["segment"]["name"]]
    if plan.extra_file is not None:
        assert audience.extra is not None and audience.extra.path == str(plan.extra_file)
    schedule = wizard.schedule_page
    assert schedule.zone.currentText() == ZONE
    for key, clock in plan.times.items():
        edit = schedule.times[key]
        assert edit.instant is not None and wall_clock(edit.instant, ZONE) == clock, key
        assert edit.edit.time().hour() == clock.hour and edit.edit.date().day() == clock.day, key
    if plan.kind is DraftKind.AUTO_CAMPAIGNS:
        assert schedule.active.isChecked() and schedule.crontab.text == plan.crontab
    else:
        assert schedule.hours.value() == plan.hours
        assert schedule.immediately.isChecked() == (plan.kind is DraftKind.CAMPAIGNS)
    if wizard.ab_page is not None:
        ab = wizard.ab_page
        assert (ab.spin.value(), ab.slider.value()) == (plan.ab_percent, plan.ab_percent)
        assert ab.criteria[WinParameter.CLICK_TO_OPEN].isChecked()
    settings = wizard.settings_page
    assert (settings.tags.text(), settings.priority.text()) == (plan.tags, str(plan.priority))
    assert settings.hook_url.text() == HOOK
    assert all(settings.flags[name].isChecked() for name in BOOL_FLAGS)
    assert settings.durations["retry_sent_quarantine_rejected_interval"].seconds() == 7200
    assert settings.durations["min_send_interval"].unit.currentText() == "days"
    assert settings.durations["min_send_interval"].number.text() == "3"


async def reopen_walk_and_save(env: WizardEnv, plan: Plan, made: dict[str, Any], local_id: int,
                               got: dict[str, Any]) -> None:  # fmt: skip
    stored = await env.workspace.get_draft(local_id)
    writes = list(env.writes)
    editor = env.editor(plan.kind)
    editor.load(stored)
    wizard = editor.wizard
    assert wizard.step is Step.REVIEW  # nothing missing: it opens at the review
    wizard.go_to(Step.KIND)  # Back through every page, and forward again
    assert wizard.step is Step.KIND
    assert not wizard.kind_page.buttons[DraftKind.CAMPAIGNS if plan.kind is not DraftKind.CAMPAIGNS
                                         else DraftKind.AB_CAMPAIGNS].isEnabled()  # fmt: skip
    wizard.go_to(Step.REVIEW)
    assert wizard.step is Step.REVIEW
    await wait_until(lambda: wizard.message_page.list.selectedItems() != [])
    if plan.kind is DraftKind.AB_CAMPAIGNS:
        await wait_until(lambda: wizard.audience_page.segment_list.selectedItems() != [])
    check_pages_show(editor, plan, made)
    click(editor, SAVE)
    await env.autosaver.flush()
    after = await env.workspace.get_draft(local_id)
    assert after.payload == stored.payload and after.state is DraftState.PUBLISHED
    assert env.writes == writes  # nothing was edited: nothing was written
    rebuilt = wire_body(plan.kind, build_payload(editor.context.setup)).fields
    sent_back = wire_body(plan.kind, got).fields
    assert rebuilt == sent_back  # what a rewrite would send is what the server holds
    assert not wizard.button(PUBLISH).isEnabled()
    start = wizard.button(PUBLISH_AND_START)
    assert not start.isEnabled()
    assert start.toolTip() == "Only a new campaign can be started; this one is running."


@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
def test_every_field_of_a_kind_survives_the_round_trip(qtbot, qloop, env: WizardEnv, tmp_path: Path,
                                                       kind: DraftKind):  # fmt: skip
    async def scenario() -> None:
        made = await server_objects(env)
        plan = plan_for(kind, tmp_path)
        local_id = await create(env, made, plan)
        got = await check_on_server(env, plan, made, local_id)
        await reopen_walk_and_save(env, plan, made, local_id, got)

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=120)


def test_the_three_made_in_the_wizard_are_paused_resumed_and_archived_from_the_list(
    qtbot, qloop, env: WizardEnv, tmp_path: Path
):
    async def scenario() -> None:
        made = await server_objects(env)
        plans = [plan_for(kind, tmp_path) for kind in KINDS]
        ids = [await create(env, made, plan) for plan in plans]
        page, extension = _campaigns_page(env)
        bar = extension.bar
        assert bar is not None
        running = lambda: all(_cell(page, i, CampaignColumn.CAMPAIGN_STATUS) == "Running" for i in ids)  # noqa: E731
        await wait_until(running)
        assert [_cell(page, i, CampaignColumn.AUDIENCE) for i in ids] == [
            "spring-buyers.csv", made["segment"]["name"], "API #7"
        ]
        assert all(_cell(page, i, CampaignColumn.MESSAGE) == made["email"]["internal_name"] for i in ids)
        assert all(_cell(page, i, CampaignColumn.NEXT_SEND) != "—" for i in ids)
        page.select_ids(ids)
        assert not bar.buttons[CampaignAction.START].isEnabled()
        for action, confirm, status in (
            (CampaignAction.PAUSE, None, "Paused"),
            (CampaignAction.RESUME, None, "Running"),
            (CampaignAction.ARCHIVE, "Archive", "Archived"),
        ):
            assert bar.buttons[action].isEnabled(), action
            bar.buttons[action].click()
            if confirm is not None:
                _confirm(extension, confirm)
            await wait_until(lambda s=status: all(_cell(page, i, CampaignColumn.CAMPAIGN_STATUS) == s
                                                  for i in ids), within=30)  # fmt: skip
            assert bar.result.text() == "Done for 3 campaigns."
        for plan, local_id in zip(plans, ids, strict=True):
            draft = await env.workspace.get_draft(local_id)
            assert draft.state is DraftState.PUBLISHED and draft.payload["status"] == "archived"
            assert draft.payload[TIME_ZONE] == ZONE  # an action keeps what only this computer knows
            async with env.accounts.client() as api:
                got = await getattr(api, plan.kind.value).get(int(draft.remote_id or 0))
            assert got["status"] == "archived"

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=180)
