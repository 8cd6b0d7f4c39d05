"""A report's answer as a table: one row per group and the totals row, which stays last
whatever the sort (:class:`TotalsLastProxy`)."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.domain.report_fields import FieldKind, field_note
from app.domain.report_result import Column, ReportAnswer, number
from app.ui.reports.formatting import ValueFormat, field_title, tr

SortRole: Final = Qt.ItemDataRole.UserRole + 1
TotalsRole: Final = Qt.ItemDataRole.UserRole + 2  # True on the totals row
RawRole: Final = Qt.ItemDataRole.UserRole + 3  # the value as the server sent it

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, formatter: ValueFormat | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.formatter = formatter or ValueFormat()
        self._columns: list[Column] = []
        self._rows: list[dict[str, Any]] = []  # the totals row last
        self._has_totals = False
        self._display: list[list[str]] = []
        self._sort: list[list[Any]] = []
        self._align: list[int] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------------

    def set_answer(self, answer: ReportAnswer | None) -> None:
        self.beginResetModel()
        if answer is None:
            self._columns, self._rows, self._has_totals = [], [], False
        else:
            self._columns = answer.columns
            self._rows = [*answer.rows, answer.totals]
            self._has_totals = True
        self._compute()
        self.endResetModel()

    def _compute(self) -> None:
        # Every cell written out once: a view asks for each cell's text many times over
        # (painting, sizing, sorting), and formatting is the slow part.
        self._display = [
            [self._text(r, c) for c in range(len(self._columns))] for r in range(len(self._rows))
        ]
        self._sort = [
            [self._sort_key(r, c) for c in range(len(self._columns))] for r in range(len(self._rows))
        ]
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._align = [left if c.kind is FieldKind.GROUPING else right for c in self._columns]

    def columns(self) -> list[Column]:
        return list(self._columns)

    def is_totals(self, row: int) -> bool:
        return self._has_totals and row == len(self._rows) - 1

    def refresh(self) -> None:
        """Names or the language changed: every cell reads again."""
        self._compute()
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    # -- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][col]
        if role == SortRole:
            return self._sort[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[col]
        totals = self.is_totals(row)
        if role == TotalsRole:
            return totals
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if totals else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().brush(QPalette.ColorRole.Button) if totals else None
        column = self._columns[col]
        value = self._rows[row].get(column.name)
        if role == RawRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.kind is FieldKind.GROUPING and column.name in ("message", "post") and value:
                return str(value)  # the code behind the name
            figure = number(value)
            if column.kind is FieldKind.RATE and figure is not None:
                return self.formatter.locale.toString(figure * 100, "f", 4) + " %"
        return None

    def display(self, row: int, column: int) -> str:
        return self._display[row][column]

    def _sort_key(self, row: int, column: int) -> Any:
        col = self._columns[column]
        value = self._rows[row].get(col.name)
        if col.kind is FieldKind.GROUPING:
            return self.formatter.sort_key(col.name, value)
        figure = number(value)
        return figure if figure is not None else float("-inf")

    def _text(self, row: int, column: int) -> str:
        col = self._columns[column]
        if self.is_totals(row):
            if col.kind is FieldKind.GROUPING:
                first = next(i for i, c in enumerate(self._columns) if c.kind is FieldKind.GROUPING)
                return tr("Total") if column == first else ""  # never the server's 1970-01-01
            if col.kind is FieldKind.UNKNOWN and number(self._rows[row].get(col.name)) is None:
                return ""
        return self.formatter.cell(col.kind, col.name, self._rows[row].get(col.name))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return field_title(column.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            note = field_note(column.name)
            api = tr("API name: {0}").format(column.name)
            return f"{api}\n{QCoreApplication.translate('ReportFields', note)}" if note else api
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind is FieldKind.GROUPING:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts by :data:`SortRole`; the totals row sorts last in either direction."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def lessThan(self, left: Index, right: Index) -> bool:
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if left.data(TotalsRole):
            return descending
        if right.data(TotalsRole):
            return not descending
        a, b = left.data(SortRole), right.data(SortRole)
        if type(a) is not type(b):
            return str(a) < str(b)
        return bool(a < b)
