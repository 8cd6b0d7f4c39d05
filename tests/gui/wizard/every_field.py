"""Driving a campaign of each kind through the wizard as a marketer does, every field the
reference lists for that kind set on its page, up to Publish and start on the review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from app.domain.enums import SourceType, WinParameter
from app.domain.kinds import DraftKind
from app.ui.wizard.csv_picker import CsvPicker
from app.ui.wizard.editor import CampaignWizardEditor
from app.ui.wizard.pages.schedule_page import SchedulePage
from app.ui.wizard.wizard import PUBLISH_AND_START, Step
from tests.gui.wizard.support import wait_until
from tests.gui.wizard.test_wizard_kinds import click, days_ahead, turn

ZONE = "Europe/Berlin"
HOOK = "https://crm.example/hooks/sent?id={id}&email={email}"
BOOL_FLAGS = (
    "not_check_subscription", "not_check_sent_quarantine", "retry_sent_quarantine_rejected",
    "not_check_spam_quarantine", "send_to_corp", "send_by_uid", "hook_use_auth", "hook_pre_post",
)  # fmt: skip
# Every config flag of the reference, as the settings page sets it below.
CONFIG: dict[str, Any] = {
    **dict.fromkeys(BOOL_FLAGS, True),
    "retry_sent_quarantine_rejected_interval": 2 * 3600,
    "min_send_interval": 3 * 86_400,
    "hook_url_template": HOOK,
}
# The wire fields of each kind in the reference (datafiles apart).
FIELDS: dict[DraftKind, tuple[str, ...]] = {
    DraftKind.CAMPAIGNS: ("message_type", "message_id", "source_type", "config", "tags", "priority",
                          "planned_at", "send_during_hours", "start_immediately"),
    DraftKind.AB_CAMPAIGNS: ("messages_type", "message_id", "source_type", "source_id", "config", "tags",
                             "priority", "planned_at", "send_during_hours", "ab_percent", "win_parameter",
                             "test_planned_at", "main_planned_at"),
    DraftKind.AUTO_CAMPAIGNS: ("message_type", "message_id", "source_type", "source_id", "config", "tags",
                               "priority", "active", "crontab", "run_from", "run_to"),
}  # fmt: skip
ADDRESSES = "email,first_name\n" + "".join(f"buyer{i}@example.com,Buyer {i}\n" for i in range(12))
EXTRA = "email,coupon\n" + "".join(f"buyer{i}@example.com,SPRING{i:02d}\n" for i in range(12))


@dataclass
class Plan:
    """What was chosen for one campaign, to compare the server's copy and the reopened wizard with."""

    kind: DraftKind
    tags: str
    priority: int
    times: dict[str, datetime]  # wire key -> wall clock in ZONE
    address_list: Path | None = None
    extra_file: Path | None = None
    api_source: int | None = None
    crontab: str | None = None
    hours: int | None = None
    ab_percent: int | None = None


def plan_for(kind: DraftKind, folder: Path) -> Plan:
    """The plan of ``kind``, its files written in ``folder`` (named as the file dialog names them)."""
    name = kind.value
    folder = folder.resolve()
    if kind is DraftKind.CAMPAIGNS:
        plan = Plan(kind, "spring, sale", 3, {"planned_at": days_ahead(1, 10, ZONE)}, hours=2)
        plan.address_list = folder / "spring-buyers.csv"
        plan.address_list.write_text(ADDRESSES, encoding="utf-8")
    elif kind is DraftKind.AB_CAMPAIGNS:
        times = {"planned_at": days_ahead(2, 8, ZONE), "test_planned_at": days_ahead(2, 9, ZONE),
                 "main_planned_at": days_ahead(3, 9, ZONE)}  # fmt: skip
        plan = Plan(kind, "subject test", -1, times, hours=3, ab_percent=25)
    else:
        times = {"run_from": days_ahead(1, 0, ZONE), "run_to": days_ahead(90, 0, ZONE)}
        plan = Plan(kind, "weekly digest", 5, times, api_source=7, crontab="30 8 * * 1,3,5")
    if kind is not DraftKind.AUTO_CAMPAIGNS:
        plan.extra_file = folder / f"{name}-coupons.csv"
        plan.extra_file.write_text(EXTRA, encoding="utf-8")
    return plan


async def pick_file(picker: CsvPicker, path: Path) -> None:
    """Choose File…, the file in the dialog, then wait for its preview."""
    picker.choose.click()
    dialog = picker._dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()
    await wait_until(lambda: picker.preview is not None and not picker.reading)
    assert picker.path == str(path) and picker.problem_text() is None, picker.problem_text()


