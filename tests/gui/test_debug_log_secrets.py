"""With --debug, the app's log on the qasync loop never shows a secret: not the one a user
types for an account, not the demo server's. (qasync's debug log prints every callback
handed to a worker thread with its arguments; that once carried secrets into the log.)"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logging_setup import configure_logging
from app.services.accounts_service import AccountService
from app.services.demo_server import DemoServer
from app.services.store_access import WorkspaceRunner
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore

TYPED_SECRET = "typed-by-the-user-7f3b9c"


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers), root.level
    log_file = configure_logging(tmp_path / "logs", logging.DEBUG)
    # even if someone turns the loop's own debug log on, what it prints is masked
    logging.getLogger("qasync").setLevel(logging.DEBUG)
    assert log_file is not None
    try:
        yield log_file
    finally:
        for handler in [h for h in root.handlers if h not in before[0]]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(before[1])
        logging.getLogger("qasync").setLevel(logging.NOTSET)


def test_no_secret_in_the_debug_log(qloop, tmp_path, debug_log):
    tasks = TaskRunner()
    demo = DemoServer(tasks, tmp_path / "demo-sandbox")

    async def scenario() -> None:
        runner = await WorkspaceRunner.open(tmp_path / "ws")
        try:
            accounts = AccountService(WorkspaceService(runner), SecretStore(namespace=runner.workspace_id))
            account = await accounts.add("Shop", "https://esp.example.com/api/v1/", "shop", TYPED_SECRET)
            await accounts.edit(account.id, name="Shop", base_url=account.base_url, login="shop",
                                secret=TYPED_SECRET + "-new")  # fmt: skip
            await accounts.select(account.id)
            accounts.provide_secret(account.id, TYPED_SECRET + "-again")
            ready = asyncio.Event()
            demo.ready.connect(lambda _url: ready.set())
            demo.start()
            await ready.wait()
            assert demo.base_url is not None
            accounts.bind_demo(demo.base_url, demo.secret)
            await accounts.remove(account.id)
        finally:
            await demo.stop()
            await runner.close()

    qloop.run(scenario(), timeout=60)
    text = debug_log.read_text(encoding="utf-8")
    assert "DEBUG" in text  # the debug log really was on
    for secret in (TYPED_SECRET, TYPED_SECRET + "-new", TYPED_SECRET + "-again", demo.secret):
        assert secret not in text

