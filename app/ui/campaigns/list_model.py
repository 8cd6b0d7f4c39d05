"""The campaigns list's rows: the draft list's columns, then the campaign's status on the
server, its email, its audience and its next send.

The extra facts come from the workspace (payloads, the emails' and segments' names) through
:class:`~app.services.campaign_catalog.CampaignCatalog`, loaded after the rows are shown,
so a long list appears as fast as any other; until they arrive the cells are empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.domain.enums import CampaignStatus
from app.services.campaign_catalog import CampaignFacts
from app.ui.models.draft_table_model import Column, DraftTableModel
from app.ui.wizard.formatting import moment_text, short_moment, system_zone

Index = QModelIndex | QPersistentModelIndex
FIRST: Final = len(Column)


class CampaignColumn(IntEnum):
    CAMPAIGN_STATUS = FIRST
    MESSAGE = FIRST + 1
    AUDIENCE = FIRST + 2
    NEXT_SEND = FIRST + 3


def status_label(status: str | None) -> str:
    t = QCoreApplication.translate
    labels = {
        CampaignStatus.NEW: t("CampaignTableModel", "New"),
        CampaignStatus.RUNNING: t("CampaignTableModel", "Running"),
        CampaignStatus.PAUSED: t("CampaignTableModel", "Paused"),
        CampaignStatus.ARCHIVED: t("CampaignTableModel", "Archived"),
    }
    if status is None:
        return "—"
    try:
        return labels[CampaignStatus(status)]
    except ValueError:
        return status  # a state of a newer server, as it names it


class CampaignTableModel(DraftTableModel):
    def __init__(self, parent: Any = None, *, zone: str | None = None) -> None:
        super().__init__(parent)
        self._facts: dict[int, CampaignFacts] = {}
        self._zone = zone or system_zone()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else FIRST + len(CampaignColumn)

    def droppable_columns(self) -> tuple[int, ...]:
        # The status on the server always stays: what can be started, paused or resumed.
        return (*super().droppable_columns(), CampaignColumn.AUDIENCE, CampaignColumn.MESSAGE,
                CampaignColumn.NEXT_SEND)  # fmt: skip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if section < FIRST or not horizontal or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        t = QCoreApplication.translate
        titles = {
            CampaignColumn.CAMPAIGN_STATUS: t("CampaignTableModel", "Campaign"),
            CampaignColumn.MESSAGE: t("CampaignTableModel", "Email"),
            CampaignColumn.AUDIENCE: t("CampaignTableModel", "Audience"),
            CampaignColumn.NEXT_SEND: t("CampaignTableModel", "Next send"),
        }
        return titles.get(CampaignColumn(section)) if section < FIRST + len(CampaignColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = index.column()
        if column < FIRST:
            return super().data(index, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)  # the row's roles (local id, row, badges...)
        local_id = self.local_id_at(index.row())
        facts = self._facts.get(local_id) if local_id is not None else None
        if facts is None:
            return None
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        match column:
            case CampaignColumn.CAMPAIGN_STATUS:
                if tooltip and facts.status is None:
                    return QCoreApplication.translate("CampaignTableModel", "Not on the server yet")
                return status_label(facts.status)
            case CampaignColumn.MESSAGE:
                return facts.message or ("" if tooltip else "—")
            case CampaignColumn.AUDIENCE:
                return facts.audience or ("" if tooltip else "—")
            case CampaignColumn.NEXT_SEND:
                if facts.next_send is None:
                    return None if tooltip else "—"
                if tooltip:
                    return moment_text(facts.next_send, self._zone)
                return short_moment(facts.next_send, self._zone)
        return None

    # -- the facts -------------------------------------------------------------------------

    def facts_of(self, local_id: int) -> CampaignFacts | None:
        return self._facts.get(local_id)

    def set_facts(self, facts: Mapping[int, CampaignFacts]) -> None:
        """Replace the facts of the rows listed in ``facts`` (others keep theirs)."""
        changed = [local_id for local_id, f in facts.items() if self._facts.get(local_id) != f]
        self._facts.update(facts)
        rows = [row for row in (self.row_of(local_id) for local_id in changed) if row is not None]
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), FIRST), self.index(max(rows), last))