def choose_zone(schedule: SchedulePage, zone: str) -> None:
    """The zone's name in the zone box, and Enter."""
    typed = schedule.zone.lineEdit()
    assert typed is not None
    typed.setText(zone)  # as the completer fills it in (its popup would grab the keyboard)
    QTest.keyClick(typed, Qt.Key.Key_Return)
    assert schedule.context.zone == zone, schedule.rows["$time_zone"].problem


async def set_every_field(editor: CampaignWizardEditor, plan: Plan, made: dict[str, Any]) -> None:
    """From the kind page to the review, each page's fields set as the plan says."""
    wizard, kind = editor.wizard, plan.kind
    assert wizard.step is Step.KIND and wizard.kind_page.buttons[kind].isChecked()
    turn(editor)

    message = wizard.message_page
    await wait_until(lambda: message.list.topLevelItemCount() > 0)
    QTest.keyClicks(message.filter, made["email"]["internal_name"])
    visible = [message.list.topLevelItem(i) for i in range(message.list.topLevelItemCount())]
    assert [item.text(0) for item in visible if item is not None and not item.isHidden()] == [
        made["email"]["internal_name"]
    ]
    message.select_email(made["email_draft"].local_id)
    turn(editor)

    audience = wizard.audience_page
    if plan.address_list is not None:
        audience.sources[SourceType.UPLOADED].click()
        await pick_file(audience.csv, plan.address_list)
        assert audience.csv.preview is not None and audience.csv.preview.row_count == 12
        assert audience.csv.email.currentText() == "email"
    elif plan.api_source is not None:
        audience.sources[SourceType.API].click()
        QTest.keyClicks(audience.api_id, str(plan.api_source))
    else:
        audience.sources[SourceType.SEGMENT].click()
        await wait_until(lambda: audience._checked_server)
        audience.choose_segment(made["segment"]["id"])
    if plan.extra_file is not None:
        assert audience.extra is not None
        await pick_file(audience.extra, plan.extra_file)
    turn(editor)

    schedule = wizard.schedule_page
    choose_zone(schedule, ZONE)
    for key, clock in plan.times.items():
        edit = schedule.times[key]
        edit.set_button.click()
        edit.set_wall_clock(clock)
    if kind is DraftKind.AUTO_CAMPAIGNS:
        schedule.active.click()
        cron = schedule.crontab
        cron.preset.setCurrentIndex(cron.preset.findData("custom"))
        QTest.keyClicks(cron.expression, plan.crontab or "")
        assert cron.meaning.text() == "At 08:30, only on Monday, Wednesday, and Friday"
        assert cron.runs.text().startswith(f"Next runs ({ZONE}): ")
    else:
        schedule.hours.setValue(plan.hours or 0)
        if kind is DraftKind.CAMPAIGNS:
            schedule.immediately.click()
    turn(editor)

    if kind is DraftKind.AB_CAMPAIGNS:
        ab = wizard.ab_page
        assert ab is not None and wizard.step is Step.AB_TEST
        ab.spin.setValue(plan.ab_percent or 0)
        ab.criteria[WinParameter.CLICK_TO_OPEN].click()
        turn(editor)

    settings = wizard.settings_page
    QTest.keyClicks(settings.tags, plan.tags)
    QTest.keyClicks(settings.priority, str(plan.priority))
    QTest.keyClicks(settings.hook_url, HOOK)
    for name in BOOL_FLAGS:
        assert settings.flags[name].isEnabled(), name  # the webhook's two once its address is there
        settings.flags[name].click()
    for name, number, unit in (("retry_sent_quarantine_rejected_interval", 2, 3600),
                               ("min_send_interval", 3, 86_400)):  # fmt: skip
        duration = settings.durations[name]
        duration.unit.setCurrentIndex(duration.unit.findData(unit))
        QTest.keyClicks(duration.number, str(number))
    reading = settings.durations["min_send_interval"].reading.text()
    assert settings.durations["min_send_interval"].seconds() == 259_200, reading
    assert reading.startswith("= 259") and reading.endswith("200 seconds"), reading
    turn(editor)

    review = wizard.review_page
    assert wizard.step is Step.REVIEW and not review.blocked, review.findings_label.text()
    assert ZONE in review.sentences.text(), review.sentences.text()
    if kind is DraftKind.AUTO_CAMPAIGNS:  # five runs, the zone named once after them
        runs = review.sentences.text().split("Next runs: ", 1)[1].split("</p>", 1)[0]
        assert runs.count(ZONE) == 1 and runs.endswith(f" ({ZONE}).") and runs.count("; ") == 4, runs
    click(editor, PUBLISH_AND_START)
    done = ("started", "published and running")
    await wait_until(lambda: any(words in review.status.text() for words in done), within=30)
