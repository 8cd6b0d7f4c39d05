"""``--faults RATE``: the failures a client meets on the real internet, on purpose.

With probability RATE per request (from a seeded generator) one of: a JSON 500, a 502
HTML page from a "proxy", a 503, a 429 with ``Retry-After``, a slow answer, the
connection dropped before the request is handled, or dropped after it was handled (the
write happened, the client never hears: the case that makes a POST's outcome unknown).
Every fault is written to stderr with a running number, so tests can see it happened.
"""

from __future__ import annotations

import asyncio
import random
import sys
from enum import StrEnum
from typing import Any, Final, TextIO

from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sandbox.process_lines import FAULT_LOG_PREFIX
from app.sandbox.responses import json_response


class Fault(StrEnum):
    SERVER_ERROR = "500"
    BAD_GATEWAY = "502-html"
    UNAVAILABLE = "503"
    RATE_LIMITED = "429"
    SLOW = "slow"
    DROP_BEFORE = "drop-before"
    DROP_AFTER = "drop-after"


_PROXY_PAGE: Final = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


class FaultInjector:
    def __init__(
        self,
        app: ASGIApp,
        rate: float,
        seed: int | None,
        exempt_paths: frozenset[str],
        kinds: tuple[str, ...] = (),
        log: TextIO | None = None,
    ) -> None:
        self._app = app
        self._rate = rate
        self._random = random.Random(seed)
        self._exempt = exempt_paths
        self._kinds = [Fault(kind) for kind in kinds] or list(Fault)
        self._log = log or sys.stderr
        self.count = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self._exempt or self._random.random() >= self._rate:
            await self._app(scope, receive, send)
            return
        fault = self._random.choice(self._kinds)
        self.count += 1
        self._log.write(f"{FAULT_LOG_PREFIX} {self.count} {fault.value} {scope['method']} {scope['path']}\n")
        self._log.flush()
        if fault is Fault.SERVER_ERROR:
            await json_response({"detail": "A server error occurred."}, 500)(scope, receive, send)
        elif fault is Fault.BAD_GATEWAY:
            await HTMLResponse(_PROXY_PAGE, 502)(scope, receive, send)
        elif fault is Fault.UNAVAILABLE:
            response = json_response({"detail": "Service temporarily unavailable, try again later."}, 503)
            await response(scope, receive, send)
        elif fault is Fault.RATE_LIMITED:
            throttled = {"detail": "Request was throttled. Expected available in 1 second."}
            response = json_response(throttled, 429, {"Retry-After": "1"})
            await response(scope, receive, send)
        elif fault is Fault.SLOW:
            await asyncio.sleep(self._random.uniform(0.3, 2.0))
            await self._app(scope, receive, send)
        elif fault is Fault.DROP_BEFORE:
            await _drop(receive, send)
        else:
            await self._app(scope, receive, _discard)
            await _drop(receive, send)


async def _discard(message: Message) -> None:
    """Swallow the answer of a request whose connection is about to be dropped."""


async def _drop(receive: Receive, send: Send) -> None:
    """Close the connection with no answer at all."""
    # uvicorn's receive is a bound method of the request cycle, which holds the transport.
    transport: Any = getattr(getattr(receive, "__self__", None), "transport", None)
    if transport is not None:
        transport.close()
        # Let uvicorn notice the disconnect, so it does not try to send a 500 of its own.
        for _ in range(3):
            await asyncio.sleep(0)
        return
    # Another server: start an answer that never completes; the server then closes.
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", b"1024"), (b"content-type", b"application/json")]})
