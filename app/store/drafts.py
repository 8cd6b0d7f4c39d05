"""Drafts of emails, categories, segments and campaigns, and the states they move through.

A draft is two rows: `drafts` (what lists show and filter on) and `draft_documents` (the
JSON payload, base and theirs). Every write touching both is one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from itertools import repeat
from typing import Any

from app.domain.drafts import Draft, DraftError, DraftRow, DraftState, PullResult
from app.domain.kinds import DraftKind
from app.store import json_text, pull
from app.store.derived import derive, fold_filter
from app.store.errors import DuplicateRemoteIdError, NotFoundError
from app.store.transaction import write_transaction

RemoteId = int | str

_GET = (
    "SELECT d.local_id, d.account_id, d.kind, d.remote_id, doc.payload, doc.base, doc.theirs, d.state, "
    "d.last_error, d.title, d.created_at, d.updated_at, d.published_at, "
    "EXISTS (SELECT 1 FROM outbox WHERE outbox.local_id = d.local_id) "
    "FROM drafts AS d JOIN draft_documents AS doc USING (local_id) WHERE d.local_id = ?"
)
_BY_REMOTE_ID = (
    "SELECT d.local_id, d.account_id, d.kind, d.remote_id, doc.payload, doc.base, doc.theirs, d.state, "
    "d.last_error, d.title, d.created_at, d.updated_at, d.published_at, "
    "EXISTS (SELECT 1 FROM outbox WHERE outbox.local_id = d.local_id) "
    "FROM drafts AS d JOIN draft_documents AS doc USING (local_id) "
    "WHERE d.account_id = ? AND d.kind = ? AND d.remote_id = ?"
)
# One query per list, no per-row Python beyond making the tuple a DraftRow. LIMIT -1 is "all".
_LIST = (
    "SELECT local_id, kind, title, state, remote_id, updated_at, last_error IS NOT NULL, server_changed "
    "FROM drafts WHERE account_id = ? AND kind = ? ORDER BY updated_at DESC, local_id DESC LIMIT ?"
)
_LIST_FILTERED = (
    "SELECT local_id, kind, title, state, remote_id, updated_at, last_error IS NOT NULL, server_changed "
    "FROM drafts WHERE account_id = ? AND kind = ? AND instr(search_text, ?) > 0 "
    "ORDER BY updated_at DESC, local_id DESC LIMIT ?"
)
_new_row = tuple.__new__  # DraftRow from a fetched tuple at C speed: lists stay as fast as bare sqlite3
_EDITED_STATES = (DraftState.PUBLISHED, DraftState.MODIFIED)


def _draft(row: tuple[Any, ...]) -> Draft:
    return Draft(
        local_id=row[0],
        account_id=row[1],
        kind=DraftKind(row[2]),
        remote_id=row[3],
        payload=json_text.loads(row[4]),
        base=json_text.loads_optional(row[5]),
        theirs=json_text.loads_optional(row[6]),
        state=DraftState(row[7]),
        last_error=None if row[8] is None else DraftError.from_json(row[8]),
        title=row[9],
        created_at=row[10],
        updated_at=row[11],
        published_at=row[12],
        queued=bool(row[13]),
    )


class DraftRepository:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._conn = conn
        self._clock = clock

    # -- writing ---------------------------------------------------------------------------

    def create_draft(self, account_id: int, kind: str, payload: Mapping[str, Any]) -> Draft:
        """A new draft in state `local` (never published). An unknown kind is a ValueError."""
        draft_kind = DraftKind(kind)
        text = json_text.dumps(payload)
        title, search_text = derive(draft_kind, payload)
        now = self._clock()
        try:
            with write_transaction(self._conn):
                cursor = self._conn.execute(
                    "INSERT INTO drafts (account_id, kind, state, title, search_text, created_at, "
                    "updated_at) VALUES (?, ?, 'local', ?, ?, ?, ?)",
                    (account_id, draft_kind.value, title, search_text, now, now),
                )
                local_id = cursor.lastrowid
                self._conn.execute(
                    "INSERT INTO draft_documents (local_id, payload) VALUES (?, ?)", (local_id, text)
                )
        except sqlite3.IntegrityError:
            raise NotFoundError(f"no account {account_id}") from None
        assert local_id is not None
        return Draft(
            local_id, account_id, draft_kind, None, json_text.loads(text), None, None,
            DraftState.LOCAL, None, title, now, now, None,
        )  # fmt: skip

    def save_payload(self, local_id: int, payload: Mapping[str, Any]) -> bool:
        """Autosave: store the editor's payload; returns False when nothing changed.

        published becomes modified (and back, if the edit returns to the server's copy);
        local, modified, conflict and failed keep their state.
        """
        text = json_text.dumps(payload)
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT d.kind, d.state, doc.payload = ?1, coalesce(doc.base = ?1, 0) "
                "FROM drafts AS d JOIN draft_documents AS doc USING (local_id) WHERE d.local_id = ?2",
                (text, local_id),
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no draft {local_id}")
            kind, state, unchanged, back_to_base = row
            if unchanged:
                return False
            if state in _EDITED_STATES:
                state = DraftState.PUBLISHED if back_to_base else DraftState.MODIFIED
            title, search_text = derive(kind, payload)
            self._conn.execute("UPDATE draft_documents SET payload = ? WHERE local_id = ?", (text, local_id))
            self._conn.execute(
                "UPDATE drafts SET state = ?, title = ?, search_text = ?, updated_at = ? WHERE local_id = ?",
                (state, title, search_text, self._clock(), local_id),
            )
        return True

    def mark_published(
        self,
        local_id: int,
        remote_id: RemoteId,
        server_object: Mapping[str, Any],
        *,
        sent: Mapping[str, Any] | None = None,
    ) -> Draft:
        """The server accepted the draft: payload and base become the server's object.

        Pass `sent` (the payload that was published): if the user edited the draft while
        the request was in flight, their newer payload is kept and the draft is `modified`.
        A pristine pulled copy of the same remote object (left by a pull while a POST's
        outcome was unknown) is removed; any other holder of the remote id is an error.
        """
        server_text = json_text.dumps(server_object)
        rid = str(remote_id)
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT d.account_id, d.kind, doc.payload FROM drafts AS d "
                "JOIN draft_documents AS doc USING (local_id) WHERE d.local_id = ?",
                (local_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no draft {local_id}")
            account_id, kind, payload_text = row
            self._free_remote_id(account_id, kind, rid, local_id)
            if sent is not None and payload_text != json_text.dumps(sent):
                state, new_payload = DraftState.MODIFIED, payload_text
                title, search_text = derive(kind, json_text.loads(payload_text))
            else:
                state, new_payload = DraftState.PUBLISHED, server_text
                title, search_text = derive(kind, server_object)
            now = self._clock()
            self._conn.execute(
                "UPDATE draft_documents SET payload = ?, base = ?, theirs = NULL WHERE local_id = ?",
                (new_payload, server_text, local_id),
            )
            self._conn.execute(
                "UPDATE drafts SET remote_id = ?, state = ?, last_error = NULL, server_changed = 0, "
                "title = ?, search_text = ?, published_at = ? WHERE local_id = ?",
                (rid, state, title, search_text, now, local_id),
            )
        return self.get_draft(local_id)

    def mark_conflict(self, local_id: int, theirs: Mapping[str, Any]) -> None:
        """The server's copy changed since base: keep ours, remember theirs for the merge."""
        with write_transaction(self._conn):
            cursor = self._conn.execute(
                "UPDATE draft_documents SET theirs = ? WHERE local_id = ?",
                (json_text.dumps(theirs), local_id),
            )
            _found(cursor, local_id)
            self._conn.execute(
                "UPDATE drafts SET state = 'conflict', server_changed = 1 WHERE local_id = ?", (local_id,)
            )

    def resolve_conflict(
        self, local_id: int, merged_payload: Mapping[str, Any], theirs: Mapping[str, Any]
    ) -> None:
        """The user merged: base becomes theirs, payload the merge; `modified` (to publish),
        or `published` when the merge is exactly the server's copy."""
        merged = json_text.dumps(merged_payload)
        theirs_text = json_text.dumps(theirs)
        state = DraftState.PUBLISHED if merged == theirs_text else DraftState.MODIFIED
        with write_transaction(self._conn):
            row = self._conn.execute("SELECT kind FROM drafts WHERE local_id = ?", (local_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no draft {local_id}")
            title, search_text = derive(row[0], merged_payload)
            self._conn.execute(
                "UPDATE draft_documents SET payload = ?, base = ?, theirs = NULL WHERE local_id = ?",
                (merged, theirs_text, local_id),
            )
            self._conn.execute(
                "UPDATE drafts SET state = ?, server_changed = 0, title = ?, search_text = ?, "
                "updated_at = ? WHERE local_id = ?",
                (state, title, search_text, self._clock(), local_id),
            )

    def mark_failed(self, local_id: int, error: DraftError) -> None:
        """The publish was refused; the payload stays as it is."""
        cursor = self._conn.execute(
            "UPDATE drafts SET state = 'failed', last_error = ? WHERE local_id = ?",
            (error.to_json(), local_id),
        )
        _found(cursor, local_id)

    def delete_draft(self, local_id: int) -> bool:
        """Delete the draft (and its queued publish); False if it was already gone."""
        return self._conn.execute("DELETE FROM drafts WHERE local_id = ?", (local_id,)).rowcount > 0

    def apply_pull(
        self,
        account_id: int,
        kind: str,
        remote_objects: Iterable[Mapping[str, Any]],
        id_field: str | None = None,
    ) -> PullResult:
        """Bring the server's list in, in one transaction, never overwriting local work.

        `id_field` defaults to the kind's (``category`` for categories, else ``id``)."""
        draft_kind = DraftKind(kind)
        field = draft_kind.id_field if id_field is None else id_field
        with write_transaction(self._conn):
            return pull.apply(self._conn, self._clock(), account_id, draft_kind, remote_objects, field)

    # -- reading ---------------------------------------------------------------------------

    def get_draft(self, local_id: int) -> Draft:
        row = self._conn.execute(_GET, (local_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no draft {local_id}")
        return _draft(row)

    def find_by_remote_id(self, account_id: int, kind: str, remote_id: RemoteId) -> Draft | None:
        row = self._conn.execute(_BY_REMOTE_ID, (account_id, str(kind), str(remote_id))).fetchone()
        return None if row is None else _draft(row)

    def bases_with_annotations(self, account_id: int, kind: str) -> dict[str, dict[str, Any]]:
        """The bases, by remote id, of the drafts whose base holds local ``$`` annotations
        (a pull reads the server's copy in their light)."""
        rows = self._conn.execute(
            "SELECT d.remote_id, doc.base FROM drafts AS d JOIN draft_documents AS doc USING (local_id) "
            "WHERE d.account_id = ? AND d.kind = ? AND d.remote_id IS NOT NULL "
            "AND instr(doc.base, '\"$') > 0",
            (account_id, str(kind)),
        )
        return {remote_id: json_text.loads(base) for remote_id, base in rows}

    def remote_ids(self, account_id: int, kind: str) -> set[str]:
        """The server ids of the account's drafts of ``kind`` (what the server is known to hold)."""
        rows = self._conn.execute(
            "SELECT remote_id FROM drafts WHERE account_id = ? AND kind = ? AND remote_id IS NOT NULL",
            (account_id, str(kind)),
        )
        return {row[0] for row in rows}

    def list_drafts(
        self, account_id: int, kind: str, filter_text: str = "", limit: int | None = None
    ) -> list[DraftRow]:
        """Light rows, newest first; `filter_text` matches case-insensitively anywhere."""
        folded = fold_filter(filter_text)
        last = -1 if limit is None else limit
        if folded:
            cursor = self._conn.execute(_LIST_FILTERED, (account_id, kind, folded, last))
        else:
            cursor = self._conn.execute(_LIST, (account_id, kind, last))
        return list(map(_new_row, repeat(DraftRow), cursor.fetchall()))

    def count_by_state(self, account_id: int, kind: str | None = None) -> dict[DraftState, int]:
        """Every state with its count (zero included), for one kind or all."""
        if kind is None:
            rows = self._conn.execute(
                "SELECT state, count(*) FROM drafts WHERE account_id = ? GROUP BY state", (account_id,)
            )
        else:
            rows = self._conn.execute(
                "SELECT state, count(*) FROM drafts WHERE account_id = ? AND kind = ? GROUP BY state",
                (account_id, str(kind)),
            )
        counts = dict.fromkeys(DraftState, 0)
        for state, count in rows:
            counts[DraftState(state)] = count
        return counts

    # -- helpers ---------------------------------------------------------------------------

    def _free_remote_id(self, account_id: int, kind: str, remote_id: str, local_id: int) -> None:
        holder = self._conn.execute(
            "SELECT d.local_id, d.state = 'published' AND doc.payload = doc.base "
            "FROM drafts AS d JOIN draft_documents AS doc USING (local_id) "
            "WHERE d.account_id = ? AND d.kind = ? AND d.remote_id = ? AND d.local_id != ?",
            (account_id, kind, remote_id, local_id),
        ).fetchone()
        if holder is None:
            return
        if not holder[1]:
            raise DuplicateRemoteIdError(
                f"draft {holder[0]} already holds {kind} {remote_id} of this account"
            )
        self._conn.execute("DELETE FROM drafts WHERE local_id = ?", (holder[0],))


def _found(cursor: sqlite3.Cursor, local_id: int) -> None:
    if cursor.rowcount == 0:
        raise NotFoundError(f"no draft {local_id}")
