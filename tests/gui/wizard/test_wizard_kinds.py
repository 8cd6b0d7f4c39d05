"""Each kind of campaign driven through the wizard on a real workspace against the sandbox:
create, publish (and start), get it from the server, reopen it in the wizard, save, and the
payload is the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.drafts import DraftState
from app.domain.enums import SourceType, WinParameter
from app.domain.kinds import DraftKind
from app.domain.time_zones import from_wall_clock, from_wire, wall_clock
from app.services.sync_payloads import wire_body
from app.ui.wizard.editor import CampaignWizardEditor
from app.ui.wizard.wizard import PUBLISH, PUBLISH_AND_START, SAVE, Step
from tests.gui.wizard.support import WizardEnv, server_objects, wait_until


def click(editor: CampaignWizardEditor, which: Any) -> None:
    QTest.mouseClick(editor.wizard.button(which), Qt.MouseButton.LeftButton)


def turn(editor: CampaignWizardEditor) -> Step:
    """Next, which must turn the page (else: the problems the page shows)."""
    before = editor.wizard.step
    editor.wizard.next()
    page = editor.wizard.pages[before]
    assert editor.wizard.step != before, {k: r.problem for k, r in page.rows.items() if r.problem}
    return editor.wizard.step


def days_ahead(days: int, hour: int, zone: str = "UTC") -> datetime:
    """A wall clock ``days`` from now at ``hour`` o'clock."""
    day = wall_clock(datetime.now(UTC), zone) + timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


async def choose_email_and_audience(editor: CampaignWizardEditor, made: dict[str, Any], source: SourceType,
                                    api_id: int | None = None) -> None:  # fmt: skip
    wizard = editor.wizard
    assert wizard.step is Step.MESSAGE
    await wait_until(lambda: wizard.message_page.list.topLevelItemCount() > 0)
    wizard.message_page.select_email(made["email_draft"].local_id)
    await wait_until(lambda: wizard.message_page.preview.subject.text() == "Spring sale: 30% off")
    assert "30% off until Sunday" in wizard.message_page.preview.text.toPlainText()
    turn(editor)
    audience = wizard.audience_page
    audience.sources[source].click()
    if source is SourceType.SEGMENT:
        await wait_until(lambda: audience._checked_server)
        audience.choose_segment(made["segment"]["id"])
    elif source is SourceType.API:
        audience.api_id.setText(str(api_id))
    turn(editor)


async def server_copy(env: WizardEnv, kind: DraftKind, local_id: int) -> tuple[dict[str, Any], Any]:
    draft = await env.workspace.get_draft(local_id)
    assert draft.remote_id is not None and draft.state is DraftState.PUBLISHED
    async with env.accounts.client() as api:
        got = await getattr(api, kind.value).get(int(draft.remote_id))
    return draft.payload, got


async def reopen_and_save(env: WizardEnv, kind: DraftKind, local_id: int) -> CampaignWizardEditor:
    """The published campaign, opened in a new wizard: it shows the review, and Save writes nothing."""
    stored = await env.workspace.get_draft(local_id)
    writes = list(env.writes)
    editor = env.editor(kind)
    editor.load(stored)
    assert editor.wizard.step is Step.REVIEW, editor.wizard.step
    click(editor, SAVE)
    await env.autosaver.flush()
    after = await env.workspace.get_draft(local_id)
    assert after.payload == stored.payload and after.state is DraftState.PUBLISHED
    assert env.writes == writes
    assert not editor.wizard.button(PUBLISH).isEnabled()  # the server has this version
    return editor


def sent_fields_match(kind: DraftKind, payload: dict[str, Any], got: dict[str, Any], keys: list[str]) -> None:
    sent = wire_body(kind, payload).fields
    for key in keys:
        assert got[key] == sent[key], key


