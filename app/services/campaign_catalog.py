"""What a campaign can send and to whom: the account's emails and segments for the wizard's
pickers, the server's own list of segments (one deleted there meanwhile is caught before
sending), an address list's first look, and the facts a campaign list shows per row.

Workspace reads run on the workspace thread, the server through a client of the current
account, the CSV through a worker thread: the UI thread only awaits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.domain import crontab
from app.domain.annotations import MESSAGE_LOCAL_ID
from app.domain.campaign_review import int_field, time_field
from app.domain.drafts import DraftState
from app.domain.enums import SourceType
from app.domain.kinds import DraftKind
from app.domain.languages import SuffixStyle, localized_fields
from app.services.csv_preview import CsvPreview, preview_csv
from app.services.workspace_service import WorkspaceService
from app.store.errors import NotFoundError as StoreNotFoundError
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.services.accounts_service import AccountService

log = logging.getLogger(__name__)
_SUBJECTS = localized_fields("subject", SuffixStyle.EMAIL)
_PLAINS = localized_fields("text_plain", SuffixStyle.EMAIL)


@dataclass(frozen=True, slots=True)
class EmailChoice:
    local_id: int
    remote_id: int | None  # None: a local draft, published before the campaign
    name: str  # the internal name (or the list's title)
    subject: str
    state: DraftState

    @property
    def is_local(self) -> bool:
        return self.remote_id is None


@dataclass(frozen=True, slots=True)
class EmailPreview:
    local_id: int
    subject: str
    from_address: str
    plain_text: str
    html: str
    payload: Mapping[str, Any]  # the whole draft, for the preview pane and the checks


@dataclass(frozen=True, slots=True)
class SegmentChoice:
    remote_id: int | None  # None: a local draft the server does not know yet (cannot be used)
    name: str
    size: int | None  # profiles when the segment was last generated
    local_id: int | None = None


@dataclass(frozen=True, slots=True)
class CampaignFacts:
    """What a campaign list shows beside the title."""

    status: str | None  # the server's status ("new", "running", ...); None for a local draft
    message: str  # the email's name, or "" when none is chosen
    audience: str  # the segment's name, the list's file name, "API source #7", or ""
    next_send: datetime | None  # the next planned send or run, if any is ahead


def _remote(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


def _first_text(payload: Mapping[str, Any], keys: Iterable[str]) -> str:
    for key in keys:
        value = payload.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


class CampaignCatalog(QObject):
    def __init__(
        self,
        workspace: WorkspaceService,
        accounts: AccountService | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._accounts = accounts

    # -- emails ----------------------------------------------------------------------------

    async def emails(self) -> list[EmailChoice]:
        """The account's emails, published and local drafts, by name."""
        account_id = self._workspace.account_id
        if account_id is None:
            return []

        def read(ws: Workspace) -> list[EmailChoice]:
            choices = []
            for row in ws.drafts.list_drafts(account_id, DraftKind.EMAILS.value):
                payload = ws.drafts.get_draft(row.local_id).payload
                name = payload.get("internal_name")
                choices.append(EmailChoice(
                    row.local_id, _remote(row.remote_id),
                    name.strip() if isinstance(name, str) and name.strip() else row.title,
                    _first_text(payload, _SUBJECTS), DraftState(row.state),
                ))  # fmt: skip
            return sorted(choices, key=lambda c: (c.name.casefold(), c.local_id))

        return await self._workspace.runner.call(read)

    async def email_preview(self, local_id: int) -> EmailPreview | None:
        try:
            draft = await self._workspace.get_draft(local_id)
        except StoreNotFoundError:  # deleted meanwhile
            return None
        payload = draft.payload
        sender = payload.get("from_address")
        return EmailPreview(
            local_id,
            _first_text(payload, _SUBJECTS),
            sender if isinstance(sender, str) else "",
            _first_text(payload, _PLAINS),
            _first_text(payload, ("text_html",)),
            payload,
        )

    # -- segments --------------------------------------------------------------------------

    async def segments(self) -> list[SegmentChoice]:
        """The segments the workspace knows (pulled or drafted), by name."""
        account_id = self._workspace.account_id
        if account_id is None:
            return []

        def read(ws: Workspace) -> list[SegmentChoice]:
            found = []
            for row in ws.drafts.list_drafts(account_id, DraftKind.SEGMENTS.value):
                payload = ws.drafts.get_draft(row.local_id).payload
                found.append(_segment(payload, row.title, _remote(row.remote_id), row.local_id))
            return sorted(found, key=lambda s: (s.name.casefold(), s.remote_id or 0))

        return await self._workspace.runner.call(read)

    async def server_segments(self) -> list[SegmentChoice] | None:
        """The segments on the server now; None when it cannot be asked (offline, no
        secret yet): then the workspace's list is all there is."""
        if self._accounts is None:
            return None
        from app.api.errors import ApiError
        from app.services.accounts_service import AccountError

        try:
            async with self._accounts.client() as api:
                objects = await api.segments.list()
        except (ApiError, AccountError) as error:
            log.info("segments not checked on the server: %s", error)
            return None
        found = [_segment(obj, "", int_field(obj, "id"), None) for obj in objects]
        return [s for s in found if s.remote_id is not None]

    # -- address lists -----------------------------------------------------------------------

    async def preview_csv(
        self, path: str | Path, *, encoding: str | None = None, delimiter: str | None = None
    ) -> CsvPreview:
        return await asyncio.to_thread(preview_csv, path, encoding=encoding, delimiter=delimiter)

    # -- campaign lists ----------------------------------------------------------------------

    async def campaign_facts(self, local_ids: Iterable[int], *, now: datetime | None = None
                             ) -> dict[int, CampaignFacts]:  # fmt: skip
        """Status, email, audience and next send of these campaign drafts."""
        ids = list(local_ids)
        account_id = self._workspace.account_id
        moment = now or datetime.now(UTC)
        if account_id is None or not ids:
            return {}

        def read(ws: Workspace) -> dict[int, CampaignFacts]:
            email_rows = ws.drafts.list_drafts(account_id, DraftKind.EMAILS.value)
            emails = {r.remote_id: r.title for r in email_rows}
            email_titles = {r.local_id: r.title for r in email_rows}
            segment_rows = ws.drafts.list_drafts(account_id, DraftKind.SEGMENTS.value)
            segments = {r.remote_id: r.title for r in segment_rows}
            facts: dict[int, CampaignFacts] = {}
            for local_id in ids:
                try:
                    draft = ws.drafts.get_draft(local_id)
                except StoreNotFoundError:  # deleted meanwhile: its row goes too
                    continue
                if not draft.kind.is_campaign:
                    continue
                facts[local_id] = _facts(draft.kind, draft.payload, draft.remote_id is not None,
                                         emails, email_titles, segments, moment)  # fmt: skip
            return facts

        return await self._workspace.runner.call(read)


