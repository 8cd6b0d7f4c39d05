"""The outbox: publish jobs that survive restarts, one pending job per draft.

A job is written before it is sent (`mark_sending`). A job still marked as sending when
the workspace opens was cut off mid-request: it comes back with `outcome_unknown` set and
the fingerprint of what was sent, so the publisher looks for the created object before
it repeats a POST.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.store.errors import NotFoundError


class Operation(StrEnum):
    PUBLISH = "publish"  # POST when the draft has no remote id, else PUT/PATCH


@dataclass(frozen=True, slots=True)
class OutboxJob:
    id: int
    local_id: int
    operation: str
    enqueued_at: float
    next_attempt_at: float
    attempts: int  # failed attempts so far
    last_error: str | None
    last_attempt_at: float | None
    sending: bool  # a request is in flight in this run
    outcome_unknown: bool  # a request may have reached the server: look before repeating a POST
    fingerprint: str | None  # of the payload last sent (see json_text.fingerprint)


@dataclass(frozen=True, slots=True)
class WaitingPublish:
    """A waiting publish as the outbox window lists it."""

    local_id: int
    account_id: int
    account_name: str
    kind: str
    title: str
    enqueued_at: float
    attempts: int
    last_error: str | None
    last_attempt_at: float | None
    next_attempt_at: float
    sending: bool = False


_SELECT = (
    "SELECT outbox.id, outbox.local_id, outbox.operation, outbox.enqueued_at, outbox.next_attempt_at, "
    "outbox.attempts, outbox.last_error, outbox.last_attempt_at, outbox.sending_since IS NOT NULL, "
    "outbox.outcome_unknown, outbox.fingerprint FROM outbox "
)
_DUE = _SELECT + ("WHERE next_attempt_at <= ? AND sending_since IS NULL ORDER BY next_attempt_at, id LIMIT ?")
_GET = _SELECT + "WHERE id = ?"
_FOR_DRAFT = _SELECT + "WHERE local_id = ?"
_FOR_ACCOUNT = _SELECT + (
    "JOIN drafts USING (local_id) WHERE drafts.account_id = ? ORDER BY next_attempt_at, outbox.id"
)


def _job(row: tuple[Any, ...]) -> OutboxJob:
    return OutboxJob(
        id=row[0],
        local_id=row[1],
        operation=row[2],
        enqueued_at=row[3],
        next_attempt_at=row[4],
        attempts=row[5],
        last_error=row[6],
        last_attempt_at=row[7],
        sending=bool(row[8]),
        outcome_unknown=bool(row[9]),
        fingerprint=row[10],
    )


JobRef = OutboxJob | int


def _job_id(job: JobRef) -> int:
    return job.id if isinstance(job, OutboxJob) else job


class Outbox:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._conn = conn
        self._clock = clock

    def enqueue(self, local_id: int, operation: str = Operation.PUBLISH) -> OutboxJob:
        """Queue a job for the draft, due now. A pending job for the same draft is merged:
        the newer operation wins, it becomes due now, and its attempts, error and
        outcome-unknown flag are kept (a POST that may have landed is still looked for)."""
        now = self._clock()
        try:
            self._conn.execute(
                "INSERT INTO outbox (local_id, operation, enqueued_at, next_attempt_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (local_id) DO UPDATE SET "
                "operation = excluded.operation, next_attempt_at = excluded.next_attempt_at",
                (local_id, str(operation), now, now),
            )
        except sqlite3.IntegrityError:
            raise NotFoundError(f"no draft {local_id}") from None
        job = self.job_for(local_id)
        assert job is not None
        return job

    def due(self, now: float, limit: int | None = None) -> builtins.list[OutboxJob]:
        """Jobs whose time has come and that are not in flight, longest-waiting first."""
        rows = self._conn.execute(_DUE, (now, -1 if limit is None else limit))
        return [_job(row) for row in rows]

    def next_due_at(self) -> float | None:
        """When the earliest waiting job is due (for a timer), or None if none waits."""
        row = self._conn.execute(
            "SELECT min(next_attempt_at) FROM outbox WHERE sending_since IS NULL"
        ).fetchone()
        return None if row[0] is None else float(row[0])

    def mark_sending(self, job: JobRef, fingerprint: str | None = None) -> None:
        """Record, before the request goes out, that it is going out and what it carries."""
        now = self._clock()
        cursor = self._conn.execute(
            "UPDATE outbox SET sending_since = ?, last_attempt_at = ?, "
            "fingerprint = coalesce(?, fingerprint) WHERE id = ?",
            (now, now, fingerprint, _job_id(job)),
        )
        _found(cursor, job)

    def mark_attempt(
        self,
        job: JobRef,
        error: str,
        next_attempt_at: float,
        *,
        outcome_unknown: bool | None = None,
    ) -> None:
        """A failed attempt: count it, keep the message, wait until `next_attempt_at`.
        `outcome_unknown` True: the request may have reached the server; False: the
        publisher checked and nothing was created; None: leave the flag as it is."""
        flag = None if outcome_unknown is None else int(outcome_unknown)
        cursor = self._conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
            "sending_since = NULL, last_attempt_at = ?, outcome_unknown = coalesce(?, outcome_unknown) "
            "WHERE id = ?",
            (error, next_attempt_at, self._clock(), flag, _job_id(job)),
        )
        _found(cursor, job)

    def complete(self, job: JobRef) -> None:
        """Done: the job leaves the outbox."""
        self._conn.execute("DELETE FROM outbox WHERE id = ?", (_job_id(job),))

    def get(self, job: JobRef) -> OutboxJob:
        row = self._conn.execute(_GET, (_job_id(job),)).fetchone()
        if row is None:
            raise NotFoundError(f"no outbox job {_job_id(job)}")
        return _job(row)

    def job_for(self, local_id: int) -> OutboxJob | None:
        row = self._conn.execute(_FOR_DRAFT, (local_id,)).fetchone()
        return None if row is None else _job(row)

    def pending_count(self, account_id: int) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM outbox JOIN drafts USING (local_id) WHERE drafts.account_id = ?",
            (account_id,),
        ).fetchone()
        return int(row[0])

    def pending_local_ids(self, account_id: int) -> set[int]:
        """Drafts with a queued publish, for a "pending" badge in lists."""
        rows = self._conn.execute(
            "SELECT local_id FROM outbox JOIN drafts USING (local_id) WHERE drafts.account_id = ?",
            (account_id,),
        )
        return {row[0] for row in rows}

    def list(self, account_id: int) -> builtins.list[OutboxJob]:
        rows = self._conn.execute(_FOR_ACCOUNT, (account_id,))
        return [_job(row) for row in rows]

    def waiting(self) -> builtins.list[WaitingPublish]:
        """Every waiting publish of every account, with what a person needs to recognise it."""
        rows = self._conn.execute(
            "SELECT outbox.local_id, drafts.account_id, accounts.name, drafts.kind, drafts.title, "
            "outbox.enqueued_at, outbox.attempts, outbox.last_error, outbox.last_attempt_at, "
            "outbox.next_attempt_at, outbox.sending_since IS NOT NULL FROM outbox "
            "JOIN drafts USING (local_id) JOIN accounts ON accounts.id = drafts.account_id "
            "ORDER BY outbox.enqueued_at, outbox.id"
        )
        return [
            WaitingPublish(
                local_id=row[0],
                account_id=row[1],
                account_name=row[2],
                kind=row[3],
                title=row[4],
                enqueued_at=row[5],
                attempts=row[6],
                last_error=row[7],
                last_attempt_at=row[8],
                next_attempt_at=row[9],
                sending=bool(row[10]),
            )
            for row in rows
        ]

    def withdraw(self, local_id: int) -> bool:
        """Take the draft's publish out of the outbox (the draft stays); False if none waited."""
        return self._conn.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,)).rowcount > 0

    def recover_interrupted(self) -> int:
        """At open: jobs left in flight by a run that ended mid-request have an unknown outcome."""
        return self._conn.execute(
            "UPDATE outbox SET sending_since = NULL, outcome_unknown = 1 WHERE sending_since IS NOT NULL"
        ).rowcount


def _found(cursor: sqlite3.Cursor, job: JobRef) -> None:
    if cursor.rowcount == 0:
        raise NotFoundError(f"no outbox job {_job_id(job)}")
