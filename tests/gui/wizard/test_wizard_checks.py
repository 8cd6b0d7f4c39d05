"""What the wizard says before anything is sent: a schedule in the UI's language (Russian day
names, not the English cron-descriptor leaves), schedules that never run or run too often, a
start in the past blocking Publish; and a local email draft chosen, published before the
campaign that sends it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QScrollArea

from app.domain.drafts import DraftState
from app.domain.enums import SourceType
from app.domain.kinds import DraftKind
from app.ui.wizard.crontab_editor import CrontabEditor
from app.ui.wizard.wizard import PUBLISH, PUBLISH_AND_START, Step
from tests.gui.wizard.support import WizardEnv, server_objects, wait_until
from tests.gui.wizard.test_wizard_kinds import click, turn


@pytest.fixture
def russian_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_a_schedule_is_told_in_russian_with_russian_day_names(qtbot, russian_locale):
    editor = CrontabEditor()
    qtbot.addWidget(editor)
    editor.set_context("Europe/Moscow", None, None)
    editor.set_expression("0 9 * * 1-5")
    assert editor.meaning.text() == "В 09:00, с понедельника по пятницу"
    assert editor.runs.text().startswith("Next runs (Europe/Moscow): ")  # English text, no catalogue here
    runs = editor.runs.text().split(": ", 1)[1].split("; ")
    assert len(runs) == 5 and all(run.endswith("09:00") for run in runs)
    assert not any(day in editor.runs.text() for day in ("Mon", "Tue", "Wed", "Thu", "Fri"))
    assert editor.weekday.itemText(0) == "понедельник"  # the weekly preset's days too


def test_schedules_that_never_run_or_run_too_often_warn_at_the_field(qtbot):
    editor = CrontabEditor()
    qtbot.addWidget(editor)
    editor.set_context("UTC", None, None)
    editor.set_expression("0 0 31 2 *")
    assert editor.problem() is None  # valid, but no date matches it
    assert editor.warnings_text() == "This schedule never runs: no date matches it."
    assert editor.runs.text() == ""
    editor.set_expression("* * * * *")
    assert "more than once an hour" in editor.warnings_text()
    now = datetime.now(UTC)
    editor.set_context("UTC", now + timedelta(days=1), now + timedelta(days=1, minutes=30))
    editor.set_expression("0 9 1 1 *")
    assert editor.warnings_text() == "This schedule never runs between the start and the end you chose."
    editor.set_expression("0 9 31 * *")
    assert editor.warnings_text().endswith("Months without day 31 are skipped.")
    editor.set_expression("0 9 * *")
    assert editor.problem() is not None and editor.meaning.text() == editor.problem()


def test_a_start_in_the_past_blocks_publishing_and_nothing_is_sent(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        payload = {"message_type": "L", "message_id": made["email"]["id"], "source_type": "S",
                   "source_id": made["segment"]["id"], "planned_at": "2020-01-06T09:00:00+00:00"}  # fmt: skip
        draft = await env.workspace.create_draft(DraftKind.CAMPAIGNS, payload)
        editor = env.editor(DraftKind.CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        assert wizard.step is Step.SCHEDULE  # opened at the page with the problem
        past = "This time has passed: choose one from now on."
        assert wizard.schedule_page.rows["planned_at"].problem == past
        wizard.go_to(Step.REVIEW)
        assert wizard.step is Step.SCHEDULE  # the review cannot be reached past it
        editor.wizard.schedule_page.times["planned_at"].set_instant(None, notify=True)  # Remove
        wizard.go_to(Step.REVIEW)
        assert wizard.step is Step.REVIEW and not wizard.review_page.blocked
        await env.autosaver.flush()
        # Put it back in the past behind the wizard's back: the review still blocks the send.
        editor.context.setup.update(planned_at=datetime(2020, 1, 6, 9, tzinfo=UTC))
        editor.context.edited()
        wizard.review_page.load()
        assert wizard.review_page.blocked
        assert "The start time is in the past" in wizard.review_page.findings_label.text()
        assert not wizard.button(PUBLISH).isEnabled()
        editor._on_publish()  # as Ctrl+Shift+P would
        await env.autosaver.flush()
        stored = await env.workspace.get_draft(draft.local_id)
        assert stored.remote_id is None and stored.state is not DraftState.PUBLISHED
        assert await env.sync.waiting() == []  # nothing queued

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=60)


def test_a_local_email_draft_is_published_before_its_campaign(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        email = await env.workspace.create_draft(DraftKind.EMAILS, {
            "category": made["email"]["category"], "from_address": "news@example.com",
            "internal_name": "Autumn teaser", "subject": "Autumn is coming", "text_plain": "Soon.",
        })  # fmt: skip
        draft = await env.workspace.create_draft(DraftKind.AUTO_CAMPAIGNS, {})
        editor = env.editor(DraftKind.AUTO_CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        turn(editor)
        page = wizard.message_page
        await wait_until(lambda: page.list.topLevelItemCount() == 2)
        items = [page.list.topLevelItem(i) for i in range(2)]
        local = next(item for item in items if item is not None and item.text(0) == "Autumn teaser")
        assert local.text(2) == "Local draft: published first"
        page.select_email(email.local_id)
        await wait_until(lambda: page.preview.subject.text() == "Autumn is coming")
        assert page.preview.note.text() == "A local draft: it is published first, then this campaign."
        turn(editor)
        wizard.audience_page.sources[SourceType.SEGMENT].click()
        await wait_until(lambda: wizard.audience_page._checked_server)
        wizard.audience_page.choose_segment(made["segment"]["id"])
        wizard.go_to(Step.REVIEW)
        assert wizard.step is Step.REVIEW and not wizard.review_page.blocked
        assert "Sends ‘Autumn teaser’" in wizard.review_page.sentences.text()
        click(editor, PUBLISH)
        await wait_until(lambda: editor.draft is not None and editor.draft.state is DraftState.PUBLISHED, 30)
        published_email = await env.workspace.get_draft(email.local_id)
        assert published_email.state is DraftState.PUBLISHED and published_email.remote_id is not None
        campaign = await env.workspace.get_draft(draft.local_id)
        assert campaign.payload["message_id"] == int(published_email.remote_id)
        assert "$message_local_id" not in campaign.payload

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=60)


def test_in_a_narrow_editor_the_steps_step_aside_and_nothing_scrolls_sideways(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        payload = {"messages_type": "L", "message_id": made["email"]["id"], "source_type": "S",
                   "source_id": made["segment"]["id"], "test_planned_at": "2031-05-04T09:00:00+02:00",
                   "main_planned_at": "2031-05-05T09:00:00+02:00", "$time_zone": "Europe/Berlin"}  # fmt: skip
        draft = await env.workspace.create_draft(DraftKind.AB_CAMPAIGNS, payload)
        editor = env.editor(DraftKind.AB_CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        wizard.go_to(Step.SCHEDULE)
        assert wizard.step is Step.SCHEDULE
        page = wizard.schedule_page
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        side = wizard.sideWidget()
        assert side is not None
        for width, steps in ((1100, True), (480, False), (1100, True)):
            editor.resize(width, 860)
            await wait_until(lambda s=steps: side.isVisibleTo(wizard) == s)
            await wait_until(lambda: not scroll.horizontalScrollBar().isVisibleTo(scroll))
            assert page.body.width() >= page.needed_width()
        await wait_until(lambda: wizard.audience_page._checked_server)  # its loading done
        await env.autosaver.flush()

    qloop.run(scenario(), timeout=60)


def test_publish_and_start_on_a_version_the_server_has_starts_it(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        made = await server_objects(env)
        payload = {"message_type": "L", "message_id": made["email"]["id"], "source_type": "S",
                   "source_id": made["segment"]["id"], "tags": "already there"}  # fmt: skip
        draft = await env.workspace.create_draft(DraftKind.CAMPAIGNS, payload)
        editor = env.editor(DraftKind.CAMPAIGNS)
        editor.load(draft)
        wizard = editor.wizard
        assert wizard.step is Step.REVIEW
        click(editor, PUBLISH)
        await wait_until(lambda: editor.draft is not None and editor.draft.state is DraftState.PUBLISHED, 20)
        start = wizard.button(PUBLISH_AND_START)
        assert start.isEnabled() and start.toolTip() == "The server has this version: start it."
        click(editor, PUBLISH_AND_START)
        await wait_until(lambda: "started" in wizard.review_page.status.text(), 20)
        stored = await env.workspace.get_draft(draft.local_id)
        assert stored.state is DraftState.PUBLISHED and stored.payload["status"] == "running"
        await wait_until(lambda: not start.isEnabled())
        assert start.toolTip() == "Only a new campaign can be started; this one is running."

    async def run() -> None:
        async with env.syncing():
            await scenario()

    qloop.run(run(), timeout=60)
