"""The client against the real sandbox over loopback."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest

from app.api import ApiClient


class CountingTransport(httpx.AsyncBaseTransport):
    """httpx's own transport, noting each request it sends (to see polls and retries)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[str, str]] = []
        self.answered = asyncio.Event()  # set once a response has come back

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.url.path))
        response = await self._inner.handle_async_request(request)
        self.answered.set()
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def client_for(running, **options) -> ApiClient:
    return ApiClient(running.base_url, running.login, running.secret, **options)


@pytest.fixture
async def api(sandbox) -> AsyncIterator[ApiClient]:
    async with client_for(sandbox) as client:
        yield client


@pytest.fixture
def unique() -> str:
    """A tag that keeps this test's objects apart on the shared sandbox."""
    return uuid.uuid4().hex[:10]


async def new_category(api: ApiClient, unique: str) -> int:
    category = await api.categories.create({"title": f"Category {unique}", "description": "for tests"})
    return int(category["category"])


async def new_email(api: ApiClient, unique: str, **fields) -> dict:
    payload = {
        "category": await new_category(api, unique),
        "from_address": "news@example.com",
        "internal_name": f"email {unique}",
        "subject": "Hello",
        **fields,
    }
    return await api.emails.create(payload)
