"""The email editor with its preview and checks, on a real workspace and the real authoring
service: the preview follows the language and renders the sample profile, a finding goes to
its line, languages at a glance, copy from language, plain text, HTML files, inlining, .eml."""

from __future__ import annotations

import asyncio
import email
import io
import zipfile
from collections.abc import Iterator
from email import policy
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.domain.inlined_html import INLINE_CSS
from app.domain.kinds import DraftKind
from app.domain.languages import Language
from app.domain.profile_fields import ProfileFieldType
from app.services.authoring_service import AuthoringService
from app.services.profile_fields_service import ProfileFieldsService
from app.ui.editors import EmailEditor
from app.ui.editors.email_editor import EmailServices
from app.ui.editors.email_language_page import Part
from tests.gui.editing_support import Services, open_services, type_text, wait_until

HTML = (
    "<!doctype html><html lang='en'><head><style>p { color: #223344 }</style></head>\n"
    "<body>\n<p>Hello {{ first_name }}</p>\n<img src='https://example.com/x.png'>\n"
    "<a href='https://example.com/unsubscribe'>Unsubscribe</a>\n</body></html>"
)
GERMAN = "<html lang='de'><body><p>Hallo</p></body></html>"
EMAIL = {
    "category": 3, "from_address": "news@example.com", "internal_name": "Spring", "subject": "Spring is here",
    "text_html": HTML, "subject_de": "Frühling", "text_html_de": GERMAN,
}  # fmt: skip


@pytest.fixture
def services(qloop, tmp_path) -> Iterator[Services]:
    services = qloop.run(open_services(tmp_path / "ws"))
    try:
        yield services
    finally:
        qloop.run(services.close())
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def editor(qtbot, qloop, services) -> EmailEditor:
    fields = ProfileFieldsService(services.workspace)
    qloop.run(fields.declare("first_name", ProfileFieldType.STRING))
    qloop.run(fields.set_sample_profile({"first_name": "Anna"}))
    editor = EmailEditor(
        workspace=services.workspace,
        autosaver=services.autosaver,
        services=EmailServices(AuthoringService(), fields),
    )
    qtbot.addWidget(editor)
    editor.resize(1400, 900)
    editor.show()
    return editor


def _open(qloop, services: Services, editor: EmailEditor, payload: dict[str, Any] | None = None) -> Any:
    draft = qloop.run(services.create(DraftKind.EMAILS, dict(EMAIL if payload is None else payload)))
    editor.load(draft)
    return draft


async def _page_text(pane: Any) -> str:
    done: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    pane.page().toPlainText(lambda text: done.done() or done.set_result(text))
    return await done


def _wait_preview(qloop, editor: EmailEditor, text: str, *, source: bool = False) -> None:
    preview = editor.side_preview if source else editor.preview
    assert preview is not None

    async def shows() -> None:
        while text not in await _page_text(preview.pane):  # noqa: ASYNC110 - the page is asked again
            await asyncio.sleep(0.1)

    qloop.run(shows(), timeout=40)


def _boxes() -> list[QMessageBox]:
    widgets = QCoreApplication.instance().topLevelWidgets()
    return [w for w in widgets if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_preview_renders_the_sample_profile_and_follows_the_language(qloop, services, editor):
    _open(qloop, services, editor)
    _wait_preview(qloop, editor, "Hello Anna")
    assert editor.preview.pane.inbox_line.isVisible()

    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.DE))
    _wait_preview(qloop, editor, "Hallo")

    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.FR))  # empty: the default is sent
    _wait_preview(qloop, editor, "Hello Anna")

    editor.tabs.setCurrentIndex(0)
    editor.current_page().show_part(Part.PLAIN)
    type_text(editor.body_input("text_plain").edit, "Plain for {{ first_name }}")
    _wait_preview(qloop, editor, "Plain for Anna")


def test_a_template_error_marks_its_line_and_nothing_breaks(qloop, services, editor):
    broken = "<html lang='en'><body>\n<p>ok</p>\n{% for x in items %}\n<p>never closed</p>\n</body></html>"
    _open(qloop, services, editor, {**EMAIL, "text_html": broken})
    code = editor.body_input("text_html").editor
    qloop.run(wait_until(lambda: bool(code.marks), within=30))
    assert any(line >= 2 for line in code.marks.by_block())
    findings = [f for f in editor.checks.shown() if f.code == "template-syntax"]
    qloop.run(wait_until(lambda: any(f.code == "template-syntax" for f in editor.checks.shown()), within=30))
    assert findings or editor.checks.shown()


