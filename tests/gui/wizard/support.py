"""A real workspace, an account on the sandbox and every service the campaign wizard uses,
for the wizard's GUI tests."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from app.domain.drafts import Draft
from app.domain.kinds import DraftKind
from app.services.accounts_service import AccountService
from app.services.autosave import Autosaver
from app.services.campaign_catalog import CampaignCatalog
from app.services.campaign_control import CampaignControl
from app.services.store_access import WorkspaceRunner
from app.services.sync_backoff import Backoff, ProbeRhythm
from app.services.sync_service import SyncService
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from app.ui.wizard.context import WizardServices
from app.ui.wizard.editor import CampaignWizardEditor

FAST = {"backoff": Backoff(base=0.1, cap=1.0), "probe": ProbeRhythm(first=0.2, cap=0.5)}


@dataclass
class WizardEnv:
    runner: WorkspaceRunner
    workspace: WorkspaceService
    accounts: AccountService
    tasks: TaskRunner
    autosaver: Autosaver
    sync: SyncService
    catalog: CampaignCatalog
    control: CampaignControl
    widgets: list[QWidget] = field(default_factory=list)
    writes: list[int] = field(default_factory=list)

    @property
    def services(self) -> WizardServices:
        return WizardServices(self.workspace, self.autosaver, self.catalog, self.control)

    def editor(self, kind: DraftKind) -> CampaignWizardEditor:
        editor = CampaignWizardEditor(kind, workspace=self.workspace, autosaver=self.autosaver,
                                      services=self.services)  # fmt: skip
        editor.publish_requested.connect(lambda local_id: self.sync.publish([local_id]))
        editor.resize(1100, 860)
        editor.show()
        self.widgets.append(editor)
        return editor

    async def pull(self, kind: DraftKind, objects: list[dict[str, Any]]) -> None:
        account_id = self.workspace.account_id
        assert account_id is not None
        await self.runner.call(lambda ws: ws.drafts.apply_pull(account_id, kind.value, objects))
        self.workspace.notify(kind)

    async def draft_of(self, kind: DraftKind, remote_id: int) -> Draft:
        account_id = self.workspace.account_id
        assert account_id is not None
        found = await self.runner.call(
            lambda ws: ws.drafts.find_by_remote_id(account_id, kind.value, remote_id)
        )
        assert found is not None
        return found

    @contextlib.asynccontextmanager
    async def syncing(self) -> AsyncIterator[None]:
        """Publishing runs for this block only: its tasks must not outlive the test's loop run
        (a task step run from a bare Qt event, outside the loop, finds no async library)."""
        self.sync.start()
        try:
            yield
        finally:
            await self.autosaver.flush()
            await self.sync.stop()

    async def close(self) -> None:
        for widget in self.widgets:
            if shiboken6.isValid(widget):  # a test may have closed it itself
                widget.hide()
                widget.deleteLater()
        self.widgets.clear()
        await asyncio.sleep(0.05)
        await self.autosaver.flush()
        await self.sync.stop()
        await self.tasks.shutdown()
        await self.runner.close()


async def open_wizard_env(directory: Path, sandbox: Any) -> WizardEnv:
    runner = await WorkspaceRunner.open(directory)
    workspace = WorkspaceService(runner)
    accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
    account = await accounts.add("Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
    await accounts.select(account.id)
    tasks = TaskRunner()
    autosaver = Autosaver(workspace, tasks, 100)
    sync = SyncService(workspace, accounts, tasks, worker_options=FAST)
    catalog = CampaignCatalog(workspace, accounts)
    control = CampaignControl(workspace, accounts, sync)
    env = WizardEnv(runner, workspace, accounts, tasks, autosaver, sync, catalog, control)
    autosaver.saved.connect(env.writes.append)
    return env


async def server_objects(env: WizardEnv) -> dict[str, Any]:
    """An email and a segment on the server, pulled into the workspace."""
    name = uuid.uuid4().hex[:6]
    async with env.accounts.client() as api:
        category = await api.categories.create({"title": f"Wizard {name}", "description": "x"})
        email = await api.emails.create({
            "category": category["category"], "from_address": "news@example.com",
            "internal_name": f"Spring sale {name}", "subject": "Spring sale: 30% off",
            "text_plain": "Everything is 30% off until Sunday.",
        })  # fmt: skip
        segment = await api.segments.create({"name": f"Active buyers {name}", "condition": {"all": []}})
        segment = await api.segments.generate(segment["id"]) or segment
    await env.pull(DraftKind.EMAILS, [email])
    await env.pull(DraftKind.SEGMENTS, [segment])
    email_draft = await env.draft_of(DraftKind.EMAILS, email["id"])
    return {"email": email, "segment": segment, "email_draft": email_draft}


async def wait_until(predicate: Callable[[], bool], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)
