"""A draft section: its filterable, sortable list beside the selected draft's editor."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import DraftRow
from app.domain.kinds import DraftKind
from app.ui.models.badges import Badge, badge_label
from app.ui.models.draft_table_model import (
    Column,
    DraftTableModel,
    LocalIdRole,
    RowRole,
    kind_label,
    sample_times,
)
from app.ui.pages.badge_delegate import BadgeDelegate
from app.ui.pages.deferred_task import spawn_soon
from app.ui.pages.delete_confirmation import confirm_delete
from app.ui.pages.draft_feed import DraftFeed
from app.ui.pages.editor_area import EditorArea, EditorFactory
from app.ui.pages.empty_state import EmptyState
from app.ui.pages.list_columns import ColumnFitter
from app.ui.pages.sections import (
    PUBLISH_SHORTCUT,
    DraftSection,
    count_text,
    new_draft_label,
    plural,
    shortcut_text,
)

if TYPE_CHECKING:
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService

Flush = Callable[[], Awaitable[None]]


class ListExtension(Protocol):
    """What a section adds to its list (the campaigns' columns and actions)."""

    def make_model(self, parent: QObject) -> DraftTableModel: ...
    def attach(self, page: DraftListPage) -> None: ...


class DraftListPage(QWidget):
    selection_changed = Signal()
    publish_requested = Signal(list)  # local ids (an editor's Publish button)
    resolve_requested = Signal(int)  # local id: open the conflict dialog

    def __init__(
        self,
        section: DraftSection,
        workspace: WorkspaceService,
        tasks: TaskRunner,
        editor_factory: EditorFactory | None = None,
        *,
        flush_edits: Flush | None = None,
        extension: ListExtension | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"page_{section.key}")
        self._workspace = workspace
        self._tasks = tasks
        self._flush_edits = flush_edits
        self._restoring = False
        self._saved_selection: list[int] = []
        self._saved_current: int | None = None
        self._opening: int | None = None
        self._pending_splitter: QByteArray | None = None
        self._splitter_set = False
        t = QCoreApplication.translate

        self.model = extension.make_model(self) if extension is not None else DraftTableModel(self)
        self.feed = DraftFeed(workspace, tasks, section.kinds, self.model, self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        find = shortcut_text("Ctrl+F")
        self.filter_edit.setPlaceholderText(f"{section.filter_hint} ({find})")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.new_button = QToolButton()
        self.new_button.setObjectName("newButton")
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_menu = QMenu(self)
        for kind in section.kinds:
            action = self.new_menu.addAction(new_draft_label(kind))
            action.triggered.connect(lambda _=False, k=kind: self.new_draft(k))
        if section.mixed:
            self.new_button.setText(t("DraftListPage", "New…"))
            self.new_button.setToolTip(t("DraftListPage", "Choose the kind of campaign to set up"))
        else:
            self.new_button.setText(
                t("DraftListPage", "New %1").replace("%1", new_draft_label(section.kinds[0]).lower())
            )
        self.new_button.clicked.connect(lambda: self.new_draft())

        self.view = QTableView()
        self.view.setObjectName("draftList")
        self._setup_view()
        self.empty_state = EmptyState(section.empty_title, section.empty_text)
        self.empty_state.setObjectName("listEmpty")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_state)

        self.editor_area = EditorArea(
            editor_factory,
            t(
                "DraftListPage",
                "Select one of your %1 on the left to edit it, or press %2 to start a new one.",
            )
            .replace("%1", section.noun_plural)
            .replace("%2", shortcut_text("Ctrl+N")),
        )
        self.editor_area.setObjectName("editorArea")
        self.editor_area.editor_created.connect(self._connect_editor)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 0)
        left_layout.addLayout(top)
        self._above_list = QVBoxLayout()
        left_layout.addLayout(self._above_list)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("listEditorSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_area)
        # A wider window widens the editor more than the list: the email editor most (code and preview).
        self.splitter.setStretchFactor(0, 1 if self.section.key == "emails" else 2)
        self.splitter.setStretchFactor(1, 4 if self.section.key == "emails" else 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.filter_edit.textChanged.connect(self.feed.set_filter)
        self.feed.loaded.connect(self._update_state)
        self.feed.loading_changed.connect(lambda _loading: self._update_state())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.rowsInserted.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self.model.layoutChanged.connect(self._keep_current_in_view)  # a sort, an edit moving a row
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(lambda _index: self.focus_editor())
        workspace.account_changed.connect(self._on_account_changed)
        self._update_state()
        if extension is not None:
            extension.attach(self)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setTabKeyNavigation(False)
        view.installEventFilter(self)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Widths from what the columns show in this language (a sort arrow and padding more).
        metrics = view.fontMetrics()
        pad = metrics.horizontalAdvance("M") * 2

        def fits(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + pad

        def title(column: Column) -> str:
            return str(self.model.headerData(column, Qt.Orientation.Horizontal))

        header.resizeSection(
            Column.TYPE, fits(title(Column.TYPE), *(kind_label(k) for k in self.section.kinds))
        )
        # Room for the widest single badge: the name keeps its room in a narrow pane (a second
        # badge shows when the user widens the column).
        header.resizeSection(
            Column.STATUS, fits(title(Column.STATUS), *(badge_label(b) + "  " for b in Badge))
        )
        header.resizeSection(Column.UPDATED, fits(title(Column.UPDATED), *sample_times()))
        header.resizeSection(Column.SERVER_ID, fits(title(Column.SERVER_ID), "000000"))
        header.setMinimumSectionSize(pad)
        view.setColumnHidden(Column.TYPE, not self.section.mixed)
        self.column_fitter = ColumnFitter(
            view, Column.TITLE, self.model.droppable_columns(), metrics.horizontalAdvance("M") * 9
        )
        view.setItemDelegateForColumn(Column.STATUS, BadgeDelegate(view))
        # The rows arrive newest first; the indicator says so without sorting again.
        header.setSortIndicator(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)

    # -- what the window asks ----------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [index.data(LocalIdRole) for index in self._selected_indexes()]

    def selected_rows(self) -> list[DraftRow]:
        return [index.data(RowRole) for index in self._selected_indexes()]

    def _selected_indexes(self) -> list[Any]:
        return sorted(self.view.selectionModel().selectedRows(Column.TITLE), key=lambda i: i.row())

    def select_ids(self, local_ids: list[int], *, current: int | None = None) -> None:
        """Select these drafts (those listed) and scroll to the current one."""
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for local_id in local_ids:
            row = self.model.row_of(local_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        target = current if current is not None else (local_ids[0] if local_ids else None)
        row = self.model.row_of(target) if target is not None else None
        if row is not None:
            index = self.model.index(row, Column.TITLE)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(index)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def focus_editor(self) -> None:
        editor = self.editor_area.current_editor()
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.focusNextChild()

    def new_draft(self, kind: DraftKind | None = None) -> None:
        """Create a draft of `kind`; where the section has several kinds, ask which first."""
        if kind is None and self.section.mixed:
            self.new_menu.popup(self.new_button.mapToGlobal(self.new_button.rect().bottomLeft()))
            return
        chosen = kind or self.section.kinds[0]
        spawn_soon(self._tasks, self, lambda: self._create(chosen), "new-draft")

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            confirm_delete(
                self,
                rows,
                self.model.pending_ids(),
                lambda ids: spawn_soon(self._tasks, self, lambda: self._delete(ids), "delete-drafts"),
            )

    def install_empty_actions(self, new: QAction, pull: QAction) -> None:
        """Buttons in the empty list for what its text suggests."""
        t = QCoreApplication.translate
        if self.section.mixed:
            button = self.empty_state.add_action_button(new, t("DraftListPage", "New campaign…"))
            button.clicked.disconnect()
            button.clicked.connect(
                lambda: self.new_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
            )
        else:
            self.empty_state.add_action_button(new, self.new_button.text())
        self.empty_state.add_action_button(pull, t("DraftListPage", "Pull from server"))

    def save_state(self) -> dict[str, QByteArray]:
        splitter = self._pending_splitter  # never shown this run: keep what was restored
        return {
            "splitter": splitter if splitter is not None else self.splitter.saveState(),
            "header": self.view.horizontalHeader().saveState(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        splitter = state.get("splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            # Applied when first shown: at its final size, so the sizes come back exactly.
            self._pending_splitter = splitter
            if self.isVisible():
                self._apply_splitter()
        header = state.get("header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.view.horizontalHeader().restoreState(header)
            self.view.setColumnHidden(Column.TYPE, not self.section.mixed)
            self.column_fitter.fit()

    # -- events ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_splitter()
        self.feed.set_active(True)

    def _apply_splitter(self) -> None:
        if self._pending_splitter is not None:
            self.splitter.restoreState(self._pending_splitter)
            self._pending_splitter = None
        elif not self._splitter_set:
            width = max(self.width(), 800)
            # The email editor holds the code and its preview side by side: it gets the room.
            share = 30 if self.section.key == "emails" else 45
            self.splitter.setSizes([width * share // 100, width * (100 - share) // 100])  # list, editor
        self._splitter_set = True

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.feed.set_active(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.filter_edit:
                if key == Qt.Key.Key_Escape and self.filter_edit.text():
                    self.filter_edit.clear()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._focus_list()
                    return True
            elif watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focus_editor()
                return True
        return super().eventFilter(watched, event)

    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.selectionModel().hasSelection() and self.model.rowCount() > 0:
            self.view.selectRow(0)

    # -- keeping the selection across reloads -------------------------------------------------

    def _remember_selection(self) -> None:
        self._saved_selection = self.selected_ids()
        current = self.view.selectionModel().currentIndex()
        self._saved_current = current.data(LocalIdRole) if current.isValid() else None
        self._restoring = True

    def _restore_selection(self) -> None:
        try:
            if self._saved_selection:
                self.select_ids(self._saved_selection, current=self._saved_current)
        finally:
            self._restoring = False
        self._update_state()

    def _keep_current_in_view(self, *_args: object) -> None:
        current = self.view.selectionModel().currentIndex()
        if current.isValid():
            self.view.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()
        if self._restoring:
            return  # a reload: the editor keeps what it shows even if the filter hid it
        ids = self.selected_ids()
        if len(ids) == 1:
            if ids[0] != self.editor_area.local_id and ids[0] != self._opening:
                local_id = ids[0]
                self._opening = local_id
                spawn_soon(self._tasks, self, lambda: self._open(local_id), "open-draft")
        elif not ids:
            self._opening = None
            self.editor_area.show_empty()
        else:
            self._opening = None
            t = QCoreApplication.translate
            self.editor_area.show_many(
                plural(
                    "DraftListPage", QT_TRANSLATE_NOOP("DraftListPage", "%Ln draft(s) selected"), len(ids)
                ),
                t("DraftListPage", "Press %1 to publish them all, or Delete to remove them.").replace(
                    "%1", shortcut_text(PUBLISH_SHORTCUT)
                ),
            )

    def _on_account_changed(self, _account_id: object) -> None:
        """Another account: nothing of the old one stays open or editable."""
        self._opening = None
        self._saved_selection = []
        self._saved_current = None
        self.view.selectionModel().clearSelection()
        self.editor_area.close_all()

    # -- work ------------------------------------------------------------------------------

    async def _open(self, local_id: int) -> None:
        if self._opening != local_id:
            return  # another row was selected before this started
        if self._flush_edits is not None:
            await self._flush_edits()  # the draft being left reaches the database first
        draft = await self._workspace.get_draft(local_id)
        if self._opening != local_id or draft.account_id != self._workspace.account_id:
            return  # another row or another account was chosen meanwhile
        self._opening = None
        self.editor_area.show_draft(draft)

    def add_above_list(self, widget: QWidget) -> None:
        """A section's own tools between the filter and the list (the campaigns' actions)."""
        self._above_list.addWidget(widget)

    def open_draft(self, local_id: int) -> None:
        """List and select a draft made elsewhere (a duplicate, a campaign of another kind)."""
        spawn_soon(self._tasks, self, lambda: self._show_new(local_id), "open-draft")

    async def _show_new(self, local_id: int) -> None:
        if self.filter_edit.text():
            self.filter_edit.clear()
            await self.feed.load()
        await self.feed.refresh()
        self.select_ids([local_id])

    async def _create(self, kind: DraftKind) -> None:
        if self.filter_edit.text():
            self.filter_edit.clear()  # the new draft would not match it
            await self.feed.load()
        draft = await self._workspace.create_draft(kind, {})
        await self.feed.refresh()
        self.select_ids([draft.local_id])
        self.focus_editor()

    async def _delete(self, local_ids: list[int]) -> None:
        if self._flush_edits is not None:
            await self._flush_edits()
        shown = self.editor_area.local_id
        for local_id in local_ids:
            await self._workspace.delete_draft(local_id)
        if shown in local_ids:
            self.editor_area.show_empty()
        await self.feed.refresh()

    def _connect_editor(self, editor: QWidget) -> None:
        publish = getattr(editor, "publish_requested", None)
        if publish is not None:
            publish.connect(lambda local_id: self.publish_requested.emit([local_id]))
        resolve = getattr(editor, "resolve_requested", None)
        if resolve is not None:
            resolve.connect(self.resolve_requested)
        opened = getattr(editor, "open_requested", None)
        if opened is not None:
            opened.connect(self.open_draft)

    # -- what the list shows -----------------------------------------------------------------

    def _update_state(self, *_args: object) -> None:
        t = QCoreApplication.translate
        rows = self.model.rowCount()
        filtered = bool(self.feed.filter_text.strip())
        if rows > 0 or (self.feed.loading and not self.feed.loaded_once):
            self.list_stack.setCurrentWidget(self.view)
        elif not self.feed.has_account:
            self.empty_state.set_text(
                t("DraftListPage", "No account selected"),
                t("DraftListPage", "Choose the account to work with in the Account menu (Accounts…)."),
            )
            self.empty_state.set_buttons_visible(False)
            self.list_stack.setCurrentWidget(self.empty_state)
        elif filtered:
            self.empty_state.set_text(
                t("DraftListPage", "Nothing matches"),
                self.section.no_match_text.replace("%1", self.feed.filter_text.strip()),
            )
            self.empty_state.set_buttons_visible(False)
            self.list_stack.setCurrentWidget(self.empty_state)
        else:
            self.empty_state.set_text(self.section.empty_title, self.section.empty_text)
            self.empty_state.set_buttons_visible(True)
            self.list_stack.setCurrentWidget(self.empty_state)
        if not self.feed.loaded_once:
            self.count_label.setText(t("DraftListPage", "Loading…") if self.feed.loading else "")
        elif filtered:
            self.count_label.setText(
                plural("DraftListPage", QT_TRANSLATE_NOOP("DraftListPage", "%Ln match(es)"), rows)
            )
        else:
            self.count_label.setText(count_text(self.section.key, rows) if rows else "")
