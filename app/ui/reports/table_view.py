"""The report's table: sortable by any column, copied as tab-separated text for a
spreadsheet (Ctrl+C: the selected rows, else all). The totals row stays in view under the
rows (:class:`TotalsFooter`), whatever the sort and the scrolling."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.report_export import plain_cell, tsv_text
from app.domain.report_fields import FieldKind
from app.domain.report_result import ReportAnswer
from app.ui.reports.formatting import ValueFormat, tr
from app.ui.reports.table_model import RawRole, ReportTableModel, TotalsLastProxy


class ExportRows(NamedTuple):
    headers: list[str]
    rows: list[list[str]]


class ReportTable(QTableView):
    def __init__(self, formatter: ValueFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTable")
        self.formatter = formatter
        self.table_model = ReportTableModel(formatter, self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the server's order until a header is clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.copy_action = QAction(tr("Copy as Table"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.footer = TotalsFooter(self)
        self.proxy.layoutChanged.connect(self._hide_totals)
        self.proxy.modelReset.connect(self._hide_totals)

    def set_answer(self, answer: ReportAnswer | None) -> None:
        self.table_model.set_answer(answer)
        self._fit_columns()

    def _hide_totals(self) -> None:
        # The totals row sorts last in the model (exports and copies end with it); on
        # screen it is drawn by the footer instead, so it never scrolls away.
        last = self.proxy.rowCount() - 1
        for row in range(self.proxy.rowCount()):
            self.setRowHidden(row, row == last)

    def _fit_columns(self) -> None:
        # Header and the longest cell of each column (the model's text, so no font
        # measuring of every item by Qt's own resizeColumnsToContents).
        metrics = self.fontMetrics()
        pad = metrics.horizontalAdvance("M") * 2
        model = self.table_model
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(
                (metrics.horizontalAdvance(model.display(row, column)) for row in range(model.rowCount())),
                default=0,
            )
            width = max(metrics.horizontalAdvance(title) + pad + 16, widest + pad)
            header.resizeSection(column, min(width, metrics.horizontalAdvance("M") * 28))

    def export_rows(self, *, clipboard: bool = False, selected_only: bool = False) -> ExportRows:
        """Headers and cells in the order on screen; CSV cells plain, clipboard cells local."""
        model = self.table_model
        columns = model.columns()
        headers = [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(len(columns))]
        if not clipboard:  # CSV rates are plain numbers: the header says they are percentages
            headers = [
                h + " (%)" if c.kind is FieldKind.RATE else h for h, c in zip(headers, columns, strict=True)
            ]
        rows: list[list[str]] = []
        chosen = {i.row() for i in self.selectionModel().selectedRows()} if selected_only else None
        for view_row in range(self.proxy.rowCount()):
            if chosen is not None and view_row not in chosen:
                continue
            source = self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()
            cells = []
            for column, spec in enumerate(columns):
                value = model.index(source, column).data(RawRole)
                if spec.kind is FieldKind.GROUPING or (model.is_totals(source) and value in ("", None)):
                    cells.append(model.display(source, column))
                elif clipboard:
                    cells.append(self.formatter.clipboard_cell(spec.kind, spec.name, value))
                else:
                    cells.append(plain_cell(spec.kind, value))
            rows.append(cells)
        return ExportRows(headers, rows)

    def copy(self) -> None:
        selected = bool(self.selectionModel().selectedRows())
        export = self.export_rows(clipboard=True, selected_only=selected)
        QGuiApplication.clipboard().setText(tsv_text(export.headers, export.rows))


class TotalsOnly(QSortFilterProxyModel):
    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return isinstance(model, ReportTableModel) and model.is_totals(source_row)


class TotalsFooter(QTableView):
    """One row under the table: the totals, in the table's columns, scrolled with it."""

    def __init__(self, table: ReportTable) -> None:
        super().__init__()
        self.setObjectName("reportTotals")
        self._table = table
        self.totals = TotalsOnly(self)
        self.totals.setSourceModel(table.table_model)
        self.setModel(self.totals)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = table.verticalHeader().defaultSectionSize()
        self.verticalHeader().setDefaultSectionSize(height)
        self.setFixedHeight(height + 2 * self.frameWidth())
        table.horizontalHeader().sectionResized.connect(
            lambda column, _old, new: self.setColumnWidth(column, new)
        )
        table.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        table.table_model.modelReset.connect(self._copy_widths)
        self.totals.modelReset.connect(lambda: self.setVisible(self.totals.rowCount() > 0))
        self.hide()

    def _copy_widths(self) -> None:
        header = self._table.horizontalHeader()
        for column in range(self._table.table_model.columnCount()):
            self.setColumnWidth(column, header.sectionSize(column))
