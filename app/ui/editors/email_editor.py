"""The email editor: sender, category, flags, and a tab per language with subject,
HTML body, AMP body and plain text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import Draft
from app.domain.field_labels import LABELS, LOCALIZED_LABELS
from app.domain.kinds import DraftKind
from app.domain.languages import Language, SuffixStyle, field_name
from app.ui.editors.base import DraftEditor, translate
from app.ui.editors.category_input import CategoryInput
from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.editors.inputs import BoolInput, FieldInput, LongTextInput, TextInput
from app.ui.editors.language_tabs import VARIANTS, LanguageTabs
from app.ui.pages.deferred_task import spawn_soon

if TYPE_CHECKING:
    from app.services.autosave import Autosaver
    from app.services.workspace_service import WorkspaceService

# The sentence under each option: what it does for the person who gets the email.
FLAG_EXPLANATIONS = {
    "is_urgent": "Marks the email as transactional (an order confirmation, a password reset), not marketing.",
    "not_add_unsubscr_link": "The provider adds no unsubscribe link: put one in the body yourself, "
    "unless nobody may opt out of this email.",
    "not_add_web_view_link": "The provider adds no “View in browser” link to the email.",
    "in_archive": "Archived: kept for the record and set aside from the emails in use.",
}

FLAGS = ("is_urgent", "not_add_unsubscr_link", "not_add_web_view_link", "in_archive")
BODIES = (("text_html", True, 3), ("x_amp_html", True, 1), ("text_plain", False, 2))


def _label(key: str) -> str:
    return translate("FieldLabels", LABELS.get(key, key))


def _content_label(base: str) -> str:
    return translate("FieldLabels", LOCALIZED_LABELS[base])


class EmailEditor(DraftEditor):
    def __init__(
        self,
        *,
        workspace: WorkspaceService,
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(DraftKind.EMAILS, workspace=workspace, autosaver=autosaver, parent=parent)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.internal_name = self._text_row(form, "internal_name", self.tr("Only you see this name"))
        self.category = CategoryInput()
        form.addRow(_label("category"), self._row(self.category))
        self.from_address = self._text_row(form, "from_address", "news@example.com")
        flags = QWidget()
        grid = QGridLayout(flags)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(FLAGS):
            box = BoolInput(key, _label(key))
            row = FieldRow(key, box, translate("EmailFlags", FLAG_EXPLANATIONS[key]))
            self._register(box, row)
            grid.addWidget(row, index // 2, index % 2)
        form.addRow(self.tr("Options"), flags)
        layout.addLayout(form)

        self.tabs = LanguageTabs()
        self._attachments: dict[Language | None, QLabel] = {}
        for language in VARIANTS:
            page, inputs = self._language_page(language)
            self.tabs.add_variant(language, page, inputs)
        layout.addWidget(self.tabs, 1)
        self._set_body(body)
        workspace.drafts_changed.connect(self._on_lists_changed)

    def subject_input(self, language: Language | None = None) -> TextInput:
        field = self.field(field_name("subject", language, SuffixStyle.EMAIL))
        assert isinstance(field, TextInput)
        return field

    def body_input(self, base: str, language: Language | None = None) -> LongTextInput:
        field = self.field(field_name(base, language, SuffixStyle.EMAIL))
        assert isinstance(field, LongTextInput)
        return field

    def _row(self, field: FieldInput) -> FieldRow:
        row = FieldRow(field.key, field)
        self._register(field, row)
        return row

    def _text_row(self, form: QFormLayout, key: str, placeholder: str) -> TextInput:
        field = TextInput(key, placeholder)
        form.addRow(_label(key), self._row(field))
        return field

    def _language_page(self, language: Language | None) -> tuple[QWidget, list[FieldInput]]:
        page = QWidget()
        layout = QVBoxLayout(page)
        subject = TextInput(field_name("subject", language, SuffixStyle.EMAIL))
        subject_form = QFormLayout()
        subject_form.addRow(_content_label("subject"), self._row(subject))
        layout.addLayout(subject_form)
        inputs: list[FieldInput] = [subject]
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for base, monospace, stretch in BODIES:
            field = LongTextInput(field_name(base, language, SuffixStyle.EMAIL), monospace=monospace)
            pane = QWidget()
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 4, 0, 0)
            caption = QLabel(_content_label(base))
            caption.setBuddy(field.edit)
            pane_layout.addWidget(caption)
            pane_layout.addWidget(self._row(field), 1)
            splitter.addWidget(pane)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
            inputs.append(field)
        layout.addWidget(splitter, 1)
        attachment = QLabel()
        attachment.setStyleSheet(HELP_STYLE)
        attachment.hide()
        layout.addWidget(attachment)
        self._attachments[language] = attachment
        return page, inputs

    def load(self, draft: Draft) -> None:
        if not draft.payload:  # a new draft starts where every email starts, not on the last tab
            self.tabs.setCurrentIndex(0)
        super().load(draft)
        self._load_categories()

    # -- the account's categories ----------------------------------------------------------

    def _on_lists_changed(self, kind: str) -> None:
        if kind == DraftKind.CATEGORIES and self._draft is not None:
            self._load_categories()

    def _load_categories(self) -> None:
        spawn_soon(self._autosaver.runner, self, self._fetch_categories, "email-categories")

    async def _fetch_categories(self) -> None:
        choices = await self._workspace.categories()
        if shiboken6.isValid(self) and self._draft is not None:
            self.category.set_choices(choices, self._state.current)
            self._validate()

    def _known_categories(self) -> set[int] | None:
        return self.category.known_ids

    # -- hooks ------------------------------------------------------------------------------

    def _reveal(self, row: FieldRow) -> None:
        field = row.field
        index = self.tabs.tab_of(field) if isinstance(field, FieldInput) else -1
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def _after_fill(self) -> None:
        payload = self._state.current
        for language, label in self._attachments.items():
            has_file = bool(payload.get(field_name("file_html", language, SuffixStyle.EMAIL)))
            label.setText(self.tr("This language also has an HTML file attached; it is kept as it is."))
            label.setVisible(has_file)
        self.tabs.refresh(self._error_keys())

    def _after_edit(self, field: FieldInput) -> None:
        index = self.tabs.tab_of(field)
        if index >= 0:
            self.tabs.refresh_tab(index)

    def _errors_changed(self, errors: Mapping[str, list[str]]) -> None:
        self.tabs.refresh(self._error_keys())
