"""Reports of the current account: run one (with Cancel), keep the last good answer,
save and reopen definitions, and list the emails and campaigns a report can be about.

A run is one task. It asks the statistics client one request at a time: while the
server answers ``metadata.ready: false`` it says so (``preparing``) and asks again after
a wait that doubles up to a cap, for a bounded time, then gives up with a message and a
Retry. The server's ``error``, a dropped connection or a missing account end the run with
a :class:`ReportFailure`; the last good answer stays (``last_answer``) either way.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api.errors import ApiError, AuthenticationError, ForbiddenError, StatsNotReadyError, StatsQueryError
from app.domain.account import Account
from app.domain.kinds import DraftKind
from app.domain.report_definition import ReportDefinition, SavedReport
from app.domain.report_presets import (
    PRESETS_BY_KEY,
    PresetError,
    PresetKey,
    comparison_definition,
    preset_definition,
)
from app.domain.report_query import DateFilter, DefinitionError, Period, ReportFilters, ReportQuery, Severity
from app.domain.report_result import ReportAnswer
from app.services.accounts_service import AccountError, AccountService
from app.services.sync_errors import account_sentence
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.errors import NotFoundError
from app.store.saved_reports import ReportNameTakenError
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.api.stats import StatsResult

log = logging.getLogger(__name__)

LIFETIME_LOOKBACK_DAYS: Final = 730  # how far back a campaign's first sending day is looked for
MAX_NAME: Final = 120
_POST_TYPES: Final = {DraftKind.CAMPAIGNS: "S", DraftKind.AB_CAMPAIGNS: "B", DraftKind.AUTO_CAMPAIGNS: "A"}
_SERVER_PREFIX: Final = "The report failed on the server: "



# An untitled campaign in a picker: its kind and its email say most (functions: the language is
# the one installed when asked).
_UNTITLED: Final = {
    DraftKind.CAMPAIGNS: lambda: QCoreApplication.translate("ReportPickers", "One-time campaign: {0}"),
    DraftKind.AB_CAMPAIGNS: lambda: QCoreApplication.translate("ReportPickers", "A/B campaign: {0}"),
    DraftKind.AUTO_CAMPAIGNS: lambda: QCoreApplication.translate("ReportPickers", "Automated campaign: {0}"),
}

class FailureKind(StrEnum):
    INVALID = "invalid"  # the definition cannot run as it is
    ACCOUNT = "account"  # no account, no secret, wrong login, IP not allowed
    NOT_READY = "not_ready"  # still being prepared when the wait ran out
    SERVER = "server"  # the server's own `error`, or it refused the query
    CONNECTION = "connection"  # the request did not complete


@dataclass(frozen=True, slots=True)
class ReportFailure:
    kind: FailureKind
    message: str  # translated, says what to do next
    can_retry: bool = True


class ReportError(Exception):
    def __init__(self, failure: ReportFailure) -> None:
        super().__init__(failure.message)
        self.failure = failure


class SavedReportError(Exception):
    """A saved report cannot be saved, renamed or opened as asked; the message is for the user."""


class ReportNameTaken(SavedReportError):
    """Another saved report of the account has this name (save again with ``replace``)."""


@dataclass(frozen=True, slots=True)
class PollPolicy:
    first: float = 0.5  # seconds before the second request
    cap: float = 5.0  # the wait doubles up to this
    max_wait: float = 90.0  # then the run gives up (Retry starts again)


@dataclass(frozen=True, slots=True)
class PickItem:
    code: str  # L_3, S_1, B_2 ...
    name: str
    kind: DraftKind
    message: str | None = None  # a campaign's email (L_…), when known


@dataclass(frozen=True, slots=True)
class ReportPickers:
    emails: tuple[PickItem, ...] = ()
    campaigns: tuple[PickItem, ...] = ()

    def names(self) -> dict[str, str]:
        return {item.code: item.name for item in (*self.emails, *self.campaigns)}


ClientFactory = Callable[[], "ApiClient"]


class ReportService(QObject):
    running_changed = Signal(bool)
    definition_built = Signal(object)  # ReportDefinition of a preset or comparison, before it runs
    started = Signal(object)  # ReportDefinition being run
    preparing = Signal(int, float)  # requests so far, seconds waited: the server is not ready yet
    finished = Signal(object)  # ReportAnswer
    failed = Signal(object)  # ReportFailure
    cancelled = Signal()
    saved_changed = Signal()  # the current account's saved reports changed
    account_changed = Signal()  # another account: answers and lists of the old one are gone
    pickers_changed = Signal()  # the account's emails or campaigns changed: the pickers are stale

    def __init__(
        self,
        workspace: WorkspaceService,
        accounts: AccountService,
        tasks: TaskRunner,
        *,
        client_factory: ClientFactory | None = None,
        poll: PollPolicy | None = None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._accounts = accounts
        self._tasks = tasks
        self._client_factory = client_factory or (lambda: accounts.client())
        self.poll = poll or PollPolicy()
        self._today = today
        self._task: asyncio.Task[None] | None = None
        self._last_answer: ReportAnswer | None = None
        self._last_definition: ReportDefinition | None = None
        self._again: Callable[[], None] | None = None
        self._lifetimes: dict[str, tuple[date, date] | None] = {}
        self._account_id = workspace.account_id
        accounts.current_changed.connect(self._on_account)
        workspace.drafts_changed.connect(self._on_drafts_changed)

    # -- state -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def last_answer(self) -> ReportAnswer | None:
        """The last report that came back complete; failures and cancels leave it."""
        return self._last_answer

    @property
    def last_definition(self) -> ReportDefinition | None:
        """What was asked last (run or failed): Retry asks it again."""
        return self._last_definition

    @property
    def has_account(self) -> bool:
        return self._accounts.current is not None

    def today(self) -> date:
        return self._today()

    def _on_account(self, account: Account | None) -> None:
        account_id = account.id if account is not None else None
        if account_id == self._account_id:
            return  # the same account, re-bound (the demo server's address)
        self._account_id = account_id
        self.cancel()
        self._last_answer = None
        self._last_definition = None
        self._again = None
        self._lifetimes.clear()
        self.account_changed.emit()
        self.saved_changed.emit()

    def _on_drafts_changed(self, kind: str) -> None:
        if kind == DraftKind.EMAILS or kind in _POST_TYPES:
            self.pickers_changed.emit()

    # -- running ---------------------------------------------------------------------------

    def run(self, definition: ReportDefinition) -> None:
        """Run in the background (a run in progress is cancelled first)."""
        self._last_definition = definition
        self._again = lambda: self.run(definition)
        self._start(self._run(definition))

    def run_preset(
        self, key: PresetKey | str, *, campaign: str | None = None, email: str | None = None
    ) -> None:
        """Build the preset (looking up a campaign's lifetime when it needs one), then run it."""
        self._again = lambda: self.run_preset(key, campaign=campaign, email=email)
        self._start(self._run_built(self.preset(key, campaign=campaign, email=email)))

    def run_comparison(self, posts: list[str]) -> None:
        """Compare two to five campaigns over the days any of them sent."""
        self._again = lambda: self.run_comparison(posts)
        self._start(self._run_built(self.comparison(posts)))

    def retry(self) -> None:
        """Ask again what was asked last (a preset is built again, its lifetime looked up again)."""
        if self._again is not None:
            self._again()

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def _start(self, coro: Coroutine[Any, Any, None]) -> None:
        self.cancel()
        task = self._tasks.spawn(coro, name="report")
        self._task = task
        self.running_changed.emit(True)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        if task is self._task:
            self._task = None
            self.running_changed.emit(False)

    def _say_cancelled(self) -> None:
        if asyncio.current_task() is self._task:  # not when a new run replaced this one
            self.cancelled.emit()

    async def _run_built(self, build: Coroutine[Any, Any, ReportDefinition]) -> None:
        try:
            definition = await build
        except asyncio.CancelledError:
            self._say_cancelled()
            raise
        except ReportError as error:
            self.failed.emit(error.failure)
            return
        self._last_definition = definition
        self.definition_built.emit(definition)
        await self._run(definition)

    async def _run(self, definition: ReportDefinition) -> None:
        self.started.emit(definition)
        try:
            answer = await self.fetch(definition, progress=True)
        except asyncio.CancelledError:
            self._say_cancelled()
            raise
        except ReportError as error:
            self.failed.emit(error.failure)
            return
        self._last_answer = answer
        self.finished.emit(answer)

    async def fetch(self, definition: ReportDefinition, *, progress: bool = False) -> ReportAnswer:
        """Ask the server; raises :class:`ReportError` with what to tell the user."""
        today = self._today()
        query = definition.query.normalized()
        errors = [p for p in query.problems(today) if p.severity is Severity.ERROR]
        if errors:
            text = QCoreApplication.translate("ReportProblems", errors[0].text).format(*errors[0].args)
            raise ReportError(ReportFailure(FailureKind.INVALID, text, can_retry=False))
        result, polls = await self._ask(query, today, progress=progress)
        start, end = query.filters.dates.resolve(today)
        return ReportAnswer(
            definition, tuple(result.rows), dict(result.totals), result.truncated, start, end,
            query.query_string(today), polls,
        )  # fmt: skip

    async def _ask(self, query: ReportQuery, today: date, *, progress: bool) -> tuple[StatsResult, int]:
        try:
            client = self._client_factory()
        except AccountError as error:
            raise ReportError(ReportFailure(FailureKind.ACCOUNT, str(error))) from None
        loop = asyncio.get_running_loop()
        began = loop.time()
        delay = self.poll.first
        polls = 0
        fields, filters = query.fields(), query.client_filters(today)
        try:
            async with client:
                while True:
                    try:
                        # One request per call: the waiting between polls is ours, so it can be shown.
                        result = await client.stats.query(fields, filters, max_wait=0.0)
                        return result, polls + 1
                    except StatsNotReadyError:
                        polls += 1
                    waited = loop.time() - began
                    if waited >= self.poll.max_wait:
                        raise ReportError(self._not_ready(waited, polls))
                    if progress:
                        self.preparing.emit(polls, waited)
                    await asyncio.sleep(min(delay, self.poll.max_wait - waited))
                    delay = min(delay * 2, self.poll.cap)
        except ApiError as error:
            raise ReportError(self._failure(error)) from None

    def _not_ready(self, waited: float, polls: int) -> ReportFailure:
        return ReportFailure(
            FailureKind.NOT_READY,
            self.tr(
                "The server was still preparing the report after {0} seconds ({1} requests). "
                "Press Retry in a minute, or ask for fewer grouping fields or a shorter period."
            ).format(round(waited), polls),
        )

    def _failure(self, error: ApiError) -> ReportFailure:
        if isinstance(error, StatsQueryError):
            server = error.message.removeprefix(_SERVER_PREFIX)
            return ReportFailure(
                FailureKind.SERVER,
                self.tr(
                    "The server could not make this report: {0}. Check the field names and filters, "
                    "then run it again."
                ).format(server.rstrip(".")),
                can_retry=False,
            )
        if isinstance(error, AuthenticationError | ForbiddenError):
            return ReportFailure(FailureKind.ACCOUNT, account_sentence(error))
        if error.status is not None and 400 <= error.status < 500 and error.status != 429:
            return ReportFailure(
                FailureKind.SERVER,
                self.tr("The server refused this report: {0}").format(error.message),
                can_retry=False,
            )
        return ReportFailure(
            FailureKind.CONNECTION,
            self.tr("The report did not arrive. {0} The last result stays on screen.").format(
                account_sentence(error)
            ),
        )

    # -- presets that need the server -------------------------------------------------------

    async def preset(
        self, key: PresetKey | str, *, campaign: str | None = None, email: str | None = None
    ) -> ReportDefinition:
        """The preset's definition; a campaign's lifetime is looked up when the preset uses it."""
        dates = None
        preset = PRESETS_BY_KEY.get(PresetKey(key))
        if preset is not None and preset.default_period is Period.LIFETIME and campaign:
            span = await self.lifetime(campaign)
            dates = DateFilter.lifetime(*span) if span else None
        return self._built(lambda: preset_definition(key, campaign=campaign, email=email, dates=dates))

    async def comparison(self, posts: list[str]) -> ReportDefinition:
        """Two to five campaigns over the days any of them sent (else the last 90 days)."""
        self._built(lambda: comparison_definition(posts))  # refuse a wrong count before asking
        spans = [span for span in await asyncio.gather(*(self.lifetime(p) for p in posts)) if span]
        dates = DateFilter.lifetime(min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        return self._built(lambda: comparison_definition(posts, dates=dates))

    async def lifetime(self, post: str) -> tuple[date, date] | None:
        """The campaign's first and last sending day (today while it runs past the 99 days
        one answer holds); None when it has sent nothing in the last two years."""
        if post in self._lifetimes:
            return self._lifetimes[post]
        today = self._today()
        lookback = DateFilter.custom(today - timedelta(days=LIFETIME_LOOKBACK_DAYS), today)
        query = ReportQuery(("date",), ("sum_sended",), ReportFilters(posts=(post,), dates=lookback))
        result, _polls = await self._ask(query, today, progress=False)
        sent = [row["date"] for row in result.rows if row.get("sum_sended")]
        span = None
        if sent:
            span = (date.fromisoformat(sent[0]), today if result.truncated else date.fromisoformat(sent[-1]))
        self._lifetimes[post] = span
        return span

    @staticmethod
    def _built(build: Callable[[], ReportDefinition]) -> ReportDefinition:
        try:
            return build()
        except PresetError as error:  # its template translated, then filled in
            message = QCoreApplication.translate("ReportPresets", error.template).format(*error.values)
            raise ReportError(ReportFailure(FailureKind.INVALID, message, can_retry=False)) from None
        except ValueError as error:
            message = QCoreApplication.translate("ReportPresets", str(error))
            raise ReportError(ReportFailure(FailureKind.INVALID, message, can_retry=False)) from None

    # -- what a report can be about ------------------------------------------------------

    async def pickers(self) -> ReportPickers:
        """The account's published emails and campaigns (they have a remote id), by name."""
        if self._workspace.account_id is None:
            return ReportPickers()
        emails = [
            PickItem(f"L_{row.remote_id}", row.title, DraftKind.EMAILS)
            for row in await self._workspace.list_drafts(DraftKind.EMAILS)
            if row.remote_id
        ]
        email_names = {item.code: item.name for item in emails}
        rows = [
            row for kind in _POST_TYPES for row in await self._workspace.list_drafts(kind) if row.remote_id
        ]
        ids = [row.local_id for row in rows]

        def messages(ws: Workspace) -> dict[int, Any]:
            return {local_id: ws.drafts.get_draft(local_id).payload.get("message_id") for local_id in ids}

        message_ids = await self._workspace.runner.call(messages)
        campaigns = []
        for row in rows:
            kind = DraftKind(row.kind)
            message_id = message_ids.get(row.local_id)
            message = f"L_{message_id}" if isinstance(message_id, int) else None
            name = row.title
            if message in email_names:
                if name.endswith(f"for email #{message_id}"):  # untitled: its kind and its email say most
                    name = _UNTITLED[kind]().format(email_names[message])
                else:
                    name = f"{name} — {email_names[message]}"
            campaigns.append(PickItem(f"{_POST_TYPES[kind]}_{row.remote_id}", name, kind, message))
        by_name = sorted(campaigns, key=lambda item: item.name.casefold())
        return ReportPickers(tuple(sorted(emails, key=lambda item: item.name.casefold())), tuple(by_name))

    # -- saved reports ---------------------------------------------------------------------

    async def saved_reports(self) -> list[SavedReport]:
        account_id = self._workspace.account_id
        if account_id is None:
            return []
        return await self._workspace.runner.call(lambda ws: ws.saved_reports.list(account_id))

    async def save(self, name: str, definition: ReportDefinition, *, replace: bool = False) -> SavedReport:
        """Save under ``name``; an existing report of that name is replaced only if ``replace``."""
        account_id = self._account()
        clean = self._clean_name(name)
        document = definition.to_json()

        def store(ws: Workspace) -> SavedReport:
            if replace:
                return ws.saved_reports.save(account_id, clean, document)
            return ws.saved_reports.add(account_id, clean, document)

        try:
            saved = await self._workspace.runner.call(store)
        except ReportNameTakenError:
            raise ReportNameTaken(
                self.tr("A report named “{0}” exists already. Choose another name, or replace it.").format(
                    clean
                )
            ) from None
        self.saved_changed.emit()
        return saved

    async def rename(self, report_id: int, name: str) -> SavedReport:
        clean = self._clean_name(name)
        try:
            saved = await self._workspace.runner.call(
                lambda ws: ws.saved_reports.update(report_id, name=clean)
            )
        except ReportNameTakenError:
            raise ReportNameTaken(
                self.tr("A report named “{0}” exists already. Choose another name.").format(clean)
            ) from None
        except NotFoundError:
            raise SavedReportError(self.tr("This report was deleted in the meantime.")) from None
        self.saved_changed.emit()
        return saved

    async def delete_saved(self, report_id: int) -> None:
        await self._workspace.runner.call(lambda ws: ws.saved_reports.delete(report_id))
        self.saved_changed.emit()

    def open_saved(self, report: SavedReport) -> ReportDefinition:
        try:
            return report.parsed()
        except DefinitionError as error:
            raise SavedReportError(
                self.tr("The saved report “{0}” cannot be opened ({1}). Delete it and save it again.").format(
                    report.name, str(error)
                )
            ) from None

    def _clean_name(self, name: str) -> str:
        clean = " ".join(name.split())
        if not clean:
            raise SavedReportError(self.tr("Give the report a name."))
        if len(clean) > MAX_NAME:
            raise SavedReportError(self.tr("Keep the name under {0} characters.").format(MAX_NAME))
        return clean

    def _account(self) -> int:
        account_id = self._workspace.account_id
        if account_id is None:
            raise SavedReportError(self.tr("Choose an account first: reports are saved per account."))
        return account_id

    # -- files -----------------------------------------------------------------------------

    async def write_file(self, path: str | Path, data: bytes) -> None:
        """Write an export off the UI thread; a half-written file never replaces the old one."""
        target = Path(path)
        partial = target.with_name(target.name + ".part")

        def write() -> None:
            partial.write_bytes(data)
            os.replace(partial, target)

        try:
            await asyncio.to_thread(write)
        except OSError as error:
            partial.unlink(missing_ok=True)
            reason = error.strerror or str(error)
            raise SavedReportError(
                self.tr("Could not save {0}: {1}. Choose another folder or name.").format(target, reason)
            ) from None
