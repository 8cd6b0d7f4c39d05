"""One authenticated HTTP session: pool limits, timeouts, retries and answer decoding.

The resources call :meth:`HttpSession.call`; nothing else in ``app.api`` touches httpx's
client directly.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Final

import httpx
import orjson

from app.api.multipart import open_files, text_parts
from app.api.responses import error_from_response, json_body
from app.api.retry import IDEMPOTENT_METHODS, RetryPolicy, send_with_retries

log = logging.getLogger(__name__)

# Connect fails fast so "Test connection" answers quickly; a read may wait on a slow
# report. The pool timeout only matters if the semaphore below is bypassed: requests
# queue on the semaphore (no deadline, cancellable) instead of in httpx's pool, whose
# 5 s default turned bursts into PoolTimeout errors.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0, pool=30.0)
DEFAULT_MAX_CONNECTIONS: Final = 8
# Below uvicorn's 5 s keep-alive (nginx: 75 s), so an idle connection is dropped by us
# before the server closes it: a POST sent on a connection the server is closing fails
# with "outcome unknown" for nothing.
KEEPALIVE_EXPIRY: Final = 4.0

class HttpSession:
    def __init__(
        self,
        base_url: httpx.URL,
        authorization: str,
        *,
        transport: httpx.AsyncBaseTransport | None,
        timeout: httpx.Timeout | float,
        retry: RetryPolicy,
        max_connections: int,
    ) -> None:
        self.base_url = base_url
        self.retry = retry
        self._slots = asyncio.Semaphore(max_connections)
        self._client = httpx.AsyncClient(
            # httpx masks Authorization in the repr of its Headers.
            headers={"Authorization": authorization, "Accept": "application/json"},
            transport=transport,
            timeout=timeout,
            limits=httpx.Limits(
                max_connections=max_connections,
                max_keepalive_connections=max_connections,
                keepalive_expiry=KEEPALIVE_EXPIRY,
            ),
            follow_redirects=False,  # a redirect would carry the credentials elsewhere
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def url(self, target: str | httpx.URL) -> httpx.URL:
        """``target`` resolved against the base URL, always on the base URL's origin.

        A ``next`` link may name another origin (a server behind a proxy often knows
        only its internal address); the credentials are never sent anywhere but the
        account's own server, so the link's path and query are taken onto our origin.
        """
        url = self.base_url.join(target)
        base = self.base_url
        if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
            log.warning("link to another origin %s taken onto %s", url.host, base.host)
            url = url.copy_with(scheme=base.scheme, host=base.host, port=base.port)
        return url

    def relative(self, url: httpx.URL) -> str:
        """The path of ``url`` relative to the base URL, as errors and logs show it."""
        base_path = self.base_url.path
        return url.path[len(base_path) :] if url.path.startswith(base_path) else url.path

    async def send(
        self,
        method: str,
        target: str | httpx.URL,
        *,
        params: list[tuple[str, str]] | None = None,
        json: Any = None,
        content: bytes | None = None,
        form: Mapping[str, Any] | None = None,
        files: Mapping[str, Path] | None = None,
        retry: RetryPolicy | None = None,
    ) -> httpx.Response:
        """One request with retries; a 2xx response, or the matching :class:`ApiError`."""
        url = self.url(target)
        path = self.relative(url)
        headers: dict[str, str] = {}
        if json is not None:
            content = orjson.dumps(json)
        if content is not None:
            headers["Content-Type"] = "application/json"
        data = text_parts(form or {}) if files else None

        async def attempt() -> httpx.Response:
            with open_files(files) if files else nullcontext(None) as parts:
                request = self._client.build_request(
                    method,
                    url,
                    params=httpx.QueryParams([(k, v) for k, v in params]) if params else None,
                    content=content if parts is None else None,
                    data=data,
                    files=parts,
                    headers=headers,
                )
                async with self._slots:
                    started = time.perf_counter()
                    response = await self._client.send(request)
                log.debug(
                    "%s %s -> %d in %.0f ms",
                    method, path, response.status_code, (time.perf_counter() - started) * 1000,
                )
                return response

        response = await send_with_retries(attempt, method=method, path=path, policy=retry or self.retry)
        if not response.is_success:
            raise error_from_response(
                response, method=method, path=path, idempotent=method in IDEMPOTENT_METHODS
            )
        return response

    async def call(self, method: str, target: str | httpx.URL, **options: Any) -> Any:
        """:meth:`send`, then the decoded JSON body (None when empty)."""
        response = await self.send(method, target, **options)
        url = self.url(target)
        return json_body(
            response, method=method, path=self.relative(url), idempotent=method in IDEMPOTENT_METHODS
        )

