"""The one exception tree of the API client.

The UI maps each class to a sentence an editor understands, so there is one class per
situation the user must handle differently. Every error carries the method, the path
(relative to the base URL, never with credentials) and the HTTP status when there was
one. None of them ever holds the secret or the ``Authorization`` header.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum


class ApiError(Exception):
    """Something went wrong talking to the provider."""

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        status: int | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.status = status
        # True when a non-idempotent request may or may not have taken effect on the server.
        self.outcome_unknown = outcome_unknown

    def __str__(self) -> str:
        where = f"{self.method} {self.path}".strip()
        status = f" ({self.status})" if self.status is not None else ""
        return f"{self.message} [{where}{status}]" if where else self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, method={self.method!r}, "
            f"path={self.path!r}, status={self.status!r})"
        )


class ConfigurationError(ApiError):
    """The account itself cannot be used as given (e.g. a plain-HTTP URL to a remote host)."""


class AuthenticationError(ApiError):
    """401: the login or the secret is wrong."""


class ForbiddenError(ApiError):
    """403: this computer's IP address is not on the project's allow-list."""


class ValidationError(ApiError):
    """400: the server rejected the payload; ``fields`` maps a field to its messages."""

    def __init__(
        self,
        message: str,
        *,
        fields: Mapping[str, Sequence[str]] | None = None,
        method: str = "",
        path: str = "",
        status: int | None = 400,
    ) -> None:
        super().__init__(message, method=method, path=path, status=status)
        self.fields: dict[str, list[str]] = {k: list(v) for k, v in (fields or {}).items()}


class NotFoundError(ApiError):
    """404: the object does not exist (any more) on the server."""


class ConflictError(ApiError):
    """409: the operation makes no sense in the object's current state."""


class RateLimitError(ApiError):
    """429: too many requests; ``retry_after`` is the server's advice in seconds."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        method: str = "",
        path: str = "",
        status: int | None = 429,
    ) -> None:
        super().__init__(message, method=method, path=path, status=status)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server (or a proxy in front of it) failed."""


class TransportReason(StrEnum):
    """Why a request did not complete; "Test connection" names each one differently."""

    DNS = "dns"  # the host name does not resolve
    REFUSED = "refused"  # nothing listens on that port
    TLS_CERTIFICATE = "tls_certificate"  # the certificate is not trusted or not for this host
    TLS = "tls"  # another TLS failure (e.g. the port does not speak HTTPS)
    CONNECT_TIMEOUT = "connect_timeout"  # no answer to the connection attempt
    TIMEOUT = "timeout"  # connected, but the answer did not come in time
    DISCONNECTED = "disconnected"  # the connection dropped mid-request
    NETWORK = "network"  # another network failure (unreachable, reset)
    PROTOCOL = "protocol"  # the server broke HTTP


class TransportError(ApiError):
    """The request did not complete: connection refused, host not found, timeout, TLS, protocol."""

    def __init__(
        self,
        message: str,
        *,
        reason: TransportReason = TransportReason.NETWORK,
        method: str = "",
        path: str = "",
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(message, method=method, path=path, status=None, outcome_unknown=outcome_unknown)
        self.reason = reason


class BadResponseReason(StrEnum):
    HTML = "html"  # an HTML page where JSON was expected: a proxy or captive portal
    NOT_JSON = "not_json"  # not parseable, e.g. cut off
    SHAPE = "shape"  # valid JSON of the wrong shape
    REDIRECT = "redirect"  # a 3xx answer: the base URL points at the wrong place


class BadResponseError(ApiError):
    """The server answered with a body that is not the JSON expected (e.g. a proxy's HTML page)."""

    def __init__(
        self,
        message: str,
        *,
        reason: BadResponseReason = BadResponseReason.SHAPE,
        method: str = "",
        path: str = "",
        status: int | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(message, method=method, path=path, status=status, outcome_unknown=outcome_unknown)
        self.reason = reason


class StatsQueryError(ApiError):
    """The statistics endpoint answered with a non-null ``error``."""


class StatsNotReadyError(StatsQueryError):
    """A report stayed ``metadata.ready == false`` past the wait allowed for it."""


STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}
