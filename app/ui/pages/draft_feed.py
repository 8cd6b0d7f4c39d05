"""Keeps a section's DraftTableModel in step with the workspace.

Opening a list loads the first screenful (a few ms in SQL), then the rest; typing in its
filter re-queries after a short pause, and SQL does the filtering. Changes made elsewhere
arrive as signals and are coalesced: a list change re-reads the list at most every `REFRESH_MS` and never two
reads at once; a single draft's change (an autosave, a publish) re-reads that one row.
A page that is not visible only notes that it is stale and catches up when shown.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.drafts import Draft, DraftRow
from app.domain.kinds import DraftKind
from app.services.workspace_errors import NotFoundError
from app.ui.models.draft_table_model import DraftTableModel
from app.ui.pages.deferred_task import spawn_soon

if TYPE_CHECKING:
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService

FIRST_SCREEN: Final = 100  # rows loaded before the rest: more than a tall window shows
FILTER_DEBOUNCE_MS: Final = 150
REFRESH_MS: Final = 200
ROW_REFRESH_MS: Final = 50


def row_of(draft: Draft) -> DraftRow:
    """The list row of a draft just read in full."""
    return DraftRow(
        draft.local_id, draft.kind.value, draft.title, draft.state.value, draft.remote_id,
        draft.updated_at, int(draft.last_error is not None), int(draft.theirs is not None),
    )  # fmt: skip


def _newest_first(row: DraftRow) -> tuple[float, int]:
    return (-row.updated_at, -row.local_id)


class DraftFeed(QObject):
    loading_changed = Signal(bool)
    loaded = Signal()  # rows were replaced or updated

    def __init__(
        self,
        workspace: WorkspaceService,
        tasks: TaskRunner,
        kinds: Sequence[DraftKind],
        model: DraftTableModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._tasks = tasks
        self._kinds = tuple(kinds)
        self._kind_values = frozenset(k.value for k in kinds)
        self.model = model
        self._filter = ""
        self._generation = 0  # bumped by every load; older reads drop their result
        self._active = False
        self._stale = True
        self._loaded_once = False
        self._loading = False
        self._refreshing = False
        self._refresh_again = False
        self._changed_ids: set[int] = set()
        self._last_counts: list[int] = []
        self._account_loaded: int | None = None  # the account whose list the model holds
        self._pending_account: int | None = None  # whose outbox the model's badges show

        self._filter_timer = _single_shot(self, FILTER_DEBOUNCE_MS, self.reload)
        self._refresh_timer = _single_shot(self, REFRESH_MS, self._start_refresh)
        self._row_timer = _single_shot(self, ROW_REFRESH_MS, self._start_row_refresh)
        workspace.drafts_changed.connect(self._on_drafts_changed)
        workspace.draft_changed.connect(self._on_draft_changed)
        workspace.outbox_changed.connect(self._on_outbox_changed)

    # -- state -----------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    @property
    def has_account(self) -> bool:
        return self._workspace.account_id is not None

    @property
    def ready(self) -> bool:
        """Showing the current account's list, completely loaded."""
        return self._loaded_once and not self._loading and self._account_loaded == self._workspace.account_id

    def set_active(self, active: bool) -> None:
        """A visible page follows changes at once; a hidden one catches up when shown."""
        self._active = active
        if active and self._stale:
            self.reload() if not self._loaded_once else self._refresh_timer.start(0)

    def set_filter(self, text: str) -> None:
        """Filter as you type: the query runs `FILTER_DEBOUNCE_MS` after the last keystroke."""
        if text == self._filter:
            return
        self._filter = text
        self._filter_timer.start()

    async def apply_filter(self, text: str) -> None:
        """Filter now, without the typing pause (what the pause's end does)."""
        self._filter = text
        self._filter_timer.stop()
        await self.load()

    def reload(self) -> None:
        """Load the list again from its first screen (a new filter, another account)."""
        self._filter_timer.stop()
        spawn_soon(self._tasks, self, self.load, "list-load")

    # -- loading ---------------------------------------------------------------------------

    async def load(self) -> None:
        """The whole list again; a newer load started meanwhile wins.

        Unfiltered, the first screenful comes first (the index gives it in ~1 ms) and the
        rest after; filtered, SQL must test every row anyway, so one query does it all.
        """
        self._generation += 1
        generation = self._generation
        self._stale = False
        self._account_loaded = self._workspace.account_id
        self._set_loading(True)
        try:
            in_two = not self._filter.strip()
            first = await self._fetch(FIRST_SCREEN if in_two else None)
            if generation != self._generation:
                return
            self.model.set_rows(first, newest_first=True)
            self._loaded_once = True
            if in_two and any(count >= FIRST_SCREEN for count in self._last_counts):
                rest = await self._fetch(None)
                if generation != self._generation:
                    return
                self.model.update_rows(rest, newest_first=True)
            # The outbox does not change with the filter: outbox_changed keeps it current.
            if self._pending_account != self._account_loaded:
                await self._load_pending(generation)
        finally:
            if generation == self._generation:
                self._set_loading(False)
                self.loaded.emit()

    async def refresh(self) -> None:
        """Re-read the whole list and update the model in place (the selection stays)."""
        generation = self._generation
        rows = await self._fetch(None)
        if generation != self._generation:
            return
        self.model.update_rows(rows, newest_first=True)
        await self._load_pending(generation)
        self.loaded.emit()

    async def _fetch(self, limit: int | None) -> list[DraftRow]:
        lists = [await self._workspace.list_drafts(kind, self._filter, limit) for kind in self._kinds]
        self._last_counts = [len(rows) for rows in lists]
        if len(lists) == 1:
            return lists[0]
        merged = list(heapq.merge(*lists, key=_newest_first))
        return merged if limit is None else merged[:limit]

    async def _load_pending(self, generation: int) -> None:
        # Optional in the services contract: without it no row shows "Pending in outbox".
        pending_ids = getattr(self._workspace, "pending_local_ids", None)
        if pending_ids is None:
            return
        account = self._workspace.account_id
        pending = await pending_ids()
        if generation == self._generation:
            self.model.set_pending(pending)
            self._pending_account = account

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- following changes -----------------------------------------------------------------

    def _on_drafts_changed(self, kind: str) -> None:
        if kind not in self._kind_values:
            return
        self._stale = True
        if self._workspace.account_id != self._account_loaded:
            self._loaded_once = False  # another account: a new list, first screen first
        if self._active:
            if self._loaded_once:
                self._refresh_timer.start()
            else:
                self.reload()

    def _on_draft_changed(self, local_id: int) -> None:
        if self.model.row_of(local_id) is None:
            return
        self._changed_ids.add(local_id)
        if self._active:
            self._row_timer.start()
        else:
            self._stale = True

    def _on_outbox_changed(self, _count: int) -> None:
        if self._loaded_once:
            generation = self._generation
            self._tasks.spawn(self._load_pending(generation), name="list-pending")

    def _start_refresh(self) -> None:
        if self._refreshing:
            self._refresh_again = True
            return
        self._stale = False
        self._refreshing = True
        task = self._tasks.spawn(self.refresh(), name="list-refresh")
        task.add_done_callback(lambda _t: self._refresh_done())

    def _refresh_done(self) -> None:
        self._refreshing = False
        if self._refresh_again:
            self._refresh_again = False
            self._refresh_timer.start()

    def _start_row_refresh(self) -> None:
        ids, self._changed_ids = self._changed_ids, set()
        if ids:
            self._tasks.spawn(self._refresh_rows(ids), name="list-rows")

    async def _refresh_rows(self, ids: set[int]) -> None:
        generation = self._generation
        for local_id in sorted(ids):
            try:
                draft = await self._workspace.get_draft(local_id)
            except NotFoundError:
                continue  # deleted meanwhile: drafts_changed brings the list up to date
            if generation != self._generation:
                return
            self.model.update_row(row_of(draft))
        self.loaded.emit()


def _single_shot(parent: QObject, interval: int, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
