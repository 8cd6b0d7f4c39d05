"""The Reports page on a real workspace whose demo account talks to the demo sandbox.

The account's emails and campaigns are pulled into the workspace first (as Pull does),
so the pickers have names. The report service's client goes through a transport that
records each query string, so tests can pin exactly what was sent.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from app.api import ApiClient, RetryPolicy
from app.domain.kinds import DraftKind
from app.services.accounts_service import AccountService
from app.services.report_service import PollPolicy, ReportService
from app.services.store_access import WorkspaceRunner
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from app.ui.reports.page import ReportsPage
from tests.gui.test_list_page import wait_until

FAST_RETRY = RetryPolicy(max_attempts=2, backoff_base=0.05, backoff_max=0.1, retry_after_max=0.5)
FAST_POLL = PollPolicy(first=0.05, cap=0.2, max_wait=20.0)

__all__ = ["FAST_POLL", "PageEnv", "QueryRecorder", "wait_until"]


class QueryRecorder(httpx.AsyncBaseTransport):
    """Real HTTP, noting each request's decoded query string; shared by the per-run clients."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.queries: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.queries.append(unquote(request.url.query.decode()))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:  # each run's client closes it; the fixture closes the inner one
        pass


@dataclass
class PageEnv:
    runner: WorkspaceRunner
    workspace: WorkspaceService
    accounts: AccountService
    tasks: TaskRunner
    recorder: QueryRecorder
    service: ReportService
    page: ReportsPage
    widgets: list[Any] = field(default_factory=list)

    async def close(self) -> None:
        self.page.hide()  # not close(): closing the last window would stop the event loop
        self.page.deleteLater()
        await self.tasks.shutdown()
        await self.recorder.inner.aclose()
        await self.runner.close()


@pytest.fixture(scope="module")
def demo_sandbox() -> Iterator[Any]:
    from app.sandbox.launcher import start_sandbox

    with start_sandbox(demo=True) as running:
        yield running


async def pulled(workspace: WorkspaceService, running: Any, account_id: int) -> None:
    async with ApiClient(running.base_url, running.login, running.secret) as api:
        objects = {
            DraftKind.EMAILS: await api.emails.list(),
            DraftKind.CAMPAIGNS: await api.campaigns.list(),
            DraftKind.AB_CAMPAIGNS: await api.ab_campaigns.list(),
            DraftKind.AUTO_CAMPAIGNS: await api.auto_campaigns.list(),
        }

    def store(ws: Any) -> None:
        for kind, items in objects.items():
            ws.drafts.apply_pull(account_id, kind.value, items)

    await workspace.runner.call(store)


async def open_page(
    directory: Path, running: Any | None, *, poll: PollPolicy = FAST_POLL, select: bool = True
) -> PageEnv:
    runner = await WorkspaceRunner.open(directory)
    workspace = WorkspaceService(runner)
    accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
    if running is not None:
        accounts.bind_demo(running.base_url, running.secret)
    if select:
        demo = await runner.call(lambda ws: ws.accounts.demo())
        assert demo is not None
        await accounts.select(demo.id)
        if running is not None:
            await pulled(workspace, running, demo.id)
    tasks = TaskRunner()
    recorder = QueryRecorder()
    service = ReportService(
        workspace,
        accounts,
        tasks,
        client_factory=lambda: accounts.client(transport=recorder, retry=FAST_RETRY),
        poll=poll,
    )
    page = ReportsPage(service, tasks)
    page.resize(1400, 900)
    page.show()
    env = PageEnv(runner, workspace, accounts, tasks, recorder, service, page)
    if select:
        await wait_until(lambda: page.presets.compare.list.count() > 0, 10)
    return env


@pytest.fixture
def make_env(qloop, tmp_path) -> Iterator[Callable[..., PageEnv]]:
    opened: list[PageEnv] = []

    def make(running: Any | None, **options: Any) -> PageEnv:
        env = qloop.run(open_page(tmp_path / f"ws{len(opened)}", running, **options))
        opened.append(env)
        return env

    try:
        yield make
    finally:
        for env in opened:
            qloop.run(env.close())
        gc.collect()


@pytest.fixture
def env(make_env, demo_sandbox) -> PageEnv:
    return make_env(demo_sandbox)


async def settle() -> None:
    await asyncio.sleep(0)
