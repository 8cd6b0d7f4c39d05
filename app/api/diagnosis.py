"""Plain-English verdicts for "Test connection": what went wrong and what to do next.

The UI translates these strings; they name no secret and no internal class.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from app.api.errors import (
    ApiError,
    AuthenticationError,
    BadResponseError,
    BadResponseReason,
    ConfigurationError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    TransportReason,
)


@dataclass(frozen=True, slots=True)
class Diagnosis:
    problem: str  # what went wrong, in one sentence
    action: str  # what the user can do about it

    TRANSLATION_CONTEXT: ClassVar[str] = "Diagnosis"  # lupdate finds the texts (packaging/domain_marks)


_TRANSPORT: dict[TransportReason, Diagnosis] = {
    TransportReason.DNS: Diagnosis(
        "The server's host name could not be found.",
        "Check the server address for typos, and that this computer is online.",
    ),
    TransportReason.REFUSED: Diagnosis(
        "The server refused the connection: nothing answers at that address and port.",
        "Check the port in the server address, or whether the server is running.",
    ),
    TransportReason.TLS_CERTIFICATE: Diagnosis(
        "The server's security certificate is not trusted (expired, self-signed, or for another host).",
        "Check that the address is the provider's real one. If your company inspects HTTPS traffic, "
        "ask your IT team to install its certificate on this computer.",
    ),
    TransportReason.TLS: Diagnosis(
        "A secure (HTTPS) connection could not be set up with the server.",
        "Check that the address starts with https:// and names the provider's API, not another service.",
    ),
    TransportReason.CONNECT_TIMEOUT: Diagnosis(
        "The server did not answer the connection attempt in time.",
        "Check that this computer is online; a firewall may be blocking the connection.",
    ),
    TransportReason.TIMEOUT: Diagnosis(
        "The server accepted the connection but did not answer in time.",
        "Try again in a few minutes; if it keeps happening, the provider may be having trouble.",
    ),
    TransportReason.DISCONNECTED: Diagnosis(
        "The connection dropped before the server answered.",
        "Try again; if it keeps happening, a proxy or an unstable network may be cutting connections.",
    ),
    TransportReason.NETWORK: Diagnosis(
        "The network failed while talking to the server.",
        "Check that this computer is online, then try again.",
    ),
    TransportReason.PROTOCOL: Diagnosis(
        "The server did not answer in the expected way.",
        "Check that the server address is the provider's API address.",
    ),
}

_BAD_RESPONSE: dict[BadResponseReason, Diagnosis] = {
    BadResponseReason.HTML: Diagnosis(
        "A web page came back instead of the API's answer: a proxy, a firewall or a Wi-Fi login "
        "page (captive portal) may be in the way, or the address points at a website.",
        "Open any web page in your browser to see if a login page appears; check the server address.",
    ),
    BadResponseReason.REDIRECT: Diagnosis(
        "The server sent the request elsewhere (a redirect).",
        "Check the server address (https://, host and the /api/v1/ part); a Wi-Fi login page may be "
        "in the way.",
    ),
    BadResponseReason.NOT_JSON: Diagnosis(
        "The server's answer could not be read (it was cut off or garbled).",
        "Try again; if it keeps happening, a proxy may be interfering.",
    ),
    BadResponseReason.SHAPE: Diagnosis(
        "The server answered, but not with what the provider's API returns.",
        "Check that the server address is the provider's API address (ending in /api/v1/).",
    ),
}


def diagnose(error: ApiError) -> Diagnosis:
    """What ``error`` means to the person who clicked "Test connection"."""
    if isinstance(error, ConfigurationError):
        return Diagnosis(error.message, "Correct the account settings.")
    if isinstance(error, AuthenticationError):
        return Diagnosis(
            "The login or the secret is wrong.",
            "Check the login and secret in the project settings of your provider account, then "
            "enter them again.",
        )
    if isinstance(error, ForbiddenError):
        return Diagnosis(
            "The login and secret are right, but this computer's IP address is not on the "
            "project's list of allowed addresses.",
            "Add this computer's public IP address to the allowed list in the project settings.",
        )
    if isinstance(error, TransportError):
        return _TRANSPORT[TransportReason(error.reason)]
    if isinstance(error, BadResponseError):
        return _BAD_RESPONSE[BadResponseReason(error.reason)]
    if isinstance(error, NotFoundError):
        return Diagnosis(
            "The server has no API at that address.",
            "Check the path of the server address: it usually ends in /api/v1/.",
        )
    if isinstance(error, RateLimitError):
        return Diagnosis(
            "The server is receiving too many requests from this account.", "Wait a minute and try again."
        )
    if isinstance(error, ServerError):
        return Diagnosis(
            "The provider's server failed to answer.",
            "Try again later; if it persists, contact the provider's support.",
        )
    return Diagnosis(f"The server answered unexpectedly: {error.message}", "Check the server address.")
