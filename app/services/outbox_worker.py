"""The outbox worker: drains queued publishes with bounded concurrency, waits out
failures, and notices when the server goes away and comes back.

Pure asyncio (no Qt). Everything it must remember is in the workspace's outbox table,
so stopping it (or the app) at any moment loses nothing: the next worker starts where
this one stopped.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from app.api.errors import ApiError
from app.domain.kinds import DraftKind
from app.domain.sentences import QT_TRANSLATE_NOOP
from app.services.publishing import Publisher, PublishResult
from app.services.store_access import WorkspaceRunner
from app.services.sync_backoff import Backoff, ProbeRhythm
from app.services.sync_errors import Outcome, account_sentence, is_offline, needs_account_attention
from app.store.outbox import OutboxJob
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.api.client import ApiClient

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY: Final = 8
# Emails go before the campaigns that send them; categories and segments first of all.
_RANK: Final[dict[str, int]] = {
    DraftKind.CATEGORIES: 0,
    DraftKind.SEGMENTS: 0,
    DraftKind.EMAILS: 1,
}
_CAMPAIGN_RANK: Final = 2


class Connection(StrEnum):
    UNKNOWN = "unknown"  # not asked yet
    ONLINE = "online"
    OFFLINE = "offline"  # requests cannot connect: probing until the server answers
    ATTENTION = "attention"  # the server answers but refuses the account: the user must act


class SyncListener:
    """What the worker reports; the default does nothing. Methods must not block."""

    def on_result(self, result: PublishResult) -> None:
        """A draft's publish ended (or, for RETRY/OFFLINE/ACCOUNT, is still pending)."""

    def on_connection(self, state: Connection, message: str) -> None:
        """The connection changed; ``message`` says why for ATTENTION."""

    def on_progress(self, done: int, total: int) -> None:
        """Jobs finished and jobs taken up since the worker was last idle."""

    def on_idle(self) -> None:
        """Nothing is due and nothing is in flight."""