def _segment(
    payload: Mapping[str, Any], title: str, remote_id: int | None, local_id: int | None
) -> SegmentChoice:
    name = payload.get("name")
    size = int_field(payload, "size")
    shown = name.strip() if isinstance(name, str) and name.strip() else title or f"#{remote_id}"
    return SegmentChoice(remote_id, shown, size, local_id)


def _facts(kind: DraftKind, payload: Mapping[str, Any], published: bool, emails: Mapping[str | None, str],
           email_titles: Mapping[int, str], segments: Mapping[str | None, str], now: datetime
           ) -> CampaignFacts:  # fmt: skip
    status = payload.get("status") if published and isinstance(payload.get("status"), str) else None
    local = int_field(payload, MESSAGE_LOCAL_ID)
    message_id = int_field(payload, "message_id")
    if local is not None:
        message = email_titles.get(local, "")
    elif message_id is not None:
        message = emails.get(str(message_id), f"#{message_id}")
    else:
        message = ""
    return CampaignFacts(status, message, _audience(payload, segments), _next_send(kind, payload, now))


def _audience(payload: Mapping[str, Any], segments: Mapping[str | None, str]) -> str:
    source = payload.get("source_type")
    source_id = int_field(payload, "source_id")
    if source == SourceType.SEGMENT and source_id is not None:
        return segments.get(str(source_id), f"#{source_id}")
    if source == SourceType.UPLOADED:
        files = payload.get("$files")
        path = files.get("source_uploaded_csv") if isinstance(files, Mapping) else None
        if isinstance(path, str) and path:
            return Path(path).name
        summary = payload.get("source_uploaded_csv")
        name = summary.get("name") if isinstance(summary, Mapping) else None
        return name if isinstance(name, str) else ""
    if source == SourceType.API:
        return f"API #{source_id}" if source_id is not None else "API"
    return ""


def _next_send(kind: DraftKind, payload: Mapping[str, Any], now: datetime) -> datetime | None:
    status = payload.get("status")
    if status == "archived":
        return None
    if kind is DraftKind.AUTO_CAMPAIGNS:
        expr = payload.get("crontab")
        if payload.get("active") is False or not isinstance(expr, str) or crontab.error_of(expr) is not None:
            return None
        run_from = time_field(payload, "run_from")
        start = max(now, run_from) if run_from is not None else now
        runs = crontab.next_runs(expr, start, 1, until=time_field(payload, "run_to"))
        return runs[0] if runs else None
    times = [time_field(payload, key) for key in ("planned_at", "test_planned_at", "main_planned_at")]
    ahead = [t for t in times if t is not None and t >= now]
    return min(ahead) if ahead else None
