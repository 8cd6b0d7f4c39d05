"""A list's name column keeps room to be read in a narrow pane.

The list beside an editor is often narrow (the email editor takes most of the width), and
the fixed-width columns (status, last edited, server id) left the stretching name column a
few pixels: "Na…" on every row. So when the name would get less than its minimum, the least
useful columns step aside, the last one given first, and come back when there is room again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class ColumnFitter(QObject):
    def __init__(
        self, view: QTableView, name_column: int, droppable: Sequence[int], name_minimum: int
    ) -> None:
        super().__init__(view)
        self._view = view
        self._name = name_column
        self._droppable = list(droppable)  # the first given is the first to step aside
        self._minimum = name_minimum
        self._widths: dict[int, int] = {}
        view.viewport().installEventFilter(self)

    @property
    def dropped(self) -> list[int]:
        return [column for column in self._droppable if self._view.isColumnHidden(column)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        model = self._view.model()
        if model is None:
            return
        available = self._view.viewport().width()
        fixed = 0  # what the columns that always show take, the name aside
        for column in range(model.columnCount()):
            if column != self._name and column not in self._droppable and not header.isSectionHidden(column):
                fixed += header.sectionSize(column)
        room = available - fixed - self._minimum
        fits = True
        for column in self._droppable[::-1]:  # the most useful first; what is less useful follows it
            if not header.isSectionHidden(column):
                self._widths[column] = header.sectionSize(column)  # a hidden section measures 0
            width = self._widths.get(column, header.defaultSectionSize())
            show = fits = fits and width <= room
            if show:
                room -= width
            if self._view.isColumnHidden(column) == show:
                self._view.setColumnHidden(column, not show)
