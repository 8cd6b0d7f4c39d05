"""The Audience section on a real workspace, with an account on a real sandbox over loopback
(keeping its data in a folder, so tests read what the server stored from its SQLite file)."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from app.services.accounts_service import AccountService
from app.services.audience_service import AudienceService, GenerationPoll
from app.services.autosave import Autosaver
from app.services.store_access import WorkspaceRunner
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from tests.sandbox_data import ServerData

SERVER_FIELDS = ("first_name:String", "city:String", "age:Int", "vip:Bool", "birthday:Date")


@dataclass
class AudienceEnv:
    runner: WorkspaceRunner
    workspace: WorkspaceService
    accounts: AccountService
    tasks: TaskRunner
    audience: AudienceService
    autosaver: Autosaver
    widgets: list[QWidget] = field(default_factory=list)

    def keep(self, widget: QWidget) -> QWidget:
        """Deleted on the UI thread at the end of the test (never by the garbage collector)."""
        self.widgets.append(widget)
        return widget

    async def use(self, server: Any, name: str = "Sandbox") -> int:
        account = await self.accounts.add(name, server.base_url, server.login, server.secret)
        await self.accounts.select(account.id)
        return account.id

    async def close(self) -> None:
        for widget in self.widgets:
            widget.hide()
            widget.deleteLater()
        self.widgets.clear()
        await self.autosaver.flush()
        await asyncio.sleep(0.05)
        await self.tasks.shutdown()
        await self.runner.close()


async def open_env(directory: Path) -> AudienceEnv:
    runner = await WorkspaceRunner.open(directory)
    workspace = WorkspaceService(runner)
    accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
    audience = AudienceService(workspace, accounts, poll=GenerationPoll(first=0.05, cap=0.2, max_wait=5))
    tasks = TaskRunner()
    return AudienceEnv(runner, workspace, accounts, tasks, audience, Autosaver(workspace, tasks, 200))


@pytest.fixture
def env(qloop, tmp_path) -> Iterator[AudienceEnv]:
    opened = qloop.run(open_env(tmp_path / "ws"))
    try:
        yield opened
    finally:
        qloop.run(opened.close())
        gc.collect()


@pytest.fixture
def server_dir(tmp_path: Path) -> Path:
    return tmp_path / "server"


@pytest.fixture
def server_data(server_dir: Path) -> ServerData:
    return ServerData(server_dir)


@pytest.fixture
def server(sandbox_factory: Callable[..., Any], server_dir: Path) -> Any:
    return sandbox_factory(data_dir=server_dir, declare_fields=SERVER_FIELDS)


async def wait_until(predicate: Callable[[], bool], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)
