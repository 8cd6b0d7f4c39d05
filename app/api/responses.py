"""Turn an HTTP answer into JSON or into the right :mod:`app.api.errors` exception."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import httpx
import orjson

from app.api.errors import (
    STATUS_ERRORS,
    ApiError,
    BadResponseError,
    BadResponseReason,
    RateLimitError,
    ServerError,
    ValidationError,
)
from app.api.redaction import redact
from app.api.retry import parse_retry_after

_MAX_DETAIL: Final = 300

_STATUS_MESSAGES: Final[dict[int, str]] = {
    400: "The server rejected the data",
    401: "The server did not accept the login and secret",
    403: "The server refused access: this computer's IP address may not be on the project's allow-list",
    404: "Not found on the server",
    409: "Not possible in the object's current state",
    429: "Too many requests: the server asks to slow down",
}
_OUTCOME_UNKNOWN: Final = (
    ". The server may have processed the request before failing: the outcome is unknown, so it "
    "was not sent again (a second create could make a duplicate). Check on the server before retrying."
)


def _looks_like_html(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "").lower()
    return "html" in content_type or response.content.lstrip()[:1] == b"<"


def _clip(text: str) -> str:
    text = " ".join(redact(text).split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


def _flatten(errors: Mapping[str, Any], prefix: str = "") -> dict[str, list[str]]:
    """``{"config": {"min_send_interval": ["..."]}}`` -> ``{"config.min_send_interval": ["..."]}``."""
    flat: dict[str, list[str]] = {}
    for key, value in errors.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = [_clip(str(v)) for v in value]
        else:
            flat[name] = [_clip(str(value))]
    return flat


def _body(response: httpx.Response) -> Any:
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return None


def error_from_response(response: httpx.Response, *, method: str, path: str, idempotent: bool) -> ApiError:
    """The exception for a non-2xx answer."""
    status = response.status_code
    body = _body(response)
    detail = ""
    if isinstance(body, Mapping) and isinstance(body.get("detail"), str):
        detail = _clip(body["detail"])
    elif _looks_like_html(response):
        detail = "the answer is an HTML page, not JSON (from a proxy?)"
    elif body is None and response.content.strip():
        detail = _clip(response.text)
    if 300 <= status < 400:
        location = response.headers.get("location", "")
        return BadResponseError(
            f"The server redirected the request to {_clip(location) or 'another address'}: "
            "check the server address (a proxy or captive portal may be in the way)",
            reason=BadResponseReason.REDIRECT,
            method=method,
            path=path,
            status=status,
        )
    base = _STATUS_MESSAGES.get(status, f"The server answered {status} {response.reason_phrase}".strip())
    message = f"{base}: {detail}" if detail else base
    if status == 400:
        fields = _flatten(body) if isinstance(body, Mapping) and not detail else {}
        if fields:
            message = base + ": " + "; ".join(f"{k}: {' '.join(v)}" for k, v in fields.items())
        return ValidationError(_clip(message), fields=fields, method=method, path=path, status=status)
    if status == 429:
        return RateLimitError(
            message, retry_after=parse_retry_after(response.headers), method=method, path=path, status=status
        )
    if status >= 500:
        unknown = not idempotent
        return ServerError(
            message + (_OUTCOME_UNKNOWN if unknown else ""),
            method=method,
            path=path,
            status=status,
            outcome_unknown=unknown,
        )
    kind = STATUS_ERRORS.get(status, ApiError)
    return kind(message, method=method, path=path, status=status)


def json_body(response: httpx.Response, *, method: str, path: str, idempotent: bool) -> Any:
    """The decoded JSON of a 2xx answer; None for an empty body."""
    unknown = not idempotent  # a 2xx we cannot read: the server may well have done it
    if _looks_like_html(response):
        raise BadResponseError(
            "The server answered with an HTML page instead of JSON: a proxy, firewall or "
            "captive portal (a login page) may be in the way, or the server address is wrong",
            reason=BadResponseReason.HTML,
            method=method,
            path=path,
            status=response.status_code,
            outcome_unknown=unknown,
        )
    if not response.content.strip():
        return None
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError as exc:
        raise BadResponseError(
            f"The server's answer is not valid JSON (cut off?): {exc}",
            reason=BadResponseReason.NOT_JSON,
            method=method,
            path=path,
            status=response.status_code,
            outcome_unknown=unknown,
        ) from None


def wrong_shape(
    expected: str, got: Any, *, method: str, path: str, idempotent: bool = True
) -> BadResponseError:
    return BadResponseError(
        f"The server's answer is not {expected} (got {type(got).__name__})",
        reason=BadResponseReason.SHAPE,
        method=method,
        path=path,
        outcome_unknown=not idempotent,
    )
