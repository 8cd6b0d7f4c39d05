"""Merging the server's list into the drafts: new objects come in, local work is never overwritten."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.drafts import PullResult
from app.domain.wire import parse_wire_datetime
from app.store import json_text
from app.store.derived import derive


def apply(
    conn: sqlite3.Connection,
    now: float,
    account_id: int,
    kind: str,
    remote_objects: Iterable[Mapping[str, Any]],
    id_field: str,
) -> PullResult:
    """Run inside the caller's transaction.

    Unknown remote ids are inserted as `published`; `published` drafts whose server copy
    differs are refreshed; drafts with local work (`modified`, `conflict`, `local`,
    `failed`) keep their payload and base, and the server's copy goes to `theirs` when it
    moved away from base, so the list can say "changed on the server".
    """
    known: dict[str, tuple[int, str, str | None, str | None]] = {
        row[0]: (row[1], row[2], row[3], row[4])
        for row in conn.execute(
            "SELECT d.remote_id, d.local_id, d.state, doc.base, doc.theirs "
            "FROM drafts AS d JOIN draft_documents AS doc USING (local_id) "
            "WHERE d.account_id = ? AND d.kind = ? AND d.remote_id IS NOT NULL",
            (account_id, kind),
        )
    }
    added = updated = kept = unchanged = 0
    for obj in remote_objects:
        remote_id = _remote_id(obj, id_field)
        text = json_text.dumps(obj)
        existing = known.get(remote_id)
        if existing is None:
            title, search_text = derive(kind, obj)
            cursor = conn.execute(
                "INSERT INTO drafts (account_id, kind, remote_id, state, title, search_text, "
                "created_at, updated_at) VALUES (?, ?, ?, 'published', ?, ?, ?, ?)",
                (account_id, kind, remote_id, title, search_text, now, edited_at(obj, now)),
            )
            conn.execute(
                "INSERT INTO draft_documents (local_id, payload, base) VALUES (?, ?, ?)",
                (cursor.lastrowid, text, text),
            )
            known[remote_id] = (-1, "published", text, None)  # a repeated id in one list counts once
            added += 1
            continue
        local_id, state, base, theirs = existing
        if local_id < 0:
            continue
        if state == "published":
            if text == base:
                unchanged += 1
                continue
            title, search_text = derive(kind, obj)
            conn.execute(
                "UPDATE draft_documents SET payload = ?, base = ?, theirs = NULL WHERE local_id = ?",
                (text, text, local_id),
            )
            conn.execute(
                "UPDATE drafts SET title = ?, search_text = ?, server_changed = 0, updated_at = ? "
                "WHERE local_id = ?",
                (title, search_text, edited_at(obj, now), local_id),
            )
            updated += 1
            continue
        kept += 1
        new_theirs = None if text == base else text
        # At a conflict `theirs` is what the merge dialog shows; only a newer server copy replaces it.
        if state == "conflict" and new_theirs is None:
            continue
        if new_theirs != theirs:
            conn.execute("UPDATE draft_documents SET theirs = ? WHERE local_id = ?", (new_theirs, local_id))
            conn.execute(
                "UPDATE drafts SET server_changed = ? WHERE local_id = ?", (new_theirs is not None, local_id)
            )
    return PullResult(added, updated, kept, unchanged)


def edited_at(obj: Mapping[str, Any], pulled_at: float) -> float:
    """When the server's copy was last edited (its ``updated_at``, else ``created_at``), so a
    list's "Last edited" says when someone changed it, not when it was pulled."""
    for key in ("updated_at", "created_at"):
        value = obj.get(key)
        if isinstance(value, str):
            try:
                return min(parse_wire_datetime(value).timestamp(), pulled_at)
            except (ValueError, OverflowError):
                continue
    return pulled_at


def _remote_id(obj: Mapping[str, Any], id_field: str) -> str:
    value = obj.get(id_field)
    if value is None or isinstance(value, bool) or value == "":
        raise ValueError(f"a server object has no {id_field!r}")
    return str(value)
