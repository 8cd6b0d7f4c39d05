"""How an import is going, and how it ended."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.api.diagnosis import Diagnosis
from app.api.errors import ApiError
from app.profile_import.problems import ProblemKind
from app.profile_import.rejects import Rejection


class ImportPhase(StrEnum):
    CHECKING = "checking"  # reading the whole file once: its hash, and that it decodes
    READING = "reading"  # the validation report (nothing is sent)
    SENDING = "sending"
    STOPPING = "stopping"  # cancelled or failed: the batches in flight are being answered


class ImportOutcome(StrEnum):
    CHECKED = "checked"  # the validation report of a dry run: nothing was sent
    COMPLETED = "completed"  # every row was sent or reported as rejected
    CANCELLED = "cancelled"  # stopped by the user: resumable
    FAILED = "failed"  # stopped by an error: resumable once it is fixed


@dataclass(frozen=True)
class ImportProgress:
    phase: ImportPhase
    rows_read: int = 0
    rows_sent: int = 0  # taken by the server, earlier runs of a resumed import included
    rows_rejected: int = 0
    batches: int = 0  # confirmed by the server
    fraction: float = 0.0  # of the file, 0..1, for a progress bar
    rows_per_second: float = 0.0  # rows sent per second in this run
    seconds_left: float | None = None  # None until there is enough to estimate


@dataclass(frozen=True)
class ImportSummary:
    outcome: ImportOutcome
    rows: int  # rows of the file read (the header not counted)
    sent: int  # rows the server took
    rejected: int  # rows reported in the rejects file
    merged: int  # rows folded into an earlier row of their batch (the same profile)
    batches: int  # confirmed by the server (or, in a dry run, that would be sent)
    dropped_fields: tuple[str, ...] = ()  # sent, but not stored: not declared in the project
    rejects_file: Path | None = None
    rejected_by_kind: Mapping[ProblemKind, int] = field(default_factory=dict)
    samples: tuple[Rejection, ...] = ()  # the first rejected rows, for the report
    sent_fields: Mapping[str, Any] = field(default_factory=dict)  # a sample value per field sent
    stored_fields: Mapping[str, Any] = field(default_factory=dict)  # per field the server echoed
    resumed_batches: int = 0  # confirmed by an earlier run, not sent again
    waits: int = 0  # batches with profiles that waited for an earlier request holding them
    joined: int = 0  # of their waiting parts, those sent along with another request
    error: ApiError | None = None  # why a FAILED import stopped
    diagnosis: Diagnosis | None = None  # the error in plain words, with what to do
    elapsed: float = 0.0
    timings: Mapping[str, float] = field(default_factory=dict)  # seconds, by stage
    file_key: str = ""

    @property
    def resumable(self) -> bool:
        return self.outcome in (ImportOutcome.CANCELLED, ImportOutcome.FAILED)

    def to_json(self) -> dict[str, Any]:
        """The command line's last line."""
        return {
            "rows": self.rows,
            "sent": self.sent,
            "rejected": self.rejected,
            "merged": self.merged,
            "batches": self.batches,
            "dropped_fields": list(self.dropped_fields),
            "rejects_file": str(self.rejects_file) if self.rejects_file is not None else None,
        }
