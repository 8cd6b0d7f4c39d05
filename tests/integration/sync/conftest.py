"""Publishing against the real sandbox, with a real workspace in tmp_path."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from app.api import ApiClient, RetryPolicy
from app.domain.drafts import Draft
from app.domain.kinds import DraftKind
from app.services.outbox_worker import Connection, OutboxWorker, SyncListener
from app.services.publishing import PublishResult
from app.services.store_access import WorkspaceRunner
from app.services.sync_backoff import Backoff, ProbeRhythm

# Quick rhythms so retries and reconnections happen within a test's seconds.
FAST_RETRY = RetryPolicy(max_attempts=4, backoff_base=0.05, backoff_max=0.3, retry_after_max=1.0)
FAST_BACKOFF = Backoff(base=0.1, cap=1.0)
FAST_PROBE = ProbeRhythm(first=0.2, cap=0.5)


class RecordingTransport(httpx.AsyncBaseTransport):
    """httpx's own transport, noting the method, path and JSON body of each request."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[str, str, Any]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body: Any = None
        if request.headers.get("content-type") == "application/json":
            body = orjson.loads(request.content)
        self.sent.append((request.method, request.url.path, body))
        return await self._inner.handle_async_request(request)

    def writes(self) -> list[tuple[str, str, Any]]:
        return [s for s in self.sent if s[0] in ("POST", "PUT", "PATCH")]

    async def aclose(self) -> None:
        await self._inner.aclose()


def client_for(running: Any, **options: Any) -> ApiClient:
    options.setdefault("retry", FAST_RETRY)
    return ApiClient(running.base_url, running.login, running.secret, **options)


@pytest.fixture
async def runner(tmp_path: Path) -> AsyncIterator[WorkspaceRunner]:
    opened = await WorkspaceRunner.open(tmp_path / "ws")
    original_close = opened.close
    closed: list[bool] = []

    async def close_once() -> None:  # a test may close it itself, to look at the checkpointed file
        if not closed:
            closed.append(True)
            await original_close()

    opened.close = close_once  # type: ignore[method-assign]
    try:
        yield opened
    finally:
        await opened.close()


async def add_account(runner: WorkspaceRunner, running: Any) -> int:
    account = await runner.call(lambda ws: ws.accounts.add("Sandbox", running.base_url, running.login))
    return account.id


@pytest.fixture
async def account_id(runner: WorkspaceRunner, sandbox: Any) -> int:
    return await add_account(runner, sandbox)


@pytest.fixture
def unique() -> str:
    """Keeps this test's objects apart on the shared sandbox."""
    return uuid.uuid4().hex[:10]


@pytest.fixture
async def recorder() -> AsyncIterator[RecordingTransport]:
    transport = RecordingTransport()
    yield transport
    await transport.aclose()


@pytest.fixture
async def api(sandbox: Any, recorder: RecordingTransport) -> AsyncIterator[ApiClient]:
    async with client_for(sandbox, transport=recorder) as client:
        yield client


@pytest.fixture
async def colleague(sandbox: Any) -> AsyncIterator[ApiClient]:
    """Someone else working on the same project through their own client."""
    async with client_for(sandbox) as client:
        yield client


async def category_id(api: ApiClient, unique: str) -> int:
    category = await api.categories.create({"title": f"Category {unique}", "description": "for tests"})
    return int(category["category"])


def email_payload(category: int, name: str, **fields: Any) -> dict[str, Any]:
    return {"category": category, "from_address": "news@example.com", "internal_name": name,
            "subject": "Hello", **fields}  # fmt: skip


async def new_draft(runner: WorkspaceRunner, account: int, kind: DraftKind, payload: dict[str, Any]) -> Draft:
    return await runner.call(lambda ws: ws.drafts.create_draft(account, kind.value, payload))


async def queue(runner: WorkspaceRunner, *local_ids: int) -> None:
    def enqueue(ws: Any) -> None:
        for local_id in local_ids:
            ws.outbox.enqueue(local_id)

    await runner.call(enqueue)


async def draft(runner: WorkspaceRunner, local_id: int) -> Draft:
    return await runner.call(lambda ws: ws.drafts.get_draft(local_id))


async def pending(runner: WorkspaceRunner, account: int) -> int:
    return await runner.call(lambda ws: ws.outbox.pending_count(account))


@dataclass
class Events(SyncListener):
    results: list[PublishResult] = field(default_factory=list)
    states: list[tuple[Connection, str]] = field(default_factory=list)
    progress: list[tuple[int, int]] = field(default_factory=list)

    def on_result(self, result: PublishResult) -> None:
        self.results.append(result)

    def on_connection(self, state: Connection, message: str) -> None:
        self.states.append((state, message))

    def on_progress(self, done: int, total: int) -> None:
        self.progress.append((done, total))


@dataclass
class RunningWorker:
    worker: OutboxWorker
    task: asyncio.Task[None]
    events: Events

    async def stop(self) -> None:
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


async def start_worker(
    api: ApiClient, runner: WorkspaceRunner, account: int, **options: Any
) -> RunningWorker:
    events = Events()
    options.setdefault("backoff", FAST_BACKOFF)
    options.setdefault("probe", FAST_PROBE)
    worker = OutboxWorker(api, runner, account, listener=events, **options)
    task = asyncio.create_task(worker.run())
    return RunningWorker(worker, task, events)


async def wait_until(condition: Callable[[], Any], within: float, what: str) -> None:
    """Poll an async condition until it is true; fail with ``what`` after ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        if await condition():
            return
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {within} s waiting for {what}")
        await asyncio.sleep(0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
