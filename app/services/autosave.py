"""Autosave: every edit reaches the workspace within a second, without a Save button.

The editors call :meth:`Autosaver.edited` on every keystroke with the whole wire payload.
A save is scheduled ``delay_ms`` after the last edit (typing pauses are short), but never
later than ``max_wait_ms`` after the first unsaved edit, so continuous typing is saved
every ~second too. Saves run one at a time on the workspace thread (the order of writes
is the order of edits); the UI thread only compares dicts and starts a task.

A failed save keeps the payload pending and retries (the editor keeps the text and
shows "Not saved: ..."); a newer edit replaces it. A draft deleted meanwhile is dropped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.services.tasks import TaskRunner
from app.store.errors import NotFoundError

if TYPE_CHECKING:
    from app.services.workspace_service import WorkspaceService

log = logging.getLogger(__name__)

Payload = dict[str, Any]
MAX_WAIT_MS = 750  # leaves a quarter second for the write itself within the promised second
RETRY_MS = 2000


class Autosaver(QObject):
    saved = Signal(int)  # local_id: a write reached the database
    save_failed = Signal(int, str)  # local_id, a sentence for the user

    def __init__(
        self,
        workspace: WorkspaceService,
        runner: TaskRunner,
        delay_ms: int = 400,
        parent: QObject | None = None,
        *,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._runner = runner
        self._delay_ms = delay_ms
        self._max_wait_ms = max(max_wait_ms, delay_ms)
        self._pending: dict[int, Payload] = {}
        self._stored: dict[int, Payload] = {}  # what each draft holds in the database, as far as we know
        self._first_edit: float | None = None  # monotonic time of the oldest unsaved edit
        self._failed: set[int] = set()
        self._saving: asyncio.Task[None] | None = None
        self._in_flight: frozenset[int] = frozenset()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    # -- what the editors call --------------------------------------------------------------

    def remember(self, local_id: int, payload: Mapping[str, Any]) -> None:
        """The payload an editor just loaded is what the database holds: an edit that
        returns to it writes nothing."""
        if local_id not in self._pending:
            self._stored[local_id] = dict(payload)

    def forget(self, local_id: int) -> None:
        """The editor closed this draft (after a flush); drop what we know of it."""
        if local_id not in self._pending:
            self._stored.pop(local_id, None)
            self._failed.discard(local_id)

    def edited(self, local_id: int, payload: Mapping[str, Any]) -> None:
        """Debounced: reaches the DB within 1 s of the last keystroke and at most 1 s after
        the first unsaved one. ``payload`` is copied (shallowly: never mutate its values)."""
        snapshot = dict(payload)
        if self._stored.get(local_id) == snapshot and local_id not in self._failed:
            # Back to what is stored (typed and erased): nothing to write.
            self._pending.pop(local_id, None)
            if not self._pending:
                self._first_edit = None
                self._timer.stop()
            return
        self._pending[local_id] = snapshot
        now = time.monotonic()
        if self._first_edit is None:
            self._first_edit = now
        self._schedule(now)

    def is_pending(self, local_id: int) -> bool:
        """Whether an edit of this draft is not yet in the database (queued or being written)."""
        return local_id in self._pending or local_id in self._in_flight

    def stored(self, local_id: int) -> Payload | None:
        """The payload last written (or remembered) for this draft."""
        return self._stored.get(local_id)

    async def flush(self) -> None:
        """Write everything pending now: on close, switching drafts, before publish."""
        self._timer.stop()
        while True:
            saving = self._saving
            if saving is not None and not saving.done():
                await asyncio.shield(saving)
                continue
            if not self._pending:
                return
            self._saving = asyncio.get_running_loop().create_task(self._save_pending())
            await asyncio.shield(self._saving)
            if self._failed & set(self._pending):
                return  # reported through save_failed; a retry is scheduled

    def spawn_flush(self) -> asyncio.Task[None]:
        """:meth:`flush` as a background task (for a button's click handler)."""
        return self._runner.spawn(self.flush(), name="autosave-flush")

    # -- scheduling -------------------------------------------------------------------------

    def _schedule(self, now: float) -> None:
        if self._saving is not None and not self._saving.done():
            return  # the running save re-schedules what is left when it ends
        assert self._first_edit is not None
        deadline_ms = self._max_wait_ms - (now - self._first_edit) * 1000
        wait_ms = max(0, int(min(self._delay_ms, deadline_ms)))
        self._timer.start(wait_ms)

    def _on_timer(self) -> None:
        if not self._pending or (self._saving is not None and not self._saving.done()):
            return
        try:
            self._saving = self._runner.spawn(self._save_pending(), name="autosave")
        except RuntimeError:
            log.warning("autosave skipped: the application is shutting down (flush() first)")

    async def _save_pending(self) -> None:
        batch = self._pending
        self._pending = {}
        self._first_edit = None
        self._in_flight = frozenset(batch)
        try:
            for local_id, payload in batch.items():
                await self._save_one(local_id, payload)
        finally:
            self._in_flight = frozenset()
            self._after_save()

    async def _save_one(self, local_id: int, payload: Payload) -> None:
        try:
            wrote = await self._workspace.save_payload(local_id, payload)
            self._in_flight = self._in_flight - {local_id}
        except asyncio.CancelledError:
            self._requeue(local_id, payload)
            raise
        except NotFoundError:
            log.info("draft %d was deleted before its autosave", local_id)
            self._stored.pop(local_id, None)
            self._failed.discard(local_id)
            return
        except Exception as exc:  # disk full, locked database...: keep the text and retry
            log.warning("autosave of draft %d failed: %s", local_id, exc)
            self._requeue(local_id, payload)
            self._failed.add(local_id)
            self.save_failed.emit(local_id, str(exc) or type(exc).__name__)
            return
        self._stored[local_id] = payload
        self._failed.discard(local_id)
        if wrote:
            self.saved.emit(local_id)

    def _requeue(self, local_id: int, payload: Payload) -> None:
        # A newer edit made while this one was being written wins.
        self._pending.setdefault(local_id, payload)
        if self._first_edit is None:
            self._first_edit = time.monotonic()

    def _after_save(self) -> None:
        if not self._pending:
            return
        if self._pending.keys() <= self._failed:
            self._timer.start(RETRY_MS)
            return
        assert self._first_edit is not None
        elapsed_ms = (time.monotonic() - self._first_edit) * 1000
        self._timer.start(max(0, int(min(self._delay_ms, self._max_wait_ms - elapsed_ms))))
