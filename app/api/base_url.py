"""Check an account's base URL before any request is made."""

from __future__ import annotations

import ipaddress

import httpx

from app.api.errors import ConfigurationError
from app.domain.sentences import QT_TRANSLATE_NOOP  # the account form translates them ("Diagnosis")


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and ``localhost``: traffic that never leaves this computer."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> httpx.URL:
    """The parsed URL, or :class:`ConfigurationError` saying what is wrong with it.

    HTTPS is required because every request carries the secret; plain HTTP is allowed
    only to a loopback host (the sandbox).
    """
    text = base_url.strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"The server address {text!r} is not a valid URL.") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"The server address {text!r} must start with https:// and name a host, "
            "e.g. https://esp.example.com/api/v1/."
        )
    if any(c in url.host for c in "%[] ") or not 0 < (url.port or 443) < 65536:
        raise ConfigurationError(f"The server address {text!r} has an invalid host name or port.")
    if url.userinfo:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "Diagnosis",
                "The server address must not contain a login or password: enter them in their own fields.",
            )
        )
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"The server address uses plain HTTP ({url.host}): the login and secret would travel "
            "unencrypted. Use https://; plain http:// is only allowed to this computer (localhost)."
        )
    if url.query or url.fragment:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("Diagnosis", "The server address must not contain '?' or '#' parts.")
        )
    return url.copy_with(path=url.path if url.path.endswith("/") else url.path + "/")
