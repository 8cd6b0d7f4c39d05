"""This session's events as a table: newest first, with what the server answered."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.services.audience_service import EventSend

NUMBER: Final = 0
TIME: Final = 1
NAME: Final = 2
RESULT: Final = 3
SEND_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the EventSend of the row

Index = QModelIndex | QPersistentModelIndex


class EventHistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sends: list[EventSend] = []  # newest first

    def set_history(self, sends: list[EventSend]) -> None:
        self.beginResetModel()
        self._sends = list(reversed(sends))
        self.endResetModel()

    def add(self, send: EventSend) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._sends.insert(0, send)
        self.endInsertRows()

    def send_at(self, row: int) -> EventSend | None:
        return self._sends[row] if 0 <= row < len(self._sends) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._sends)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("#"), self.tr("Sent at"), self.tr("Event"), self.tr("Server's answer"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sends):
            return None
        send = self._sends[index.row()]
        column = index.column()
        if role == SEND_ROLE:
            return send
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return str(send.number)
            if column == TIME:
                stamp = QDateTime.fromMSecsSinceEpoch(int(send.sent_at * 1000))
                return QLocale().toString(stamp.time(), QLocale.FormatType.LongFormat)
            if column == NAME:
                return send.name or self.tr("(no name)")
            if column == RESULT:
                return self.result_text(send)
        if role == Qt.ItemDataRole.ToolTipRole and column == RESULT:
            return send.message or None
        return None

    def result_text(self, send: EventSend) -> str:
        if send.ok:
            if send.resend_of is not None:
                return self.tr("Taken (sent again, as #{0})").format(send.resend_of)
            return self.tr("Taken")
        return self.tr("Not taken: {0}").format(send.message)
