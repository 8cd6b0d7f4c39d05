"""Profile import from a CSV file, for the import wizard: the command line's pipeline on signals.

The wizard (``app/ui``) never imports ``app.profile_import``: every type it needs is
re-exported here (see ``__all__``). Every method that reads the file or talks to the
server is a coroutine that runs the work off the UI thread; the UI awaits it (from an
``asyncSlot`` or a task of ``TaskRunner``) and stays responsive.

The wizard's steps and the calls behind them::

    fmt = await service.detect(path)                      # 1. encoding + delimiter (both overridable:
    fmt = await service.detect(path, encoding="cp1251")   #    pass the user's choice, detect the rest)
    preview = await service.preview(path, fmt)            #    live preview: header + first rows
    types = await service.field_types()                   # 2. declared fields of the account (name -> type)
    targets = await service.auto_map(preview.header)      #    one Target per column, by header name
    problems = service.mapping_problems(preview.header, targets)  # sentences; empty = Next allowed
    plan = ImportPlan(path, fmt, tuple(targets), field_types={**types, **typed_by_hand},
                      batch_size=..., concurrency=..., phone_region=service.default_phone_region())
    report = await service.check(plan)                    # 3. validation report (sends nothing)
    summary = await service.run(plan)                     # 4. upload; Cancel -> service.cancel()
    saved = await service.saved_progress(path)            #    an interrupted import of this file?
    summary = await service.resume(path)                  #    ... goes on with its own settings

Signals while :meth:`check`, :meth:`run` or :meth:`resume` work:

- ``progress(ImportProgress)``: phase (checking the file, reading, sending, stopping), rows
  read / sent / rejected, ``fraction`` of the file for the bar, ``rows_per_second``,
  ``seconds_left`` (None until it can be estimated). At most a few per second.
- ``finished(ImportSummary)``: the import ended: ``outcome`` COMPLETED, CHECKED (the report),
  CANCELLED or FAILED (both ``resumable``); rows, sent, rejected, merged, batches,
  ``dropped_fields`` (sent but not stored: not declared in the project), ``rejects_file``,
  ``rejected_by_kind`` (ProblemKind -> rows) and ``samples`` (the first rejected rows, with
  ``Rejection.reason(translate)``). :meth:`failure_text` puts a FAILED import's cause in words.
- ``failed(str)``: the import could not start (unreadable file, bad mapping, no secret, the
  resume settings differ); the sentence is translated. The coroutine raises
  :class:`ImportServiceError` with the same message.
- ``running_changed(bool)``.

Problems and rejection reasons are English templates with values apart; show them with
``problem.translated(translate)`` where ``translate`` is :func:`translate` (context
``ProfileImport``). After an import that sent rows, the fields the server echoed are learned
into the account's declared fields (``ProfileFieldsService.fields_changed`` fires).
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from app.domain.profile_fields import ProfileFieldType
from app.profile_import.dialect import DELIMITERS, DelimiterSource, delimiter_name
from app.profile_import.encoding import EncodingSource, hash_file
from app.profile_import.mapping import (
    IDENTIFIER_KINDS,
    SKIP,
    Target,
    TargetKind,
    auto_map,
    field_target,
    mapping_problems,
    parse_target,
)
from app.profile_import.pipeline import ProfileImport
from app.profile_import.plan import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CONCURRENCY,
    MAX_BATCH_SIZE,
    MAX_CONCURRENCY,
    ImportPlan,
)
from app.profile_import.problems import CONTEXT, Problem, ProblemKind, ProfileImportError
from app.profile_import.progress_state import SavedProgress
from app.profile_import.rejects import Rejection, default_rejects_path
from app.profile_import.source import CsvSource, Preview, Record, SourceFormat, detect_format
from app.profile_import.summary import ImportOutcome, ImportPhase, ImportProgress, ImportSummary
from app.profile_import.target import demo_target_key, region_of_locale, target_key
from app.profile_import.values import phone_regions
from app.services.accounts_service import AccountError, AccountService
from app.services.profile_fields_service import ProfileFieldsService
from app.services.store_access import WorkspaceRunner
from app.services.workspace_service import WorkspaceService

if TYPE_CHECKING:
    from app.domain.account import Account

T = TypeVar("T")

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_CONCURRENCY",
    "DELIMITERS",
    "IDENTIFIER_KINDS",
    "MAX_BATCH_SIZE",
    "MAX_CONCURRENCY",
    "SKIP",
    "DelimiterSource",
    "EncodingSource",
    "ImportOutcome",
    "ImportPhase",
    "ImportPlan",
    "ImportProgress",
    "ImportService",
    "ImportServiceError",
    "ImportSummary",
    "Preview",
    "Problem",
    "ProblemKind",
    "Record",
    "Rejection",
    "SavedImportInfo",
    "SourceFormat",
    "Target",
    "TargetKind",
    "default_rejects_path",
    "delimiter_name",
    "field_target",
    "parse_target",
    "phone_regions",
    "translate",
]

PREVIEW_ROWS = 20


def translate(template: str) -> str:
    """An import message's template in the UI's language (thread-safe, as Qt's translate is)."""
    return QCoreApplication.translate(CONTEXT, template)


class ImportServiceError(Exception):
    """The import could not start; the message is translated, for the user."""


class SavedImportInfo:
    """An interrupted (or finished) import of a file to the current account."""

    def __init__(self, saved: SavedProgress, updated_at: float, plan: ImportPlan) -> None:
        self.plan = plan  # the settings it was cut with: resume uses them
        self.rows_sent = saved.rows_sent
        self.batches = len(saved.confirmed)
        self.finished = saved.finished
        self.updated_at = updated_at  # seconds since the epoch


class _RunnerProgressStore:
    """Saved progress through the workspace thread."""

    def __init__(self, runner: WorkspaceRunner) -> None:
        self._runner = runner

    async def load(self, target: str, file_key: str) -> dict[str, Any] | None:
        return await self._runner.call(lambda ws: ws.import_progress.get(target, file_key))

    async def save(self, target: str, file_key: str, state: dict[str, Any]) -> None:
        await self._runner.call(lambda ws: ws.import_progress.save(target, file_key, state))


class ImportService(QObject):
    progress = Signal(object)  # ImportProgress
    finished = Signal(object)  # ImportSummary
    failed = Signal(str)  # why the import could not start, translated
    running_changed = Signal(bool)

    def __init__(
        self,
        workspace: WorkspaceService,
        accounts: AccountService,
        fields: ProfileFieldsService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._accounts = accounts
        self._fields = fields
        self._store = _RunnerProgressStore(workspace.runner)
        self._job: ProfileImport | None = None

    # -- state -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._job is not None

    def cancel(self, *, force: bool = False) -> None:
        """Stop after the batches in flight are answered (``force``: at once); resumable."""
        if self._job is not None:
            self._job.cancel(force=force)

    # -- the file and the mapping ------------------------------------------------------------

    async def detect(
        self, path: Path, *, encoding: str | None = None, delimiter: str | None = None
    ) -> SourceFormat:
        """The encoding and delimiter: the given ones, the others detected."""
        return await self._off_thread(lambda: detect_format(path, encoding=encoding, delimiter=delimiter))

    async def preview(self, path: Path, fmt: SourceFormat, rows: int = PREVIEW_ROWS) -> Preview:
        """The header and the first ``rows`` records as read with ``fmt`` (bad ones carry a problem)."""

        def read() -> Preview:
            with CsvSource(path, fmt) as source:
                return source.preview(rows)

        return await self._off_thread(read)

    async def field_types(self) -> dict[str, ProfileFieldType]:
        """The current account's declared fields, name -> type."""
        return {f.name: f.type for f in await self._fields.declared_fields()}

    async def auto_map(self, header: list[str]) -> list[Target]:
        """A target per column: identifiers and declared fields by their header, the rest SKIP."""
        return auto_map(header, await self.field_types())

    def mapping_problems(self, header: list[str], targets: list[Target]) -> list[str]:
        """What keeps the mapping from importing, in the user's language; empty when it is usable."""
        return [problem.translated(translate) for problem in mapping_problems(header, targets)]

    def default_phone_region(self) -> str | None:
        """The country of the system's locale, for numbers written without +code (None if unknown)."""
        return region_of_locale(QLocale.system().name())

    # -- importing -------------------------------------------------------------------------

    async def check(self, plan: ImportPlan) -> ImportSummary:
        """The validation report: reads every row, writes the rejects file, sends nothing."""
        job = ProfileImport(plan, translate=translate, on_progress=self.progress.emit)
        return await self._running(job, job.check())

    async def run(self, plan: ImportPlan) -> ImportSummary:
        """Import the file into the current account's project, from the beginning."""
        return await self._send(plan, resume=False)

    async def resume(
        self, path: Path, *, concurrency: int | None = None, rejects_path: Path | None = None
    ) -> ImportSummary:
        """Go on with the interrupted import of ``path``, with the settings it was started with."""
        info = await self.saved_progress(path)
        if info is None:
            message = self.tr(
                "There is no interrupted import of this file to resume: start it from the beginning."
            )
            self.failed.emit(message)
            raise ImportServiceError(message)
        plan = dataclasses.replace(
            info.plan, concurrency=concurrency or info.plan.concurrency, rejects_path=rejects_path
        )
        return await self._send(plan, resume=True)

    async def saved_progress(self, path: Path) -> SavedImportInfo | None:
        """The saved progress of ``path`` for the current account (reads the whole file to hash it)."""
        account = self._accounts.current
        if account is None:
            return None
        key = await self._off_thread(lambda: hash_file(path))
        target = _target(account)
        saved = await self._workspace.runner.call(lambda ws: ws.import_progress.saved(target, key))
        state = SavedProgress.from_json(saved.state) if saved is not None else None
        if saved is None or state is None:
            return None
        return SavedImportInfo(state, saved.updated_at, ImportPlan.from_cut(path, state.cut))

    def failure_text(self, summary: ImportSummary) -> str:
        """Why a FAILED import stopped and what to do, in the user's language ("" otherwise)."""
        if summary.diagnosis is not None:
            problem = QCoreApplication.translate("Diagnosis", summary.diagnosis.problem)
            action = QCoreApplication.translate("Diagnosis", summary.diagnosis.action)
            return f"{problem} {action}"
        return str(summary.error) if summary.error is not None else ""

    # -- helpers ---------------------------------------------------------------------------

    async def _send(self, plan: ImportPlan, *, resume: bool) -> ImportSummary:
        account = self._accounts.current
        try:
            if account is None:
                raise AccountError(self.tr("No account is selected. Choose one under Accounts."))
            client = self._accounts.client(account, max_connections=max(plan.concurrency, 8))
        except AccountError as error:
            self.failed.emit(str(error))
            raise ImportServiceError(str(error)) from None
        async with client:
            job = ProfileImport(
                plan, client=client, store=self._store, target=_target(account), translate=translate,
                on_progress=self.progress.emit,
            )  # fmt: skip
            summary = await self._running(job, job.run(resume=resume), emit=False)
        if summary.stored_fields:
            await self._fields.learn_from_echo(summary.sent_fields, summary.stored_fields)
        self.finished.emit(summary)
        return summary

    async def _running(
        self, job: ProfileImport, work: Coroutine[Any, Any, ImportSummary], *, emit: bool = True
    ) -> ImportSummary:
        if self._job is not None:
            work.close()
            raise ImportServiceError(self.tr("An import is already running: wait for it or cancel it first."))
        self._job = job
        self.running_changed.emit(True)
        try:
            summary = await work
        except ProfileImportError as error:
            message = error.translated(translate)
            self.failed.emit(message)
            raise ImportServiceError(message) from None
        finally:
            self._job = None
            self.running_changed.emit(False)
        if emit:
            self.finished.emit(summary)
        return summary

    async def _off_thread(self, work: Callable[[], T]) -> T:
        try:
            return await asyncio.to_thread(work)
        except ProfileImportError as error:
            raise ImportServiceError(error.translated(translate)) from None


def _target(account: Account) -> str:
    return demo_target_key(account.id) if account.is_demo else target_key(account.base_url, account.login)
