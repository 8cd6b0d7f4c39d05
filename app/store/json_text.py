"""Canonical JSON text for payloads: equal objects give equal text, so comparing is cheap."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import orjson

JsonObject = dict[str, Any]


def dumps(value: Mapping[str, Any]) -> str:
    """Sorted keys, no whitespace, UTF-8 kept: the form stored in the workspace."""
    if not isinstance(value, Mapping):
        raise TypeError(f"a JSON object is expected, not {type(value).__name__}")
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS).decode()


def dumps_optional(value: Mapping[str, Any] | None) -> str | None:
    return None if value is None else dumps(value)


def loads(text: str) -> JsonObject:
    value = orjson.loads(text)
    if not isinstance(value, dict):
        raise ValueError("stored JSON is not an object")
    return value


def loads_optional(text: str | None) -> JsonObject | None:
    return None if text is None else loads(text)


def fingerprint(value: Mapping[str, Any]) -> str:
    """A short stable digest of a payload, e.g. to recognise an object we POSTed."""
    return hashlib.sha256(dumps(value).encode()).hexdigest()
