"""The import from start to end, the same for the command line and the wizard.

``check()`` reads the whole file and writes the rejects file without sending (the
validation report); ``run()`` reads and sends. Both first read the file once to hash it
(the key of its saved progress) and to make sure all of it decodes. Reading, validating
and cutting batches run on a worker thread, a few batches ahead of the sending; the event
loop only sends and records. Progress is saved after every batch the server confirms,
so ``run(resume=True)`` sends only what no earlier run had confirmed.
"""

from __future__ import annotations

import asyncio
import operator
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.api.diagnosis import diagnose
from app.api.errors import ApiError
from app.api.retry import RetryPolicy
from app.domain.profile_fields import compare_echo
from app.profile_import.batches import Batch, BatchReader
from app.profile_import.dispatch import Dispatcher, Part
from app.profile_import.encoding import FileScan, codec_name, scan_file
from app.profile_import.plan import ImportPlan, differences, resume_mismatch
from app.profile_import.problems import (
    QT_TRANSLATE_NOOP,
    Problem,
    ProblemKind,
    Translate,
    untranslated,
)
from app.profile_import.progress_state import ProgressStore, SavedProgress
from app.profile_import.rejects import RejectsFile
from app.profile_import.rows import RowValidator
from app.profile_import.sending import UPLOAD_ATTEMPTS, BatchSender
from app.profile_import.source import CsvSource
from app.profile_import.summary import ImportOutcome, ImportPhase, ImportProgress, ImportSummary

if TYPE_CHECKING:
    from app.api.client import ApiClient

OnProgress = Callable[[ImportProgress], None]
PROGRESS_INTERVAL: Final = 0.25  # seconds between two progress reports while checking
READ_AHEAD: Final = 4  # batches read and validated ahead of the sending

_REFUSED: Final = QT_TRANSLATE_NOOP("ProfileImport", "The server refused this row: {0}")
Adopt = Callable[[dict[str, Any]], ImportPlan]


