"""Tabs for the default text and the ten languages; a dot marks a tab with content,
red text one with an error."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.languages import LANGUAGE_NAMES, LANGUAGES, Language
from app.ui.editors.inputs import FieldInput

VARIANTS: tuple[Language | None, ...] = (None, *LANGUAGES)
DOT = " •"
ERROR_COLOUR = QColor("#c62828")


def variant_name(language: Language | None) -> str:
    if language is None:
        return QCoreApplication.translate("Languages", "Default")
    return QCoreApplication.translate("Languages", LANGUAGE_NAMES[language])


class LanguageTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageTabs")
        self.setUsesScrollButtons(True)
        self.setDocumentMode(True)
        self._variants: list[Language | None] = []
        self._inputs: list[Sequence[FieldInput]] = []

    def add_variant(self, language: Language | None, page: QWidget, inputs: Sequence[FieldInput]) -> None:
        self._variants.append(language)
        self._inputs.append(inputs)
        index = self.addTab(page, variant_name(language))
        self.setTabToolTip(
            index,
            variant_name(language) if language is None else f"{variant_name(language)} ({language.value})",
        )

    def index_of(self, language: Language | None) -> int:
        return self._variants.index(language)

    def has_content(self, language: Language | None) -> bool:
        return any(field.has_content() for field in self._inputs[self.index_of(language)])

    def refresh(self, error_keys: Iterable[str] = ()) -> None:
        """Re-mark every tab: a dot when it has content, red when a field has an error."""
        errors = set(error_keys)
        for index, inputs in enumerate(self._inputs):
            self.refresh_tab(index, any(field.key in errors for field in inputs))

    def refresh_tab(self, index: int, has_error: bool | None = None) -> None:
        inputs = self._inputs[index]
        name = variant_name(self._variants[index])
        text = name + (DOT if any(field.has_content() for field in inputs) else "")
        if self.tabText(index) != text:
            self.setTabText(index, text)
        if has_error is not None:
            self.tabBar().setTabTextColor(index, ERROR_COLOUR if has_error else QColor())

    def tab_of(self, field: FieldInput) -> int:
        for index, inputs in enumerate(self._inputs):
            if field in inputs:
                return index
        return -1
