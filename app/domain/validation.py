"""Field-level validation of payloads against :mod:`app.domain.schema`.

The editors use it to flag a field before publishing, and the sandbox uses it to answer
400 the way the provider would. Messages are plain English sentences; the UI translates
the ones it shows through Qt.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final
from urllib.parse import urlsplit

from app.domain.schema import CAMPAIGN_CONFIG, FieldSpec, FieldType, ResourceSchema

Errors = dict[str, list[str]]

REQUIRED: Final = "This field is required."
_DATA_URL: Final = re.compile(r"^data:(text/html|application/zip);base64,(.*)$", re.DOTALL)


def parse_datetime(value: str) -> datetime:
    """ISO 8601, with ``Z`` accepted for UTC (``fromisoformat`` takes it from 3.11)."""
    return datetime.fromisoformat(value)


def check_crontab(value: str) -> str | None:
    """A message when ``value`` is not a five-field crontab, else None."""
    fields = value.split()
    if len(fields) != 5:
        return "A schedule has five fields: minute, hour, day of month, month, day of week."
    from croniter import croniter  # ~0.1 s to import (dateutil): only when a schedule is checked

    if not croniter.is_valid(value):
        return f"'{value}' is not a valid crontab schedule."
    return None


def check_url(value: str) -> str | None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "Enter a full web address starting with http:// or https://."
    return None


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """One message describing what is wrong with ``value`` for ``spec``, or None."""
    if value is None:
        return REQUIRED if spec.required else None
    kind = spec.type
    if kind in (FieldType.INT,):
        # bool is an int in Python; on the wire it is not.
        if isinstance(value, bool) or not isinstance(value, int):
            return "A whole number is required."
        if spec.minimum is not None and value < spec.minimum:
            return f"Ensure this value is greater than or equal to {spec.minimum}."
        if spec.maximum is not None and value > spec.maximum:
            return f"Ensure this value is less than or equal to {spec.maximum}."
        return None
    if kind is FieldType.BOOL:
        return None if isinstance(value, bool) else "Must be true or false."
    if kind in (FieldType.STRING, FieldType.CHAR, FieldType.URL, FieldType.CRONTAB,
                FieldType.DATETIME, FieldType.DATAURL) and not isinstance(value, str):
        return "Must be text."
    if kind is FieldType.STRING:
        return REQUIRED if spec.required and not value.strip() else None
    if kind is FieldType.CHAR:
        if value not in spec.choices:
            return f"'{value}' is not a valid choice; use one of {', '.join(spec.choices)}."
        return None
    if kind is FieldType.DATETIME:
        try:
            parse_datetime(value)
        except ValueError:
            return "Enter a date and time like 2026-12-01T09:00:00+00:00."
        return None
    if kind is FieldType.URL:
        return check_url(value)
    if kind is FieldType.CRONTAB:
        return check_crontab(value)
    if kind is FieldType.DATAURL:
        return check_data_url(value)
    if kind is FieldType.JSON:
        return None if isinstance(value, dict | list) else "Must be a JSON object."
    return None  # DATAFILE travels as a multipart part, checked where it is received


def check_data_url(value: str) -> str | None:
    match = _DATA_URL.match(value)
    if match is None:
        return "Must be a data URL: data:text/html;base64,... or data:application/zip;base64,..."
    try:
        base64.b64decode(match.group(2), validate=True)
    except (binascii.Error, ValueError):
        return "The data URL does not hold valid base64."
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
    if isinstance(config, dict) and schema.spec("config") is not None:
        for name, messages in validate_payload(CAMPAIGN_CONFIG, config, partial=True).items():
            errors[f"config.{name}"] = messages
    return errors