class ProfileImport:
    """One import of one file to one target. Not reusable: make a new one per run."""

    def __init__(
        self,
        plan: ImportPlan,
        *,
        client: ApiClient | None = None,
        store: ProgressStore | None = None,
        target: str = "",
        translate: Translate = untranslated,
        on_progress: OnProgress | None = None,
        attempts: int = UPLOAD_ATTEMPTS,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.plan = plan
        self._client = client
        self._store = store
        self._target = target
        self._translate = translate
        self._on_progress = on_progress
        self._attempts = attempts
        self._retry = retry
        self._stop = False
        self._dispatcher: Dispatcher | None = None
        self._failure: ApiError | None = None
        self._phase = ImportPhase.CHECKING
        self._timings: dict[str, float] = {}
        # Counters of this run (state holds those of the whole import).
        self._rows_read = 0
        self._rows_rejected = 0
        self._position = 0
        self._size = 0
        self._send_started: float | None = None
        self._sent_this_run = 0
        self._position_at_send = 0
        self._state: SavedProgress | None = None
        self._last_report = 0.0

    # -- control ---------------------------------------------------------------------------

    def cancel(self, *, force: bool = False) -> None:
        """Stop after the batches in flight are answered; ``force`` stops them too (their
        outcome is then unknown and a resumed import sends them again)."""
        already = self._stop
        self._stop = True
        if self._dispatcher is not None:
            self._dispatcher.stopping = True
            if force:
                self._dispatcher.abort()
        if not already:  # a progress handler may cancel: it hears of it once
            self._report(ImportPhase.STOPPING, force=True)

    @property
    def cancelled(self) -> bool:
        return self._stop

    # -- the validation report ---------------------------------------------------------------

    async def check(self) -> ImportSummary:
        """Read and validate every row, write the rejects file, send nothing."""
        started = time.monotonic()
        try:
            scan = await self._scan()
        except _CancelledWhileChecking:
            return _cancelled_early(started)
        source, validator = await asyncio.to_thread(self._open)
        rejects = RejectsFile(self.plan.rejects, source.header, self.plan.format.delimiter, self._translate)
        reader = BatchReader(source, validator, rejects, self.plan.batch_size)
        batches = merged = 0
        self._phase = ImportPhase.READING
        reading = 0.0
        try:
            while not self._stop:
                tick = time.perf_counter()
                read = await asyncio.to_thread(_read_and_merge, reader)
                reading += time.perf_counter() - tick
                if read is None:
                    break
                batches += 1
                merged += read[1]
                self._after_read(reader, rejects, read[0])
                self._report(ImportPhase.READING)
        finally:
            source.close()
            rejects_path = rejects.finish()
        self._timings["reading"] = reading
        outcome = ImportOutcome.CANCELLED if self._stop and not reader.done else ImportOutcome.CHECKED
        return ImportSummary(
            outcome, reader.rows_read, 0, rejects.count, merged, batches,
            rejects_file=rejects_path, rejected_by_kind=dict(rejects.by_kind), samples=tuple(rejects.samples),
            elapsed=time.monotonic() - started, timings=dict(self._timings), file_key=scan.sha256,
        )  # fmt: skip

    # -- the import ----------------------------------------------------------------------------

    async def run(self, *, resume: bool = False, adopt: Adopt | None = None) -> ImportSummary:
        """Send the file; with ``resume``, skip the batches an earlier run got confirmed.

        ``adopt(saved_cut)`` returns the plan to resume with, given the settings the
        interrupted import was cut with (the caller keeps what the user set explicitly and
        takes the rest); without it the plan must match them.

        Raises :class:`ProfileImportError` subclasses before anything is sent (the file,
        the mapping, resume settings); a failure while sending ends the import with
        outcome FAILED and the error in the summary instead.
        """
        if self._client is None:
            raise ValueError("an import that sends needs a client")
        started = time.monotonic()
        try:
            scan = await self._scan()
        except _CancelledWhileChecking:
            return _cancelled_early(started)
        saved = await self._saved(scan, adopt) if resume else None
        if saved is not None and codec_name(self.plan.format.encoding) != scan.encoding:
            scan = await self._scan()  # the adopted encoding must decode the whole file too
        if saved is not None and saved.finished and saved.summary is not None:
            return _finished_before(saved, scan, self.plan.rejects)
        source, validator = await asyncio.to_thread(self._open)
        state = saved or SavedProgress(self.plan.cut(), list(source.header))
        self._state = state
        try:
            if saved is None:
                await self._save(scan)  # a fresh start forgets what an older run had confirmed
            rejects = RejectsFile(
                self.plan.rejects, source.header, self.plan.format.delimiter, self._translate
            )
        except BaseException:
            source.close()
            raise
        reader = BatchReader(source, validator, rejects, self.plan.batch_size)
        try:
            skipped, waits, joined = await self._send_all(scan, state, reader, rejects)
        finally:
            source.close()
            rejects_path = rejects.finish()
        complete = reader.done and not self._stop and self._failure is None
        if complete:
            outcome = ImportOutcome.COMPLETED
        else:
            outcome = ImportOutcome.FAILED if self._failure else ImportOutcome.CANCELLED
        summary = self._summary(
            outcome, scan, reader.rows_read, rejects, rejects_path, skipped, (waits, joined), started
        )
        if complete:
            state.finished = True
            state.summary = summary.to_json()
        await self._save(scan)
        return summary

    async def _send_all(
        self, scan: FileScan, state: SavedProgress, reader: BatchReader, rejects: RejectsFile
    ) -> tuple[int, int, int]:
        """Read batches ahead of the sending and dispatch them in order; returns the
        batches skipped as confirmed earlier, those with profiles that had to wait, and the
        waiting parts that went along with another request."""
        assert self._client is not None
        sender = BatchSender(self._client.users, attempts=self._attempts, policy=self._retry)
        clock = time.perf_counter
        timings = dict.fromkeys(("reading", "waiting for rows", "waiting for the server", "requests"), 0.0)

        async def send_parts(parts: list[Part]) -> bool:
            tick = clock()
            try:
                answer = await sender.send([batch.merged[item] for batch, items in parts for item in items])
            except ApiError as error:
                self._fail(error)
                return False
            finally:
                timings["requests"] += clock() - tick
            _sample_fields(answer.stored, state.stored_fields)
            offset = 0
            unfinished = False
            for batch, items in parts:
                end = offset + len(items)
                taken = [items[p - offset] for p in answer.taken if offset <= p < end]
                refused = {items[p - offset]: text for p, text in answer.refused.items() if offset <= p < end}
                unfinished |= not self._record_part(batch, taken, refused, rejects)
                offset = end
            if unfinished:
                await self._save(scan)  # the rest of a batch is still to come: keep what was answered
            self._report(ImportPhase.SENDING)
            return True

        async def batch_done(batch: Batch) -> None:
            state.confirmed.add(batch.index)
            state.partial.pop(batch.index, None)
            await self._save(scan)
            self._report(ImportPhase.SENDING)

        def read() -> Batch | None:
            tick = clock()
            batch = reader.next_batch()
            if batch is not None:
                batch.prepare()
            timings["reading"] += clock() - tick
            return batch

        dispatcher = Dispatcher(self.plan.concurrency, send_parts, batch_done)
        self._dispatcher = dispatcher
        self._phase = ImportPhase.SENDING
        skipped = 0
        # Reading runs READ_AHEAD batches ahead: while the loop waits for a request slot the
        # thread goes on reading (the two took turns when it read only the next batch).
        queue: asyncio.Queue[Batch | Exception | None] = asyncio.Queue(READ_AHEAD)
        reading = True

        async def produce() -> None:
            while reading:
                try:
                    batch = await asyncio.to_thread(read)
                except Exception as error:  # raised by the loop, where the batch was expected
                    await queue.put(error)
                    return
                await queue.put(batch)
                if batch is None:
                    return

        producer = asyncio.ensure_future(produce())
        try:
            while True:
                tick = clock()
                got = await queue.get()
                timings["waiting for rows"] += clock() - tick
                if isinstance(got, Exception):
                    raise got
                batch = got
                if batch is None or self._stop:
                    break
                self._after_read(reader, rejects, batch)
                self._refused_before(batch, state, rejects)
                if batch.index in state.confirmed:
                    skipped += 1
                    continue
                if self._send_started is None:
                    self._send_started = time.monotonic()
                    self._position_at_send = self._position
                tick = clock()
                sent = await dispatcher.submit(batch, frozenset(state.partial.get(batch.index, ())))
                timings["waiting for the server"] += clock() - tick
                if not sent:
                    break
        finally:
            reading = False
            while not queue.empty():  # batches read after the stop: nobody wants them
                queue.get_nowait()
            await asyncio.wait([producer])  # the reading thread must be done with the file
            await dispatcher.drain()
            self._timings.update(timings)
        return skipped, dispatcher.waits, dispatcher.riders

    # -- steps -----------------------------------------------------------------------------

    async def _scan(self) -> FileScan:
        loop = asyncio.get_running_loop()
        tick = time.perf_counter()

        def progress(done: int, size: int) -> None:
            if self._stop:
                raise _CancelledWhileChecking
            loop.call_soon_threadsafe(self._checking, done, size)

        scan = await asyncio.to_thread(scan_file, self.plan.path, self.plan.format.encoding, progress)
        self._size = scan.size
        self._timings["checking"] = time.perf_counter() - tick
        return scan

    def _checking(self, done: int, size: int) -> None:
        self._position, self._size = done, size
        self._report(ImportPhase.CHECKING)

    def _open(self) -> tuple[CsvSource, RowValidator]:
        source = CsvSource(self.plan.path, self.plan.format)
        try:
            validator = RowValidator(
                source.header, self.plan.targets, self.plan.field_types, self.plan.phone_region
            )
        except BaseException:
            source.close()
            raise
        return source, validator

    async def _saved(self, scan: FileScan, adopt: Adopt | None) -> SavedProgress | None:
        if self._store is None:
            return None
        data = await self._store.load(self._target, scan.sha256)
        saved = SavedProgress.from_json(data) if data else None
        if saved is None:
            return None
        if adopt is not None:
            self.plan = adopt(dict(saved.cut))
        changed = differences(self.plan.cut(), saved.cut)
        if changed:
            raise resume_mismatch(changed)
        return saved

    async def _save(self, scan: FileScan) -> None:
        if self._store is not None and self._state is not None:
            await self._store.save(self._target, scan.sha256, self._state.to_json())

    def _after_read(self, reader: BatchReader, rejects: RejectsFile, batch: Batch) -> None:
        self._rows_read = reader.rows_read
        self._rows_rejected = rejects.count
        self._position = batch.position

    def _record_part(
        self, batch: Batch, taken: list[int], refused: dict[int, str], rejects: RejectsFile
    ) -> bool:
        """Merged profiles of ``batch`` the server took or refused: count them, report the
        rows refused. True when the whole batch is now answered."""
        state = self._state
        assert state is not None
        done = state.partial.setdefault(batch.index, [])
        done.extend(taken)
        done.extend(refused)
        sent_rows = batch.rows_of(taken)
        state.rows_sent += sent_rows
        state.merged += sent_rows - len(taken)  # rows folded into another row of their profile
        self._sent_this_run += sent_rows
        _sample_fields((batch.merged[item] for item in taken), state.sent_fields)
        for item, message in sorted(refused.items()):
            for position in batch.members[item]:
                row = batch.rows[position]
                state.server_rejected[row] = message
                problem = Problem(ProblemKind.SERVER, _REFUSED, (message,))
                rejects.add(row, batch.lines[position], [problem], batch.cells[position])
        self._rows_rejected = rejects.count
        return len(done) == len(batch.merged)

    def _refused_before(self, batch: Batch, state: SavedProgress, rejects: RejectsFile) -> None:
        """Rows an earlier run had the server refuse go to this run's rejects file too."""
        if not state.server_rejected:
            return
        for position, row in enumerate(batch.rows):
            message = state.server_rejected.get(row)
            if message is not None:
                problem = Problem(ProblemKind.SERVER, _REFUSED, (message,))
                rejects.add(row, batch.lines[position], [problem], batch.cells[position])

    def _fail(self, error: ApiError) -> None:
        if self._failure is None:
            self._failure = error
        already = self._stop
        self._stop = True
        if self._dispatcher is not None:
            self._dispatcher.stopping = True
        if not already:
            self._report(ImportPhase.STOPPING, force=True)

    def _summary(
        self,
        outcome: ImportOutcome,
        scan: FileScan,
        rows: int,
        rejects: RejectsFile,
        rejects_path: Path | None,
        skipped: int,
        waits: tuple[int, int],
        started: float,
    ) -> ImportSummary:
        state = self._state
        assert state is not None
        dropped = compare_echo(state.sent_fields, state.stored_fields).dropped
        return ImportSummary(
            outcome, rows, state.rows_sent, rejects.count, state.merged, len(state.confirmed),
            dropped_fields=tuple(dropped), rejects_file=rejects_path, rejected_by_kind=dict(rejects.by_kind),
            samples=tuple(rejects.samples), sent_fields=dict(state.sent_fields),
            stored_fields=dict(state.stored_fields), resumed_batches=skipped, waits=waits[0], joined=waits[1],
            error=self._failure, diagnosis=diagnose(self._failure) if self._failure else None,
            elapsed=time.monotonic() - started, timings=dict(self._timings), file_key=scan.sha256,
        )  # fmt: skip

    # -- progress --------------------------------------------------------------------------

    def _report(self, phase: ImportPhase, *, force: bool = False) -> None:
        if self._on_progress is None:
            return
        now = time.monotonic()
        if phase is ImportPhase.CHECKING and not force and now - self._last_report < PROGRESS_INTERVAL:
            return
        self._last_report = now
        if phase is not ImportPhase.STOPPING and self._stop:
            phase = ImportPhase.STOPPING
        state = self._state
        size = self._size or 1
        rate = 0.0
        left: float | None = None
        if self._send_started is not None:
            elapsed = now - self._send_started
            if elapsed > 0.5:
                rate = self._sent_this_run / elapsed
                done = self._position - self._position_at_send
                if done > 0:
                    left = elapsed * max(self._size - self._position, 0) / done
        self._on_progress(
            ImportProgress(
                phase,
                rows_read=self._rows_read,
                rows_sent=state.rows_sent if state else 0,
                rows_rejected=self._rows_rejected,
                batches=len(state.confirmed) if state else 0,
                fraction=min(self._position / size, 1.0),
                rows_per_second=rate,
                seconds_left=left,
            )
        )


class _CancelledWhileChecking(Exception):
    """Cancel was asked while the whole file was being read once."""


def _cancelled_early(started: float) -> ImportSummary:
    return ImportSummary(ImportOutcome.CANCELLED, 0, 0, 0, 0, 0, elapsed=time.monotonic() - started)


def _read_and_merge(reader: BatchReader) -> tuple[Batch, int] | None:
    batch = reader.next_batch()
    return None if batch is None else (batch, len(batch.profiles) - len(batch.prepare().merged))


_FIELDS_OF: Final = operator.methodcaller("get", "fields", ())


def _sample_fields(profiles: Any, samples: dict[str, Any]) -> None:
    """Add a value for each field name not seen yet (most rows name the same fields)."""
    profiles = list(profiles)
    try:  # the names of the whole part gathered at C speed: nearly always nothing new
        if set().union(*map(_FIELDS_OF, profiles)) <= samples.keys():
            return
    except TypeError:
        pass  # an echo with "fields": null
    for profile in profiles:
        fields = profile.get("fields")
        if isinstance(fields, dict):
            for name, value in fields.items():
                samples.setdefault(name, value)


def _finished_before(saved: SavedProgress, scan: FileScan, rejects: Path) -> ImportSummary:
    """An import of this file to this target that completed earlier: nothing to send."""
    data = saved.summary or {}
    dropped = compare_echo(saved.sent_fields, saved.stored_fields).dropped
    return ImportSummary(
        ImportOutcome.COMPLETED, int(data.get("rows", 0)), saved.rows_sent, int(data.get("rejected", 0)),
        saved.merged, len(saved.confirmed), dropped_fields=tuple(dropped),
        rejects_file=rejects if data.get("rejects_file") and rejects.exists() else None,
        sent_fields=dict(saved.sent_fields), stored_fields=dict(saved.stored_fields),
        resumed_batches=len(saved.confirmed), file_key=scan.sha256,
    )  # fmt: skip
