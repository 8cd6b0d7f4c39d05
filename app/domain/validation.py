"""Field-level validation of payloads against :mod:`app.domain.schema`.

The editors use it to flag a field before publishing, and the sandbox uses it to answer
400 the way the provider would: one definition, so a draft the editor calls valid is one
the sandbox accepts. The text formats are the patterns of :mod:`app.domain.formats`,
which the sandbox's OpenAPI description publishes too. Messages are plain English
sentences (the sandbox answers with them); the UI shows each as
:func:`app.domain.field_messages.message_sentence`, translated ("FieldMessages").
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from app.domain.formats import (
    CRONTAB,
    CRONTAB_EXTENSION,
    DATETIME,
    EMAIL_SHAPE,
    INT64_MAX,
    INT64_MIN,
    NON_BLANK,
    URL_TEMPLATE,
)
from app.domain.schema import CAMPAIGN_CONFIG, FieldSpec, FieldType, ResourceSchema
from app.domain.sentences import QT_TRANSLATE_NOOP

Errors = dict[str, list[str]]


def _shown(text: str) -> str:
    """A message the form shows as it is: marked for translation in the forms' context."""
    return QT_TRANSLATE_NOOP("FieldMessages", text)


REQUIRED: Final = "This field is required."
WHOLE_NUMBER: Final = "A whole number is required."
DATETIME_EXAMPLE: Final = _shown("Enter a date and time like 2026-12-01T09:00:00+00:00.")
EMAIL_EXAMPLE: Final = _shown("Enter an email address like news@example.com.")
TOO_DEEP: Final = _shown("This is nested too deeply: use fewer levels of brackets.")
_DATA_URL: Final = re.compile(r"^data:(text/html|application/zip);base64,(.*)$", re.DOTALL)

# How deep a request body may nest, the body itself being level 1. orjson reads 1,024 levels
# but writes only 254, and an answer wraps a stored object twice more (a page, its results):
# a body is refused on arrival unless every answer that may carry it can still be written.
MAX_JSON_DEPTH: Final = 128


def parse_datetime(value: str) -> datetime:
    """An RFC 3339 date-time (``2026-12-01T09:00:00+01:00``, ``...Z``) as an aware datetime.

    A date alone, a time without an offset, ISO 8601's basic and week forms are refused
    with ValueError: the provider's reading of them is unknown.
    """
    if DATETIME.fullmatch(value) is None:
        raise ValueError(f"not an RFC 3339 date-time: {value!r}")
    return datetime.fromisoformat(value.upper())  # 't' and 'z' may be lower case


def check_datetime(value: str) -> str | None:
    try:
        parse_datetime(value)
    except ValueError:
        return DATETIME_EXAMPLE
    return None


def check_crontab(value: str) -> str | None:
    """A message when ``value`` is not a five-field standard crontab, else None."""
    fields = value.split()
    if len(fields) != 5:
        return _shown("A schedule has five fields: minute, hour, day of month, month, day of week.")
    if CRONTAB.fullmatch(value) is not None:
        return None
    if CRONTAB_EXTENSION.search(value) is not None:
        return _shown(
            "This schedule uses L, W, # or ?, which not every server supports: use numbers, names, "
            "*, commas, dashes and slashes only."
        )
    return f"'{value}' is not a valid crontab schedule."


def check_url(value: str) -> str | None:
    """A web address (``{placeholders}`` allowed), else a message."""
    if URL_TEMPLATE.fullmatch(value) is None:
        return _shown("Enter a full web address starting with http:// or https://.")
    return None


@functools.lru_cache(maxsize=512)  # the editors check the same address on every keystroke
def check_email(value: str) -> str | None:
    """An email address (syntax only: no DNS, ~40 µs), else a message."""
    if EMAIL_SHAPE.fullmatch(value) is None:  # what the OpenAPI description can state of it
        return EMAIL_EXAMPLE
    from email_validator import EmailNotValidError, validate_email  # ~40 ms to import: when needed

    try:
        # test_environment: ".test" is reserved for tests as ".example" is, and both are accepted.
        validate_email(value, check_deliverability=False, test_environment=True, allow_smtputf8=False)
    except EmailNotValidError:
        return EMAIL_EXAMPLE
    return None


