"""Publishing and pulling for the window: the outbox worker of the current account, as signals.

The work itself is pure asyncio (:mod:`app.services.outbox_worker`, :mod:`publishing`,
:mod:`pulling`); this QObject runs it as tasks of the app's :class:`TaskRunner`, follows
the current account, and turns what happens into signals. Per-draft signals are
immediate; list and outbox-count refreshes are gathered for a moment, so publishing a
thousand drafts does not reload a list a thousand times.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, QTimer, Signal

from app.api.errors import ApiError
from app.domain.account import Account
from app.domain.drafts import DraftError
from app.domain.kinds import DraftKind
from app.domain.publish_checks import publish_problems
from app.services.accounts_service import AccountError, AccountService
from app.services.outbox_worker import Connection, OutboxWorker, SyncListener
from app.services.publishing import NOT_SENT, PublishResult
from app.services.pulling import PULL_ORDER, pull_kind
from app.services.sync_errors import Outcome, account_sentence, is_offline, needs_account_attention
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService

if TYPE_CHECKING:
    from app.api.client import ApiClient
from app.store.errors import NotFoundError as StoreNotFoundError
from app.store.outbox import WaitingPublish
from app.store.workspace import Workspace

log = logging.getLogger(__name__)

__all__ = ["SyncService", "WaitingPublish"]

PROGRESS_AFTER: Final = 1.0  # seconds: shorter work shows no progress
REFRESH_MS: Final = 150  # gathering list refreshes


class _Relay(SyncListener):
    """The worker's reports, handed to the service (same thread: the loop's)."""

    def __init__(self, service: SyncService, worker_id: int) -> None:
        self._service = service
        self._worker_id = worker_id

    def on_result(self, result: PublishResult) -> None:
        self._service._on_result(self._worker_id, result)

    def on_connection(self, state: Connection, message: str) -> None:
        self._service._on_connection(self._worker_id, state, message)

    def on_progress(self, done: int, total: int) -> None:
        self._service._on_progress(self._worker_id, done, total)

    def on_idle(self) -> None:
        self._service._on_progress(self._worker_id, 0, 0)


class SyncService(QObject):
    online_changed = Signal(bool)
    busy_changed = Signal(bool)
    progress = Signal(int, int, str)  # done, total, what ("Publishing 3 of 10…")
    draft_published = Signal(int)  # local_id
    draft_failed = Signal(int, str)  # local_id, message (field errors are in the draft's last_error)
    draft_conflict = Signal(int)  # local_id: open the conflict dialog
    pull_finished = Signal(str, object)  # kind, PullResult
    failed = Signal(str)  # an account-level problem in plain words

    def __init__(
        self,
        workspace: WorkspaceService,
        accounts: AccountService,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        worker_options: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._accounts = accounts
        self._tasks = runner
        self._worker_options = dict(worker_options or {})  # tests: quicker backoff and probes
        self._wanted = False
        self._worker: OutboxWorker | None = None
        self._worker_task: asyncio.Task[None] | None = None
        self._client: ApiClient | None = None
        self._generation = 0
        self._switching = asyncio.Lock()
        self._online = False
        self._busy = False
        self._pulls = 0
        self._publish_started: float | None = None
        self._progress_shown = False
        self._last_progress = (0, 0)
        self._changed_kinds: set[str] = set()
        self._changed_ids: set[int] = set()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._flush)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_progress)
        accounts.current_changed.connect(self._account_changed)

    @property
    def online(self) -> bool:
        return self._online

    # -- the contract ------------------------------------------------------------------

    def start(self) -> None:
        """Watch the connection and drain the outbox of the current account (and of each
        account selected later)."""
        self._wanted = True
        self._tasks.spawn(self._restart(), name="sync-start")

    async def stop(self) -> None:
        self._wanted = False
        async with self._switching:
            await self._stop_worker()
        self._refresh.stop()
        self._progress_timer.stop()
        self._flush()

    def publish(self, local_ids: Sequence[int]) -> None:
        """Queue the drafts (kept across restarts) and send them as soon as possible."""
        ids = list(local_ids)
        if ids:
            self._tasks.spawn(self._enqueue(ids), name="sync-publish")

    # -- the outbox, as the user sees it -------------------------------------------------

    async def waiting(self) -> list[WaitingPublish]:
        """Every publish waiting in the outbox, of every account, oldest first."""
        return await self._workspace.runner.call(lambda ws: ws.outbox.waiting())

    def can_send_now(self, entry: WaitingPublish) -> bool:
        """Only the current account's publishes go out (its secret and server are the ones in use)."""
        return entry.account_id == self._workspace.account_id

    def send_now(self, local_ids: Sequence[int]) -> None:
        """Try these waiting publishes at once instead of at their next try."""
        self.publish(local_ids)

    async def withdraw(self, local_ids: Sequence[int]) -> int:
        """Take these publishes out of the outbox; the drafts stay as they are. Returns how many."""
        ids = list(local_ids)

        def withdraw(ws: Workspace) -> tuple[int, set[str]]:
            kinds: set[str] = set()
            count = 0
            for local_id in ids:
                if ws.outbox.withdraw(local_id):
                    count += 1
                    try:
                        kinds.add(ws.drafts.get_draft(local_id).kind.value)
                    except StoreNotFoundError:
                        continue
            return count, kinds

        count, kinds = await self._workspace.runner.call(withdraw)
        self._changed_kinds |= kinds
        self._changed_ids |= set(ids)
        self._flush()
        return count

    def pull(self, kinds: Sequence[DraftKind] | None = None) -> None:
        chosen = list(PULL_ORDER if kinds is None else kinds)
        if chosen:
            self._tasks.spawn(self._pull(chosen), name="sync-pull")

    # -- the worker of the current account ---------------------------------------------

    def _account_changed(self, account: Account | None) -> None:
        if self._wanted:
            self._tasks.spawn(self._restart(), name="sync-account-changed")

    async def _restart(self) -> None:
        async with self._switching:
            await self._stop_worker()
            if not self._wanted:
                return
            account = self._accounts.current
            if account is None:
                return
            try:
                client = self._accounts.client(account)
            except AccountError as error:  # no secret yet, demo not running: asked for elsewhere
                log.info("sync waits for account %d: %s", account.id, error)
                return
            self._generation += 1
            self._client = client
            self._worker = OutboxWorker(
                client, self._workspace.runner, account.id,
                listener=_Relay(self, self._generation), **self._worker_options,
            )  # fmt: skip
            self._worker_task = self._tasks.spawn(self._worker.run(), name=f"outbox-{account.id}")
            log.info("sync started for account %d", account.id)

    async def _stop_worker(self) -> None:
        task, client = self._worker_task, self._client
        self._worker = self._worker_task = self._client = None
        self._generation += 1  # late reports of the old worker are ignored
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if client is not None:
            await client.aclose()
        self._set_online(False)
        self._on_progress(self._generation, 0, 0)

    async def _enqueue(self, local_ids: list[int]) -> None:
        account_id = self._workspace.account_id

        def enqueue(ws: Workspace) -> tuple[set[str], set[int], list[int]]:
            kinds: set[str] = set()
            queued: set[int] = set()
            refused: list[int] = []
            for local_id in local_ids:
                try:
                    draft = ws.drafts.get_draft(local_id)
                except StoreNotFoundError:
                    continue  # deleted meanwhile
                if account_id is not None and draft.account_id != account_id:
                    continue  # another account's draft waits until that account is current
                kinds.add(draft.kind.value)
                problems = publish_problems(draft.kind, draft.payload)
                if problems:  # what the server would refuse is not even queued
                    ws.drafts.mark_failed(local_id, DraftError(NOT_SENT, problems))
                    job = ws.outbox.job_for(local_id)
                    if job is not None:
                        ws.outbox.complete(job.id)
                    refused.append(local_id)
                    continue
                ws.outbox.enqueue(local_id)
                queued.add(local_id)
            return kinds, queued, refused

        kinds, queued, refused = await self._workspace.runner.call(enqueue)
        for local_id in refused:
            self.draft_failed.emit(local_id, NOT_SENT)
        self._changed_kinds |= kinds
        self._changed_ids |= queued | set(refused)  # their headers say "Waiting to publish" or why not
        self._refresh.start()
        if not queued:
            return
        if self._worker is not None:
            self._worker.kick()
        elif self._wanted:
            await self._restart()

    # -- pulling -----------------------------------------------------------------------

    async def _pull(self, kinds: list[DraftKind]) -> None:
        account = self._accounts.current
        if account is None:
            return
        self._pulls += 1
        self._update_busy()
        started = time.monotonic()
        try:
            async with self._accounts.client(account) as api:
                for number, kind in enumerate(kinds, start=1):
                    if time.monotonic() - started >= PROGRESS_AFTER:
                        what = self.tr("Getting {kind} from the server ({number} of {total})…").format(
                            kind=kind.plural.lower(), number=number, total=len(kinds)
                        )
                        self.progress.emit(number - 1, len(kinds), what)
                    result = await pull_kind(api, self._workspace.runner, account.id, kind)
                    self._workspace.notify(kind)
                    self.pull_finished.emit(kind.value, result)
        except AccountError as error:
            self.failed.emit(str(error))
        except ApiError as error:
            if is_offline(error) or needs_account_attention(error):
                self.failed.emit(account_sentence(error))
            else:
                self.failed.emit(self.tr("Getting the lists from the server failed: {error}").format(
                    error=error.message))  # fmt: skip
        finally:
            self._pulls -= 1
            self._update_busy()

    # -- reports from the worker -------------------------------------------------------

    def _on_result(self, worker_id: int, result: PublishResult) -> None:
        if worker_id != self._generation:
            return
        if result.outcome is Outcome.PUBLISHED:
            self.draft_published.emit(result.local_id)
        elif result.outcome is Outcome.CONFLICT:
            self.draft_conflict.emit(result.local_id)
        elif result.outcome is Outcome.FAILED:
            self.draft_failed.emit(result.local_id, result.message)
        else:
            return  # still queued: the draft did not change
        if result.kind is not None:
            self._changed_kinds.add(result.kind.value)
        self._changed_ids.add(result.local_id)
        if not self._refresh.isActive():
            self._refresh.start()

    def _on_connection(self, worker_id: int, state: Connection, message: str) -> None:
        if worker_id != self._generation:
            return
        self._set_online(state is Connection.ONLINE)
        if state is Connection.ATTENTION:
            self.failed.emit(message)

    def _on_progress(self, worker_id: int, done: int, total: int) -> None:
        if worker_id != self._generation:
            return
        self._last_progress = (done, total)
        if total and self._publish_started is None:
            self._publish_started = time.monotonic()
            self._progress_timer.start(int(PROGRESS_AFTER * 1000))
        if total and self._progress_shown:
            self._show_progress()
        if not total or done >= total:
            if self._progress_shown and total:
                self._show_progress()
            if not total:
                self._publish_started = None
                self._progress_shown = False
                self._progress_timer.stop()
        self._update_busy()

    def _show_progress(self) -> None:
        done, total = self._last_progress
        if not total:
            return
        self._progress_shown = True
        text = self.tr("Publishing {number} of {total}…").format(number=min(done + 1, total), total=total)
        if done >= total:
            text = self.tr("Published {total} drafts.").format(total=total)
        self.progress.emit(done, total, text)

    # -- small helpers -----------------------------------------------------------------

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.online_changed.emit(online)

    def _update_busy(self) -> None:
        done, total = self._last_progress
        busy = self._pulls > 0 or (total > 0 and done < total)
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _flush(self) -> None:
        kinds, ids = self._changed_kinds, self._changed_ids
        self._changed_kinds, self._changed_ids = set(), set()
        for kind in sorted(kinds):
            self._workspace.notify(kind)
        for local_id in sorted(ids):
            self._workspace.notify(None, local_id)
        if kinds or ids:
            refresh = self._workspace.refresh_outbox()
            try:
                self._tasks.spawn(refresh, name="sync-outbox-count")
            except RuntimeError:  # shutting down: nobody is looking any more
                refresh.close()
