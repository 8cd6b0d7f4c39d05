"""Reading and writing wire payloads for the typed objects, without losing anything.

A payload pulled from the server and turned into an object and back must come out
equal to what went in: keys the app does not model are kept, a key that was absent
stays absent, one that was ``null`` stays ``null``, and a datetime keeps its exact text
while its value is unchanged. Otherwise every pulled object would look edited.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from app.domain.languages import LANGUAGES, Language, SuffixStyle, localized_fields

E = TypeVar("E", bound=StrEnum)

# Per-language text: ``None`` is the default field (``subject``), a language its variant.
Localized = dict[Language | None, str]


class PayloadError(ValueError):
    """A wire payload whose field has a value of the wrong type."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.field = key
        self.message = message


@dataclass(frozen=True, slots=True)
class WireMeta:
    """What an object remembers of the payload it was read from, to write it back exactly."""

    extra: Mapping[str, Any] = field(default_factory=dict)  # keys the app does not model
    present: frozenset[str] = frozenset()  # modelled keys the payload had, even as null
    texts: Mapping[str, str] = field(default_factory=dict)  # datetimes as the wire spelled them


def parse_wire_datetime(text: str) -> datetime:
    """ISO 8601 to an aware datetime; a value without an offset is read as UTC."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def format_wire_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("datetimes sent to the server must be timezone-aware")
    return value.isoformat()


@functools.cache
def _variants(base: str, style: SuffixStyle) -> tuple[tuple[Language | None, str], ...]:
    """``((None, "subject"), (Language.RU, "subject_ru"), ...)``."""
    return tuple(zip((None, *LANGUAGES), localized_fields(base, style), strict=True))


class Reader:
    """Takes typed values out of a payload, noting which keys it consumed."""

    def __init__(self, payload: Mapping[str, Any]) -> None:
        if not isinstance(payload, Mapping):
            raise PayloadError("(payload)", "expected a JSON object")
        self._payload = payload
        self._seen: set[str] = set()
        self._texts: dict[str, str] = {}

    def _take(self, key: str) -> Any:
        if key in self._payload:
            self._seen.add(key)
        return self._payload.get(key)

    def text(self, key: str) -> str | None:
        value = self._take(key)
        if value is not None and not isinstance(value, str):
            raise PayloadError(key, "expected text")
        return value

    def integer(self, key: str) -> int | None:
        value = self._take(key)
        # bool is an int in Python, not on the wire.
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise PayloadError(key, "expected a whole number")
        return value

    def boolean(self, key: str) -> bool | None:
        value = self._take(key)
        if value is not None and not isinstance(value, bool):
            raise PayloadError(key, "expected true or false")
        return value

    def choice(self, key: str, kind: type[E]) -> E | None:
        value = self.text(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            raise PayloadError(key, f"unknown value {value!r}") from None

    def timestamp(self, key: str) -> datetime | None:
        text = self.text(key)
        if text is None:
            return None
        try:
            value = parse_wire_datetime(text)
        except ValueError:
            raise PayloadError(key, f"not an ISO 8601 datetime: {text!r}") from None
        self._texts[key] = text
        return value

    def json_object(self, key: str) -> dict[str, Any] | None:
        value = self._take(key)
        if value is not None and not isinstance(value, dict):
            raise PayloadError(key, "expected a JSON object")
        return copy.deepcopy(value)

    def json(self, key: str) -> Any:
        # A copy, so that editing the object never edits the payload it came from.
        return copy.deepcopy(self._take(key))

    def localized(self, base: str, style: SuffixStyle) -> Localized:
        texts: Localized = {}
        for language, key in _variants(base, style):
            value = self.text(key)
            if value is not None:
                texts[language] = value
        return texts

    def meta(self) -> WireMeta:
        extra = {k: copy.deepcopy(v) for k, v in self._payload.items() if k not in self._seen}
        return WireMeta(extra=extra, present=frozenset(self._seen), texts=dict(self._texts))


class Writer:
    """Builds a payload back, in the spirit of the one the object was read from."""

    def __init__(self, meta: WireMeta) -> None:
        self._meta = meta
        self._out: dict[str, Any] = {}

    def put(self, key: str, value: Any) -> None:
        # A cleared field the payload had is sent as null; one it never had stays absent.
        if value is not None or key in self._meta.present:
            if isinstance(value, StrEnum):
                value = value.value
            elif isinstance(value, dict | list):
                value = copy.deepcopy(value)
            self._out[key] = value

    def timestamp(self, key: str, value: datetime | None) -> None:
        if value is None:
            self.put(key, None)
            return
        text = self._meta.texts.get(key)
        if text is not None and parse_wire_datetime(text) == value:
            self._out[key] = text
        else:
            self._out[key] = format_wire_datetime(value)

    def localized(self, base: str, style: SuffixStyle, texts: Mapping[Language | None, str]) -> None:
        for language, key in _variants(base, style):
            self.put(key, texts.get(language))

    def payload(self) -> dict[str, Any]:
        out = dict(self._out)
        for key, value in self._meta.extra.items():
            out.setdefault(key, copy.deepcopy(value))
        return out
