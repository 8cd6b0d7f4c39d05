"""A form built from a kind's schema: categories, segments and the three campaign kinds.

Per-language fields go into language tabs; campaign fields are grouped (what is sent, to
whom, when, options); ``config`` is a panel of explained flags; datafiles are chosen
from disk and travel as multipart parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SourceType
from app.domain.field_labels import LOCALIZED_LABELS, split_localized
from app.domain.kinds import DraftKind
from app.domain.languages import Language
from app.domain.schema import FieldSpec, FieldType
from app.domain.sentences import QT_TRANSLATE_NOOP
from app.ui.domain_text import label_text
from app.ui.editors.base import DraftEditor, translate
from app.ui.editors.choices import choice_labels
from app.ui.editors.config_input import ConfigInput
from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.editors.inputs import BoolInput, ChoiceInput, FieldInput, IntInput, LongTextInput, TextInput
from app.ui.editors.language_tabs import VARIANTS, LanguageTabs
from app.ui.editors.special_inputs import CrontabInput, DataFileInput, DateTimeInput, JsonInput

if TYPE_CHECKING:
    from app.services.autosave import Autosaver
    from app.services.workspace_service import WorkspaceService

# Campaign fields by what a marketer decides: the message, the audience, the timing.
_SECTIONS: Final = (
    (QT_TRANSLATE_NOOP("EditorSections", "Message"), ("message_type", "messages_type", "message_id")),
    (
        QT_TRANSLATE_NOOP("EditorSections", "Audience"),
        ("source_type", "source_id", "source_uploaded_csv", "additional_source_file"),
    ),
    (
        QT_TRANSLATE_NOOP("EditorSections", "Schedule"),
        ("active", "crontab", "run_from", "run_to", "planned_at", "send_during_hours", "start_immediately"),
    ),
    (
        QT_TRANSLATE_NOOP("EditorSections", "A/B test"),
        ("ab_percent", "win_parameter", "test_planned_at", "main_planned_at"),
    ),
    (QT_TRANSLATE_NOOP("EditorSections", "Details"), ("tags", "priority")),
    (QT_TRANSLATE_NOOP("EditorSections", "Sending options"), ("config",)),
)
_PLACEHOLDERS: Final = {
    "message_id": QT_TRANSLATE_NOOP("EditorPlaceholders", "Email ID on the server"),
    "source_id": QT_TRANSLATE_NOOP("EditorPlaceholders", "Segment or source ID"),
    "priority": QT_TRANSLATE_NOOP("EditorPlaceholders", "Higher sends first"),
    "tags": QT_TRANSLATE_NOOP("EditorPlaceholders", "Words to find this by, separated by commas"),
}
_LONG_TEXT: Final = frozenset({"description"})


def _label(key: str, kind: DraftKind) -> str:
    localized = split_localized(key)
    if localized is not None:  # inside its language's tab: "Title", not "Title [German]"
        return translate("FieldLabels", LOCALIZED_LABELS[localized[0]])
    return label_text(key, kind.schema)


class SchemaEditor(DraftEditor):
    def __init__(
        self,
        kind: DraftKind,
        *,
        workspace: WorkspaceService,
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, workspace=workspace, autosaver=autosaver, parent=parent)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self._body_layout = QVBoxLayout(body)
        self._body_layout.setContentsMargins(0, 0, 8, 0)
        self.note = QLabel()
        self.note.setStyleSheet(HELP_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        self._body_layout.addWidget(self.note)
        self.tabs: LanguageTabs | None = None

        specs = [spec for spec in kind.schema.fields if spec.name not in kind.schema.read_only]
        plain = [spec for spec in specs if split_localized(spec.name) is None]
        localized = [spec for spec in specs if split_localized(spec.name) is not None]
        if kind.is_campaign:
            self._add_sections(plain)
        else:
            form = self._form()
            for spec in plain:
                self._add_field(form, spec)
            self._body_layout.addLayout(form)
        if localized:
            self._add_language_tabs(localized)
        else:
            self._body_layout.addStretch(1)
        scroll.setWidget(body)
        self._scroll = scroll
        self._set_body(scroll)

    # -- building ---------------------------------------------------------------------------

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add_sections(self, specs: list[FieldSpec]) -> None:
        by_name = {spec.name: spec for spec in specs}
        placed: set[str] = set()
        for title, names in _SECTIONS:
            present = [by_name[name] for name in names if name in by_name]
            if not present:
                continue
            box = QGroupBox(translate("EditorSections", title))
            form = self._form()
            box.setLayout(form)
            for spec in present:
                self._add_field(form, spec)
                placed.add(spec.name)
            self._body_layout.addWidget(box)
        rest = [spec for spec in specs if spec.name not in placed]
        if rest:
            form = self._form()
            for spec in rest:
                self._add_field(form, spec)
            self._body_layout.addLayout(form)

    def _add_field(self, form: QFormLayout, spec: FieldSpec) -> FieldInput:
        field = self._input_for(spec)
        row = FieldRow(spec.name, field)
        if spec.description:
            field.setToolTip(spec.description)
        extra = field.rows if isinstance(field, ConfigInput) else {}
        self._register(field, row, extra)
        if isinstance(field, BoolInput) or (isinstance(field, ConfigInput) and self.kind.is_campaign):
            form.addRow(row)  # the check box, or the section's title, says it
        else:
            form.addRow(_label(spec.name, self.kind), row)
        return field

    def _input_for(self, spec: FieldSpec) -> FieldInput:
        name = spec.name
        placeholder = translate("EditorPlaceholders", _PLACEHOLDERS.get(name, ""))
        match spec.type:
            case FieldType.BOOL:
                return BoolInput(name, _label(name, self.kind))
            case FieldType.INT:
                return IntInput(name, placeholder)
            case FieldType.CHAR:
                return ChoiceInput(name, choice_labels(name, spec.choices), self.tr("(not set)"))
            case FieldType.DATETIME:
                return DateTimeInput(name)
            case FieldType.CRONTAB:
                return CrontabInput(name)
            case FieldType.JSON if name == "config":
                return ConfigInput(name)
            case FieldType.JSON:
                return JsonInput(name)
            case FieldType.DATAFILE:
                return DataFileInput(name)
            case _:
                base = split_localized(name)
                if base is not None and base[0] in _LONG_TEXT:
                    field = LongTextInput(name, placeholder=placeholder)
                    field.edit.setMaximumHeight(110)
                    return field
                return TextInput(name, placeholder)

    def _add_language_tabs(self, specs: list[FieldSpec]) -> None:
        tabs = LanguageTabs()
        groups: dict[Language | None, list[FieldSpec]] = {language: [] for language in VARIANTS}
        for spec in specs:
            localized = split_localized(spec.name)
            assert localized is not None
            groups[localized[1]].append(spec)
        for language in VARIANTS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            form = self._form()
            page_layout.addLayout(form)
            page_layout.addStretch(1)
            inputs = [self._add_field(form, spec) for spec in groups[language]]
            tabs.add_variant(language, page, inputs)
        self._body_layout.addWidget(tabs, 1)
        self.tabs = tabs

    # -- hooks ------------------------------------------------------------------------------

    def _reveal(self, row: FieldRow) -> None:
        field = row.field
        if self.tabs is not None and isinstance(field, FieldInput):
            index = self.tabs.tab_of(field)
            if index >= 0:
                self.tabs.setCurrentIndex(index)
        self._scroll.ensureWidgetVisible(row)

    def _after_fill(self) -> None:
        self._follow_source_type()
        local_email = self._state.current.get("$message_local_id")
        if isinstance(local_email, int):
            self.note.setText(
                self.tr("Sends the local email draft #%d: it is published first, then this campaign.")
                % local_email
            )
            self.note.show()
        else:
            self.note.hide()
        if self.tabs is not None:
            self.tabs.refresh(self._error_keys())

    def _after_edit(self, field: FieldInput) -> None:
        if field.key == "source_type":
            self._follow_source_type()
        if self.tabs is not None:
            index = self.tabs.tab_of(field)
            if index >= 0:
                self.tabs.refresh_tab(index)

    def _errors_changed(self, errors: Mapping[str, list[str]]) -> None:
        if self.tabs is not None:
            self.tabs.refresh(self._error_keys())

    def _follow_source_type(self) -> None:
        """An uploaded list needs a file and no source ID; a segment or API source the reverse."""
        if "source_type" not in self._rows:
            return
        uploaded = self._state.current.get("source_type") == SourceType.UPLOADED
        if "source_id" in self._rows:
            self._rows["source_id"].setEnabled(not uploaded)
        if "source_uploaded_csv" in self._rows:
            self._rows["source_uploaded_csv"].setEnabled(uploaded)
