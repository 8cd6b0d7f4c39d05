"""A row of controls that wraps onto a second line instead of widening the window.

A toolbar row as a QHBoxLayout demands the sum of its buttons' widths: in Russian or the
pseudo-locale that pushed the email editor, and so the window, past a laptop screen. Here
the items are laid out left to right and a line is broken where the next would not fit;
items added with ``add_trailing`` sit at the right end of the last line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing_from: int | None = None  # the index of the first right-aligned item

    # -- filling

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_trailing(self, widget: QWidget) -> None:
        """``widget`` after the others, pushed to the right end of its line."""
        if self._trailing_from is None:
            self._trailing_from = len(self._items)
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._trailing_from is not None and index < self._trailing_from:
            self._trailing_from -= 1
        return self._items.pop(index)

    # -- sizes

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._spacing()
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- inside

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lays the items out in ``rect`` (when ``move``) and returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._spacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 16_777_215)).expandedTo(item.minimumSize())
            needed = hint.width() if not lines[-1] else used + gap + hint.width()
            if lines[-1] and needed > area.width():
                lines.append([])
                needed = hint.width()
            lines[-1].append((item, hint))
            used = needed
        trailing = (
            {id(item) for item in self._items[self._trailing_from :]}
            if self._trailing_from is not None
            else set()
        )
        y = area.top()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            if move:
                self._place(line, area, y, height, gap, trailing)
            y += height + gap
        return y - gap - area.top() + margins.top() + margins.bottom() if lines[0] else 0

    @staticmethod
    def _place(
        line: list[tuple[QLayoutItem, QSize]], area: QRect, y: int, height: int, gap: int, trailing: set[int]
    ) -> None:
        leading = [(item, hint) for item, hint in line if id(item) not in trailing]
        right = [(item, hint) for item, hint in line if id(item) in trailing]
        x = area.left()
        for item, hint in leading:
            item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
            x += hint.width() + gap
        x = area.right() + 1 - sum(hint.width() for _item, hint in right) - gap * max(0, len(right) - 1)
        for item, hint in right:
            item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
            x += hint.width() + gap


def wrapping_row(parent: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    """A widget holding a FlowLayout, sized by its height for the width it gets."""
    holder = QWidget(parent)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    layout = FlowLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    return holder, layout