def whole_number(value: Any) -> int | None:
    """``value`` as a whole number: an int, or a float without a fraction (JSON has one number
    type, so 3.0 is 3) as long as it is exact (at most 2**53); else None."""
    if isinstance(value, bool):  # bool is an int in Python; on the wire it is not
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return int(value)
    return None


def check_int(spec: FieldSpec, value: Any) -> str | None:
    low = INT64_MIN if spec.minimum is None else max(spec.minimum, INT64_MIN)
    high = INT64_MAX if spec.maximum is None else min(spec.maximum, INT64_MAX)
    number = whole_number(value)
    if number is None:
        # A JSON parser reads an integer too wide for 64 bits as a float: say it is too large.
        if isinstance(value, float) and value.is_integer() and abs(value) >= 2**63:
            number = INT64_MAX + 1 if value > 0 else INT64_MIN - 1
        else:
            return WHOLE_NUMBER
    if number < low:
        return f"Ensure this value is greater than or equal to {low}."
    if number > high:
        return f"Ensure this value is less than or equal to {high}."
    return None


def json_depth_exceeds(value: Any, limit: int) -> bool:
    """True when ``value`` nests objects and arrays more than ``limit`` levels deep
    (a scalar is level 0, ``[]`` level 1)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


_TEXT_KINDS: Final = frozenset({
    FieldType.STRING, FieldType.EMAIL, FieldType.CHAR, FieldType.URL, FieldType.CRONTAB,
    FieldType.DATETIME, FieldType.DATAURL,
})


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """One message describing what is wrong with ``value`` for ``spec``, or None."""
    if value is None:
        return REQUIRED if spec.required else None
    kind = spec.type
    if kind is FieldType.INT:
        return check_int(spec, value)
    if kind is FieldType.BOOL:
        return None if isinstance(value, bool) else _shown("Must be true or false.")
    if kind in _TEXT_KINDS and not isinstance(value, str):
        return _shown("Must be text.")
    if kind is FieldType.STRING:
        return REQUIRED if spec.required and NON_BLANK.search(value) is None else None
    if kind is FieldType.EMAIL:
        return REQUIRED if NON_BLANK.search(value) is None and spec.required else check_email(value)
    if kind is FieldType.CHAR:
        if value not in spec.choices:
            return f"'{value}' is not a valid choice; use one of {', '.join(spec.choices)}."
        return None
    if kind is FieldType.DATETIME:
        return check_datetime(value)
    if kind is FieldType.URL:
        return check_url(value)
    if kind is FieldType.CRONTAB:
        return check_crontab(value)
    if kind is FieldType.DATAURL:
        return check_data_url(value)
    if kind is FieldType.JSON:
        if not isinstance(value, dict | list):
            return _shown("Must be a JSON object.")
        # the field sits inside the body: one level less is left for it
        return TOO_DEEP if json_depth_exceeds(value, MAX_JSON_DEPTH - 1) else None
    return None  # DATAFILE travels as a multipart part, checked where it is received


def check_data_url(value: str) -> str | None:
    match = _DATA_URL.match(value)
    if match is None:
        return _shown("Must be a data URL: data:text/html;base64,... or data:application/zip;base64,...")
    try:
        base64.b64decode(match.group(2), validate=True)
    except (binascii.Error, ValueError):
        return _shown("The data URL does not hold valid base64.")
    return None


def validate_payload(
    schema: ResourceSchema, payload: Mapping[str, Any], *, partial: bool = False
) -> Errors:
    """Field errors of ``payload``; ``partial`` checks only the fields present (PATCH).

    Unknown fields are not errors: the provider ignores them, and so do we.
    """
    errors: Errors = {}
    for spec in schema.fields:
        if spec.name not in payload:
            if spec.required and not partial:
                errors[spec.name] = [REQUIRED]
            continue
        problem = check_value(spec, payload[spec.name])
        if problem:
            errors[spec.name] = [problem]
    config = payload.get("config")
    if isinstance(config, dict) and schema.spec("config") is not None and "config" not in errors:
        for name, messages in validate_payload(CAMPAIGN_CONFIG, config, partial=True).items():
            errors[f"config.{name}"] = messages
    return errors
