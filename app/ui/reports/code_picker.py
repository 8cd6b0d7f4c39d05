"""Pick one or several emails or campaigns by name; the code (``L_1369``) is what is sent.

A filter line narrows the list as you type; typing a code the list does not have
(an email made elsewhere) and pressing Enter adds it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.ui.reports.field_picker import readable_checks

CodeRole = Qt.ItemDataRole.UserRole + 1


class CodePicker(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str, pattern: re.Pattern[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pattern = pattern
        self._updating = False
        self._order: list[str] = []
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.returnPressed.connect(self._add_typed)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setUniformItemSizes(True)
        rows = 5
        self.list.setMaximumHeight(self.list.fontMetrics().height() * rows + 18)
        self.list.itemChanged.connect(self._on_changed)
        readable_checks(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            readable_checks(self.list)

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """(code, name) pairs, in the order shown; what was checked stays checked."""
        chosen = list(self._order)
        self._updating = True
        try:
            self.list.clear()
            for code, name in items:
                self._item(code, name)
            for code in chosen:
                if self._find(code) is None:
                    self._item(code, code)
            for code in chosen:
                found = self._find(code)
                if found is not None:
                    found.setCheckState(Qt.CheckState.Checked)
        finally:
            self._updating = False
        self._apply_filter(self.filter_edit.text())

    def _item(self, code: str, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setToolTip(code)
        item.setData(CodeRole, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _find(self, code: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CodeRole) == code:
                return item
        return None

    def selected(self) -> tuple[str, ...]:
        """Checked codes, in the order they were checked."""
        return tuple(self._order)

    def set_selected(self, codes: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(codes))
        self._updating = True
        try:
            for code in wanted:
                if self._find(code) is None:
                    self._item(code, code)
            for row in range(self.list.count()):
                item = self.list.item(row)
                checked = item.data(CodeRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._order = wanted
        finally:
            self._updating = False
        self.changed.emit()

    def set_checked(self, code: str, checked: bool) -> None:
        item = self._find(code)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        code = item.data(CodeRole)
        if item.checkState() == Qt.CheckState.Checked and code not in self._order:
            self._order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self._order:
            self._order.remove(code)
        self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        folded = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            matches = (
                not folded
                or folded in item.text().casefold()
                or folded in str(item.data(CodeRole)).casefold()
            )
            item.setHidden(not matches)

    def _add_typed(self) -> None:
        code = self.filter_edit.text().strip().upper()
        if not self._pattern.fullmatch(code):
            visible = [
                self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()
            ]
            if len(visible) == 1:  # Enter on the one match checks it
                visible[0].setCheckState(Qt.CheckState.Checked)
                self.filter_edit.clear()
            return
        item = self._find(code) or self._item(code, code)
        item.setCheckState(Qt.CheckState.Checked)
        self.filter_edit.clear()
