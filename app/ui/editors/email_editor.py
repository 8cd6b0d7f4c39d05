"""The email editor: sender, category and options; a tab per language (the default and ten
more) with the subject and the bodies in the code editor; beside them the live preview, and
under them the pre-send checks. Languages at a glance, side by side for translators, copy from
another language, plain text from the HTML, HTML files, .eml export (``email_tools``).

Without ``EmailServices`` (tests of the form alone) the editor has no preview and no checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import Draft
from app.domain.field_labels import LABELS
from app.domain.inlined_html import INLINE_CSS
from app.domain.kinds import DraftKind
from app.domain.languages import Language, SuffixStyle, field_name
from app.ui.domain_text import finding_text
from app.ui.editors.base import DraftEditor, translate
from app.ui.editors.category_input import CategoryInput
from app.ui.editors.checks_panel import ChecksPanel
from app.ui.editors.code_input import CodeInput
from app.ui.editors.completeness import COLUMNS, CompletenessMatrix
from app.ui.editors.email_language_page import LanguagePage, Part
from app.ui.editors.email_options import OptionsPanel
from app.ui.editors.email_preview import EmailPreview, PreviewNote
from app.ui.editors.email_tools import EmailTools
from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.editors.inputs import BoolInput, FieldInput, TextInput
from app.ui.editors.language_tabs import VARIANTS, LanguageTabs
from app.ui.editors.side_by_side import SideBySide
from app.ui.flow_layout import wrapping_row
from app.ui.pages.deferred_task import spawn_soon

if TYPE_CHECKING:
    from app.services.authoring_service import AuthoringService
    from app.services.autosave import Autosaver
    from app.services.profile_fields_service import ProfileFieldsService
    from app.services.workspace_service import WorkspaceService

CHECK_DELAY_MS: Final = 800  # checks run once typing pauses
_STYLE: Final = SuffixStyle.EMAIL


@dataclass
class EmailServices:
    """What the preview and the checks need beside the workspace."""

    authoring: AuthoringService
    profile_fields: ProfileFieldsService


def _label(key: str) -> str:
    return translate("FieldLabels", LABELS.get(key, key))


class EmailEditor(DraftEditor):
    def __init__(
        self,
        *,
        workspace: WorkspaceService,
        autosaver: Autosaver,
        services: EmailServices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(DraftKind.EMAILS, workspace=workspace, autosaver=autosaver, parent=parent)
        self.services = services
        self._sample: dict[str, Any] = {}
        self._declared: list[str] = []
        self._check_marks: dict[str, dict[int, tuple[str, str]]] = {}
        self._render_marks: dict[str, dict[int, tuple[str, str]]] = {}
        self._applied: dict[str, dict[int, tuple[str, str]]] = {}  # marks shown, by field
        self._findings: list[Any] = []

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.internal_name = self._text_row(form, "internal_name", self.tr("Only you see this name"))
        self.category = CategoryInput()
        form.addRow(_label("category"), self._row(self.category))
        self.from_address = self._text_row(form, "from_address", "news@example.com")
        self.options = OptionsPanel(self._register)
        form.addRow("", self.options)

        self.tabs = LanguageTabs()
        self.pages: dict[Language | None, LanguagePage] = {}
        for language in VARIANTS:
            page = LanguagePage(language, self._register)
            self.pages[language] = page
            self.tabs.add_variant(language, page, list(page.inputs.values()))
            page.body_changed.connect(lambda _part: self._view_changed())
        self.matrix = CompletenessMatrix()
        self.matrix.hide()
        self.side = SideBySide()
        self.side.hide()

        self.glance = QToolButton()
        self.glance.setObjectName("glanceToggle")
        self.glance.setCheckable(True)
        self.glance.setText(self.tr("Languages at a glance"))
        self.glance.setToolTip(self.tr("What each language has, lacks or must fix; click a cell to go there"))
        self.glance.toggled.connect(self.matrix.setVisible)
        self.side_toggle = QToolButton()
        self.side_toggle.setObjectName("sideBySideToggle")
        self.side_toggle.setCheckable(True)
        self.side_toggle.setText(self.tr("Side by side"))
        self.side_toggle.setToolTip(self.tr("Show another language beside this one, read only"))
        self.inline = BoolInput(INLINE_CSS, self.tr("Inline CSS when publishing"))
        self.inline.setToolTip(
            self.tr(
                "The server gets the HTML with its styles written into each element; "
                "your draft keeps its source."
            )
        )
        self._register(self.inline, FieldRow(INLINE_CSS, self.inline))
        self.inline_size = QLabel()
        self.inline_size.setObjectName("inlineSize")
        self.inline_size.setStyleSheet(HELP_STYLE)
        self.tools = EmailTools(self)
        bar_row, bar = wrapping_row()  # wraps in a narrow pane or a longer language
        for widget in (self.glance, self.side_toggle, self.tools.copy_button, self.tools.file_button):
            bar.addWidget(widget)
        bar.add_trailing(self.inline)
        bar.add_trailing(self.inline_size)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.matrix)
        left_layout.addWidget(self.tabs, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("emailSplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(left)
        self.split.addWidget(self.side)
        self.preview: EmailPreview | None = None
        self.side_preview: EmailPreview | None = None  # the source language's, made when first shown
        self.preview_note = PreviewNote()
        self.checks = ChecksPanel()
        if services is not None:
            self._add_preview(services)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.setChildrenCollapsible(False)
        vertical.addWidget(self.split)
        vertical.addWidget(self.checks)
        vertical.setStretchFactor(0, 5)
        vertical.setStretchFactor(1, 1)
        self.checks.setVisible(services is not None)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(bar_row)
        layout.addWidget(vertical, 1)
        self._set_body(body)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._run_checks)
        self.tabs.currentChanged.connect(lambda _index: self._view_changed())
        self.matrix.cell_chosen.connect(self._go_to_cell)
        self.checks.go_to.connect(self.go_to_line)
        self.side_toggle.toggled.connect(self._toggle_side)
        self.side.closed.connect(lambda: self.side_toggle.setChecked(False))
        self.side.source_changed.connect(lambda _language: self._show_side())
        workspace.drafts_changed.connect(self._on_lists_changed)
        if services is not None:
            services.profile_fields.fields_changed.connect(self._load_account_data)
            services.profile_fields.sample_changed.connect(self._load_account_data)

    # -- the public face --------------------------------------------------------------------

    def subject_input(self, language: Language | None = None) -> TextInput:
        field = self.field(field_name("subject", language, _STYLE))
        assert isinstance(field, TextInput)
        return field

    def body_input(self, base: str, language: Language | None = None) -> CodeInput:
        field = self.field(field_name(base, language, _STYLE))
        assert isinstance(field, CodeInput)
        return field

    @property
    def sample_profile(self) -> dict[str, Any]:
        """The account's sample profile the preview renders templates with."""
        return dict(self._sample)

    def current_language(self) -> Language | None:
        return VARIANTS[max(self.tabs.currentIndex(), 0)]

    def current_page(self) -> LanguagePage:
        return self.pages[self.current_language()]

    def show_cell(self, language: Language | None, part: Part) -> None:
        self.tabs.setCurrentIndex(self.tabs.index_of(language))
        if part is not Part.SUBJECT:
            self.pages[language].show_part(part)

    def go_to_line(self, key: str, line: int = 0) -> None:
        """Go to a field (its language and body tab) and, in a body, to the line."""
        if key not in self._rows:
            return
        self.go_to_field(key)
        field = self._rows[key].field
        if isinstance(field, CodeInput) and line > 0:
            field.editor.go_to_line(line)

    def load(self, draft: Draft) -> None:
        if not draft.payload:  # a new draft starts where every email starts, not on the last tab
            self.tabs.setCurrentIndex(0)
            for page in self.pages.values():
                page.show_part(Part.HTML)
        self._check_marks.clear()
        self._render_marks.clear()
        self._applied.clear()  # loading a text drops its marks
        super().load(draft)
        self._load_categories()
        self._load_account_data()

    # -- building ---------------------------------------------------------------------------

    def _add_preview(self, services: EmailServices) -> None:
        from app.ui.preview import PreviewPane

        pane = PreviewPane()
        self.preview = EmailPreview(pane, services.authoring, self.tasks, lambda: self._sample, self)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        column_layout.addWidget(self.preview_note)
        column_layout.addWidget(pane, 1)
        self.preview_note.hide()
        self.split.addWidget(column)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(2, 1)
        self.preview.problems_found.connect(self._template_problems)
        self.preview.note_changed.connect(self.preview_note.set_text)

    def _row(self, field: FieldInput) -> FieldRow:
        row = FieldRow(field.key, field)
        self._register(field, row)
        return row

    def _text_row(self, form: QFormLayout, key: str, placeholder: str) -> TextInput:
        field = TextInput(key, placeholder)
        form.addRow(_label(key), self._row(field))
        return field

    # -- the account's categories, declared fields and sample profile ----------------------

    def _on_lists_changed(self, kind: str) -> None:
        if kind == DraftKind.CATEGORIES and self._draft is not None:
            self._load_categories()

    def _load_categories(self) -> None:
        spawn_soon(self.tasks, self, self._fetch_categories, "email-categories")

    async def _fetch_categories(self) -> None:
        choices = await self._workspace.categories()
        if shiboken6.isValid(self) and self._draft is not None:
            self.category.set_choices(choices, self._state.current)
            self._validate()

    def _load_account_data(self) -> None:
        if self.services is not None:
            spawn_soon(self.tasks, self, self._fetch_account_data, "email-profile")

    async def _fetch_account_data(self) -> None:
        assert self.services is not None
        fields = await self.services.profile_fields.declared_fields()
        sample = await self.services.profile_fields.sample_profile()
        if not shiboken6.isValid(self):
            return
        self._declared = [f.name for f in fields]
        self._sample = sample
        if self.preview is not None and self._draft is not None:
            self.preview.refresh()
        self._schedule_checks()

    def _known_categories(self) -> set[int] | None:
        return self.category.known_ids

    # -- following the user -----------------------------------------------------------------

    def _view_changed(self) -> None:
        page = self.current_page()
        self.checks.set_language(page.language)
        if self.preview is not None and self._draft is not None:
            self.preview.show(
                self._state.current, page.language, page.current_part(), email=self._draft.local_id
            )
        if self.side.isVisible():
            self._show_side()

    def _toggle_side(self, on: bool) -> None:
        self.side.setVisible(on)
        if on and self.services is not None and self.side_preview is None:
            from app.ui.preview import PreviewPane

            pane = PreviewPane()
            self.side.add_preview(pane)
            self.side_preview = EmailPreview(
                pane, self.services.authoring, self.tasks, lambda: self._sample, self
            )
        if on:
            current = self.current_language()
            if self.side.language() == current:
                self.side.set_language(None if current is not None else Language.EN)
            self._show_side()
        else:
            self.side.link_scroll(None)

    def _show_side(self) -> None:
        page = self.current_page()
        part = page.current_part()
        self.side.show_source(self._state.current, part)
        if self.side_preview is not None and self._draft is not None:
            self.side_preview.show(
                self._state.current, self.side.language(), part, email=self._draft.local_id
            )
        shown = part if part in (Part.HTML, Part.AMP, Part.PLAIN) else Part.HTML
        editor = page.code(shown).editor
        self.side.link_scroll(editor.verticalScrollBar())

    def _go_to_cell(self, language: Language | None, part_value: str) -> None:
        part = Part(part_value)
        self.show_cell(language, part)
        self.go_to_field(field_name(part.value, language, _STYLE))

    def _reveal(self, row: FieldRow) -> None:
        field = row.field
        index = self.tabs.tab_of(field) if isinstance(field, FieldInput) else -1
        if index >= 0:
            self.tabs.setCurrentIndex(index)
            page = self.pages[VARIANTS[index]]
            for part, widget in page.inputs.items():
                if widget is field and part is not Part.SUBJECT:
                    page.show_part(part)
        elif field in self.options.boxes:
            self.options.set_unfolded(True)

    # -- hooks ------------------------------------------------------------------------------

    def _after_fill(self) -> None:
        self.options.refresh()
        self._refresh_marks()
        self._view_changed()
        self._schedule_checks()
        self.tools.update_inline_size()

    def _after_edit(self, field: FieldInput) -> None:
        index = self.tabs.tab_of(field)
        if index >= 0:
            self.tabs.refresh_tab(index)
            self.pages[VARIANTS[index]].refresh_marks()
        self._refresh_matrix()
        if self.preview is not None:
            self.preview.edited(self._state.current)
        self._schedule_checks()
        if field.key.startswith("text_html") or field is self.inline:
            self.tools.update_inline_size()

    def _errors_changed(self, errors: Mapping[str, list[str]]) -> None:
        self.tabs.refresh(self._error_keys())

    def _refresh_marks(self) -> None:
        self.tabs.refresh(self._error_keys())
        for page in self.pages.values():
            page.refresh_marks()
        self._refresh_matrix()

    def _refresh_matrix(self) -> None:
        filled: dict[str, bool] = {}
        for language, page in self.pages.items():
            for part in COLUMNS:
                filled[field_name(part.value, language, _STYLE)] = page.inputs[part].has_content()
        failing: dict[str, int] = {}
        for finding in self._findings:
            if str(finding.severity) in ("error", "warning"):
                failing[finding.field] = failing.get(finding.field, 0) + 1
        self.matrix.show_state(filled, failing)

    # -- checks and template problems --------------------------------------------------------

    def _schedule_checks(self) -> None:
        if self.services is not None:
            self._check_timer.start()

    def _run_checks(self) -> None:
        if self.services is not None and self._draft is not None:
            spawn_soon(self.tasks, self, self._check, "email-checks")

    async def _check(self) -> None:
        assert self.services is not None
        local_id = self.local_id
        findings = await self.services.authoring.check(
            dict(self._state.current), self._declared, channel=f"checks-{id(self)}"
        )
        if findings is None or not shiboken6.isValid(self) or local_id != self.local_id:
            return  # newer checks are on their way, or another email is shown
        self._findings = list(findings)
        self.checks.set_findings(self._findings)
        self._refresh_matrix()
        marks: dict[str, dict[int, tuple[str, str]]] = {}
        for finding in self._findings:
            if finding.line:
                marks.setdefault(finding.field, {})[finding.line] = (
                    str(finding.severity),
                    finding_text(finding),
                )
        self._check_marks = marks
        self._apply_marks()

    def _template_problems(self, key: str, problems: list[tuple[int | None, str]]) -> None:
        self._render_marks = {key: {line: ("error", message) for line, message in problems if line}}
        self._apply_marks()

    def _apply_marks(self) -> None:
        for language, page in self.pages.items():
            for part in (Part.HTML, Part.AMP, Part.PLAIN):
                key = field_name(part.value, language, _STYLE)
                merged = {**self._check_marks.get(key, {}), **self._render_marks.get(key, {})}
                if merged != self._applied.get(key, {}):
                    self._applied[key] = merged
                    page.code(part).editor.mark_lines(merged)
