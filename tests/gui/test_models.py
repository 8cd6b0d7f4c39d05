"""DraftTableModel on its own: Qt's model checks, columns and roles, sorting, badges, and
updates that keep a view's selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.domain.drafts import DraftRow
from app.ui.models.badges import Badge, badge_colors, badge_label
from app.ui.models.draft_table_model import (
    BadgesRole,
    Column,
    DraftTableModel,
    LocalIdRole,
    PendingRole,
    StateRole,
)


def row(
    local_id: int, title: str, state: str = "local", *, updated: float | None = None, kind: str = "emails",
    remote_id: str | None = None, error: int = 0, changed: int = 0,
) -> DraftRow:  # fmt: skip
    stamp = 1_700_000_000.0 + (local_id if updated is None else updated)
    return DraftRow(local_id, kind, title, state, remote_id, stamp, error, changed)


def newest_first(rows: list[DraftRow]) -> list[DraftRow]:
    return sorted(rows, key=lambda r: (r.updated_at, r.local_id), reverse=True)


ROWS = newest_first([
    row(1, "Welcome", "published", remote_id="11"),
    row(2, "Black Friday", "modified", remote_id="12", changed=1),
    row(3, "Новости", "local"),
    row(4, "Apology", "failed", error=1),
    row(5, "Survey", "conflict", remote_id="9", changed=1),
])  # fmt: skip


def titles(model: DraftTableModel) -> list[str]:
    return [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]


def test_the_model_passes_qts_checks_through_loads_updates_and_sorting(qtmodeltester):
    model = DraftTableModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS)
    model.update_rows([*ROWS[:2], row(9, "Late arrival", updated=100), *ROWS[3:]])
    model.set_pending({1, 9})
    model.update_row(row(2, "Black Friday II", "modified", remote_id="12", updated=50))
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    model.update_rows(ROWS[:1])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1


def test_columns_and_roles():
    model = DraftTableModel()
    model.set_rows(ROWS)
    first = model.index(0, Column.TITLE)
    assert first.data() == "Survey"  # newest first, as the workspace returns them
    assert first.data(LocalIdRole) == 5
    assert first.data(StateRole) == "conflict"
    assert model.index(0, Column.SERVER_ID).data() == "9"
    assert model.index(2, Column.SERVER_ID).data() == "—"  # the local draft
    assert model.index(2, Column.SERVER_ID).data(Qt.ItemDataRole.ToolTipRole) == "Not on the server yet"
    assert model.index(0, Column.TYPE).data() == "Email"
    assert model.headerData(Column.UPDATED, Qt.Orientation.Horizontal) == "Last edited"
    assert model.index(0, Column.UPDATED).data()  # a formatted time, never empty


def test_badges_say_where_each_draft_stands():
    model = DraftTableModel()
    model.set_rows(ROWS)
    model.set_pending({2})
    by_id = {
        model.index(r, 0).data(LocalIdRole): model.index(r, Column.STATUS) for r in range(model.rowCount())
    }
    assert by_id[1].data(BadgesRole) == (Badge.PUBLISHED,)
    # Waiting in the outbox is where it stands now: said instead of "Edited", not beside it.
    assert by_id[2].data(BadgesRole) == (Badge.PENDING, Badge.CHANGED_ON_SERVER)
    assert by_id[2].data() == "Waiting to publish · Changed on server"
    assert by_id[2].data(PendingRole) is True
    assert by_id[3].data(BadgesRole) == (Badge.LOCAL,)
    assert by_id[3].data() == "Not published"
    assert by_id[4].data(BadgesRole) == (Badge.FAILED,)
    # a conflict already says the server changed: no second badge for it
    assert by_id[5].data(BadgesRole) == (Badge.CONFLICT,)
    assert "choose which changes to keep" in by_id[5].data(Qt.ItemDataRole.ToolTipRole)


def test_pending_changes_only_repaint_the_rows_concerned(qtbot):
    model = DraftTableModel()
    model.set_rows(ROWS)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_pending({4})
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() == bottom.row() == model.row_of(4)
    assert top.column() == bottom.column() == Column.STATUS
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_pending({4})


def contrast(a, b) -> float:
    def luminance(color) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_badge_is_readable_in_light_and_dark():
    for badge in Badge:
        assert badge_label(badge)
        for dark in (False, True):
            colors = badge_colors(badge, dark)
            assert contrast(colors.background, colors.text) >= 4.5, (badge, dark)


def test_sorting_by_each_column():
    model = DraftTableModel()
    model.set_rows(ROWS)
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(model) == ["Apology", "Black Friday", "Survey", "Welcome", "Новости"]
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(model)[0] == "Новости"
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)  # problems first
    assert [model.index(r, 0).data(StateRole) for r in range(5)] == [
        "conflict", "failed", "modified", "local", "published",
    ]  # fmt: skip
    model.sort(Column.SERVER_ID, Qt.SortOrder.AscendingOrder)  # numerically, local drafts last
    assert [model.index(r, Column.SERVER_ID).data() for r in range(5)] == ["9", "11", "12", "—", "—"]
    model.sort(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    assert titles(model) == [r.title for r in ROWS]


def test_rows_that_arrive_later_are_put_in_the_chosen_order():
    model = DraftTableModel()
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    model.set_rows(ROWS)
    assert titles(model) == ["Apology", "Black Friday", "Survey", "Welcome", "Новости"]
    model.update_rows([*ROWS, row(6, "Birthday")])
    assert titles(model)[:3] == ["Apology", "Birthday", "Black Friday"]


def selection_ids(view: QTableView) -> list[int]:
    return sorted(i.data(LocalIdRole) for i in view.selectionModel().selectedRows())


def test_updates_keep_the_views_selection_and_current_row(qtbot):
    model = DraftTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    model.set_rows(ROWS)
    selection = view.selectionModel()
    for local_id in (2, 4):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(model.index(model.row_of(local_id), 0), flags)
    selection.setCurrentIndex(model.index(model.row_of(4), 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    # one draft deleted, one new, one edited (moves to the top): fine-grained signals, no reset
    edited = row(2, "Black Friday (edited)", "modified", remote_id="12", updated=1000)
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.update_rows(
            [edited, row(7, "New one", updated=6), *(r for r in ROWS if r.local_id not in (1, 2))]
        )
    assert titles(model)[0] == "Black Friday (edited)"
    assert 1 not in model.local_ids() and 7 in model.local_ids()
    assert selection_ids(view) == [2, 4]
    assert selection.currentIndex().data(LocalIdRole) == 4

    # a single row refreshed (an autosave) moves to the top and stays selected
    with qtbot.assertNotEmitted(model.modelReset):
        model.update_row(row(4, "Apology v2", "failed", error=1, updated=2000))
    assert titles(model)[0] == "Apology v2"
    assert selection_ids(view) == [2, 4]
    assert selection.currentIndex().data(LocalIdRole) == 4
    assert not model.update_row(row(99, "Not listed"))


def test_a_first_screen_then_the_rest_only_appends(qtbot):
    many = newest_first([row(i, f"Email {i}") for i in range(1, 301)])
    model = DraftTableModel()
    model.set_rows(many[:100])
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(model.layoutChanged),
        qtbot.waitSignal(model.rowsInserted) as inserted,
    ):
        model.update_rows(many)
    assert inserted.args[1:] == [100, 299]
    assert model.local_ids() == [r.local_id for r in many]


def test_a_list_changing_everywhere_resets_and_still_lands_right():
    many = newest_first([row(i, f"Email {i}") for i in range(1, 401)])
    model = DraftTableModel()
    model.set_rows(many)
    every_other = many[::2]
    assert model.update_rows(every_other) is False  # hundreds of separate removals: a reset is cheaper
    assert model.local_ids() == [r.local_id for r in every_other]
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 200


def test_last_edited_always_shows_the_day_and_the_time():
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    from app.ui.models.draft_table_model import format_updated

    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    today = QDate.currentDate()

    def at(date: QDate) -> float:
        return QDateTime(date, QTime(9, 41)).toSecsSinceEpoch()

    assert format_updated(at(today), locale) == "Today, 09:41"
    assert format_updated(at(today.addDays(-1)), locale) == "Yesterday, 09:41"
    older = QDate(today.year() - 1, 3, 5)
    assert format_updated(at(older), locale) == f"05/03/{older.year()}, 09:41"
    if today.dayOfYear() > 2:  # another day of this year
        day = today.addDays(-2)
        assert format_updated(at(day), locale) == f"{locale.toString(day, 'd MMM')}, 09:41"
