"""Text made by domain code comes out translated where the UI shows it: a field error, a
check finding, a review finding and a schedule, in real widgets, with numbers in the UI
locale.

The translator knows exactly what lupdate extracts from the code (``packaging/update_ts.py``
over a copy of ``app/``) and answers "RU:" + the source for it: a text shown in English was
either never extracted (an f-string, a variable lupdate never saw) or never passed through
the translation where it is shown.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.authoring.checks import Code, check_email
from app.domain.drafts import DraftError
from app.domain.enums import SourceType
from app.domain.kinds import DraftKind
from app.ui.editors import editor_for
from app.ui.editors.checks_panel import ChecksPanel
from app.ui.editors.special_inputs import CrontabInput
from app.ui.wizard.context import WizardContext
from app.ui.wizard.pages.review_page import ReviewPage
from tests.gui.editing_support import Services, open_services

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import update_ts  # noqa: E402

NBSP = "\N{NO-BREAK SPACE}"  # Russian groups thousands with it
ENGLISH_NAMES = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> frozenset[tuple[str, str]]:
    """(context, source) of every message lupdate finds in the app, as update_ts runs it."""
    work = tmp_path_factory.mktemp("lupdate")
    [ts] = update_ts.refresh({"all.ts": work / "absent.ts"}, work)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.update((name, message.findtext("source") or "") for message in context.iter("message"))
    return frozenset(found)


class MarkingTranslator(QTranslator):
    """A stand-in catalogue: "RU:" before every extracted source, nothing for the rest."""

    def __init__(self, known: frozenset[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known
        self.asked: list[tuple[str, str]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Any:
        self.asked.append((context, source))
        return "RU:" + source if (context, source) in self.known else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def russian(qapp, extracted) -> Iterator[MarkingTranslator]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    translator = MarkingTranslator(extracted)
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.fixture
def services(qloop, tmp_path) -> Iterator[Services]:
    services = qloop.run(open_services(tmp_path / "ws"))
    try:
        yield services
    finally:
        qloop.run(services.close())


def _editor(qtbot, qloop, services: Services, kind: DraftKind, payload: dict[str, Any]) -> Any:
    draft = qloop.run(services.create(kind, copy.deepcopy(payload)))
    editor = editor_for(kind, workspace=services.workspace, autosaver=services.autosaver)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    editor.load(draft)
    return editor


CAMPAIGN = {
    "message_type": "L", "message_id": 4, "source_type": "S", "source_id": 2, "priority": 2,
    "planned_at": "2027-12-01T09:00:00Z", "start_immediately": False,
}  # fmt: skip


def test_field_errors_and_labels_are_translated_with_numbers_in_the_ui_locale(
    qtbot, qloop, services, russian
):
    editor = _editor(qtbot, qloop, services, DraftKind.CAMPAIGNS, CAMPAIGN)
    editor.show_errors(DraftError("Bad", {
        "priority": ["Ensure this value is less than or equal to 10000."],
        "tags": ["This field is required."],
        "text_html_de": ["Ensure this field has no more than 2500 characters."],
    }))  # fmt: skip
    assert editor.row("priority").message_text() == f"RU:At most 10{NBSP}000."
    assert editor.row("tags").message_text() == "RU:Required: fill this in."
    # A field this form does not show: its label (the part and the language translated
    # apart) and its message on the editor's error line.
    error = editor.header.error.text()
    assert f"RU:HTML body [RU:German]: RU:At most 2{NBSP}500 characters." in error, error


def test_check_findings_are_translated_with_counts_and_labels_in_the_ui_locale(qtbot, russian):
    images = "".join(f'<img src="https://example.com/{i}.png">\n' for i in range(1026))
    html = f'<html lang="en"><body>{images}<p style="position:sticky">{{{{ nickname }}}}</p></body></html>'
    amp = '<html ⚡4email><body><img src="a.png"><a href="ftp://x">x</a></body></html>'
    findings = check_email({"subject": "Hi", "text_html": html, "text_plain": "Hi", "x_amp_html": amp})
    codes = {finding.code for finding in findings}
    assert {Code.AMP_INVALID, Code.CLIENT_SUPPORT, Code.LINK_SCHEME, Code.VARIABLE_UNDECLARED} <= codes
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    panel.set_findings(findings)
    rows = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    texts = [row.text(2) for row in rows]
    assert f"RU:1{NBSP}001 more images without alt text." in texts
    assert "RU:“nickname” is not a declared profile field, so it stays empty. " in "".join(texts)
    assert all(text.startswith("RU:") for text in texts), texts  # AMP, client support, links too
    assert "RU:AMP emails show images with <amp-img>, not <img>." in texts
    where = {row.text(1) for row in rows}
    assert "RU:HTML body [RU:default]" in where  # the line-less "more" finding
    assert "RU:RU:HTML body [RU:default], line 2" in where  # "{0}, line {1}" of the panel


def test_review_findings_and_summary_are_translated_with_numbers_in_the_ui_locale(qtbot, russian):
    context = WizardContext(None, DraftKind.CAMPAIGNS)  # type: ignore[arg-type]  # the page needs no service
    context.setup.update(source_type=SourceType.SEGMENT, source_id=2)
    context.learnt(audience_name="Buyers", audience_size=12345)
    page = ReviewPage(context)
    qtbot.addWidget(page)
    page.show_setup()
    assert page.shown[0].text == "RU:Choose the email this campaign sends."
    assert all(item.text.startswith("RU:") for item in page.shown), [item.text for item in page.shown]
    assert "RU:Choose the email this campaign sends." in page.findings_label.text()
    assert f"RU:the segment ‘Buyers’ (12{NBSP}345 profiles)" in page.sentences.text()


def test_a_schedule_is_described_in_the_ui_language(qtbot, qloop, services, russian):
    payload = {"message_type": "L", "message_id": 4, "source_type": "A", "source_id": 8, "active": True,
               "crontab": "0 9 * * 1-5", "run_from": "2026-01-01T00:00:00Z"}  # fmt: skip
    editor = _editor(qtbot, qloop, services, DraftKind.AUTO_CAMPAIGNS, payload)
    field = editor.field("crontab")
    assert isinstance(field, CrontabInput)
    assert "В 09:00, с понедельника по пятницу" in field.description.text()
    field.line.setText("30 8 * JAN-MAR SAT,SUN")
    words = field.description.text()
    assert "в субботу и воскресенье" in words and "с января по март" in words, words
    assert not any(name in words for name in ENGLISH_NAMES), words
    field.line.setText("61 9 * * *")
    assert editor.row("crontab").message_text() == "RU:“61 9 * * *” is not a valid crontab schedule."
