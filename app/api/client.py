"""The async client of the provider's Server-to-Server API.

::

    async with ApiClient("https://esp.example.com/api/v1/", login, secret) as api:
        emails = await api.emails.list()
        created = await api.campaigns.create(payload, files={"source_uploaded_csv": path})
"""

from __future__ import annotations

import base64
import dataclasses
from types import TracebackType

import httpx

from app.api.base_url import check_base_url
from app.api.endpoints import ENDPOINTS
from app.api.errors import ConfigurationError
from app.api.http import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT, HttpSession
from app.api.redaction import install_redaction, register_secret
from app.api.resources import Campaigns, Categories, Emails, Segments
from app.api.responses import wrong_shape
from app.api.retry import RetryPolicy
from app.api.stats import Stats
from app.api.users import Events, Users
from app.domain.sentences import QT_TRANSLATE_NOOP  # the account form translates them ("Diagnosis")


class ApiClient:
    """One provider account. Use as ``async with``, or call :meth:`aclose` when done.

    The base URL must be HTTPS, except to a loopback host (the sandbox); a
    :class:`ConfigurationError` is raised here, before any request, otherwise.
    """

    def __init__(
        self,
        base_url: str,
        login: str,
        secret: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        url = check_base_url(base_url)
        if not login or ":" in login:
            raise ConfigurationError(
                QT_TRANSLATE_NOOP("Diagnosis", "The login must not be empty and must not contain ':'.")
            )
        if not secret:
            raise ConfigurationError(QT_TRANSLATE_NOOP("Diagnosis", "The secret is empty."))
        token = base64.b64encode(f"{login}:{secret}".encode()).decode("ascii")
        register_secret(secret, token)
        install_redaction()
        self.login = login
        self.host = url.netloc.decode("ascii")
        self._http = HttpSession(
            url,
            f"Basic {token}",
            transport=transport,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            max_connections=max_connections,
        )
        self.emails = Emails(self._http, ENDPOINTS["emails"])
        self.categories = Categories(self._http, ENDPOINTS["categories"])
        self.segments = Segments(self._http, ENDPOINTS["segments"])
        self.campaigns = Campaigns(self._http, ENDPOINTS["campaigns"])
        self.ab_campaigns = Campaigns(self._http, ENDPOINTS["ab_campaigns"])
        self.auto_campaigns = Campaigns(self._http, ENDPOINTS["auto_campaigns"])
        self.users = Users(self._http, ENDPOINTS["users"])
        self.events = Events(self._http, ENDPOINTS["events"])
        self.stats = Stats(self._http, ENDPOINTS["stats"])

    @property
    def base_url(self) -> str:
        return str(self._http.base_url)

    def __repr__(self) -> str:
        return f"ApiClient(login={self.login!r}, host={self.host!r})"

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def check_connection(self) -> None:
        """One cheap authenticated GET; raises the precise :class:`ApiError` when it fails.

        Retries once at most: the user is waiting for a verdict, not for a backoff.
        """
        categories = ENDPOINTS["categories"]
        policy = dataclasses.replace(self._http.retry, max_attempts=min(2, self._http.retry.max_attempts))
        data = await self._http.call("GET", categories.collection, retry=policy)
        if not (isinstance(data, list) or (isinstance(data, dict) and "results" in data)):
            raise wrong_shape("a list of categories", data, method="GET", path=categories.collection)
