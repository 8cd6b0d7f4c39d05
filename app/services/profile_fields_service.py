"""The current account's declared profile fields and sample profile, for editors and imports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain.profile_fields import DeclaredField, FieldOrigin, ProfileFieldType, compare_echo
from app.services.workspace_service import WorkspaceService


class ProfileFieldsService(QObject):
    fields_changed = Signal()  # the current account's declared fields changed
    sample_changed = Signal()  # its sample profile changed

    def __init__(self, workspace: WorkspaceService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        workspace.drafts_changed.connect(self._on_drafts_changed)
        self._account_id = workspace.account_id

    def _on_drafts_changed(self, _kind: str) -> None:
        # The workspace announces an account switch by refreshing every list.
        if self._workspace.account_id != self._account_id:
            self._account_id = self._workspace.account_id
            self.fields_changed.emit()
            self.sample_changed.emit()

    async def declared_fields(self) -> list[DeclaredField]:
        account_id = self._workspace.account_id
        if account_id is None:
            return []
        return await self._workspace.runner.call(lambda ws: ws.profile_fields.list(account_id))

    async def declare(self, name: str, kind: ProfileFieldType) -> None:
        account_id = self._require_account()
        await self._workspace.runner.call(
            lambda ws: ws.profile_fields.declare(account_id, name, kind, FieldOrigin.USER)
        )
        self.fields_changed.emit()

    async def remove(self, name: str) -> None:
        account_id = self._require_account()
        await self._workspace.runner.call(lambda ws: ws.profile_fields.remove(account_id, name))
        self.fields_changed.emit()

    async def learn_from_echo(self, sent: Mapping[str, Any], echoed: Mapping[str, Any]) -> list[str]:
        """Remember the fields an upsert's answer shows the project stores; returns the dropped ones."""
        comparison = compare_echo(sent, echoed)
        account_id = self._workspace.account_id
        if account_id is not None and comparison.stored:
            new = await self._workspace.runner.call(
                lambda ws: ws.profile_fields.learn(account_id, comparison.stored)
            )
            if new:
                self.fields_changed.emit()
        return comparison.dropped

    async def sample_profile(self) -> dict[str, Any]:
        account_id = self._workspace.account_id
        if account_id is None:
            return {}
        return await self._workspace.runner.call(lambda ws: ws.profile_fields.sample_profile(account_id))

    async def set_sample_profile(self, profile: Mapping[str, Any]) -> None:
        account_id = self._require_account()
        data = dict(profile)
        await self._workspace.runner.call(lambda ws: ws.profile_fields.set_sample_profile(account_id, data))
        self.sample_changed.emit()

    def _require_account(self) -> int:
        account_id = self._workspace.account_id
        if account_id is None:
            raise RuntimeError(self.tr("Choose an account first."))
        return account_id
