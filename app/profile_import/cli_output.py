"""What the command line writes to stderr while importing, and at the end."""

from __future__ import annotations

import time
from typing import Final, TextIO

from app.profile_import.problems import ProblemKind
from app.profile_import.summary import ImportOutcome, ImportPhase, ImportProgress, ImportSummary

TTY_INTERVAL: Final = 0.5
LOG_INTERVAL: Final = 5.0  # seconds between lines when stderr is a file or a pipe

_KINDS: Final = {
    ProblemKind.UNREADABLE: "unreadable",
    ProblemKind.RAGGED: "wrong number of values",
    ProblemKind.NO_IDENTIFIER: "no identifier",
    ProblemKind.EMAIL: "invalid email",
    ProblemKind.PHONE: "invalid phone",
    ProblemKind.VALUE: "value does not fit its field",
    ProblemKind.SERVER: "refused by the server",
}


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def progress_line(progress: ImportProgress) -> str:
    percent = f"{progress.fraction * 100:.0f}%"
    if progress.phase is ImportPhase.CHECKING:
        return f"Checking the file… {percent}"
    if progress.phase is ImportPhase.READING:
        return f"Reading… {percent}: {progress.rows_read:,} rows, {progress.rows_rejected:,} rejected"
    parts = [f"{progress.rows_sent:,} rows sent", f"{progress.rows_rejected:,} rejected", percent]
    if progress.rows_per_second:
        parts.append(f"{progress.rows_per_second:,.0f} rows/s")
    if progress.seconds_left is not None:
        parts.append(f"about {duration(progress.seconds_left)} left")
    line = " · ".join(parts)
    if progress.phase is ImportPhase.STOPPING:
        return f"Stopping after the batches in flight… {line}"
    return f"Sending… {line}"


class ProgressPrinter:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._interval = TTY_INTERVAL if self._tty else LOG_INTERVAL
        self._last = 0.0
        self._phase: ImportPhase | None = None
        self._width = 0

    def show(self, progress: ImportProgress) -> None:
        now = time.monotonic()
        changed = progress.phase is not self._phase
        if not changed and now - self._last < self._interval:
            return
        self._phase = progress.phase
        self._last = now
        line = progress_line(progress)
        if self._tty:
            self._stream.write("\r" + line.ljust(self._width))
            self._width = len(line)
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def done(self) -> None:
        if self._tty and self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0


def print_summary(summary: ImportSummary, stream: TextIO, *, dry_run: bool) -> None:
    write = stream.write
    if dry_run:
        write(
            f"Checked {summary.rows:,} rows: {summary.rows - summary.rejected:,} would be sent in "
            f"{summary.batches:,} batches ({summary.merged:,} merged into an earlier row of the same "
            f"profile), {summary.rejected:,} rejected. Nothing was sent.\n"
        )
    else:
        write(
            f"Rows read: {summary.rows:,}; sent: {summary.sent:,} in {summary.batches:,} batches "
            f"({summary.merged:,} merged into an earlier row of the same profile); "
            f"rejected: {summary.rejected:,}.\n"
        )
        if summary.resumed_batches:
            write(f"{summary.resumed_batches:,} batches confirmed earlier were not sent again.\n")
    if summary.rejected_by_kind:
        kinds = ", ".join(
            f"{_KINDS[kind]}: {count:,}" for kind, count in sorted(summary.rejected_by_kind.items())
        )
        write(f"Rejected rows by reason: {kinds}.\n")
    if summary.rejects_file is not None:
        write(f"The rejected rows and the reason for each are in {summary.rejects_file}\n")
    if summary.dropped_fields:
        write(
            "The server did not store these fields, which are not declared in the project settings: "
            f"{', '.join(summary.dropped_fields)}.\n"
        )
    if summary.timings:
        spent = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in summary.timings.items())
        write(f"Time: {duration(summary.elapsed)} in all ({spent}).\n")
    if summary.outcome is ImportOutcome.FAILED:
        diagnosis = summary.diagnosis
        reason = f"{diagnosis.problem} {diagnosis.action}" if diagnosis else str(summary.error)
        write(f"The import stopped: {reason}\nRun the same command with --resume to go on from there.\n")
    elif summary.outcome is ImportOutcome.CANCELLED:
        write("The import was stopped. Run the same command with --resume to go on from there.\n")
    stream.flush()
