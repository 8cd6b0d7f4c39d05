"""The client's one retry policy: what is retried, how often, and how long to wait.

GET, PUT and PATCH are safe to repeat (PUT rewrites the whole object, PATCH sets the same
fields again), so they are retried on connection failures, timeouts, dropped
connections, 429 and 502/503/504.

A POST creates something (or starts a campaign, sends an event): repeating one that the
server did receive makes a duplicate. So a POST is retried only when it surely never
reached the server (the connection was never made, or no pooled connection was free)
or when the server answered 429: a rate limiter refuses a request before handing it
to the application (RFC 6585: "the user has sent too many requests"), so nothing was
created. After a read timeout, a dropped connection or a 5xx, the outcome of a POST is
unknown; the error says so (``outcome_unknown``) and the caller decides.

Waits use capped exponential backoff with full jitter (a random wait between 0 and the
cap, so clients that failed together do not come back together), or the server's
``Retry-After`` when it sends one, never longer than ``retry_after_max``.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Final

import httpx

from app.api.failures import classify, transport_error

log = logging.getLogger(__name__)

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
RATE_LIMITED: Final = 429

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4  # the first try included
    backoff_base: float = 0.5  # seconds; the cap before jitter doubles from here
    backoff_max: float = 8.0
    retry_after_max: float = 30.0  # never wait longer than this for a Retry-After
    retry_statuses: frozenset[int] = frozenset({RATE_LIMITED, 502, 503, 504})
    sleep: Sleep = asyncio.sleep  # injectable so tests can record the waits

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if min(self.backoff_base, self.backoff_max, self.retry_after_max) < 0:
            raise ValueError("waits cannot be negative")

    def backoff(self, failed_attempts: int) -> float:
        """Full jitter: uniform in [0, min(backoff_max, backoff_base * 2**(n-1))]."""
        cap = min(self.backoff_max, self.backoff_base * 2 ** max(failed_attempts - 1, 0))
        return random.uniform(0.0, cap)  # noqa: S311 - jitter, not cryptography

    def wait_after(self, response: httpx.Response, failed_attempts: int) -> float:
        advised = parse_retry_after(response.headers)
        if advised is not None:
            return min(advised, self.retry_after_max)
        return self.backoff(failed_attempts)


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), else None."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def may_retry_status(method: str, status: int, policy: RetryPolicy) -> bool:
    if status not in policy.retry_statuses:
        return False
    return method in IDEMPOTENT_METHODS or status == RATE_LIMITED


async def send_with_retries(
    attempt: Callable[[], Awaitable[httpx.Response]],
    *,
    method: str,
    path: str,
    policy: RetryPolicy,
) -> httpx.Response:
    """Run ``attempt`` (one complete request) until it succeeds or the policy says stop.

    Returns the last response, whatever its status; raises :class:`TransportError`
    when the last attempt did not get an answer.
    """
    idempotent = method in IDEMPOTENT_METHODS
    for number in range(1, policy.max_attempts + 1):
        last = number == policy.max_attempts
        try:
            response = await attempt()
        except httpx.TransportError as exc:
            failure = classify(exc)
            retry = failure.transient and (idempotent or failure.surely_not_sent)
            if last or not retry:
                raise transport_error(
                    exc, method=method, path=path, idempotent=idempotent, attempts=number
                ) from exc
            wait = policy.backoff(number)
            log.info(
                "%s %s failed (%s); retry %d of %d in %.2f s",
                method, path, failure.reason.value, number, policy.max_attempts - 1, wait,
            )
        else:
            if last or not may_retry_status(method, response.status_code, policy):
                return response
            wait = policy.wait_after(response, number)
            log.info(
                "%s %s answered %d; retry %d of %d in %.2f s",
                method, path, response.status_code, number, policy.max_attempts - 1, wait,
            )
        await policy.sleep(wait)
    raise AssertionError("unreachable: the last attempt returns or raises")
