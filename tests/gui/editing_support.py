"""A real workspace with the services the editors use, for the editor, autosave and
conflict tests (imported by them; pytest fixtures live in each test module)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.drafts import Draft
from app.domain.kinds import DraftKind
from app.services.autosave import Autosaver
from app.services.store_access import WorkspaceRunner
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService


@dataclass
class Services:
    runner: WorkspaceRunner
    workspace: WorkspaceService
    tasks: TaskRunner
    autosaver: Autosaver
    writes: list[tuple[float, int]]  # (monotonic time, local_id) of each committed autosave

    async def create(self, kind: DraftKind, payload: dict[str, Any]) -> Draft:
        return await self.workspace.create_draft(kind, payload)

    async def stored(self, local_id: int) -> Draft:
        return await self.workspace.get_draft(local_id)

    async def close(self) -> None:
        await self.autosaver.flush()
        await self.tasks.shutdown()
        await self.runner.close()


async def open_services(directory: Path, delay_ms: int = 400) -> Services:
    runner = await WorkspaceRunner.open(directory)
    workspace = WorkspaceService(runner)
    demo = await runner.call(lambda ws: ws.accounts.demo())
    assert demo is not None
    workspace.account_id = demo.id
    tasks = TaskRunner()
    autosaver = Autosaver(workspace, tasks, delay_ms)
    services = Services(runner, workspace, tasks, autosaver, [])
    _record_writes(services)
    return services


def _record_writes(services: Services) -> None:
    """Note every committed write of the autosaver (the service signals after the commit)."""
    services.autosaver.saved.connect(lambda local_id: services.writes.append((time.monotonic(), local_id)))


async def wait_until(predicate: Callable[[], bool], within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as a person would: key events for ASCII, and for other
    scripts what an input method sends (QTest.keyClicks only knows ASCII keys)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
