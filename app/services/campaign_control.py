"""Start, pause, resume and archive campaigns on the server, and copy one into a new draft.

Which action applies to which status is the sandbox's reading of a campaign's life
(:class:`~app.domain.enums.CampaignStatus`): start a new one, pause a running one,
resume a paused one, archive any that is not archived yet. A status the app does not
know is left to the server to judge. After every action, refused or not, the campaign is
fetched again and its draft refreshed as a pull would, so the list shows the server's
state; a refusal (409 and the rest) comes back as a sentence.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from app.domain.campaign_payloads import duplicate_payload
from app.domain.drafts import Draft, DraftState
from app.domain.enums import CampaignStatus
from app.services.publish_inlining import in_editor_terms
from app.services.workspace_service import WorkspaceService
from app.store.errors import NotFoundError as StoreNotFoundError
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.api.errors import ApiError
    from app.services.accounts_service import AccountService
    from app.services.sync_service import SyncService

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignControl", text)


class CampaignAction(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    ARCHIVE = "archive"


# action -> the statuses it applies to (app.sandbox.resources follows the same rules)
APPLIES_TO: Final[dict[CampaignAction, frozenset[CampaignStatus]]] = {
    CampaignAction.START: frozenset({CampaignStatus.NEW}),
    CampaignAction.PAUSE: frozenset({CampaignStatus.RUNNING}),
    CampaignAction.RESUME: frozenset({CampaignStatus.PAUSED}),
    CampaignAction.ARCHIVE: frozenset({CampaignStatus.NEW, CampaignStatus.RUNNING, CampaignStatus.PAUSED}),
}
_N = QT_TRANSLATE_NOOP  # marks a text for translation where it is defined; translated where shown
_WHY_NOT: Final[dict[CampaignAction, object]] = {
    CampaignAction.START: _N("CampaignControl", "Only a new campaign can be started; this one is {status}."),
    CampaignAction.PAUSE: _N(
        "CampaignControl", "Only a running campaign can be paused; this one is {status}."
    ),
    CampaignAction.RESUME: _N(
        "CampaignControl", "Only a paused campaign can be resumed; this one is {status}."
    ),
    CampaignAction.ARCHIVE: _N("CampaignControl", "This campaign is archived already."),
}
_NOT_PUBLISHED: Final = _N("CampaignControl", "This campaign is not on the server yet: publish it first.")
_STATUS_WORDS: Final[dict[CampaignStatus, object]] = {
    CampaignStatus.NEW: _N("CampaignControl", "new"),
    CampaignStatus.RUNNING: _N("CampaignControl", "running"),
    CampaignStatus.PAUSED: _N("CampaignControl", "paused"),
    CampaignStatus.ARCHIVED: _N("CampaignControl", "archived"),
}


def status_of(draft: Draft) -> str | None:
    """The server's status of a published campaign draft; None for one never published."""
    status = draft.payload.get("status")
    return status if draft.remote_id is not None and isinstance(status, str) else None


def why_not(action: CampaignAction, status: str | None, *, published: bool) -> str | None:
    """Why ``action`` cannot apply (an English template with ``{status}``), or None."""
    if not published:
        return str(_NOT_PUBLISHED)
    try:
        known = CampaignStatus(status) if status is not None else None
    except ValueError:
        return None  # a status of a newer server: let it decide
    if known is None or known in APPLIES_TO[action]:
        return None
    return str(_WHY_NOT[action])


@dataclass(frozen=True, slots=True)
class ActionResult:
    local_id: int
    action: CampaignAction
    done: bool
    message: str  # a sentence for the user (translated)
    status: str | None = None  # the status on the server afterwards, when known


