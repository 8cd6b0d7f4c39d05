"""Free ``name = value`` rows: profile fields the account has not declared (yet), sent as text."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.profile_fields import field_name_problem
from app.ui.audience.field_values import name_problem


class ExtraFieldRows(QWidget):
    """A two-column table (field name, value) with Add and Remove; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("extraFields")
        self.table.setHorizontalHeaderLabels([self.tr("Field name"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("M") * 14)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.add_button = QPushButton(self.tr("Add a field"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )

    def add_row(self, name: str = "", value: str = "", *, edit: bool = True) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        try:
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        finally:
            self.table.blockSignals(False)
        item = self.table.item(row, 0)
        if edit and item is not None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(item)
        self.changed.emit()
        return row

    def set_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
        finally:
            self.table.blockSignals(False)
        for name, value in rows:
            self.add_row(name, value, edit=False)
        self.changed.emit()

    def rows(self) -> list[tuple[str, str]]:
        """(name, value) of every row with a name or a value, names stripped."""
        found = []
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item is not None else ""
            value = value_item.text() if value_item is not None else ""
            if name or value.strip():
                found.append((name, value))
        return found

    def values(self) -> dict[str, str]:
        """The rows as fields, later rows winning; rows with a problem left out."""
        return {name: value for name, value in self.rows() if field_name_problem(name) is None}

    def problems(self, taken: Collection[str] = ()) -> list[str]:
        """What is wrong with the rows; ``taken``: names the form already has a row for."""
        t = QCoreApplication.translate
        problems: list[str] = []
        seen: set[str] = set()
        for name, _value in self.rows():
            problem = name_problem(name)
            if problem is not None:
                shown = name or t("ExtraFieldRows", "(no name)")
                problems.append(t("ExtraFieldRows", "Field “{0}”: {1}").format(shown, problem))
            elif name in taken:
                problems.append(
                    t("ExtraFieldRows", "“{0}” is a declared field: fill it in above instead.").format(name)
                )
            elif name in seen:
                problems.append(t("ExtraFieldRows", "“{0}” is there twice: keep one row.").format(name))
            seen.add(name)
        return problems

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()
