"""Helpers for the client's unit tests: httpx.MockTransport for faults the sandbox cannot make."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx
import pytest

from app.api import ApiClient, RetryPolicy

BASE = "http://127.0.0.1:9/api/v1/"
LOGIN = "unit-login"
SECRET = "unit-Secret-4f1c9a"

Handler = Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]


@dataclass
class Waits:
    """Stands in for asyncio.sleep in the retry policy: records each wait, returns at once."""

    delays: list[float] = field(default_factory=list)

    async def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def mock_client(waits: Waits) -> Callable[..., ApiClient]:
    def make(handler: Handler, **policy: float) -> ApiClient:
        retry = RetryPolicy(sleep=waits.sleep, **policy)
        return ApiClient(BASE, LOGIN, SECRET, transport=httpx.MockTransport(handler), retry=retry)

    return make
