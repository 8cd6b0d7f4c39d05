"""What the campaigns section adds to its draft list: the campaign columns (its own model),
and Start, Pause, Resume, Archive and Duplicate for the campaigns selected.

The list page hosts it (``DraftListPage(..., extension=...)``): the page asks it for its
model, then hands itself over once built, and the extension puts its action bar above the
list and follows the selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.domain.drafts import DraftRow
from app.services.campaign_catalog import CampaignCatalog
from app.services.campaign_control import CampaignControl
from app.services.tasks import TaskRunner
from app.ui.campaigns.actions import CampaignActionsBar, Target
from app.ui.campaigns.list_model import FIRST, CampaignTableModel

if TYPE_CHECKING:
    from app.ui.models.draft_table_model import DraftTableModel

FACTS_DELAY_MS = 150  # rows settle (a publish, an autosave) before the facts are read again
REFRESH_DELAY_MS = 400  # the selection settles (arrow keys held down) before the server is asked
REFRESH_AT_MOST = 20  # campaigns asked about at once; the rest keep what the last pull saw


class ListPage(Protocol):
    """What the extension needs of the page that hosts it (its ``selection_changed`` signal too)."""

    def selected_rows(self) -> list[DraftRow]: ...
    def add_above_list(self, widget: QWidget) -> None: ...
    def open_draft(self, local_id: int) -> None: ...


class CampaignListExtension(QObject):
    message = Signal(str)  # what an action did, for the status bar

    def __init__(self, control: CampaignControl, catalog: CampaignCatalog, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.control = control
        self.catalog = catalog
        self.tasks = tasks
        self.model: CampaignTableModel | None = None
        self.bar: CampaignActionsBar | None = None
        self._page: ListPage | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FACTS_DELAY_MS)
        self._timer.timeout.connect(self._load_facts)
        control.finished.connect(lambda _results: self._timer.start())
        # The campaigns selected are asked about on the server, so that what the actions
        # offer follows what happened there meanwhile (started by someone else, finished).
        self._asked: frozenset[int] = frozenset()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_selected)

    def make_model(self, parent: QObject) -> DraftTableModel:
        self.model = CampaignTableModel(parent)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.layoutChanged):
            signal.connect(lambda *_args: self._timer.start())
        self.model.dataChanged.connect(self._rows_changed)
        return self.model

    def attach(self, page: ListPage) -> None:
        self._page = page
        self.bar = CampaignActionsBar(self.control, self.tasks, duplicate=True)
        self.bar.open_requested.connect(page.open_draft)
        self.bar.message.connect(self.message)
        page.add_above_list(self.bar)
        page.selection_changed.connect(self._follow_selection)  # type: ignore[attr-defined]
        page.selection_changed.connect(self._refresh_timer.start)  # type: ignore[attr-defined]
        self._follow_selection()

    def _rows_changed(self, top: QModelIndex, _bottom: QModelIndex, *_roles: object) -> None:
        # Our own facts arriving change the extra columns only: no need to read them again.
        if top.column() < FIRST:
            self._timer.start()

    def _load_facts(self) -> None:
        model = self.model
        if model is None or not model.rowCount():
            return
        ids = model.local_ids()

        async def load() -> None:
            facts = await self.catalog.campaign_facts(ids)
            if shiboken6.isValid(self) and self.model is not None and shiboken6.isValid(self.model):
                self.model.set_facts(facts)
                self._follow_selection()

        try:
            self.tasks.spawn(load(), name="campaign-list-facts")
        except RuntimeError:  # shutting down
            return

    def _refresh_selected(self) -> None:
        page = self._page
        if page is None or not shiboken6.isValid(page):
            return  # the page closed meanwhile
        ids = [row.local_id for row in page.selected_rows() if row.remote_id is not None][:REFRESH_AT_MOST]
        if not ids or frozenset(ids) == self._asked:
            return
        self._asked = frozenset(ids)

        async def refresh() -> None:
            await self.control.refresh(ids)  # offline: the list keeps what it knows
            if shiboken6.isValid(self):
                self._timer.start()

        try:
            self.tasks.spawn(refresh(), name="campaign-list-refresh")
        except RuntimeError:  # shutting down
            return

    def _follow_selection(self) -> None:
        page, bar, model = self._page, self.bar, self.model
        if page is None or bar is None or model is None or not shiboken6.isValid(bar):
            return
        if not shiboken6.isValid(page):
            return
        targets = []
        for row in page.selected_rows():
            facts = model.facts_of(row.local_id)
            status = facts.status if facts is not None else None
            targets.append(Target(row.local_id, row.title, status, row.remote_id is not None))
        bar.set_targets(targets)
