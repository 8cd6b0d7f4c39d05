"""The composition root of the GUI: opens the workspace, builds the services and the
window, wires them together, and takes everything down in order when the window closes.

The window appears first and the workspace opens behind it, so nothing slow happens
before the user sees the app. Start-up is finished (``window.ready``) when the current
section's list is on screen; work that only matters later (connecting, the demo server)
starts after that.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.domain.account import Account
from app.domain.kinds import DraftKind
from app.loop_errors import install_excepthook, install_loop_exception_handler
from app.services.accounts_service import AccountService
from app.services.audience_service import AudienceService
from app.services.autosave import Autosaver
from app.services.demo_server import DemoServer
from app.services.store_access import WorkspaceRunner
from app.services.sync_service import SyncService
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.errors import WorkspaceError
from app.store.secrets import SecretStore
from app.ui.main_window import MainWindow, UiServices

if TYPE_CHECKING:
    from app.ui.accounts_dialog import AccountsDialog
    from app.ui.campaigns.list_tools import CampaignListExtension
    from app.ui.editors.email_editor import EmailServices
    from app.ui.wizard.context import WizardServices

log = logging.getLogger(__name__)

READY_ENV = "CAMPAIGN_STUDIO_REPORT_READY"
READY_LINE = "CAMPAIGN_STUDIO_READY"


def _t(text: str) -> str:
    return QCoreApplication.translate("AppShell", text)


class AppShell:
    def __init__(self, *, workspace_dir: Path | None, demo: bool) -> None:
        self.workspace_dir = workspace_dir
        self.demo = demo
        self.tasks = TaskRunner()
        self.window = MainWindow()
        self.runner: WorkspaceRunner | None = None
        self.workspace: WorkspaceService | None = None
        self.accounts: AccountService | None = None
        self.autosaver: Autosaver | None = None
        self.sync: SyncService | None = None
        self.audience: AudienceService | None = None
        self.demo_server: DemoServer | None = None
        self._keep: list[QObject] = []  # helpers that must live as long as the window
        self._accounts_dialog: AccountsDialog | None = None
        self._email: EmailServices | None = None  # the email editor's, made when first needed
        self._campaigns: WizardServices | None = None  # the campaign wizard's, made when first needed
        self._closed = asyncio.Event()
        self._background_started = False
        self._demo_starting = False

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        install_loop_exception_handler(loop, self.window.show_error)
        # A logout or `kill` closes the window the normal way: last edits saved, tasks stopped.
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self.window.close)
        install_excepthook(self.window.show_error)
        self.tasks.failed.connect(lambda _name, error: self.window.show_error(str(error)))
        self.window.closed.connect(self._closed.set)
        if os.environ.get(READY_ENV) == "1":
            self.window.ready.connect(lambda: print(READY_LINE, flush=True))
        self.window.show()
        try:
            runner = await self._open_workspace()
            if runner is None:
                return
            await self._start(runner)
            await self._closed.wait()
        finally:
            await self.shutdown()

    # -- start-up ------------------------------------------------------------------------

    async def _open_workspace(self) -> WorkspaceRunner | None:
        """Open the workspace, asking the user what to do while it cannot be used."""
        from app.ui.workspace_problem import ProblemAction, WorkspaceProblemDialog

        folder = self.workspace_dir
        while True:
            try:
                self.runner = await WorkspaceRunner.open(folder)
                return self.runner
            except WorkspaceError as error:
                log.warning("workspace cannot be used: %s", error)
                dialog = WorkspaceProblemDialog(error, parent=self.window)
                action, chosen = await dialog.ask()
                dialog.deleteLater()
                if action is ProblemAction.QUIT:
                    self.window.close()
                    return None
                if action is ProblemAction.FOLDER:
                    folder = Path(chosen)

    async def _start(self, runner: WorkspaceRunner) -> None:
        self.workspace = workspace = WorkspaceService(runner)
        secrets = SecretStore(namespace=runner.workspace_id)
        self.accounts = accounts = AccountService(workspace, secrets)
        self.autosaver = autosaver = Autosaver(workspace, self.tasks)
        self.sync = sync = SyncService(workspace, accounts, self.tasks)
        self.audience = audience = AudienceService(workspace, accounts)
        self.demo_server = DemoServer(self.tasks, runner.directory / "demo-sandbox")
        self.demo_server.ready.connect(self._on_demo_ready)
        self.demo_server.failed.connect(self._on_demo_failed)
        accounts.current_changed.connect(self._on_account)
        sync.draft_conflict.connect(self._open_conflict)

        from app.ui.secret_prompt import SecretPrompter

        self._keep.append(SecretPrompter(accounts, self.window))
        if self.demo:
            demo_account = await runner.call(lambda ws: ws.accounts.demo())
            if demo_account is not None:
                await accounts.select(demo_account.id)
        if accounts.current is None:
            await accounts.restore_last()
        self.window.attach(
            UiServices(
                workspace=workspace,
                accounts=accounts,
                tasks=self.tasks,
                sync=sync,
                editor_factory=self._make_editor,
                flush_edits=autosaver.flush,
                open_accounts=self._open_accounts,
                open_conflict=self._open_conflict,
                audience=audience,
                campaign_list=self._campaign_list,
            )
        )
        # Connecting and the demo server are not needed to show the window: start them after.
        self.window.ready.connect(self._after_ready)
        QTimer.singleShot(3000, self._after_ready)  # e.g. no account selected: never "ready"

    def _after_ready(self) -> None:
        if self._closed.is_set() or self.sync is None or self._background_started:
            return
        self._background_started = True
        self.sync.start()
        current = self.accounts.current if self.accounts else None
        if current is not None and current.is_demo:
            self._start_demo_server()

    # -- the demo account ----------------------------------------------------------------

    def _on_account(self, account: Account | None) -> None:
        if account is not None and account.is_demo and self._background_started:
            self._start_demo_server()

    def _start_demo_server(self) -> None:
        server = self.demo_server
        if server is None or server.base_url is not None or self._demo_starting:
            return
        self._demo_starting = True
        self.window.status.showMessage(_t("Starting the demo server…"))
        server.start()

    def _on_demo_ready(self, base_url: str) -> None:
        assert self.accounts is not None and self.demo_server is not None
        self._demo_starting = False
        self.window.status.showMessage(_t("The demo server is ready."), 5000)
        self.accounts.bind_demo(base_url, self.demo_server.secret)
        self.tasks.spawn(self._first_pull(), name="first-pull")

    def _on_demo_failed(self, message: str) -> None:
        self._demo_starting = False
        self.window.show_error(
            _t("The demo server did not start: %1. Your drafts are safe; restart the app to try again.")
            .replace("%1", message)
        )

    async def _first_pull(self) -> None:
        """A newcomer's demo account has nothing local yet: fetch what the server has."""
        assert self.workspace is not None and self.sync is not None
        counts = await self.workspace.count_by_state()
        if sum(counts.values()) == 0:
            self.sync.pull()

    # -- dialogs and editors -------------------------------------------------------------

    def _make_editor(self, kind: DraftKind, parent: QWidget) -> QWidget:
        # The editors pull in croniter and cron-descriptor: load them when first needed.
        from app.ui.editors import editor_for

        assert self.workspace is not None and self.autosaver is not None
        campaigns = self._campaign_services() if kind.is_campaign else None
        email = self._email_services() if kind is DraftKind.EMAILS else None
        return editor_for(kind, workspace=self.workspace, autosaver=self.autosaver, parent=parent,
                          campaigns=campaigns, email=email, audience=self.audience)  # fmt: skip

    def _campaign_services(self) -> WizardServices:
        if self._campaigns is None:
            from app.services.campaign_catalog import CampaignCatalog
            from app.services.campaign_control import CampaignControl
            from app.ui.wizard.context import WizardServices

            assert self.workspace is not None and self.autosaver is not None and self.accounts is not None
            self._campaigns = WizardServices(
                self.workspace, self.autosaver, CampaignCatalog(self.workspace, self.accounts),
                CampaignControl(self.workspace, self.accounts, self.sync), self._email_services(),
            )  # fmt: skip
        return self._campaigns

    def _campaign_list(self) -> CampaignListExtension:
        from app.ui.campaigns.list_tools import CampaignListExtension

        services = self._campaign_services()
        assert services.control is not None
        extension = CampaignListExtension(services.control, services.catalog, self.tasks)
        extension.message.connect(lambda text: self.window.status.showMessage(text, 8000))
        self._keep.append(extension)
        return extension

    def _email_services(self) -> EmailServices:
        if self._email is None:
            from app.services.authoring_service import AuthoringService
            from app.services.profile_fields_service import ProfileFieldsService
            from app.ui.editors.email_editor import EmailServices

            assert self.workspace is not None
            # One declared-fields service for the app: a field added in Audience reaches the editors.
            audience = self.audience
            fields = audience.fields if audience is not None else ProfileFieldsService(self.workspace)
            self._email = EmailServices(AuthoringService(), fields)
        return self._email

    def _open_accounts(self) -> None:
        from app.ui.accounts_dialog import AccountsDialog

        assert self.accounts is not None
        if self._accounts_dialog is None:
            self._accounts_dialog = AccountsDialog(self.accounts, self.tasks, parent=self.window)
        self._accounts_dialog.open()

    def _open_conflict(self, local_id: int) -> None:
        from app.ui.conflict_dialog import open_conflict_dialog

        assert self.workspace is not None
        self.tasks.spawn(
            open_conflict_dialog(local_id, workspace=self.workspace, runner=self.tasks, parent=self.window),
            name="conflict-dialog",
        )

    # -- shut-down -----------------------------------------------------------------------

    async def shutdown(self) -> None:
        """Save what was typed, stop syncing and background work, then close the workspace."""
        if self.autosaver is not None:
            try:
                await self.autosaver.flush()
            except Exception:
                log.exception("could not save the last edits on exit")
        if self.sync is not None:
            await self.sync.stop()
        await self.tasks.shutdown()
        if self.demo_server is not None:
            await self.demo_server.stop()
        if self.runner is not None:
            await self.runner.close()