class CampaignControl(QObject):
    """Campaign actions through the current account's client."""

    busy_changed = Signal(bool)
    finished = Signal(object)  # list[ActionResult] of one request (several campaigns)
    waiting = Signal(int, str)  # local_id, what it waits for ("publishing first")

    def __init__(
        self,
        workspace: WorkspaceService,
        accounts: AccountService,
        sync: SyncService | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._accounts = accounts
        self._sync = sync
        self._busy = 0

    def status_text(self, status: str | None) -> str:
        if status is None:
            return self.tr("not published")
        try:
            return _tr(str(_STATUS_WORDS[CampaignStatus(status)]))
        except ValueError:
            return status

    def reason(self, action: CampaignAction, status: str | None, *, published: bool) -> str | None:
        """Why ``action`` does not apply, in words (for a disabled button's tooltip)."""
        template = why_not(action, status, published=published)
        return None if template is None else _tr(template).format(status=self.status_text(status))

    # -- actions ---------------------------------------------------------------------------

    async def apply(self, action: CampaignAction, local_ids: Sequence[int]) -> list[ActionResult]:
        """Apply ``action`` to each campaign in turn; one refusal does not stop the rest."""
        self._set_busy(+1)
        results: list[ActionResult] = []
        try:
            drafts = [await self._draft(local_id) for local_id in local_ids]
            present = [d for d in drafts if d is not None]
            for local_id, draft in zip(local_ids, drafts, strict=True):
                if draft is None:
                    gone = self.tr("This draft no longer exists.")
                    results.append(ActionResult(local_id, action, False, gone))
            if present:
                results.extend(await self._on_server(action, present))
        finally:
            self._set_busy(-1)
        self.finished.emit(results)
        return results

    async def _on_server(self, action: CampaignAction, drafts: list[Draft]) -> list[ActionResult]:
        from app.api.errors import ApiError
        from app.services.accounts_service import AccountError

        results: list[ActionResult] = []
        try:
            api = self._accounts.client()
        except AccountError as error:
            return [ActionResult(d.local_id, action, False, str(error), status_of(d)) for d in drafts]
        async with api:
            for draft in drafts:
                if draft.remote_id is None:
                    message = self.tr("“{title}” is not on the server yet: publish it first.")
                    text = message.format(title=draft.title)
                    results.append(ActionResult(draft.local_id, action, False, text))
                    continue
                try:
                    results.append(await self._act(api, action, draft))
                except ApiError as error:
                    results.append(await self._refused(api, action, draft, error))
        return results

    async def _act(self, api: ApiClient, action: CampaignAction, draft: Draft) -> ActionResult:
        resource = getattr(api, draft.kind.value)
        remote_id = int(draft.remote_id) if draft.remote_id and draft.remote_id.isdigit() else draft.remote_id
        answer: dict[str, Any] = await getattr(resource, action.value)(remote_id)
        if draft.kind.remote_id(answer) is None or "status" not in answer:
            answer = await resource.get(remote_id)  # an empty 200: ask what it is now
        await self._store(draft, answer)
        status = answer.get("status") if isinstance(answer.get("status"), str) else None
        done = {
            CampaignAction.START: self.tr("“{title}” started."),
            CampaignAction.PAUSE: self.tr("“{title}” paused."),
            CampaignAction.RESUME: self.tr("“{title}” resumed."),
            CampaignAction.ARCHIVE: self.tr("“{title}” archived."),
        }[action]
        log.info("%s %s %s: %s", action.value, draft.kind.value, draft.remote_id, status)
        return ActionResult(draft.local_id, action, True, done.format(title=draft.title), status)

    async def _refused(
        self, api: ApiClient, action: CampaignAction, draft: Draft, error: ApiError
    ) -> ActionResult:
        from app.api.errors import ApiError, ConflictError, NotFoundError
        from app.services.sync_errors import account_sentence, is_offline, needs_account_attention

        log.info("%s %s %s refused: %r", action.value, draft.kind.value, draft.remote_id, error)
        verb = {
            CampaignAction.START: self.tr("“{title}” was not started: {reason}"),
            CampaignAction.PAUSE: self.tr("“{title}” was not paused: {reason}"),
            CampaignAction.RESUME: self.tr("“{title}” was not resumed: {reason}"),
            CampaignAction.ARCHIVE: self.tr("“{title}” was not archived: {reason}"),
        }[action]
        status = status_of(draft)
        reason = error.message
        if is_offline(error) or needs_account_attention(error):
            reason = account_sentence(error)
        elif isinstance(error, NotFoundError):
            reason, status = self.tr("it no longer exists on the server."), None
        elif isinstance(error, ConflictError):
            # The list was behind the server: fetch the campaign's state, then say what it is.
            try:
                current = await getattr(api, draft.kind.value).get(draft.remote_id)
                await self._store(draft, current)
                status = current.get("status") if isinstance(current.get("status"), str) else status
            except ApiError as again:
                log.info("after a refusal the campaign could not be read again: %r", again)
            template = why_not(action, status, published=True)
            if template is not None:
                reason = _tr(template).format(status=self.status_text(status))
                reason += " " + self.tr("The list now shows its state on the server.")
        text = verb.format(title=draft.title, reason=reason)
        return ActionResult(draft.local_id, action, False, text, status)

    async def refresh(self, local_ids: Sequence[int]) -> None:
        """Bring these campaigns' state from the server into their drafts."""
        from app.api.errors import ApiError
        from app.services.accounts_service import AccountError

        drafts = [d for d in [await self._draft(i) for i in local_ids] if d is not None and d.remote_id]
        if not drafts:
            return
        try:
            async with self._accounts.client() as api:
                for draft in drafts:
                    await self._store(draft, await getattr(api, draft.kind.value).get(draft.remote_id))
        except (ApiError, AccountError) as error:
            log.info("campaign states not refreshed: %s", error)

    # -- publish and start, duplicate ---------------------------------------------------------

    async def publish_and_start(self, local_id: int) -> ActionResult:
        """Publish the draft through the outbox, then start it once the server has it."""
        if self._sync is None:
            message = self.tr("Publishing is not available here.")
            return ActionResult(local_id, CampaignAction.START, False, message)
        current = await self._draft(local_id)
        if current is not None and current.remote_id is not None and current.state is DraftState.PUBLISHED:
            [result] = await self.apply(CampaignAction.START, [local_id])  # the server has this version
            return result
        outcome: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()

        def settle(kind: str, message: str = "") -> None:
            if not outcome.done():
                outcome.set_result((kind, message))

        def published(done_id: int) -> None:
            if done_id == local_id:
                settle("published")

        def failed(failed_id: int, message: str) -> None:
            if failed_id == local_id:
                settle("failed", message)

        def conflict(conflict_id: int) -> None:
            if conflict_id == local_id:
                settle("conflict")

        sync = self._sync
        sync.draft_published.connect(published)
        sync.draft_failed.connect(failed)
        sync.draft_conflict.connect(conflict)
        if sync.online:
            self.waiting.emit(local_id, self.tr("Publishing first…"))
        else:  # it waits in the outbox: say so rather than seem to hang
            self.waiting.emit(local_id, self.tr(
                "Waiting for the server: the campaign is published, then started, as soon as it answers."))
        try:
            sync.publish([local_id])
            kind, message = await outcome
        finally:
            sync.draft_published.disconnect(published)
            sync.draft_failed.disconnect(failed)
            sync.draft_conflict.disconnect(conflict)
        if kind == "failed":
            text = self.tr("Not started: publishing failed. {reason}").format(reason=message)
            return self._report(ActionResult(local_id, CampaignAction.START, False, text))
        if kind == "conflict":
            text = self.tr("Not started: the campaign was changed on the server too. Resolve that first.")
            return self._report(ActionResult(local_id, CampaignAction.START, False, text))
        draft = await self._draft(local_id)
        if draft is not None and status_of(draft) not in (None, CampaignStatus.NEW):
            # Published as running already (start right after publishing): nothing more to do.
            text = self.tr("“{title}” is published and {status}.").format(
                title=draft.title, status=self.status_text(status_of(draft)))  # fmt: skip
            return self._report(ActionResult(local_id, CampaignAction.START, True, text, status_of(draft)))
        [result] = await self.apply(CampaignAction.START, [local_id])
        return result

    async def duplicate(self, local_id: int) -> Draft:
        """A new local draft with this campaign's settings (not its server id or status)."""
        draft = await self._workspace.get_draft(local_id)
        return await self._workspace.create_draft(draft.kind, duplicate_payload(draft.kind, draft.payload))

    # -- helpers -----------------------------------------------------------------------------

    def _report(self, result: ActionResult) -> ActionResult:
        self.finished.emit([result])
        return result

    async def _draft(self, local_id: int) -> Draft | None:
        try:
            return await self._workspace.get_draft(local_id)
        except StoreNotFoundError:
            return None

    async def _store(self, draft: Draft, server_object: dict[str, Any]) -> None:
        account_id, kind, local_id = draft.account_id, draft.kind.value, draft.local_id

        def store(ws: Workspace) -> None:
            # Read in the light of the copy last published (as a pull does): the local
            # annotations stay (the address list to send again, the zone the times were
            # picked in), so a campaign just started does not look edited.
            try:
                base = ws.drafts.get_draft(local_id).base
            except StoreNotFoundError:
                base = None
            ws.drafts.apply_pull(account_id, kind, [in_editor_terms(server_object, base)])

        await self._workspace.runner.call(store)
        self._workspace.notify(draft.kind, draft.local_id)

    def _set_busy(self, step: int) -> None:
        was = self._busy > 0
        self._busy += step
        if (self._busy > 0) != was:
            self.busy_changed.emit(self._busy > 0)
