"""What a failed request means for a queued publish: give up, wait, or ask the user."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from PySide6.QtCore import QCoreApplication

from app.api.diagnosis import diagnose
from app.api.errors import (
    ApiError,
    AuthenticationError,
    BadResponseError,
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    TransportReason,
    ValidationError,
)
from app.domain.kinds import DraftKind
from app.domain.sentences import QT_TRANSLATE_NOOP


class Outcome(StrEnum):
    PUBLISHED = "published"  # the server has the draft; the job is done
    CONFLICT = "conflict"  # someone else changed it on the server: the user merges first
    FAILED = "failed"  # refused; the draft says why; the job is done
    RETRY = "retry"  # a passing failure: the job waits and is tried again
    OFFLINE = "offline"  # the server cannot be reached: the job waits for the connection
    ACCOUNT = "account"  # the account needs the user (secret, IP allow-list, certificate)
    NOTHING = "nothing"  # no job or no draft any more


# Outcomes that leave the job in the outbox.
PENDING_OUTCOMES: Final = frozenset({Outcome.RETRY, Outcome.OFFLINE, Outcome.ACCOUNT})

# The request never got a connection: the computer is offline or the server is down.
CONNECT_FAILURES: Final = frozenset(
    {TransportReason.REFUSED, TransportReason.DNS, TransportReason.CONNECT_TIMEOUT, TransportReason.NETWORK}
)
# Failures that trying again will not cure: the account's settings must change.
SETTINGS_FAILURES: Final = frozenset({TransportReason.TLS_CERTIFICATE, TransportReason.TLS})


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: Outcome
    message: str
    fields: Mapping[str, list[str]] = field(default_factory=dict)
    retry_after: float | None = None


# A sentence per kind: the noun's gender changes the words in other languages.
_GONE: Final[dict[DraftKind, str]] = {
    DraftKind.EMAILS: QT_TRANSLATE_NOOP(
        "SyncErrors", "This email no longer exists on the server (deleted by someone?)"
    ),
    DraftKind.CATEGORIES: QT_TRANSLATE_NOOP(
        "SyncErrors", "This category no longer exists on the server (deleted by someone?)"
    ),
    DraftKind.SEGMENTS: QT_TRANSLATE_NOOP(
        "SyncErrors", "This segment no longer exists on the server (deleted by someone?)"
    ),
    DraftKind.CAMPAIGNS: QT_TRANSLATE_NOOP(
        "SyncErrors", "This campaign no longer exists on the server (deleted by someone?)"
    ),
    DraftKind.AB_CAMPAIGNS: QT_TRANSLATE_NOOP(
        "SyncErrors", "This A/B campaign no longer exists on the server (deleted by someone?)"
    ),
    DraftKind.AUTO_CAMPAIGNS: QT_TRANSLATE_NOOP(
        "SyncErrors", "This automated campaign no longer exists on the server (deleted by someone?)"
    ),
}


def account_sentence(error: ApiError) -> str:
    """The account's problem in plain words, with what to do about it, in the UI's language."""
    diagnosis = diagnose(error)
    problem = QCoreApplication.translate("Diagnosis", diagnosis.problem)
    action = QCoreApplication.translate("Diagnosis", diagnosis.action)
    return f"{problem} {action}"


def is_offline(error: BaseException) -> bool:
    return isinstance(error, TransportError) and error.reason in CONNECT_FAILURES


def needs_account_attention(error: BaseException) -> bool:
    if isinstance(error, AuthenticationError | ForbiddenError | ConfigurationError):
        return True
    return isinstance(error, TransportError) and error.reason in SETTINGS_FAILURES


def judge(error: ApiError, kind: DraftKind, *, existing: bool) -> Verdict:
    """The verdict on ``error``, met while publishing a draft of ``kind``; ``existing``
    when the draft names an object the server should have."""
    if isinstance(error, ValidationError):
        return Verdict(Outcome.FAILED, error.message, error.fields)
    if needs_account_attention(error):
        return Verdict(Outcome.ACCOUNT, account_sentence(error))
    if is_offline(error):
        return Verdict(Outcome.OFFLINE, account_sentence(error))
    if isinstance(error, RateLimitError):
        return Verdict(Outcome.RETRY, error.message, retry_after=error.retry_after)
    if isinstance(error, TransportError | ServerError | BadResponseError):
        return Verdict(Outcome.RETRY, error.message)
    if isinstance(error, NotFoundError) and existing:
        return Verdict(Outcome.FAILED, QCoreApplication.translate("SyncErrors", _GONE[kind]))
    if isinstance(error, ConflictError):
        return Verdict(Outcome.FAILED, error.message)
    return Verdict(Outcome.FAILED, error.message)
