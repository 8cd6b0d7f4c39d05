"""The built-in sandbox as a child process, for the demo account.

Started in the background when the app opens in demo mode, so the window appears at
once; stopped when the app closes. The demo secret is made up per run and lives in
memory only.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.api.redaction import register_secret
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    from app.sandbox.launcher import RunningSandbox

log = logging.getLogger(__name__)

DEMO_LOGIN = "demo"


class DemoServer(QObject):
    starting = Signal()
    ready = Signal(str)  # base URL
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, data_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._data_dir = data_dir
        self._running: RunningSandbox | None = None
        self.secret = secrets.token_urlsafe(24)
        register_secret(self.secret)

    @property
    def base_url(self) -> str | None:
        return self._running.base_url if self._running else None

    def start(self) -> None:
        self._runner.spawn(self._start(), name="demo-server")

    async def _start(self) -> None:
        from app.sandbox.launcher import start_sandbox_async

        self.starting.emit()
        try:
            self._running = await start_sandbox_async(
                demo=True, data_dir=self._data_dir, login=DEMO_LOGIN, secret=self.secret
            )
        except Exception as error:  # any failure to start is reported, the app keeps working offline
            log.exception("demo server did not start")
            self.failed.emit(str(error))
            return
        log.info("demo server ready at %s", self._running.base_url)
        self.ready.emit(self._running.base_url)

    async def stop(self) -> None:
        running, self._running = self._running, None
        if running is not None:
            # terminate-and-wait blocks; keep it off the UI thread
            await asyncio.to_thread(running.stop)
