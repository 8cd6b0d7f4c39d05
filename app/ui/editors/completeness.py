"""Languages at a glance: a row per language, a column per part of the email, each cell
filled (✓), missing (–) or failing checks (⚠ and how many); a click goes to that cell."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.languages import Language, SuffixStyle, field_name
from app.ui.editors.email_language_page import Part, part_label
from app.ui.editors.language_tabs import VARIANTS, variant_name
from app.ui.theme import is_dark

COLUMNS: Final = (Part.SUBJECT, Part.HTML, Part.AMP, Part.PLAIN, Part.FILE)
# (light, dark) text colours of a cell's state
_COLOURS: Final = {
    "filled": ("#1b5a31", "#8fdba5"),
    "failing": ("#8a4b00", "#ffc46b"),
    "missing": ("#6b6f76", "#a4a8b0"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Completeness", text)


class CompletenessMatrix(QTableWidget):
    cell_chosen = Signal(object, str)  # Language | None, Part value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(VARIANTS), len(COLUMNS), parent)
        self.setObjectName("completeness")
        self.setHorizontalHeaderLabels([part_label(part) for part in COLUMNS])
        self.setVerticalHeaderLabels([variant_name(language) for language in VARIANTS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        height = self.horizontalHeader().sizeHint().height() + sum(
            self.verticalHeader().sectionSizeHint(row) for row in range(self.rowCount())
        )
        self.setFixedHeight(height + 2 * self.frameWidth())
        self.cellClicked.connect(self._clicked)
        self._filled: dict[str, bool] = {}
        self._failing: dict[str, int] = {}

    def state_of(self, language: Language | None, part: Part) -> str:
        """ "filled", "missing", "failing" or "" (a language not written at all)."""
        item = self._cell(VARIANTS.index(language), COLUMNS.index(part))
        return str(item.data(Qt.ItemDataRole.UserRole) or "")

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is made in __init__
        return item

    def show_state(self, filled: Mapping[str, bool], failing: Mapping[str, int]) -> None:
        """``filled``: wire field -> has content; ``failing``: wire field -> findings that need work."""
        self._filled, self._failing = dict(filled), dict(failing)
        dark = is_dark(self.palette())
        for row, language in enumerate(VARIANTS):
            keys = [field_name(part.value, language, SuffixStyle.EMAIL) for part in COLUMNS]
            in_use = language is None or any(self._filled.get(key) for key in keys)
            for column, (part, key) in enumerate(zip(COLUMNS, keys, strict=True)):
                problems = self._failing.get(key, 0)
                if problems:
                    state, text = "failing", f"⚠ {problems}"
                    tip = QCoreApplication.translate("Completeness", "%n check(s) to look at", "", problems)
                elif self._filled.get(key):
                    state, text, tip = "filled", "✓", _t("Written")
                elif in_use and part in (Part.SUBJECT, Part.HTML, Part.PLAIN):
                    state, text, tip = "missing", "–", _t("Missing")
                else:
                    state, text, tip = "", "", _t("Not written (optional)") if in_use else _t("Not written")
                item = self._cell(row, column)
                item.setText(text)
                item.setToolTip(f"{variant_name(language)} · {part_label(part)}: {tip}")
                item.setData(Qt.ItemDataRole.UserRole, state)
                if state:
                    light, dark_colour = _COLOURS[state]
                    item.setForeground(QBrush(QColor(dark_colour if dark else light)))

    def _clicked(self, row: int, column: int) -> None:
        self.cell_chosen.emit(VARIANTS[row], COLUMNS[column].value)
