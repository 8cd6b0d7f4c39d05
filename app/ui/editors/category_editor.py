"""The category editor: one grid, a row per language (the default first), its title and
description side by side, and a mark saying what each language still lacks.

The API spells Chinese ``_zn`` for categories; that stays in the field names
(``app.domain.languages.field_name``) and never reaches the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.kinds import DraftKind
from app.domain.languages import Language, SuffixStyle, field_name
from app.ui.editors.base import DraftEditor
from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.editors.inputs import FieldInput, LongTextInput, TextInput
from app.ui.editors.language_tabs import VARIANTS, variant_name

if TYPE_CHECKING:
    from app.services.autosave import Autosaver
    from app.services.workspace_service import WorkspaceService

_STYLE: Final = SuffixStyle.CATEGORY
_DONE: Final = "✓"
_PARTLY: Final = "◐"
_EMPTY: Final = "○"


class CategoryEditor(DraftEditor):
    def __init__(
        self,
        *,
        workspace: WorkspaceService,
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(DraftKind.CATEGORIES, workspace=workspace, autosaver=autosaver, parent=parent)
        self._titles: dict[Language | None, TextInput] = {}
        self._descriptions: dict[Language | None, LongTextInput] = {}
        self._marks: dict[Language | None, QLabel] = {}

        grid = QGridLayout()
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 3)
        grid.setHorizontalSpacing(10)
        for column, text in enumerate(("", self.tr("Language"), self.tr("Title"), self.tr("Description"))):
            if text:
                head = QLabel(f"<b>{text}</b>")
                grid.addWidget(head, 0, column)
        for row, language in enumerate(VARIANTS, start=1):
            mark = QLabel()
            mark.setObjectName(f"mark_{language or 'default'}")
            name = QLabel(variant_name(language))
            title = TextInput(field_name("title", language, _STYLE))
            description = LongTextInput(field_name("description", language, _STYLE))
            description.edit.setFixedHeight(description.edit.fontMetrics().lineSpacing() * 2 + 14)
            description.edit.setMinimumWidth(120)
            title.line.setMinimumWidth(100)
            description.edit.setTabChangesFocus(True)  # Tab walks the grid, as in a spreadsheet
            name.setBuddy(title.line)
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(mark, row, 0, top)
            grid.addWidget(name, row, 1, top)
            grid.addWidget(self._row(title), row, 2, top)
            grid.addWidget(self._row(description), row, 3, top)
            self._titles[language] = title
            self._descriptions[language] = description
            self._marks[language] = mark

        self.summary = QLabel()
        self.summary.setObjectName("completeness")
        self.summary.setStyleSheet(HELP_STYLE)
        self.summary.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the grid fits the width
        scroll.setWidget(body)
        self._scroll = scroll
        self._set_body(scroll)

    def title_input(self, language: Language | None = None) -> TextInput:
        return self._titles[language]

    def description_input(self, language: Language | None = None) -> LongTextInput:
        return self._descriptions[language]

    def mark_of(self, language: Language | None) -> str:
        return self._marks[language].text()

    def _row(self, field: FieldInput) -> FieldRow:
        row = FieldRow(field.key, field)
        self._register(field, row)
        return row

    # -- hooks ------------------------------------------------------------------------------

    def _after_fill(self) -> None:
        self._refresh_marks()

    def _after_edit(self, field: FieldInput) -> None:
        self._refresh_marks()

    def _reveal(self, row: FieldRow) -> None:
        self._scroll.ensureWidgetVisible(row)

    def _refresh_marks(self) -> None:
        complete = 0
        for language in VARIANTS:
            has_title = self._titles[language].has_content()
            has_description = self._descriptions[language].has_content()
            mark = self._marks[language]
            if has_title and has_description:
                text, tip = _DONE, self.tr("Title and description are written")
                complete += 1
            elif has_title or has_description:
                missing = self.tr("the description") if has_title else self.tr("the title")
                text, tip = _PARTLY, self.tr("Still missing: {0}").format(missing)
            else:
                text, tip = _EMPTY, self.tr("Not written in this language yet")
            if mark.text() != text:
                mark.setText(text)
            mark.setToolTip(tip)
        self.summary.setText(
            self.tr("%n of 11 language(s) have a title and a description.", "", complete)
            + " "
            + self.tr("Subscribers see the default where their language is missing.")
        )
