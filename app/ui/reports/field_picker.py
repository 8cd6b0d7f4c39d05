"""Checkable fields in groups, with readable names; the API name and the reference's note
in the tooltip. Names typed by the user go under "Other fields", marked as unknown."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from app.domain.report_fields import FieldGroup, field_note, is_known, is_uncertain, short_of
from app.ui.reports.formatting import field_title, tr
from app.ui.theme import is_dark

NameRole = Qt.ItemDataRole.UserRole + 1
_OTHER = "other"


def readable_checks(view: QAbstractItemView) -> None:
    """Fusion outlines a check box in a darker shade of the Window colour, which vanishes on
    a dark view: in the dark, give the view a lighter Window, so empty boxes show."""
    palette = QPalette(view.palette())
    app_palette = QGuiApplication.palette()
    window = app_palette.color(QPalette.ColorRole.Window)
    palette.setColor(QPalette.ColorRole.Window, window.lighter(230) if is_dark(app_palette) else window)
    view.setPalette(palette)


class FieldPicker(QTreeWidget):
    changed = Signal()

    def __init__(
        self, groups: Sequence[FieldGroup], *, collapsed: Iterable[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAllColumnsShowFocus(True)
        self._order: list[str] = []  # checked names in the order they were checked
        self._items: dict[str, QTreeWidgetItem] = {}
        self._updating = False
        self._pressed: tuple[QTreeWidgetItem, Qt.CheckState] | None = None
        closed = set(collapsed)
        for group in groups:
            parent_item = self._group(group.key, QCoreApplication.translate("ReportFields", group.title))
            for name in group.fields:
                self._add(parent_item, name)
            parent_item.setExpanded(group.key not in closed)
        self._other = self._group(_OTHER, tr("Other fields"))
        self._other.setHidden(True)
        self._other.setExpanded(True)
        self.itemChanged.connect(self._on_item_changed)
        readable_checks(self)

    def _group(self, key: str, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(0, NameRole, f"group:{key}")
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _add(self, parent: QTreeWidgetItem, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [self._text(name)])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, NameRole, name)
        item.setToolTip(0, self._tooltip(name))
        if not is_known(name) or is_uncertain(name):
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self._items[name] = item
        return item

    @staticmethod
    def _text(name: str) -> str:
        return short_of(field_title(name)) if is_known(name) else name  # translated whole, then shortened

    @staticmethod
    def _tooltip(name: str) -> str:
        lines = [field_title(name), tr("API name: {0}").format(name)]
        note = field_note(name)
        if note:
            lines.append(QCoreApplication.translate("ReportFields", note))
        if not is_known(name):
            lines.append(tr("Not in the provider's reference: sent as typed."))
        elif is_uncertain(name):
            lines.append(tr("The reference misprints this name; your provider may spell it otherwise."))
        return "\n".join(lines)

    # -- what is checked -------------------------------------------------------------------

    def checked(self) -> tuple[str, ...]:
        """Checked names, first checked first (for grouping fields: the first is the chart's axis)."""
        return tuple(self._order)

    def set_checked(self, names: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        self._updating = True
        try:
            for name in wanted:
                if name not in self._items:
                    self._add_other(name)
            for name, item in self._items.items():
                item.setCheckState(0, Qt.CheckState.Checked if name in wanted else Qt.CheckState.Unchecked)
            self._order = wanted
        finally:
            self._updating = False
        self.changed.emit()

    def add_other(self, name: str) -> bool:
        """Add a typed name, checked; False when it is empty or already listed (then it is checked)."""
        name = name.strip()
        if not name:
            return False
        added = name not in self._items
        if added:
            self._add_other(name)
        self._items[name].setCheckState(0, Qt.CheckState.Checked)
        return added

    def _add_other(self, name: str) -> None:
        self._other.setHidden(False)
        self._add(self._other, name)

    def item_of(self, name: str) -> QTreeWidgetItem | None:
        return self._items.get(name)

    def set_check(self, name: str, checked: bool) -> None:
        item = self._items.get(name)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._updating:
            return
        name = item.data(0, NameRole)
        if not isinstance(name, str) or name.startswith("group:"):
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        if checked and name not in self._order:
            self._order.append(name)
        elif not checked and name in self._order:
            self._order.remove(name)
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            readable_checks(self)

    # A click anywhere on a field's row toggles it, not only a click on the small box.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        checkable = item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        self._pressed = (item, item.checkState(0)) if checkable and item is not None else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        item, before = pressed
        if self.itemAt(event.position().toPoint()) is item and item.checkState(0) == before:
            item.setCheckState(
                0, Qt.CheckState.Unchecked if before == Qt.CheckState.Checked else Qt.CheckState.Checked
            )
