"""Keep secrets out of log lines.

Every :class:`~app.api.client.ApiClient` registers its secret and its Basic token here;
:class:`RedactingFilter` masks them in any record it sees. The filter sits on the
handlers (``app.logging_setup`` and :func:`install_redaction`) and on the loggers of the
app, httpx and httpcore: a logger's filter does not see its children's records, so each
existing logger of those trees gets it too, and the record is masked before any handler.
"""

from __future__ import annotations

import logging
import threading
from typing import Final
from urllib.parse import quote

MASK: Final = "***"
# A value this short is no secret worth the name, and masking it ("x", "ab") would garble
# every log line and message that happens to contain those letters.
MIN_SECRET_LENGTH: Final = 4
_LOGGER_ROOTS: Final = ("app", "httpx", "httpcore")

_lock = threading.Lock()
_secrets: tuple[str, ...] = ()


def register_secret(*values: str) -> None:
    """Mask ``values`` (and their URL-encoded forms) in every log line from now on."""
    global _secrets
    forms = {
        form
        for value in values
        if len(value) >= MIN_SECRET_LENGTH
        for form in (value, quote(value, safe=""))
    }
    with _lock:
        # Longest first, so a secret that contains another one is masked whole.
        _secrets = tuple(sorted(set(_secrets) | forms, key=len, reverse=True))


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Masks registered secrets in a record's message, traceback and stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set, so the masked traceback is the one printed.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_installed: set[str] = set()
_filter: Final = RedactingFilter()


def install_redaction() -> None:
    """Put the filter on the app's, httpx's and httpcore's loggers and their children, and
    on the root logger's handlers, so a record from any logger is masked (idempotent)."""
    names = set(_LOGGER_ROOTS)
    names.update(
        name
        for name in list(logging.Logger.manager.loggerDict)
        if any(name.startswith(root + ".") for root in _LOGGER_ROOTS)
    )
    with _lock:
        for name in names - _installed:
            logging.getLogger(name).addFilter(_filter)
            _installed.add(name)
        for handler in logging.getLogger().handlers:
            if not any(isinstance(f, RedactingFilter) for f in handler.filters):
                handler.addFilter(_filter)
