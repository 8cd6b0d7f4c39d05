"""The workspace as the command line uses it: accounts, their secrets, saved progress.

The store is used by one thread at a time; the command line gives it one thread of its
own, like the app's workspace runner, so saving progress never holds up the sending.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from app.domain.account import Account
from app.domain.profile_fields import ProfileFieldType
from app.store.errors import WorkspaceError, WorkspaceLockedError
from app.store.secrets import SecretStore
from app.store.workspace import Workspace

T = TypeVar("T")


class CliWorkspaceError(Exception):
    """A message for the command line's user (exit 2)."""


class CliWorkspace:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workspace")

    @classmethod
    def open(cls, directory: Path | None) -> CliWorkspace:
        try:
            return cls(Workspace.open(directory))
        except WorkspaceLockedError as error:
            raise CliWorkspaceError(
                f"{error} Close Campaign Studio, or give another folder with --workspace to keep this "
                "import's progress there."
            ) from None
        except WorkspaceError as error:
            raise CliWorkspaceError(str(error)) from None

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self._workspace.close()

    def __enter__(self) -> CliWorkspace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def call(self, fn: Callable[[Workspace], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self._workspace)

    def account(
        self, name: str, *, need_secret: bool
    ) -> tuple[Account, str | None, dict[str, ProfileFieldType]]:
        """The account called ``name`` (case aside), its secret and its declared fields."""
        accounts = self._workspace.accounts.list()
        found = [a for a in accounts if a.name == name] or [
            a for a in accounts if a.name.casefold() == name.strip().casefold()
        ]
        if len(found) != 1:
            known = ", ".join(a.name for a in accounts) or "none yet"
            if found:
                raise CliWorkspaceError(f"more than one account is called {name!r}; rename one in the app")
            raise CliWorkspaceError(
                f"no account is called {name!r} in {self._workspace.directory} (accounts: {known})"
            )
        account = found[0]
        declared = {f.name: f.type for f in self._workspace.profile_fields.list(account.id)}
        secret = None
        if need_secret and not account.is_demo:
            store = SecretStore(namespace=self._workspace.id)
            secret = store.get(account.id)
            if not secret:
                why = f" ({store.reason})" if store.reason else ""
                raise CliWorkspaceError(
                    f"the keyring holds no secret for the account {account.name!r}{why}. Enter it in the "
                    f"app (Account → Accounts…), or use --base-url and --login with $CAMPAIGN_STUDIO_SECRET."
                )
        return account, secret, declared


class WorkspaceProgressStore:
    """:class:`ProgressStore` on the workspace's ``import_progress`` table."""

    def __init__(self, workspace: CliWorkspace) -> None:
        self._workspace = workspace

    async def load(self, target: str, file_key: str) -> dict[str, Any] | None:
        return await self._workspace.call(lambda ws: ws.import_progress.get(target, file_key))

    async def save(self, target: str, file_key: str, state: dict[str, Any]) -> None:
        await self._workspace.call(lambda ws: ws.import_progress.save(target, file_key, state))
