"""The value a declared profile field accepts, per type: how it is read, and its JSON Schema.

Profile imports send what a spreadsheet holds, so each type also takes its value as text
("42", "true", "2026-12-01"). What text is accepted is a pattern, and the same pattern is
in the OpenAPI description, so the two agree. Whole numbers fit in 64 bits, numbers are
finite: everything accepted can be stored and answered again.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any, Final

from app.domain.formats import INT64_MAX, INT64_MIN
from app.domain.validation import whole_number
from app.sandbox.settings import ProfileFieldType

Json = dict[str, Any]
WHOLE_NUMBER: Final = "A whole number is required."
OUT_OF_RANGE: Final = f"A whole number between {INT64_MIN} and {INT64_MAX} is required."
NUMBER: Final = "A number is required."
TRUE_FALSE: Final = "Must be true or false."
DATE: Final = "Enter a date like 2026-12-01."


def _not_above(limit: str) -> str:
    """Digit strings as long as ``limit`` and not greater: a regex can compare numbers too."""
    alternatives = [
        f"{limit[:i]}[0-{int(digit) - 1}][0-9]{{{len(limit) - i - 1}}}"
        for i, digit in enumerate(limit)
        if digit != "0"
    ]
    return "|".join([*alternatives, limit])


def _int64_text() -> str:
    shorter = f"[0-9]{{1,{len(str(INT64_MAX)) - 1}}}"
    positive = f"(?:{shorter}|{_not_above(str(INT64_MAX))})"
    negative = f"(?:{shorter}|{_not_above(str(-INT64_MIN))})"
    return f"^(?:[+]?{positive}|-{negative})$"


INT_TEXT_PATTERN: Final = _int64_text()
# At most 15 + 15 digits and a two-digit exponent: always a finite double.
FLOAT_TEXT_PATTERN: Final = (
    "^[+-]?(?:[0-9]{1,15}(?:[.][0-9]{0,15})?|[.][0-9]{1,15})(?:[eE][+-]?[0-9]{1,2})?$"
)
BOOL_TEXT_PATTERN: Final = "^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[01])$"
DATE_PATTERN: Final = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

_INT_TEXT: Final = re.compile(INT_TEXT_PATTERN)
_DIGITS: Final = re.compile("[+-]?[0-9]+")
_FLOAT_TEXT: Final = re.compile(FLOAT_TEXT_PATTERN)
_BOOL_TEXT: Final = re.compile(BOOL_TEXT_PATTERN)
_DATE: Final = re.compile(DATE_PATTERN)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def as_string(value: Any) -> str:
    if isinstance(value, str):
        return value
    if _is_number(value):
        return str(value)
    raise ValueError("Must be text.")


def as_int(value: Any) -> int:
    number = int(value) if isinstance(value, str) and _INT_TEXT.fullmatch(value) else whole_number(value)
    if number is not None and INT64_MIN <= number <= INT64_MAX:
        return number
    too_wide = isinstance(value, float) and value.is_integer() and abs(value) >= 2**63
    if number is not None or too_wide or (isinstance(value, str) and _DIGITS.fullmatch(value)):
        raise ValueError(OUT_OF_RANGE)
    raise ValueError(WHOLE_NUMBER)


def as_float(value: Any) -> float:
    text_number = isinstance(value, str) and _FLOAT_TEXT.fullmatch(value) is not None
    if not (_is_number(value) or text_number) or not math.isfinite(number := float(value)):
        raise ValueError(NUMBER)
    return number


def as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and _BOOL_TEXT.fullmatch(value):
        return value.lower() in ("true", "1")
    raise ValueError(TRUE_FALSE)


def as_date(value: Any) -> str:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ValueError(DATE)


COERCE: Final[dict[ProfileFieldType, Callable[[Any], Any]]] = {
    ProfileFieldType.STRING: as_string,
    ProfileFieldType.INT: as_int,
    ProfileFieldType.FLOAT: as_float,
    ProfileFieldType.BOOL: as_bool,
    ProfileFieldType.DATE: as_date,
}

_SCHEMAS: Final[dict[ProfileFieldType, list[Json]]] = {
    ProfileFieldType.STRING: [{"type": ["string", "number"]}],
    ProfileFieldType.INT: [{"type": "integer", "minimum": INT64_MIN, "maximum": INT64_MAX},
                           {"type": "string", "pattern": INT_TEXT_PATTERN}],
    ProfileFieldType.FLOAT: [{"type": "number"}, {"type": "string", "pattern": FLOAT_TEXT_PATTERN}],
    ProfileFieldType.BOOL: [{"type": "boolean"}, {"type": "string", "pattern": BOOL_TEXT_PATTERN}],
    ProfileFieldType.DATE: [{"type": "string", "format": "date", "pattern": DATE_PATTERN}],
}
_STORED: Final[dict[ProfileFieldType, Json]] = {
    ProfileFieldType.STRING: {"type": ["string", "null"]},
    ProfileFieldType.INT: {"type": ["integer", "null"]},
    ProfileFieldType.FLOAT: {"type": ["number", "null"]},
    ProfileFieldType.BOOL: {"type": ["boolean", "null"]},
    ProfileFieldType.DATE: {"type": ["string", "null"], "format": "date"},
}


def accepted_schema(kind: ProfileFieldType) -> Json:
    """What a request may send for a field of ``kind`` (null clears it)."""
    return {"anyOf": [*_SCHEMAS[kind], {"type": "null"}], "description": f"Declared as {kind.value}"}


def stored_schema(kind: ProfileFieldType) -> Json:
    """What an answer holds for it: the value as it was stored."""
    return {**_STORED[kind], "description": f"Declared as {kind.value}"}
