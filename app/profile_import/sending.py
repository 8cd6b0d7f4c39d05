"""One batch to the server with ``users.upsert_many``: retried when the answer was lost,
and split when the server refuses some of its profiles.

Upserting the same hashmaps again sets the same values, so a batch whose answer never
came (a dropped connection, a 502 from a proxy) is sent again, a few times, while it still
holds its place in the order: no later batch with the same profiles has gone out. This is
why the client's own policy, which never repeats a POST that may have arrived, is not
enough here. A 400 that names items of the batch (``3.fields.age``) refuses those rows
only: they are reported with the server's words and the rest is sent again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from app.api.errors import (
    ApiError,
    BadResponseError,
    BadResponseReason,
    RateLimitError,
    ServerError,
    TransportError,
    TransportReason,
    ValidationError,
)
from app.api.retry import RetryPolicy
from app.api.users import Users

UPLOAD_ATTEMPTS: Final = 4  # tries of a batch whose answer was lost, the first included
SPLIT_ROUNDS: Final = 3  # times a batch is sent again without the rows a 400 named
_NOT_TRANSIENT: Final = frozenset(
    {TransportReason.TLS_CERTIFICATE, TransportReason.TLS, TransportReason.PROTOCOL}
)


@dataclass
class SentPart:
    stored: list[dict[str, Any]] = field(default_factory=list)  # the server's echo of the profiles it took
    taken: list[int] = field(default_factory=list)  # positions in the part of the profiles it took
    refused: dict[int, str] = field(default_factory=dict)  # position -> the server's message
    attempts: int = 1


def worth_retrying(error: ApiError) -> bool:
    """True for failures that may pass: the network, the server's load, a proxy in between."""
    if isinstance(error, TransportError):
        return error.reason not in _NOT_TRANSIENT
    if isinstance(error, BadResponseError):
        return error.reason in (BadResponseReason.HTML, BadResponseReason.NOT_JSON)
    return isinstance(error, ServerError | RateLimitError)


class BatchSender:
    def __init__(
        self, users: Users, *, attempts: int = UPLOAD_ATTEMPTS, policy: RetryPolicy | None = None
    ) -> None:
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        self._users = users
        self._attempts = attempts
        self._policy = policy or RetryPolicy()

    async def send(self, profiles: list[dict[str, Any]]) -> SentPart:
        """Send merged ``profiles`` (one hashmap per profile) in one request; raises the last
        :class:`ApiError` when it could not be sent."""
        result = SentPart()
        positions = list(range(len(profiles)))
        failures = 0
        rounds = 0
        while positions:
            sending = [profiles[p] for p in positions]
            try:
                result.stored = await self._users.upsert_merged(sending)  # merged on the reading thread
            except ValidationError as error:
                rounds += 1
                blamed = blame(error, len(sending)) if rounds <= SPLIT_ROUNDS else {}
                if not blamed:  # about the whole request: every profile is refused with its words
                    result.refused.update(dict.fromkeys(positions, error.message))
                    return result
                result.refused.update({positions[i]: message for i, message in blamed.items()})
                positions = [p for i, p in enumerate(positions) if i not in blamed]
                continue
            except ApiError as error:
                failures += 1
                if failures >= self._attempts or not worth_retrying(error):
                    raise
                result.attempts += 1
                await self._policy.sleep(self._wait(error, failures))
                continue
            result.taken = positions
            return result
        return result

    def _wait(self, error: ApiError, failures: int) -> float:
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            return min(error.retry_after, self._policy.retry_after_max)
        return self._policy.backoff(failures)


def blame(error: ValidationError, count: int) -> dict[int, str]:
    """Item of the request -> the server's message, for the items the error names
    (``3.fields.age``); empty when it names none (the error is about the whole request)."""
    blamed: dict[int, list[str]] = {}
    for key, messages in error.fields.items():
        head, _, rest = key.partition(".")
        if not head.isdigit() or int(head) >= count:
            return {}
        where = rest.removeprefix("fields.")
        text = " ".join(messages)
        blamed.setdefault(int(head), []).append(f"{where}: {text}" if where else text)
    return {item: "; ".join(messages) for item, messages in blamed.items()}
