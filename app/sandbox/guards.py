"""The two gates in front of every path but the OpenAPI description: allow-list, then login.

The allow-list comes first: from an address that is not allowed the secret is not even
checked, and the caller learns the real reason (403) rather than a misleading 401.
"""

from __future__ import annotations

import base64
import binascii
import hmac

from starlette.types import ASGIApp, Receive, Scope, Send

from app.sandbox.responses import json_response
from app.sandbox.settings import SandboxSettings

_CHALLENGE = {"WWW-Authenticate": 'Basic realm="api"'}


class AccessGuard:
    def __init__(self, app: ASGIApp, settings: SandboxSettings, open_paths: frozenset[str]) -> None:
        self._app = app
        self._settings = settings
        self._open_paths = open_paths
        self._expected = f"{settings.login}:{settings.secret}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self._open_paths:
            await self._app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else None
        if not self._settings.allows(address):
            response = json_response(
                {"detail": f"Your IP address {address} is not on the project's allow-list."}, 403
            )
            await response(scope, receive, send)
            return
        problem = self._check_login(dict(scope["headers"]).get(b"authorization"))
        if problem is not None:
            await json_response({"detail": problem}, 401, _CHALLENGE)(scope, receive, send)
            return
        await self._app(scope, receive, send)

    def _check_login(self, header: bytes | None) -> str | None:
        """None when the header carries the right login and secret, else why not."""
        if not header:
            return "Authentication credentials were not provided."
        scheme, _, token = header.partition(b" ")
        if scheme.lower() != b"basic":
            return "Use Basic authentication: Authorization: Basic base64(login:secret)."
        try:
            given = base64.b64decode(token.strip(), validate=True)
        except (binascii.Error, ValueError):
            return "Invalid basic header. Credentials not correctly base64 encoded."
        if b":" not in given:
            return "Invalid basic header. Credentials string should contain a login and a secret."
        if not hmac.compare_digest(given, self._expected):
            return "Invalid login or secret."
        return None