class OutboxWorker:
    def __init__(
        self,
        api: ApiClient,
        runner: WorkspaceRunner,
        account_id: int,
        *,
        listener: SyncListener | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        backoff: Backoff | None = None,
        probe: ProbeRhythm | None = None,
        attention_probe: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._api = api
        self._runner = runner
        self.account_id = account_id
        self.publisher = Publisher(api, runner, account_id, backoff=backoff, clock=clock)
        self._listener = listener or SyncListener()
        self._concurrency = concurrency
        self._probe = probe or ProbeRhythm()
        self._attention_probe = attention_probe
        self._clock = clock
        self._state = Connection.UNKNOWN
        self._wake = asyncio.Event()  # look at the outbox again
        self._nudged = asyncio.Event()  # the user asked (published): stop waiting for the connection
        self._idle = asyncio.Event()
        self._queue: asyncio.PriorityQueue[tuple[int, int, int]] = asyncio.PriorityQueue()
        self._order = itertools.count()
        self._claimed: set[int] = set()  # drafts queued or being published
        self._running = 0
        self._done = 0
        self._total = 0

    @property
    def state(self) -> Connection:
        return self._state

    def kick(self) -> None:
        """Look at the outbox now (something was queued, or the user asked to retry)."""
        self._idle.clear()
        self._wake.set()
        self._nudged.set()

    async def wait_idle(self) -> None:
        """Until nothing is due and nothing is in flight (jobs waiting to retry may remain)."""
        await self._idle.wait()

    async def run(self) -> None:
        """Work until cancelled."""
        # Jobs marked as sending with no worker running were cut off mid-request.
        await self._runner.call(lambda ws: ws.outbox.recover_interrupted())
        await self._probe_once()
        consumers = [
            asyncio.create_task(self._consume(), name=f"outbox-consumer-{number}")
            for number in range(self._concurrency)
        ]
        try:
            while True:
                if self._state is Connection.OFFLINE:
                    await self._wait_until_back()
                elif self._state is Connection.ATTENTION:
                    await self._wait_for_attention()
                else:
                    await self._dispatch()
        finally:
            for task in consumers:
                task.cancel()
            await asyncio.gather(*consumers, return_exceptions=True)

    # -- dispatching -------------------------------------------------------------------

    async def _dispatch(self) -> None:
        self._wake.clear()
        claimed = frozenset(self._claimed)  # the scan runs on the workspace thread
        due, next_at = await self._runner.call(lambda ws: self._scan(ws, claimed))
        for job, kind in due:
            self._claimed.add(job.local_id)
            rank = _RANK.get(kind, _CAMPAIGN_RANK)
            self._queue.put_nowait((rank, next(self._order), job.local_id))
        if due:
            self._total += len(due)
            self._listener.on_progress(self._done, self._total)
        elif not self._claimed:
            self._became_idle()
        await self._sleep(self._wake, None if next_at is None else max(0.0, next_at - self._clock()))

    def _scan(
        self, ws: Workspace, claimed: frozenset[int]
    ) -> tuple[list[tuple[OutboxJob, str]], float | None]:
        now = self._clock()
        due: list[tuple[OutboxJob, str]] = []
        next_at: float | None = None
        for job in ws.outbox.list(self.account_id):
            if job.sending or job.local_id in claimed:
                continue
            if job.next_attempt_at <= now:
                due.append((job, ws.drafts.get_draft(job.local_id).kind))
            elif next_at is None or job.next_attempt_at < next_at:
                next_at = job.next_attempt_at
        return due, next_at

    def _became_idle(self) -> None:
        if self._total:
            self._listener.on_progress(self._done, self._total)
        self._done = self._total = 0
        if not self._idle.is_set():
            self._idle.set()
            self._listener.on_idle()

    async def _consume(self) -> None:
        while True:
            _rank, _order, local_id = await self._queue.get()
            if self._state is not Connection.ONLINE:
                self._claimed.discard(local_id)  # still in the outbox: taken up when back
                continue
            self._running += 1
            pending = False
            try:
                results = await self.publisher.publish(local_id)
                for result in results:
                    pending |= self._report(result)
            except Exception:
                log.exception("publishing draft %d failed unexpectedly", local_id)
                await self._postpone(local_id)
                pending = True
            finally:
                self._running -= 1
                self._claimed.discard(local_id)
                self._done += 1
                self._listener.on_progress(self._done, self._total)
            if pending or (not self._running and self._queue.empty()):
                self._wake.set()

    def _report(self, result: PublishResult) -> bool:
        """Tell the listener; True when the job stays in the outbox."""
        if result.outcome is Outcome.NOTHING:
            return False
        if result.outcome is Outcome.OFFLINE:
            self._set_state(Connection.OFFLINE, result.message)
        elif result.outcome is Outcome.ACCOUNT:
            self._set_state(Connection.ATTENTION, result.message)
        self._listener.on_result(result)
        return result.outcome in (Outcome.RETRY, Outcome.OFFLINE, Outcome.ACCOUNT)

    async def _postpone(self, local_id: int) -> None:
        """After a bug, keep the job (and the draft) and try again much later."""
        later = self._clock() + 600.0

        def record(ws: Workspace) -> None:
            job = ws.outbox.job_for(local_id)
            if job is not None:
                unknown = True if job.sending else None
                stopped = QT_TRANSLATE_NOOP("Publishing", "An unexpected error stopped this publish.")
                ws.outbox.mark_attempt(job.id, stopped, later, outcome_unknown=unknown)

        try:
            await self._runner.call(record)
        except Exception:
            log.exception("could not postpone the publish of draft %d", local_id)

    # -- connectivity ------------------------------------------------------------------

    def _set_state(self, state: Connection, message: str = "") -> None:
        if state is self._state:
            return
        self._state = state
        log.info("outbox worker for account %d: %s", self.account_id, state.value)
        if state is not Connection.ONLINE:
            self._nudged.clear()
            self._forget_queue()
        self._listener.on_connection(state, message)

    def _forget_queue(self) -> None:
        skipped = 0
        while not self._queue.empty():
            _rank, _order, local_id = self._queue.get_nowait()
            self._claimed.discard(local_id)
            skipped += 1
        self._total -= skipped

    async def _probe_once(self) -> None:
        try:
            await self._api.check_connection()
        except ApiError as error:
            if is_offline(error):
                self._set_state(Connection.OFFLINE, account_sentence(error))
                return
            if needs_account_attention(error):
                self._set_state(Connection.ATTENTION, account_sentence(error))
                return
            # Any other answer (a 500, a throttle) means the server is there.
        self._set_state(Connection.ONLINE)

    async def _wait_until_back(self) -> None:
        probes = 0
        while self._state is Connection.OFFLINE:
            await self._sleep(self._nudged, self._probe.delay(probes))  # the user publishing probes at once
            self._nudged.clear()
            probes += 1
            await self._probe_once()
        self._wake.set()

    async def _wait_for_attention(self) -> None:
        if await self._sleep(self._nudged, self._attention_probe):
            # The user acted (published again, fixed the account): try the jobs again.
            self._set_state(Connection.ONLINE)
        else:
            await self._probe_once()

    @staticmethod
    async def _sleep(event: asyncio.Event, seconds: float | None) -> bool:
        """Until ``event`` is set (True) or ``seconds`` have passed (False); None: no limit."""
        try:
            await asyncio.wait_for(event.wait(), seconds)
        except TimeoutError:
            return False
        return True
