"""The composition root of the GUI: builds services and the window, runs until closed."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.loop_errors import install_excepthook, install_loop_exception_handler
from app.services.demo_server import DEMO_LOGIN, DemoServer
from app.services.tasks import TaskRunner
from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class AppShell:
    def __init__(self, *, workspace_dir: Path | None, demo: bool) -> None:
        self.workspace_dir = workspace_dir
        self.demo = demo
        self.runner = TaskRunner()
        self.window = MainWindow()
        self.demo_server = DemoServer(self.runner, self._demo_data_dir())
        self._closed = asyncio.Event()

    def _demo_data_dir(self) -> Path | None:
        from app.store.paths import workspace_dir

        root = self.workspace_dir or workspace_dir()
        return root / "demo-sandbox"

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        install_loop_exception_handler(loop, self.window.show_error)
        install_excepthook(self.window.show_error)
        self.runner.failed.connect(lambda _name, error: self.window.show_error(str(error)))
        self.window.closed.connect(self._closed.set)
        self.window.add_section("emails", self.window.tr("Emails"), QLabel())
        self.demo_server.ready.connect(self._on_demo_ready)
        self.demo_server.failed.connect(
            lambda message: self.window.set_server_status(self.window.tr("Demo server failed: %s") % message)
        )
        self.window.show()
        if self.demo:
            self.window.set_server_status(self.window.tr("Starting the demo server…"))
            self.demo_server.start()
        try:
            await self._closed.wait()
        finally:
            await self.shutdown()

    def _on_demo_ready(self, base_url: str) -> None:
        self.runner.spawn(self._probe(base_url), name="probe-demo")

    async def _probe(self, base_url: str) -> None:
        from app.api.client import ApiClient

        async with ApiClient(base_url, DEMO_LOGIN, self.demo_server.secret) as client:
            emails = await client.emails.list()
        self.window.set_server_status(self.window.tr("Demo server: %n email(s)", "", len(emails)))

    async def shutdown(self) -> None:
        await self.runner.shutdown()
        await self.demo_server.stop()
