"""Drafts of the current account, read and written on the workspace thread.

Every store call goes through :meth:`WorkspaceRunner.call`; the signals are emitted on the
loop's thread after the change is committed, so a list refreshing on a signal sees it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain.category import CategoryChoice, category_choice
from app.domain.drafts import Draft, DraftRow, DraftState
from app.domain.kinds import DraftKind
from app.services.store_access import WorkspaceRunner
from app.store.errors import NotFoundError
from app.store.workspace import Workspace


class NoAccountError(RuntimeError):
    """A draft was created while no account is selected."""


class WorkspaceService(QObject):
    account_changed = Signal(object)  # the new current account id (int) or None, before the lists
    drafts_changed = Signal(str)  # a DraftKind value whose list changed
    draft_changed = Signal(int)  # local_id whose row or payload changed
    outbox_changed = Signal(int)  # pending outbox jobs of the current account

    def __init__(self, runner: WorkspaceRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._account_id: int | None = None

    @property
    def runner(self) -> WorkspaceRunner:
        return self._runner

    @property
    def account_id(self) -> int | None:
        """The current account (AccountService.select sets it); None until one is chosen."""
        return self._account_id

    @account_id.setter
    def account_id(self, value: int | None) -> None:
        if value == self._account_id:
            return
        self._account_id = value
        self.account_changed.emit(value)  # editors showing the old account's drafts close first
        for kind in DraftKind:  # every list now shows another account's drafts
            self.drafts_changed.emit(kind.value)

    # -- reading ---------------------------------------------------------------------------

    async def list_drafts(
        self, kind: DraftKind, filter_text: str = "", limit: int | None = None
    ) -> list[DraftRow]:
        """Rows of the current account, newest first; empty while no account is selected."""
        account_id = self._account_id
        if account_id is None:
            return []
        return await self._runner.call(
            lambda ws: ws.drafts.list_drafts(account_id, kind.value, filter_text, limit)
        )

    async def get_draft(self, local_id: int) -> Draft:
        return await self._runner.call(lambda ws: ws.drafts.get_draft(local_id))

    async def count_by_state(self, kind: DraftKind | None = None) -> dict[DraftState, int]:
        account_id = self._account_id
        if account_id is None:
            return dict.fromkeys(DraftState, 0)
        kind_value = None if kind is None else kind.value
        return await self._runner.call(lambda ws: ws.drafts.count_by_state(account_id, kind_value))

    async def categories(self) -> list[CategoryChoice]:
        """The current account's categories (published and local drafts), for pickers."""
        account_id = self._account_id
        if account_id is None:
            return []

        def read(ws: Workspace) -> list[CategoryChoice]:
            rows = ws.drafts.list_drafts(account_id, DraftKind.CATEGORIES.value)
            return [
                category_choice(row.local_id, row.remote_id, ws.drafts.get_draft(row.local_id).payload)
                for row in rows
            ]

        return await self._runner.call(read)

    async def outbox_pending(self) -> int:
        account_id = self._account_id
        if account_id is None:
            return 0
        return await self._runner.call(lambda ws: ws.outbox.pending_count(account_id))

    async def pending_local_ids(self) -> set[int]:
        """Drafts of the current account with a publish waiting in the outbox."""
        account_id = self._account_id
        if account_id is None:
            return set()
        return await self._runner.call(lambda ws: ws.outbox.pending_local_ids(account_id))

    # -- writing ---------------------------------------------------------------------------

    async def create_draft(self, kind: DraftKind, payload: Mapping[str, Any]) -> Draft:
        account_id = self._account_id
        if account_id is None:
            raise NoAccountError(self.tr("Choose an account before creating a draft."))
        draft = await self._runner.call(lambda ws: ws.drafts.create_draft(account_id, kind.value, payload))
        self.drafts_changed.emit(draft.kind.value)
        return draft

    async def save_payload(self, local_id: int, payload: Mapping[str, Any]) -> bool:
        """Autosave; False (and no signal) when the payload is what is stored already."""
        saved = await self._runner.call(lambda ws: ws.drafts.save_payload(local_id, payload))
        if saved:
            self.draft_changed.emit(local_id)
        return saved

    async def delete_draft(self, local_id: int) -> None:
        """Delete the draft and its queued publish; deleting a deleted draft is no error."""

        def delete(ws: Workspace) -> tuple[str | None, bool]:
            try:
                kind = ws.drafts.get_draft(local_id).kind.value
            except NotFoundError:
                kind = None
            queued = ws.outbox.job_for(local_id) is not None
            ws.drafts.delete_draft(local_id)
            return kind, queued

        kind, queued = await self._runner.call(delete)
        if kind is not None:
            self.drafts_changed.emit(kind)
        if queued:
            await self.refresh_outbox()

    async def resolve_conflict(
        self, local_id: int, merged: Mapping[str, Any], theirs: Mapping[str, Any]
    ) -> Draft:
        def resolve(ws: Workspace) -> Draft:
            ws.drafts.resolve_conflict(local_id, merged, theirs)
            return ws.drafts.get_draft(local_id)

        draft = await self._runner.call(resolve)
        self.draft_changed.emit(local_id)
        self.drafts_changed.emit(draft.kind.value)  # its state badge changed
        return draft

    # -- signals for changes made elsewhere ------------------------------------------------

    def notify(self, kind: DraftKind | str | None, local_id: int | None = None) -> None:
        """Emit the signals after a change another service made in the workspace."""
        if kind is not None:
            self.drafts_changed.emit(str(kind))
        if local_id is not None:
            self.draft_changed.emit(local_id)

    async def refresh_outbox(self) -> int:
        """Count the current account's pending publishes and emit ``outbox_changed``."""
        pending = await self.outbox_pending()
        self.outbox_changed.emit(pending)
        return pending
