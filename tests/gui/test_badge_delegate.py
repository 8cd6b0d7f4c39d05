"""A state badge too wide for its column is cut short, never left out: a blank Status cell
(seen in the pseudo-locale) told the user nothing."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.ui.models.badges import Badge, badge_colors
from app.ui.models.draft_table_model import BadgesRole
from app.ui.pages.badge_delegate import BadgeDelegate
from app.ui.theme import is_dark


def _pill_pixels(view: QTableView, badge: Badge) -> int:
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0, 0))
    background = badge_colors(badge, is_dark(view.palette())).background
    return sum(
        1
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
        if image.pixelColor(x, y).name() == background.name()
    )


def make(qtbot, width: int, badges: tuple[Badge, ...]) -> QTableView:
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(badges, BadgesRole)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, BadgeDelegate(view))
    view.setColumnWidth(0, width)
    view.resize(width + 60, 80)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_badge_wider_than_its_column_is_drawn_cut_short(qtbot):
    narrow = make(qtbot, 60, (Badge.LOCAL,))
    assert _pill_pixels(narrow, Badge.LOCAL) > 100


def test_a_second_badge_that_does_not_fit_is_left_out_whole(qtbot):
    wide = make(qtbot, 400, (Badge.PUBLISHED, Badge.PENDING))
    both = _pill_pixels(wide, Badge.PENDING)
    assert both > 100
    one = make(qtbot, 90, (Badge.PUBLISHED, Badge.PENDING))
    assert _pill_pixels(one, Badge.PUBLISHED) > 100
    assert _pill_pixels(one, Badge.PENDING) == 0
