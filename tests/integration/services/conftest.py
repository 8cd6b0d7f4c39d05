"""Services against a real workspace in tmp_path, the test keyring and the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import keyring
import pytest

from app.services.accounts_service import AccountService
from app.services.store_access import WorkspaceRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore


class Recorder:
    """Collects what a signal emitted."""

    def __init__(self, signal: Any) -> None:
        self.calls: list[tuple[Any, ...]] = []
        signal.connect(lambda *args: self.calls.append(args))

    @property
    def values(self) -> list[Any]:
        return [args[0] if len(args) == 1 else args for args in self.calls]


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
async def runner(workspace_dir: Path) -> AsyncIterator[WorkspaceRunner]:
    opened = await WorkspaceRunner.open(workspace_dir)
    closed: list[bool] = []
    original_close = opened.close

    async def close_once() -> None:  # a test may close it itself (to see the checkpointed file)
        if not closed:
            closed.append(True)
            await original_close()

    opened.close = close_once  # type: ignore[method-assign]
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
def workspace(runner: WorkspaceRunner) -> WorkspaceService:
    return WorkspaceService(runner)


@pytest.fixture
def make_accounts(workspace: WorkspaceService) -> Callable[..., AccountService]:
    """An AccountService on the workspace; pass a keyring backend to replace the test one."""

    def make(backend: Any = None) -> AccountService:
        store = SecretStore(backend, namespace=workspace.runner.workspace_id)
        return AccountService(workspace, store)

    return make


@pytest.fixture
def accounts(make_accounts: Callable[..., AccountService]) -> AccountService:
    return make_accounts()


def keyring_secret(runner: WorkspaceRunner, account_id: int) -> str | None:
    """What the (test) keyring holds for this account of this workspace."""
    return keyring.get_keyring().get_password("campaign-studio", f"{runner.workspace_id}:{account_id}")
