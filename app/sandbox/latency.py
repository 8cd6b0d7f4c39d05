"""A network's round trip, for measuring what concurrency buys against a real server.

Over loopback there is no network wait for concurrent requests to overlap; a real
provider is tens of milliseconds away. ``--latency MS`` delays every answer by that
much without blocking the server's loop, as a network between client and server would.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import Receive, Scope, Send


class LatencyGate:
    def __init__(self, app: Any, latency_ms: float) -> None:
        self._app = app
        self._delay = latency_ms / 1000.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await asyncio.sleep(self._delay)
        await self._app(scope, receive, send)