def test_a_finding_goes_to_its_field_and_line(qtbot, qloop, services, editor):
    _open(qloop, services, editor)
    qloop.run(wait_until(lambda: editor.checks.tree.topLevelItemCount() > 0, within=30))
    codes = {f.code for f in editor.checks.shown()}
    assert "image-alt-missing" in codes  # the <img> has no alt
    assert "plain-text-missing" in codes
    editor.checks.scope.setCurrentIndex(1)  # all languages
    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.KO))
    qloop.run(asyncio.sleep(1.2))  # the checks that the tab change may start have run
    tree = editor.checks.tree
    item = next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if "alt" in tree.topLevelItem(i).text(2)
    )
    rect = editor.checks.tree.visualItemRect(item)
    QTest.mouseClick(editor.checks.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_language() is None and editor.current_page().current_part() is Part.HTML
    cursor = editor.body_input("text_html").editor.textCursor()
    assert cursor.blockNumber() + 1 == 4  # the <img> line
    # the matrix counts it
    assert editor.matrix.state_of(None, Part.HTML) == "failing"
    assert editor.matrix.state_of(Language.DE, Part.HTML) in ("filled", "failing")
    assert editor.matrix.state_of(Language.DE, Part.PLAIN) == "failing"  # plain text missing: a warning
    assert editor.matrix.state_of(Language.DE, Part.AMP) == ""  # optional
    assert editor.matrix.state_of(Language.TR, Part.HTML) == ""


def test_languages_at_a_glance_go_to_the_cell(qloop, services, editor):
    _open(qloop, services, editor)
    editor.glance.setChecked(True)
    assert editor.matrix.isVisible()
    assert editor.matrix.state_of(Language.DE, Part.SUBJECT) == "filled"
    row = editor.tabs.index_of(Language.DE)
    editor.matrix.cellClicked.emit(row, 3)  # German, plain text
    assert editor.current_language() is Language.DE
    assert editor.current_page().current_part() is Part.PLAIN


def _accept_question(qtbot) -> None:
    qtbot.waitUntil(lambda: bool(_boxes()))
    _boxes()[-1].button(QMessageBox.StandardButton.Yes).click()


def test_copy_from_language_fills_and_asks_before_overwriting(qtbot, qloop, services, editor):
    draft = _open(qloop, services, editor)
    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.FR))
    editor.tools.copy_from(Language.DE)
    assert editor.subject_input(Language.FR).line.text() == "Frühling"
    assert "Hallo" in editor.body_input("text_html", Language.FR).text()

    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.DE))
    editor.tools.copy_from(None)  # German has text: the user is asked first
    assert editor.subject_input(Language.DE).line.text() == "Frühling"
    _accept_question(qtbot)
    assert editor.subject_input(Language.DE).line.text() == "Spring is here"
    editor.body_input("text_html", Language.DE).editor.undo()  # one undo step per field
    assert "Hallo" in editor.body_input("text_html", Language.DE).text()
    qloop.run(services.autosaver.flush())
    stored = qloop.run(services.stored(draft.local_id)).payload
    assert stored["subject_fr"] == "Frühling" and stored["subject_de"] == "Spring is here"


def test_plain_text_is_made_from_the_html_and_asks_before_replacing(qtbot, qloop, services, editor):
    _open(qloop, services, editor)
    page = editor.current_page()
    page.show_part(Part.PLAIN)
    page.make_plain.click()
    plain = editor.body_input("text_plain")
    qloop.run(wait_until(lambda: "Hello" in plain.text(), within=20))
    assert "Unsubscribe (https://example.com/unsubscribe)" in plain.text()
    type_text(plain.edit, " edited")
    page.make_plain.click()
    _accept_question(qtbot)
    qloop.run(wait_until(lambda: not plain.text().endswith("edited"), within=20))


