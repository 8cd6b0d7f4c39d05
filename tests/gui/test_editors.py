"""The draft editors on a real workspace: every kind loads and writes back exactly what it
loaded, an edit changes exactly its wire field, errors and hints sit next to their field."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from app.domain.drafts import DraftError
from app.domain.kinds import DraftKind
from app.domain.languages import Language
from app.ui.editors import EmailEditor, SchemaEditor, editor_for
from app.ui.editors.category_editor import CategoryEditor
from app.ui.editors.code_input import CodeInput
from app.ui.editors.config_input import ConfigInput
from app.ui.editors.inputs import BoolInput, ChoiceInput
from app.ui.editors.segment_editor import SegmentEditor
from app.ui.editors.special_inputs import CrontabInput, DataFileInput
from tests.gui.editing_support import Services, open_services, type_text, wait_until

HTML = "<html><body><h1>Привет</h1>\n<p>Line two</p></body></html>"
PAYLOADS: dict[DraftKind, dict[str, Any]] = {
    DraftKind.EMAILS: {
        "id": 41, "category": 3, "from_address": "news@example.com", "internal_name": "Spring",
        "subject": "Hello", "subject_ru": "Привет", "subject_zh": "你好", "text_html": HTML,
        "text_html_de": "<p>Hallo</p>", "text_plain_ko": "안녕하세요", "x_amp_html": None,
        "file_html_fr": "data:text/html;base64,PHA+Qm9uam91cjwvcD4=", "is_urgent": False,
        "not_add_unsubscr_link": True, "project_id": 5, "created_at": "2026-01-02T03:04:05Z",
        "x_future_field": {"kept": [1, 2]}, "$note": "local only",
    },
    DraftKind.CATEGORIES: {
        "category": 7, "title": "News", "title_zn": "新闻", "description_de": "Neuigkeiten",
        "project_id": 5, "sort_order": 3,
    },
    DraftKind.SEGMENTS: {
        "id": 3, "name": "VIP", "tags": "paris,vip", "segment_limit": 100, "size": 1234,
        "condition": {"and": [{"field": "city", "op": "eq", "value": "Paris"}]},
        "generated_at": "2026-02-01T10:00:00+00:00",
    },
    DraftKind.CAMPAIGNS: {
        "id": 9, "message_type": "L", "message_id": 4, "source_type": "S", "source_id": 2,
        "config": {"not_check_subscription": True, "min_send_interval": 60,
                   "hook_url_template": "https://hooks.example.com/{uid}", "future_flag": 1},
        "tags": "spring", "priority": 2, "planned_at": "2026-12-01T09:00:00Z", "status": "new",
        "start_immediately": False, "$message_local_id": 12,
    },
    DraftKind.AB_CAMPAIGNS: {
        "messages_type": "L", "message_id": 4, "source_type": "U",
        "ab_percent": 20, "win_parameter": "C", "test_planned_at": "2026-12-01T09:00:00+01:00",
        "main_planned_at": "2026-12-02T09:00:00+01:00", "config": None,
        "$files": {"source_uploaded_csv": "/tmp/list.csv"},
    },
    DraftKind.AUTO_CAMPAIGNS: {
        "message_type": "X", "message_id": 4, "source_type": "A", "source_id": 8, "active": True,
        "crontab": "0 9 * * 1-5", "run_from": "2026-01-01T00:00:00Z", "run_to": None,
    },
}  # fmt: skip


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


def _open(qtbot, qloop, services: Services, kind: DraftKind, payload: dict[str, Any] | None = None):
    draft = qloop.run(services.create(kind, copy.deepcopy(PAYLOADS[kind] if payload is None else payload)))
    editor = _editor(qtbot, services, kind)
    editor.load(draft)
    return draft, editor


def _saved_payload(qloop, services: Services, local_id: int) -> dict[str, Any]:
    qloop.run(services.autosaver.flush())
    return qloop.run(services.stored(local_id)).payload


def _differences(before: dict[str, Any], after: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    keys = set(before) | set(after)
    return {k: (before.get(k), after.get(k)) for k in keys if before.get(k, ...) != after.get(k, ...)}


@pytest.mark.parametrize("kind", list(DraftKind))
def test_every_kind_loads_and_writes_nothing_when_not_edited(qtbot, qloop, services, kind):
    draft, editor = _open(qtbot, qloop, services, kind)
    expected = {DraftKind.EMAILS: EmailEditor, DraftKind.CATEGORIES: CategoryEditor,
                DraftKind.SEGMENTS: SegmentEditor}.get(kind, SchemaEditor)  # fmt: skip
    assert isinstance(editor, expected)
    assert editor.local_id == draft.local_id
    assert editor.payload == PAYLOADS[kind]
    qloop.run(asyncio.sleep(0.5))
    assert services.writes == []
    stored = qloop.run(services.stored(draft.local_id))
    assert stored.payload == PAYLOADS[kind]
    assert stored.updated_at == draft.updated_at
    assert editor.header.title.text() == kind.title_of(PAYLOADS[kind])
    assert editor.header.badge.text() == "Not published"


def test_the_email_form_shows_every_part_of_the_payload(qtbot, qloop, services):
    _draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS)
    assert editor.internal_name.line.text() == "Spring"
    assert editor.category.choice() == ("remote", 3)
    assert "3" in editor.category.combo.currentText()  # not pulled yet: kept and named by number
    assert editor.from_address.line.text() == "news@example.com"
    assert editor.subject_input(Language.ZH).line.text() == "你好"
    assert editor.body_input("text_html").text() == HTML
    assert editor.body_input("text_plain", Language.KO).text() == "안녕하세요"
    assert editor.field("not_add_unsubscr_link").box.isChecked()
    tabs = editor.tabs
    marked = [tabs.tabText(i).endswith(" •") for i in range(tabs.count())]
    # default, ru, en, de, fr, it, es, tr, pl, zh, ko: fr holds an HTML file (its own body tab)
    assert marked == [True, True, False, True, True, False, False, False, False, True, True]
    french = editor.pages[Language.FR]
    assert french.bodies.tabText(3) == "HTML file •" and french.bodies.tabText(0) == "HTML body"


def test_typing_the_chinese_subject_changes_only_subject_zh(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS)
    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.ZH))
    type_text(editor.subject_input(Language.ZH).line, "，世界")
    stored = _saved_payload(qloop, services, draft.local_id)
    assert _differences(PAYLOADS[DraftKind.EMAILS], stored) == {"subject_zh": ("你好", "你好，世界")}


def test_typing_into_an_empty_language_adds_its_field_and_marks_its_tab(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS)
    index = editor.tabs.index_of(Language.PL)
    assert not editor.tabs.tabText(index).endswith(" •")
    type_text(editor.body_input("x_amp_html", Language.PL).edit, "<p>Cześć</p>")
    assert editor.tabs.tabText(index) == "Polish •"
    stored = _saved_payload(qloop, services, draft.local_id)
    assert _differences(PAYLOADS[DraftKind.EMAILS], stored) == {"x_amp_html_pl": (None, "<p>Cześć</p>")}


def test_clearing_a_field_sends_it_empty_and_unchecking_keeps_false(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS)
    editor.subject_input(Language.RU).line.clear()
    editor.field("not_add_unsubscr_link").box.setChecked(False)
    editor.field("is_urgent").box.setChecked(True)
    editor.category.combo.setCurrentIndex(0)  # "Choose a category…"
    stored = _saved_payload(qloop, services, draft.local_id)
    assert _differences(PAYLOADS[DraftKind.EMAILS], stored) == {
        "subject_ru": ("Привет", ""),
        "not_add_unsubscr_link": (True, False),
        "is_urgent": (False, True),
        "category": (3, None),
    }
    assert editor.row("category").message_text() == "Required: fill this in."


def test_a_category_chinese_title_goes_to_title_zn(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.CATEGORIES)
    assert isinstance(editor, CategoryEditor)
    assert editor.title_input(Language.ZH).line.text() == "新闻"
    type_text(editor.title_input(Language.ZH).line, "和更新")
    QTest.keyClicks(editor.description_input(Language.IT).edit, "Notizie")
    stored = _saved_payload(qloop, services, draft.local_id)
    assert _differences(PAYLOADS[DraftKind.CATEGORIES], stored) == {
        "title_zn": ("新闻", "新闻和更新"),
        "description_it": (None, "Notizie"),
    }
    # One grid: every language's row says what it lacks; "zn" never shows.
    assert editor.mark_of(Language.IT) == "◐"  # a description, no title yet
    assert editor.mark_of(Language.ZH) == "◐"
    assert editor.mark_of(Language.FR) == "○"
    type_text(editor.title_input(Language.IT).line, "Notizie")
    assert editor.mark_of(Language.IT) == "✓"
    assert "1 of 11" in editor.summary.text()
    texts = " ".join(label.text() for label in editor.findChildren(QLabel))
    assert "Chinese" in texts and "zn" not in texts


def test_campaign_choices_and_config_flags_edit_their_wire_fields(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.CAMPAIGNS)
    source = editor.field("source_type")
    assert isinstance(source, ChoiceInput)
    assert source.combo.currentText() == "A segment"
    assert editor.row("source_id").isEnabled() and not editor.row("source_uploaded_csv").isEnabled()
    source.select("U")
    assert not editor.row("source_id").isEnabled() and editor.row("source_uploaded_csv").isEnabled()
    config = editor.field("config")
    assert isinstance(config, ConfigInput)
    spam = config.flag_input("not_check_spam_quarantine")
    assert isinstance(spam, BoolInput)
    spam.box.setChecked(True)
    interval = config.flag_input("min_send_interval")
    interval.line.setText("90")
    stored = _saved_payload(qloop, services, draft.local_id)
    expected_config = dict(PAYLOADS[DraftKind.CAMPAIGNS]["config"], not_check_spam_quarantine=True,
                           min_send_interval=90)
    assert _differences(PAYLOADS[DraftKind.CAMPAIGNS], stored) == {
        "source_type": ("S", "U"),
        "config": (PAYLOADS[DraftKind.CAMPAIGNS]["config"], expected_config),
    }
    # Undoing both edits restores the loaded config object exactly (unknown flag included).
    spam.box.setChecked(False)
    interval.line.setText("60")
    source.select("S")
    assert _saved_payload(qloop, services, draft.local_id) == PAYLOADS[DraftKind.CAMPAIGNS]
    assert "Send even to people who marked an earlier email as spam" in (
        config.rows["config.not_check_spam_quarantine"].help.text()
    )
    assert "local email draft #12" in editor.note.text()


def test_an_uploaded_list_is_a_local_file_annotation(qtbot, qloop, services, tmp_path):
    draft, editor = _open(qtbot, qloop, services, DraftKind.AB_CAMPAIGNS)
    field = editor.field("source_uploaded_csv")
    assert isinstance(field, DataFileInput)
    assert field.path_label.text() == "list.csv"
    field.set_path(str(tmp_path / "new.csv"))
    stored = _saved_payload(qloop, services, draft.local_id)
    assert _differences(PAYLOADS[DraftKind.AB_CAMPAIGNS], stored) == {
        "$files": ({"source_uploaded_csv": "/tmp/list.csv"},
                   {"source_uploaded_csv": str(tmp_path / "new.csv")}),
    }
    assert editor.field("win_parameter").combo.currentText() == "Most clicks"


def test_the_crontab_reads_in_plain_words_with_next_runs(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.AUTO_CAMPAIGNS)
    crontab = editor.field("crontab")
    assert isinstance(crontab, CrontabInput)
    assert crontab.description.text().startswith("At 09:00, Monday through Friday. Next runs (your time): ")
    assert editor.field("message_type").combo.currentText() == "X"  # unknown letter kept
    crontab.line.setText("61 9 * * *")
    assert crontab.description.isHidden()
    assert "not a valid crontab" in editor.row("crontab").message_text()
    crontab.line.setText("30 7 1 * *")
    assert "07:30" in crontab.description.text()
    assert editor.row("crontab").message_text() == ""
    stored = _saved_payload(qloop, services, draft.local_id)
    changes = _differences(PAYLOADS[DraftKind.AUTO_CAMPAIGNS], stored)
    assert changes == {"crontab": ("0 9 * * 1-5", "30 7 1 * *")}


def test_json_that_does_not_parse_yet_is_kept_as_typed(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.SEGMENTS)
    condition = editor.field("condition")
    assert isinstance(condition, CodeInput)
    condition.editor.replace_all_text('{"and": [')
    assert "Not valid JSON yet" in editor.row("condition").message_text()
    stored = _saved_payload(qloop, services, draft.local_id)
    assert stored["condition"] == PAYLOADS[DraftKind.SEGMENTS]["condition"]
    assert stored["$unparsed"] == {"condition": '{"and": ['}

    reopened = _editor(qtbot, services, DraftKind.SEGMENTS)
    reopened.load(qloop.run(services.stored(draft.local_id)))
    assert reopened.field("condition").edit.toPlainText() == '{"and": ['
    reopened.field("condition").editor.replace_all_text('{"or": []}')
    stored = _saved_payload(qloop, services, draft.local_id)
    assert "$unparsed" not in stored
    assert stored["condition"] == {"or": []}


def test_server_errors_sit_next_to_their_fields(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS)
    account = services.workspace.account_id
    assert account is not None
    error = DraftError(
        "The server refused this email: correct the marked fields and publish again.",
        {
            "subject_de": ["Ensure this field has no more than 255 characters."],
            "from_address": ["Enter a valid email address."],
            "x_future_field": ["Unknown problem."],
            "non_field_errors": ["The category is archived."],
        },
    )
    qloop.run(services.runner.call(lambda ws: ws.drafts.mark_failed(draft.local_id, error)))
    editor.load(qloop.run(services.stored(draft.local_id)))

    assert editor.header.badge.text() == "Failed"
    # In the form's words, not the server's, and never the API's field names.
    assert editor.row("subject_de").message_text() == "At most 255 characters."
    assert editor.row("from_address").message_text() == "Enter an email address like news@example.com."
    assert editor.row("subject").message_text() == ""
    top = editor.header.error.text()
    assert top.startswith("The server did not accept this draft. Fix these fields, then publish again:")
    assert "Subject [German]" in top and "From address" in top
    assert "subject_de" not in top and "from_address" not in top and ";" not in top
    assert "The category is archived." in top and "X future field: unknown problem." in top
    german = editor.tabs.index_of(Language.DE)
    assert editor.tabs.tabBar().tabTextColor(german).name() == "#c62828"
    assert editor.tabs.tabBar().tabTextColor(editor.tabs.index_of(Language.EN)).name() != "#c62828"

    # Editing the field takes its server message away (the new text is not refused yet).
    QTest.keyClicks(editor.subject_input(Language.DE).line, "!")
    assert editor.row("subject_de").message_text() == ""
    assert editor.tabs.tabBar().tabTextColor(german).name() != "#c62828"
    assert editor.row("from_address").message_text() == "Enter an email address like news@example.com."


def test_config_errors_from_the_server_reach_the_flag(qtbot, qloop, services):
    _draft, editor = _open(qtbot, qloop, services, DraftKind.CAMPAIGNS)
    nested = {"config": {"min_send_interval": ["A valid integer is required."]}}
    editor.show_errors(DraftError("Refused.", nested))
    assert editor.row("config.min_send_interval").message_text() == "Enter a whole number."
    editor.show_errors(None)
    assert editor.row("config.min_send_interval").message_text() == ""
    assert editor.header.error.isHidden()


def test_validation_hints_do_not_block_typing(qtbot, qloop, services):
    account = services.workspace.account_id
    news = {"category": 12, "title": "News", "title_de": "Neuigkeiten"}
    qloop.run(services.runner.call(lambda ws: ws.drafts.apply_pull(account, "categories", [news])))
    draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS, {"subject": "New"})
    assert editor.row("category").message_text() == "Required: fill this in."
    assert editor.row("from_address").message_text() == "Required: fill this in."
    qloop.run(wait_until(lambda: editor.category.combo.findText("News") >= 0))  # by name, not number
    editor.category.select(("remote", 12))
    assert editor.row("category").message_text() == ""
    stored = _saved_payload(qloop, services, draft.local_id)
    assert stored == {"subject": "New", "category": 12}


def test_publish_is_requested_once_the_last_edit_is_saved(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS)
    requested: list[int] = []
    editor.publish_requested.connect(requested.append)

    async def type_and_publish() -> None:
        QTest.keyClicks(editor.subject_input().line, " there")
        QTest.mouseClick(editor.header.publish, Qt.MouseButton.LeftButton)
        await wait_until(lambda: requested, within=15.0)

    qloop.run(type_and_publish())
    assert requested == [draft.local_id]
    assert qloop.run(services.stored(draft.local_id)).payload["subject"] == "Hello there"


def test_a_merge_made_elsewhere_reloads_the_form(qtbot, qloop, services):
    draft, editor = _open(qtbot, qloop, services, DraftKind.EMAILS)
    theirs = dict(PAYLOADS[DraftKind.EMAILS], subject="Their subject")

    async def conflict() -> None:  # as the sync service does it
        await services.runner.call(lambda ws: ws.drafts.mark_conflict(draft.local_id, theirs))
        services.workspace.notify(DraftKind.EMAILS, draft.local_id)
        await wait_until(lambda: editor.header.badge.text() == "Conflict")

    qloop.run(conflict())
    assert not editor.header.banner.isHidden()
    assert not editor.header.publish.isEnabled()
    resolve: list[int] = []
    editor.resolve_requested.connect(resolve.append)
    QTest.mouseClick(editor.header.resolve, Qt.MouseButton.LeftButton)
    assert resolve == [draft.local_id]

    merged = dict(PAYLOADS[DraftKind.EMAILS], subject="Merged subject")
    qloop.run(services.workspace.resolve_conflict(draft.local_id, merged, theirs))
    qloop.run(wait_until(lambda: editor.subject_input().line.text() == "Merged subject"))
    assert editor.header.badge.text() == "Edited"
    assert editor.header.banner.isHidden()
    assert services.writes == []  # reloading wrote nothing back


def test_a_campaigns_status_on_the_server_is_told_in_words(qtbot, qloop, services):
    payload = {**copy.deepcopy(PAYLOADS[DraftKind.AUTO_CAMPAIGNS]), "id": 3, "status": "paused"}
    _draft, editor = _open(qtbot, qloop, services, DraftKind.AUTO_CAMPAIGNS, payload)
    info = editor.header.info.text()
    assert "Status: Paused" in info and "paused" not in info
