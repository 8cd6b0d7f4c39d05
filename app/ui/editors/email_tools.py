"""What the email editor does beyond typing: copy a language from another, make the plain
text from the HTML, import and export HTML files, export an .eml, show the inlined size.

Each asks before it overwrites what the user wrote, reads and writes files off the UI thread
(through the authoring service), and says in a sentence what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from app.domain.inlined_html import wants_inlining
from app.domain.languages import Language, SuffixStyle, field_name
from app.ui.domain_text import error_text, finding_text
from app.ui.editors.code_input import CodeInput
from app.ui.editors.email_language_page import LanguagePage, Part, part_label
from app.ui.editors.email_preview import effective
from app.ui.editors.inputs import TextInput
from app.ui.editors.language_tabs import VARIANTS, variant_name
from app.ui.pages.deferred_task import spawn_soon

if TYPE_CHECKING:
    from app.ui.editors.email_editor import EmailEditor

_STYLE: Final = SuffixStyle.EMAIL
_COPIED: Final = (Part.SUBJECT, Part.HTML, Part.AMP, Part.PLAIN)
INLINE_SIZE_DELAY_MS: Final = 1200


def _kb(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"


class EmailTools(QObject):
    def __init__(self, editor: EmailEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copyFrom")
        self.copy_button.setText(self.tr("Copy from language…"))
        self.copy_button.setToolTip(self.tr("Start this language from another one's subject and bodies"))
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_menu = QMenu(self.copy_button)
        self.copy_button.setMenu(self.copy_menu)
        self.copy_menu.aboutToShow.connect(self._fill_copy_menu)
        self.file_button = QToolButton()
        self.file_button.setObjectName("emailFile")
        self.file_button.setText(self.tr("File"))
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.file_button)
        self.import_action = menu.addAction(self.tr("Import HTML File…"))
        self.export_action = menu.addAction(self.tr("Export HTML File…"))
        menu.addSeparator()
        self.eml_action = menu.addAction(self.tr("Export as .eml (to Open in a Mail Client)…"))
        menu.addSeparator()
        self.sample_action = menu.addAction(self.tr("Sample Profile for the Preview…"))
        self.sample_action.setToolTip(self.tr("What {{ first_name }} and other fields show in the preview"))
        self.file_button.setMenu(menu)
        self.sample_action.triggered.connect(self.open_sample_profile)
        self.import_action.triggered.connect(lambda: self.import_package(self._file_key()))
        self.export_action.triggered.connect(lambda: self.export_package(self._file_key()))
        self.eml_action.triggered.connect(self.export_eml)
        menu.aboutToShow.connect(self._update_file_menu)
        for page in editor.pages.values():
            page.make_plain_requested.connect(lambda p=page: self.make_plain(p))
            page.package.import_requested.connect(self.import_package)
            page.package.export_requested.connect(self.export_package)
        self._size_timer = QTimer(self)
        self._size_timer.setSingleShot(True)
        self._size_timer.setInterval(INLINE_SIZE_DELAY_MS)
        self._size_timer.timeout.connect(self._measure_inlining)
        self._box: QMessageBox | None = None
        self._sample_dialog: QWidget | None = None

    # -- copy from another language --------------------------------------------------------

    def _fill_copy_menu(self) -> None:
        self.copy_menu.clear()
        current = self.editor.current_language()
        payload = self.editor.payload
        for language in VARIANTS:
            if language == current:
                continue
            has = [p for p in _COPIED if _own(payload, p, language).strip()]
            action = self.copy_menu.addAction(variant_name(language))
            action.setEnabled(bool(has))
            action.triggered.connect(lambda _=False, source=language: self.copy_from(source))

    def copy_from(self, source: Language | None, *, confirmed: bool = False) -> None:
        """Fill the current language's parts from ``source``; ask first if that overwrites text."""
        target = self.editor.current_language()
        page = self.editor.current_page()
        payload = self.editor.payload
        parts = [p for p in _COPIED if _own(payload, p, source).strip()]
        overwritten = [p for p in parts if page.inputs[p].has_content() and _own(payload, p, source) != _own(
            payload, p, target)]  # fmt: skip
        if overwritten and not confirmed:
            names = ", ".join(part_label(p) for p in overwritten)
            self._ask(
                self.tr("Replace in {0}?").format(variant_name(target)),
                self.tr("{0} already has: {1}. Replace with {2}'s? You can undo it in each field.").format(
                    variant_name(target), names, variant_name(source)
                ),
                lambda: self.copy_from(source, confirmed=True),
            )
            return
        for part in parts:
            _set_text(page, part, _own(payload, part, source))

    # -- plain text from the HTML ----------------------------------------------------------

    def make_plain(self, page: LanguagePage, *, confirmed: bool = False) -> None:
        services = self.editor.services
        html, _key = effective(self.editor.payload, Part.HTML.value, page.language)
        if services is None or not html.strip():
            self._tell(self.tr("No HTML body"), self.tr("Write or import the HTML body first."))
            return
        plain = page.code(Part.PLAIN)
        if plain.has_content() and not confirmed:
            self._ask(
                self.tr("Replace the plain text?"),
                self.tr("The plain text you have is replaced with one made from the HTML. You can undo it."),
                lambda: self.make_plain(page, confirmed=True),
            )
            return
        self._run(lambda: self._make_plain(page, html), "plain-text")

    async def _make_plain(self, page: LanguagePage, html: str) -> None:
        services = self.editor.services
        assert services is not None
        text = await services.authoring.plain_text(html)
        if shiboken6.isValid(page):
            page.code(Part.PLAIN).editor.replace_all_text(text)
            page.show_part(Part.PLAIN)

    # -- HTML files ------------------------------------------------------------------------

    def _file_key(self) -> str:
        return field_name(Part.FILE.value, self.editor.current_language(), _STYLE)

    def _update_file_menu(self) -> None:
        has_file = bool(self.editor.payload.get(self._file_key()))
        self.export_action.setEnabled(has_file)
        self.eml_action.setEnabled(self.editor.services is not None)
        self.sample_action.setEnabled(self.editor.services is not None)

    def import_package(self, key: str) -> None:
        dialog = QFileDialog(self.editor, self.tr("Import an HTML file or a ZIP with its images"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("HTML pages and ZIP archives (*.html *.htm *.zip)"), self.tr("All files (*)")]
        )
        dialog.fileSelected.connect(lambda path: self._run(lambda: self._import(key, Path(path)), "import"))
        dialog.open()

    async def _import(self, key: str, path: Path) -> None:
        services = self.editor.services
        if services is None:
            return
        try:
            url = await services.authoring.package_to_data_url(path)
        except (ValueError, OSError) as error:  # PackageError's str() is the user's sentence
            self._tell(self.tr("This file cannot be used"), error_text(error))
            return
        field = self.editor.field(key)
        if shiboken6.isValid(field):
            field.set_value(url)  # type: ignore[attr-defined]
            self.editor.show_cell(self.editor.current_language(), Part.FILE)

    def export_package(self, key: str) -> None:
        url = self.editor.payload.get(key)
        if not isinstance(url, str) or not url:
            return
        is_zip = url[:40].startswith("data:application/zip")
        dialog = QFileDialog(self.editor, self.tr("Export the HTML file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("zip" if is_zip else "html")
        dialog.selectFile("email.zip" if is_zip else "email.html")
        dialog.fileSelected.connect(lambda path: self._run(lambda: self._write(Path(path), url), "export"))
        dialog.open()

    async def _write(self, path: Path, url: str) -> None:
        services = self.editor.services
        if services is None:
            return
        try:
            await services.authoring.export_package(url, path)
        except (ValueError, OSError) as error:
            self._tell(self.tr("The file was not written"), error_text(error))

    # -- a real mail client ------------------------------------------------------------------

    def export_eml(self) -> None:
        language = self.editor.current_language()
        dialog = QFileDialog(self.editor, self.tr("Export as .eml"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("eml")
        dialog.selectFile(f"email-{language.value if language else 'default'}.eml")
        payload = dict(self.editor.payload)
        dialog.fileSelected.connect(
            lambda path: self._run(lambda: self._eml(Path(path), payload, language), "eml")
        )
        dialog.open()

    async def _eml(self, path: Path, payload: dict[str, Any], language: Language | None) -> None:
        services = self.editor.services
        if services is None:
            return
        try:
            code = language.value if language else None
            await services.authoring.export_eml(path, payload, code, self.editor.sample_profile)
        except (ValueError, OSError) as error:  # EmlError's text is the user's sentence
            self._tell(self.tr("The .eml was not written"), error_text(error))

    def open_sample_profile(self) -> None:
        """The account's sample profile (one window, non-modal); the preview follows its changes."""
        services = self.editor.services
        if services is None:
            return
        if self._sample_dialog is None:
            from app.ui.audience.sample_profile import SampleProfileDialog

            self._sample_dialog = SampleProfileDialog(services.profile_fields, self.editor.tasks, self.editor)
        self._sample_dialog.show()
        self._sample_dialog.raise_()

    # -- the inlined size --------------------------------------------------------------------

    def update_inline_size(self) -> None:
        if wants_inlining(self.editor.payload) and self.editor.services is not None:
            self._size_timer.start()
        else:
            self._size_timer.stop()
            self.editor.inline_size.setText("")

    def _measure_inlining(self) -> None:
        html, _key = effective(self.editor.payload, Part.HTML.value, self.editor.current_language())
        if html.strip():
            self._run(lambda: self._measure(html), "inline-size")

    async def _measure(self, html: str) -> None:
        services = self.editor.services
        assert services is not None
        result = await services.authoring.inline(html)
        if not shiboken6.isValid(self.editor):
            return
        label = self.editor.inline_size
        if result.inlined:
            label.setText(self.tr("{0} → {1}").format(_kb(result.bytes_before), _kb(result.bytes_after)))
            label.setToolTip(self.tr("The HTML body before and after inlining"))
        else:
            label.setText(self.tr("Cannot be inlined"))
            label.setToolTip("\n".join(finding_text(w) for w in result.warnings))

    # -- asking --------------------------------------------------------------------------------

    def _run(self, make: Callable[[], Coroutine[Any, Any, Any]], name: str) -> None:
        spawn_soon(self.editor.tasks, self, make, f"email-{name}")

    def _ask(self, title: str, text: str, then: Any) -> None:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self.editor)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: then() if button is yes else None)
        box.finished.connect(box.deleteLater)
        self._box = box
        box.open()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.editor)
        box.finished.connect(box.deleteLater)
        self._box = box
        box.open()


def _own(payload: Any, part: Part, language: Language | None) -> str:
    value = payload.get(field_name(part.value, language, _STYLE))
    return value if isinstance(value, str) else ""


def _set_text(page: LanguagePage, part: Part, text: str) -> None:
    """As an edit the user can undo (the form writes and saves it)."""
    field = page.inputs[part]
    if isinstance(field, CodeInput):
        field.editor.replace_all_text(text)
    elif isinstance(field, TextInput):
        field.line.selectAll()
        field.line.insert(text)