def test_an_html_file_is_imported_previewed_and_refused_when_unsafe(qtbot, qloop, services, editor, tmp_path):
    archive = tmp_path / "news.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        page = "<html lang='en'><body><p>From the package</p><img src='logo.png' alt='x'></body></html>"
        zf.writestr("index.html", page)
        zf.writestr("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    draft = _open(qloop, services, editor, {**EMAIL, "text_html_it": ""})
    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.IT))
    key = "file_html_it"
    qloop.run(editor.tools._import(key, archive))
    assert editor.current_page().current_part() is Part.FILE
    assert editor.payload[key].startswith("data:application/zip;base64,")
    assert "ZIP" in editor.current_page().package.summary.text()
    editor.current_page().show_part(Part.HTML)
    qloop.run(services.autosaver.flush())
    assert qloop.run(services.stored(draft.local_id)).payload[key] == editor.payload[key]

    bad = tmp_path / "slip.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../evil.html", "<p>x</p>")
    before = dict(editor.payload)
    qloop.run(editor.tools._import("file_html_de", bad))
    boxes = _boxes()
    assert boxes and boxes[-1].text()  # a sentence that says why
    assert editor.payload == before
    boxes[-1].close()

    out = tmp_path / "out.zip"
    qloop.run(editor.tools._write(out, editor.payload[key]))
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as zf:
        assert "index.html" in zf.namelist()


def test_inlining_is_an_option_with_its_sizes(qloop, services, editor):
    draft = _open(qloop, services, editor)
    assert editor.inline_size.text() == ""
    editor.inline.box.setChecked(True)
    qloop.run(wait_until(lambda: "→" in editor.inline_size.text(), within=20))
    qloop.run(services.autosaver.flush())
    stored = qloop.run(services.stored(draft.local_id)).payload
    assert stored[INLINE_CSS] is True and stored["text_html"] == HTML  # the source stays
    editor.inline.box.setChecked(False)
    assert editor.inline_size.text() == ""


def test_export_as_eml_opens_in_a_mail_client(qloop, services, editor, tmp_path):
    _open(qloop, services, editor, {**EMAIL, "text_plain": "Hello {{ first_name }}"})
    path = tmp_path / "spring.eml"
    qloop.run(editor.tools._eml(path, dict(editor.payload), Language.DE))
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Frühling"
    assert message.get_content_type() in ("multipart/alternative", "multipart/mixed", "multipart/related")


def _lines(language: str, word: str) -> str:
    lines = "\n".join(f"<p>{word} {i}</p>" for i in range(400))
    return f"<html lang='{language}'><body>\n{lines}\n</body></html>"


def test_side_by_side_shows_the_source_and_scrolls_with_the_edited_text(qloop, services, editor):
    long_de = _lines("de", "Zeile")
    long_fr = _lines("fr", "Ligne")
    _open(qloop, services, editor, {**EMAIL, "text_html_de": long_de, "text_html_fr": long_fr})
    editor.tabs.setCurrentIndex(editor.tabs.index_of(Language.FR))
    editor.side_toggle.setChecked(True)
    editor.side.set_language(Language.DE)
    assert editor.side.isVisible()
    assert editor.side.subject.text() == "Frühling" and editor.side.subject.isReadOnly()
    assert "Zeile 399" in editor.side.text.text() and editor.side.text.isReadOnly()
    _wait_preview(qloop, editor, "Zeile 3", source=True)  # the source's own preview
    _wait_preview(qloop, editor, "Ligne 3")
    target = editor.body_input("text_html", Language.FR).editor.verticalScrollBar()
    QTest.qWait(50)
    target.setValue(target.maximum())
    source = editor.side.text.verticalScrollBar()
    assert source.value() == source.maximum() > 0


def test_the_sample_profile_window_changes_what_the_preview_shows(qtbot, qloop, services, editor):
    _open(qloop, services, editor)
    _wait_preview(qloop, editor, "Hello Anna")
    editor.tools.sample_action.trigger()
    dialog = editor.tools._sample_dialog
    assert dialog is not None and dialog.isVisible()
    qloop.run(editor.services.profile_fields.set_sample_profile({"first_name": "Boris"}))
    _wait_preview(qloop, editor, "Hello Boris")
    dialog.close()
