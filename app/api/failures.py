"""What an httpx exception means: why it failed, and whether the request may have been sent."""

from __future__ import annotations

import asyncio
import socket
import ssl
from dataclasses import dataclass

import httpx

from app.api.errors import TransportError, TransportReason

_MESSAGES: dict[TransportReason, str] = {
    TransportReason.DNS: "The server's host name could not be found",
    TransportReason.REFUSED: "The server refused the connection (nothing is listening at that address)",
    TransportReason.TLS_CERTIFICATE: "The server's security certificate is not trusted",
    TransportReason.TLS: "The secure (TLS) connection to the server failed",
    TransportReason.CONNECT_TIMEOUT: "The server did not answer the connection attempt in time",
    TransportReason.TIMEOUT: "The server did not answer in time",
    TransportReason.DISCONNECTED: "The connection to the server dropped before the answer arrived",
    TransportReason.NETWORK: "The network failed while talking to the server",
    TransportReason.PROTOCOL: "The server broke the HTTP protocol",
}


@dataclass(frozen=True, slots=True)
class Failure:
    reason: TransportReason
    # True only when the server cannot have seen the request: no connection was made.
    surely_not_sent: bool
    # False for failures that will not go away by trying again (a bad certificate).
    transient: bool
    detail: str


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _detail(chain: list[BaseException]) -> str:
    # The deepest cause is the most specific ("[Errno 111] Connect call failed ..."); timeouts
    # end in a cancelled scope whose text says nothing useful.
    for cause in reversed(chain):
        if isinstance(cause, asyncio.CancelledError | TimeoutError | ssl.SSLWantReadError):
            continue
        if str(cause):
            return str(cause)
    return type(chain[0]).__name__


def classify(exc: httpx.TransportError) -> Failure:
    chain = _causes(exc)
    detail = _detail(chain)
    connecting = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in chain):
        return Failure(TransportReason.TLS_CERTIFICATE, connecting, False, detail)
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return Failure(TransportReason.CONNECT_TIMEOUT, True, True, detail)
    if isinstance(exc, httpx.TimeoutException):
        return Failure(TransportReason.TIMEOUT, False, True, detail)
    if any(isinstance(c, ssl.SSLError) for c in chain):
        return Failure(TransportReason.TLS, connecting, False, detail)
    if any(isinstance(c, socket.gaierror) for c in chain):
        return Failure(TransportReason.DNS, True, True, detail)
    if any(isinstance(c, ConnectionRefusedError) for c in chain):
        return Failure(TransportReason.REFUSED, True, True, detail)
    if isinstance(exc, httpx.ConnectError | httpx.ProxyError):
        return Failure(TransportReason.NETWORK, True, True, detail)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError | httpx.CloseError):
        return Failure(TransportReason.DISCONNECTED, False, True, detail)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return Failure(TransportReason.PROTOCOL, True, False, detail)
    return Failure(TransportReason.PROTOCOL, False, True, detail)


def scrub(exc: BaseException) -> None:
    """Mask the Authorization header on the request an httpx exception keeps a reference to."""
    for cause in _causes(exc):
        if isinstance(cause, httpx.RequestError):
            try:
                request = cause.request
            except RuntimeError:  # raised when the error was made without a request
                continue
            if "authorization" in request.headers:
                request.headers["authorization"] = "[redacted]"


def transport_error(
    exc: httpx.TransportError, *, method: str, path: str, idempotent: bool, attempts: int
) -> TransportError:
    failure = classify(exc)
    scrub(exc)
    unknown = not idempotent and not failure.surely_not_sent
    message = f"{_MESSAGES[failure.reason]}: {failure.detail}"
    if attempts > 1:
        message += f" (after {attempts} attempts)"
    if unknown:
        message += (
            ". The request may have reached the server: the outcome is unknown, so it was not "
            "sent again (a second create could make a duplicate). Check on the server before retrying."
        )
    return TransportError(message, reason=failure.reason, method=method, path=path, outcome_unknown=unknown)