def test_a_one_time_campaign_from_new_to_running_and_back(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        draft = await env.workspace.create_draft(DraftKind.CAMPAIGNS, {})
        editor = env.editor(DraftKind.CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        assert wizard.step is Step.KIND  # a new draft starts at its kind
        turn(editor)
        wizard.next()  # nothing chosen: it stays, with the reason at the field
        assert wizard.step is Step.MESSAGE
        assert wizard.message_page.rows["message_id"].problem == "Choose the email this campaign sends."
        await choose_email_and_audience(editor, made, SourceType.SEGMENT)

        schedule = wizard.schedule_page
        planned = schedule.times["planned_at"]
        planned.set_button.click()
        planned.set_wall_clock(days_ahead(-2, 9))  # in the past
        wizard.next()
        assert wizard.step is Step.SCHEDULE
        assert schedule.rows["planned_at"].problem == "This time has passed: choose one from now on."
        planned.set_wall_clock(days_ahead(1, 9))
        schedule.hours.setValue(4)
        turn(editor)

        settings = wizard.settings_page
        settings.tags.setText("spring")
        assert not settings.flags["hook_use_auth"].isEnabled()
        settings.hook_url.setText("crm.example/hook?id={id}")
        wizard.next()
        assert wizard.step is Step.SETTINGS
        assert "http" in settings.rows["config.hook_url_template"].problem
        settings.hook_url.setText("https://crm.example/hook?id={id}")
        assert settings.flags["hook_use_auth"].isEnabled()
        settings.flags["hook_use_auth"].setChecked(True)
        settings.durations["min_send_interval"].unit.setCurrentIndex(1)  # hours
        settings.durations["min_send_interval"].number.setText("2")
        turn(editor)

        review = wizard.review_page
        sentences = review.sentences.text()
        email, segment = made["email"]["internal_name"], made["segment"]["name"]
        assert f"Sends ‘{email}’ to the segment ‘{segment}’" in sentences
        assert "spread over 4 hours" in sentences
        assert "Skips people who got another email in the last 2 hours." in sentences
        assert not review.blocked
        click(editor, PUBLISH_AND_START)
        await wait_until(lambda: "started" in review.status.text(), within=20)

        payload, got = await server_copy(env, DraftKind.CAMPAIGNS, draft.local_id)
        assert got["status"] == "running"
        sent_fields_match(DraftKind.CAMPAIGNS, payload, got, ["message_type", "message_id", "source_type",
                          "source_id", "tags", "planned_at", "send_during_hours", "config"])  # fmt: skip
        hook = "https://crm.example/hook?id={id}"
        assert got["config"] == {"hook_url_template": hook, "hook_use_auth": True, "min_send_interval": 7200}
        assert from_wire(got["planned_at"]) == from_wall_clock(days_ahead(1, 9), "UTC").instant
        assert "messages_type" not in got

        again = await reopen_and_save(env, DraftKind.CAMPAIGNS, draft.local_id)
        assert again.wizard.settings_page.tags.text() == "spring"
        assert again.wizard.schedule_page.hours.value() == 4
        assert again.control_bar is not None and not again.control_bar.buttons["start"].isEnabled()
        assert again.control_bar.buttons["start"].toolTip() == (
            "Only a new campaign can be started; this one is running."
        )

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=90)


def test_an_ab_campaign_in_berlin_time_with_its_timeline(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        draft = await env.workspace.create_draft(DraftKind.AB_CAMPAIGNS, {})
        editor = env.editor(DraftKind.AB_CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        turn(editor)
        await choose_email_and_audience(editor, made, SourceType.SEGMENT)

        schedule = wizard.schedule_page
        schedule.zone.setCurrentText("Europe/Berlin")
        schedule._on_zone("Europe/Berlin")
        assert editor.context.zone == "Europe/Berlin"
        assert schedule.zone_note.text() in ("now CET, UTC+01:00", "now CEST, UTC+02:00")
        test, main = schedule.times["test_planned_at"], schedule.times["main_planned_at"]
        test.set_button.click()
        test.set_wall_clock(days_ahead(2, 9, "Europe/Berlin"))
        main.set_button.click()
        main.set_wall_clock(days_ahead(2, 11, "Europe/Berlin"))
        schedule.hours.setValue(3)  # the test sends until 12:00, after the main send starts
        assert schedule.timeline is not None and schedule.timeline.overlaps
        wizard.next()
        assert wizard.step is Step.SCHEDULE
        assert schedule.rows["main_planned_at"].problem.startswith("The test is still sending until ")
        main.set_wall_clock(days_ahead(2, 15, "Europe/Berlin"))
        assert not schedule.timeline.overlaps
        assert "winner chosen" in schedule.timeline.summary_text()
        turn(editor)

        ab = wizard.ab_page
        assert ab is not None and wizard.step is Step.AB_TEST
        ab.spin.setValue(30)
        assert ab.slider.value() == 30
        size = editor.context.facts.audience_size
        assert size is not None and ab.groups.text().startswith("Test: ")  # the segment's size is known
        assert ab.sample.isVisibleTo(ab) == (size * 30 // 100 // 2 < 500)
        wizard.next()
        assert ab.rows["win_parameter"].problem == "Choose how the winner is picked."
        ab.criteria[WinParameter.CLICK].click()
        turn(editor)
        turn(editor)  # settings: nothing needed

        review = wizard.review_page
        assert "Tests ‘" in review.sentences.text() and "30%" in review.sentences.text()
        assert "Europe/Berlin" in review.sentences.text()
        click(editor, PUBLISH)
        await wait_until(lambda: env.sync.online and editor.draft is not None
                         and editor.draft.state is DraftState.PUBLISHED, within=20)  # fmt: skip
        payload, got = await server_copy(env, DraftKind.AB_CAMPAIGNS, draft.local_id)
        assert got["status"] == "new" and got["messages_type"] == "L" and "message_type" not in got
        sent_fields_match(DraftKind.AB_CAMPAIGNS, payload, got, ["messages_type", "message_id", "source_type",
                          "source_id", "ab_percent", "win_parameter", "test_planned_at", "main_planned_at",
                          "send_during_hours"])  # fmt: skip
        assert got["test_planned_at"].endswith(("+01:00", "+02:00"))  # sent with Berlin's offset
        assert (got["ab_percent"], got["win_parameter"]) == (30, "C")

        # Started from the wizard's own actions, after a confirmation.
        bar = editor.control_bar
        assert bar is not None and bar.isVisible()
        await wait_until(lambda: bar.buttons["start"].isEnabled())
        bar.buttons["start"].click()
        box = bar.confirm_box()
        assert box is not None
        next(b for b in box.buttons() if b.text() == "Start").click()
        await wait_until(lambda: "started" in bar.result.text(), within=20)
        assert (await server_copy(env, DraftKind.AB_CAMPAIGNS, draft.local_id))[1]["status"] == "running"
        await reopen_and_save(env, DraftKind.AB_CAMPAIGNS, draft.local_id)

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=90)


def test_an_automated_campaign_on_a_preset_schedule(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        draft = await env.workspace.create_draft(DraftKind.AUTO_CAMPAIGNS, {})
        editor = env.editor(DraftKind.AUTO_CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        turn(editor)
        assert not wizard.audience_page.sources[SourceType.UPLOADED].isEnabled()
        await choose_email_and_audience(editor, made, SourceType.API, api_id=7)

        schedule = wizard.schedule_page
        schedule.active.setChecked(True)
        cron = schedule.crontab
        cron.expression.setText("0 9 * *")
        wizard.next()
        assert wizard.step is Step.SCHEDULE
        assert "five fields" in schedule.rows["crontab"].problem
        cron.expression.setText("*/10 * * * *")
        assert "more than once an hour" in cron.warning.text()
        cron.preset.setCurrentIndex(cron.preset.findData("weekdays"))
        assert cron.text == "0 9 * * 1-5"
        assert cron.meaning.text() == "At 09:00, Monday through Friday"
        assert cron.runs.text().startswith("Next runs (UTC): ")
        assert cron.runs.text().count(";") == 4  # five runs
        schedule.times["run_from"].set_button.click()
        schedule.times["run_to"].set_button.click()
        schedule.times["run_to"].set_wall_clock(days_ahead(-1, 9))
        wizard.next()
        assert schedule.rows["run_to"].problem == "The end must come after the start."
        schedule.times["run_to"].set_wall_clock(days_ahead(60, 9))
        turn(editor)
        turn(editor)
        review = wizard.review_page
        assert "on a schedule: At 09:00, Monday through Friday." in review.sentences.text()
        assert "Next runs: " in review.sentences.text()
        click(editor, PUBLISH_AND_START)
        await wait_until(lambda: "started" in review.status.text(), within=20)
        payload, got = await server_copy(env, DraftKind.AUTO_CAMPAIGNS, draft.local_id)
        assert got["status"] == "running"
        sent_fields_match(DraftKind.AUTO_CAMPAIGNS, payload, got, ["message_type", "message_id",
                          "source_type", "source_id", "active", "crontab", "run_from", "run_to"])  # fmt: skip
        assert (got["source_type"], got["source_id"], got["crontab"]) == ("A", 7, "0 9 * * 1-5")
        await reopen_and_save(env, DraftKind.AUTO_CAMPAIGNS, draft.local_id)

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=90)
