"""Paints a row's badges as coloured pills, readable in the light and the dark scheme."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.models.badges import Badge, badge_colors, badge_label
from app.ui.models.draft_table_model import BadgesRole
from app.ui.theme import is_dark

_PAD_X: Final = 7
_GAP: Final = 4
_MARGIN: Final = 4


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        badges: tuple[Badge, ...] = index.data(BadgesRole) or ()
        # Only the selection/hover background from the style: no text, and no initStyleOption
        # (which asks the model for every role of the cell on every paint).
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        dark = is_dark(option.palette)
        metrics = option.fontMetrics
        height = metrics.height() + 2
        rect: QRect = option.rect
        x = rect.left() + _MARGIN
        y = rect.top() + (rect.height() - height) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        for number, badge in enumerate(badges):
            text = badge_label(badge)
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            if x + width > rect.right():
                room = rect.right() - x
                if number > 0 or room < 2 * _PAD_X + metrics.horizontalAdvance("M…"):
                    break
                # The first badge always shows, cut short: a blank cell said nothing at all.
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - 2 * _PAD_X)
                width = room
            colors = badge_colors(badge, dark)
            pill = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.background)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(colors.text)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += width + _GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        badges: tuple[Badge, ...] = index.data(BadgesRole) or ()
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(badge_label(b)) + 2 * _PAD_X + _GAP for b in badges)
        return QSize(width + 2 * _MARGIN, metrics.height() + 8)
