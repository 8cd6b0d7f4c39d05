"""The rows of a draft list: light `DraftRow`s from the workspace, sorted here, filtered in SQL.

Refreshes go through :meth:`DraftTableModel.update_rows`, which removes, appends and
reorders rows with the fine-grained signals, so a view keeps its selection and current
row while the list changes under it (a publish, a pull, an autosave moving a row up).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from functools import lru_cache
from operator import attrgetter
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from app.domain.drafts import DraftRow
from app.domain.kinds import DraftKind
from app.ui.models.badges import (
    STATE_RANK,
    Badge,
    badge_label,
    badge_tooltip,
    badges_of,
    clear_label_cache,
)

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    TYPE = 1  # shown where a list mixes kinds (campaigns)
    STATUS = 2
    UPDATED = 3
    SERVER_ID = 4


_USER: Final = int(Qt.ItemDataRole.UserRole)
LocalIdRole: Final = _USER + 1  # int
KindRole: Final = _USER + 2  # DraftKind value (str)
StateRole: Final = _USER + 3  # DraftState value (str)
BadgesRole: Final = _USER + 4  # tuple[Badge, ...]
SortRole: Final = _USER + 5  # the key the column sorts by
RowRole: Final = _USER + 6  # the DraftRow itself
PendingRole: Final = _USER + 7  # bool: waiting in the outbox

_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT: Final = int(Qt.ItemDataRole.TextAlignmentRole)
_SERVED_ROLES: Final = frozenset(
    {
        _DISPLAY,
        _TOOLTIP,
        _ALIGNMENT,
        LocalIdRole,
        KindRole,
        StateRole,
        BadgesRole,
        SortRole,
        RowRole,
        PendingRole,
    }
)
_RIGHT: Final = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ITEM_FLAGS: Final = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

DEFAULT_SORT: Final = (Column.UPDATED, Qt.SortOrder.DescendingOrder)  # the order SQL returns
_MAX_REMOVED_RANGES: Final = 64  # beyond this a reset is cheaper than many removal signals


_kind_labels: dict[str, str] = {}


def clear_label_caches() -> None:
    """After a change of language."""
    _kind_labels.clear()
    clear_label_cache()


def kind_label(kind: str) -> str:
    if not _kind_labels:
        _kind_labels.update(_kind_label_texts())
    return _kind_labels.get(kind, kind)


def _kind_label_texts() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        DraftKind.EMAILS: t("DraftKind", "Email"),
        DraftKind.CATEGORIES: t("DraftKind", "Category"),
        DraftKind.SEGMENTS: t("DraftKind", "Segment"),
        DraftKind.CAMPAIGNS: t("DraftKind", "One-time"),
        DraftKind.AB_CAMPAIGNS: t("DraftKind", "A/B test"),
        DraftKind.AUTO_CAMPAIGNS: t("DraftKind", "Automated"),
    }


def _server_id_key(row: DraftRow) -> tuple[int, int, str]:
    rid = row.remote_id
    if rid is None:
        return (2, 0, "")
    return (0, int(rid), "") if rid.isdigit() else (1, 0, rid)


_SORT_KEYS: Final[dict[Column, Callable[[DraftRow], Any]]] = {
    Column.TITLE: lambda r: (r.title.casefold(), r.local_id),
    Column.TYPE: lambda r: (kind_label(r.kind), r.updated_at, r.local_id),
    Column.STATUS: lambda r: (STATE_RANK.get(r.state, 9), -r.changed_on_server, -r.updated_at),
    Column.UPDATED: attrgetter("updated_at", "local_id"),
    Column.SERVER_ID: _server_id_key,
}


def format_updated(timestamp: float, locale: QLocale) -> str:
    """When a draft was last edited, always with the time: "Today, 09:41", "3 Dec, 09:41",
    an older year's with the year."""
    return _format_updated(int(timestamp), QDate.currentDate().toJulianDay(), locale.name())


def sample_times() -> list[str]:
    """The widest kinds of "Last edited" text in this language, to size the column."""
    locale = QLocale()
    today = QDate.currentDate()
    late = QTime(23, 59)
    days = (today, today.addDays(-1), QDate(today.year(), 9, 28), QDate(today.year() - 1, 12, 28))
    return [format_updated(QDateTime(day, late).toSecsSinceEpoch(), locale) for day in days]


