"""The account's declared profile fields as a table: name, type, where the app learned it."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.profile_fields import DeclaredField, FieldOrigin
from app.ui.audience.field_values import type_label

NAME: Final = 0
TYPE: Final = 1
ORIGIN: Final = 2
FIELD_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the DeclaredField of the row

Index = QModelIndex | QPersistentModelIndex


class DeclaredFieldsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: list[DeclaredField] = []

    def set_fields(self, fields: list[DeclaredField]) -> None:
        self.beginResetModel()
        self._fields = sorted(fields, key=lambda f: f.name.casefold())
        self.endResetModel()

    def fields(self) -> list[DeclaredField]:
        return list(self._fields)

    def field_at(self, row: int) -> DeclaredField | None:
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def row_of(self, name: str) -> int | None:
        return next((row for row, f in enumerate(self._fields) if f.name == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Field name"), self.tr("Type"), self.tr("Where it came from"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        spec = self._fields[index.row()]
        if role == FIELD_ROLE:
            return spec
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME:
                return spec.name
            if index.column() == TYPE:
                return type_label(spec.type)
            if index.column() == ORIGIN:
                return self.origin_text(spec.origin)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ORIGIN:
            if spec.origin is FieldOrigin.SERVER:
                return self.tr(
                    "The server stored this field when a profile was sent, so the project declares it."
                )
            return self.tr("You typed this field in (or changed its type) here.")
        return None

    def origin_text(self, origin: FieldOrigin) -> str:
        return self.tr("Learned from the server") if origin is FieldOrigin.SERVER else self.tr("Typed by you")