@lru_cache(maxsize=4096)  # every visible row asks on every paint; the day is part of the key
def _format_updated(timestamp: int, today_julian: int, locale_name: str) -> str:
    locale = QLocale(locale_name)
    moment = QDateTime.fromSecsSinceEpoch(timestamp)
    today = QDate.fromJulianDay(today_julian)
    date = moment.date()
    time = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    if date == today:
        day = QCoreApplication.translate("DraftTableModel", "Today")
    elif date == today.addDays(-1):
        day = QCoreApplication.translate("DraftTableModel", "Yesterday")
    elif date.year() == today.year():
        day = locale.toString(date, "d MMM")
    else:
        day = locale.toString(date, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("DraftTableModel", "{0}, {1}").format(day, time)


class DraftTableModel(QAbstractTableModel):
    """Rows of one section (one kind, or the three campaign kinds together)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DraftRow] = []
        self._row_of: dict[int, int] = {}
        self._pending: frozenset[int] = frozenset()
        self._sort: tuple[Column, Qt.SortOrder] = DEFAULT_SORT
        self._locale = QLocale()

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def droppable_columns(self) -> tuple[int, ...]:
        """The columns that step aside in a narrow list, the first first (the name needs room)."""
        return (Column.SERVER_ID, Column.UPDATED)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        t = QCoreApplication.translate
        titles = {
            Column.TITLE: t("DraftTableModel", "Name"),
            Column.TYPE: t("DraftTableModel", "Type"),
            Column.STATUS: t("DraftTableModel", "Status"),
            Column.UPDATED: t("DraftTableModel", "Last edited"),
            Column.SERVER_ID: t("DraftTableModel", "Server ID"),
        }
        return titles[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per visible cell on every paint: answer the ones we
        # do not serve before touching the index.
        if role not in _SERVED_ROLES:
            return None
        position = index.row()
        if position < 0 or position >= len(self._rows):
            return None
        row = self._rows[position]
        column = index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == LocalIdRole:
            return row.local_id
        if role == BadgesRole:
            return badges_of(row, row.local_id in self._pending)
        if role == _ALIGNMENT:
            return _RIGHT if column == Column.SERVER_ID else None
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == StateRole:
            return str(row.state)
        if role == KindRole:
            return str(row.kind)
        if role == PendingRole:
            return row.local_id in self._pending
        if role == RowRole:
            return row
        if role == SortRole:
            return _SORT_KEYS[Column(column)](row) if 0 <= column < len(Column) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        wanted = (Column(column), order)
        if wanted == self._sort:
            return  # rows are already in this order (SQL's order, or sorted when they came in)
        self._sort = wanted
        self._reorder(self._sorted(self._rows))

    # -- feeding ---------------------------------------------------------------------------

    @property
    def sort_order(self) -> tuple[Column, Qt.SortOrder]:
        return self._sort

    def rows(self) -> Sequence[DraftRow]:
        return tuple(self._rows)

    def local_ids(self) -> list[int]:
        return [row.local_id for row in self._rows]

    def pending_ids(self) -> frozenset[int]:
        return self._pending

    def row_of(self, local_id: int) -> int | None:
        return self._row_of.get(local_id)

    def local_id_at(self, row: int) -> int | None:
        return self._rows[row].local_id if 0 <= row < len(self._rows) else None

    def set_rows(self, rows: Iterable[DraftRow], *, newest_first: bool = False) -> None:
        """Replace every row (a new list or a new filter): selection is the view's to restore.

        `newest_first`: the rows are in the workspace's order (updated_at, local_id
        descending), so the default order needs no sorting."""
        self.beginResetModel()
        self._rows = self._sorted(rows, newest_first)
        self._index()
        self.endResetModel()

    def update_rows(self, rows: Iterable[DraftRow], *, newest_first: bool = False) -> bool:
        """Bring the rows to `rows` keeping the views' selection; False if it had to reset."""
        new_rows = self._sorted(rows, newest_first)
        if self._extends(new_rows):  # the rest of a list whose first screenful is shown
            self._append(new_rows)
            return True
        new_ids = {row.local_id for row in new_rows}
        removed = _ranges([i for i, row in enumerate(self._rows) if row.local_id not in new_ids])
        if len(removed) > _MAX_REMOVED_RANGES:
            self.set_rows(new_rows, newest_first=True)  # already in order
            return False
        for first, last in reversed(removed):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        kept = {row.local_id for row in self._rows}
        added = [row for row in new_rows if row.local_id not in kept]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        old_rows = self._rows
        if [r.local_id for r in old_rows] != [r.local_id for r in new_rows]:
            self._reorder(new_rows)
        else:
            self._rows = new_rows
            self._index()
        self._emit_changed(old_rows, new_rows)
        return True

    def _extends(self, new_rows: list[DraftRow]) -> bool:
        count = len(self._rows)
        return 0 < count < len(new_rows) and new_rows[:count] == self._rows

    def _append(self, new_rows: list[DraftRow]) -> None:
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, len(new_rows) - 1)
        self._rows = new_rows
        row_of = self._row_of
        for position in range(start, len(new_rows)):
            row_of[new_rows[position].local_id] = position
        self.endInsertRows()

    def update_row(self, row: DraftRow) -> bool:
        """One draft changed (saved, published, failed): refresh its row; False if not listed."""
        position = self._row_of.get(row.local_id)
        if position is None:
            return False
        old = self._rows[position]
        if old == row:
            return True
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))
        key = _SORT_KEYS[self._sort[0]]
        if key(old) != key(row):
            self._reorder(self._sorted(self._rows))
        return True

    def set_pending(self, local_ids: Iterable[int]) -> None:
        """The drafts waiting in the outbox: their status shows the "pending" badge."""
        pending = frozenset(local_ids)
        changed = pending ^ self._pending
        self._pending = pending
        rows = [self._row_of[i] for i in changed if i in self._row_of]
        if rows:
            top, bottom = min(rows), max(rows)
            self.dataChanged.emit(self.index(top, Column.STATUS), self.index(bottom, Column.STATUS))

    # -- helpers ---------------------------------------------------------------------------

    def _sorted(self, rows: Iterable[DraftRow], newest_first: bool = False) -> list[DraftRow]:
        column, order = self._sort
        if (column, order) == DEFAULT_SORT:
            listed = list(rows)
            if not newest_first and not _is_sorted_desc(listed):
                listed.sort(key=_SORT_KEYS[Column.UPDATED], reverse=True)
            return listed
        return sorted(rows, key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def _index(self) -> None:
        self._row_of = {row.local_id: i for i, row in enumerate(self._rows)}

    def _reorder(self, new_rows: list[DraftRow]) -> None:
        """Same rows in a new order: move the persistent indexes (selection, current) along."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.local_id for row in self._rows]
        self._rows = new_rows
        self._index()
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            new_row = self._row_of.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            moved.append(QModelIndex() if new_row is None else self.index(new_row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _emit_changed(self, old_rows: list[DraftRow], new_rows: list[DraftRow]) -> None:
        before = {row.local_id: row for row in old_rows}
        changed = [i for i, row in enumerate(new_rows) if before.get(row.local_id) != row]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(Column) - 1))

    def _display(self, row: DraftRow, column: int) -> Any:
        if column == Column.TITLE:
            return row.title
        if column == Column.TYPE:
            return kind_label(row.kind)
        if column == Column.STATUS:
            return " · ".join(badge_label(b) for b in badges_of(row, row.local_id in self._pending))
        if column == Column.UPDATED:
            return format_updated(row.updated_at, self._locale)
        if column == Column.SERVER_ID:
            return row.remote_id if row.remote_id is not None else "—"
        return None

    def _tooltip(self, row: DraftRow, column: int) -> Any:
        if column == Column.STATUS:
            return "\n".join(badge_tooltip(b) for b in badges_of(row, row.local_id in self._pending))
        if column == Column.UPDATED:
            moment = QDateTime.fromSecsSinceEpoch(int(row.updated_at))
            return self._locale.toString(moment, QLocale.FormatType.LongFormat)
        if column == Column.SERVER_ID and row.remote_id is None:
            return QCoreApplication.translate("DraftTableModel", "Not on the server yet")
        if column == Column.TITLE:
            return row.title
        return None


def _ranges(positions: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]"""
    ranges: list[tuple[int, int]] = []
    for position in positions:
        if ranges and ranges[-1][1] == position - 1:
            ranges[-1] = (ranges[-1][0], position)
        else:
            ranges.append((position, position))
    return ranges


def _is_sorted_desc(rows: list[DraftRow]) -> bool:
    key = _SORT_KEYS[Column.UPDATED]
    return all(key(a) >= key(b) for a, b in itertools.pairwise(rows))


__all__ = [
    "DEFAULT_SORT",
    "Badge",
    "BadgesRole",
    "Column",
    "DraftTableModel",
    "KindRole",
    "LocalIdRole",
    "PendingRole",
    "RowRole",
    "SortRole",
    "StateRole",
]
