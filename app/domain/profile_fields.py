"""Profile fields a project declares (name and type), which the API cannot list.

The account keeps them: typed in by the user, or learned from what the server echoed back
after an upsert (it stores declared fields only and drops the rest silently). The preview's
personalisation, the checks (``variable-undeclared``) and the profile import read them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Final

from app.domain.sentences import QT_TRANSLATE_NOOP


class ProfileFieldType(StrEnum):
    """The types a project can declare (the reference's spelling: 'String', 'Int')."""

    STRING = "String"
    INT = "Int"
    FLOAT = "Float"
    BOOL = "Bool"
    DATE = "Date"


class FieldOrigin(StrEnum):
    USER = "user"  # typed in by the user: kept as typed
    SERVER = "server"  # learned from the server's answer: a user's choice wins over it


@dataclass(frozen=True, slots=True)
class DeclaredField:
    name: str
    type: ProfileFieldType
    origin: FieldOrigin = FieldOrigin.USER


# Profile field names become template variables ({{ first_name }}): keep them identifiers.
_NAME: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


def field_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a profile field name, or None."""
    if not name.strip():
        return QT_TRANSLATE_NOOP("ProfileFields", "Enter a field name.")
    if not _NAME.match(name):
        return QT_TRANSLATE_NOOP(
            "ProfileFields", "Use Latin letters, digits and underscores, starting with a letter (at most 64)."
        )
    return None


def parse_declared_field(text: str) -> tuple[str, ProfileFieldType]:
    """``"city:String"`` -> ("city", STRING); ValueError with a readable message otherwise."""
    name, sep, kind = text.partition(":")
    name = name.strip()
    if not sep or not name:
        raise ValueError(f"expected NAME:TYPE, got {text!r}")
    by_lower = {t.value.lower(): t for t in ProfileFieldType}
    try:
        return name, by_lower[kind.strip().lower()]
    except KeyError:
        choices = ", ".join(t.value for t in ProfileFieldType)
        raise ValueError(f"unknown field type {kind!r} for {name!r}; use one of {choices}") from None


def type_of_value(value: Any) -> ProfileFieldType:
    """The declared type a stored value suggests (what the server echoed back)."""
    if isinstance(value, bool):
        return ProfileFieldType.BOOL
    if isinstance(value, int):
        return ProfileFieldType.INT
    if isinstance(value, float):
        return ProfileFieldType.FLOAT
    if isinstance(value, str) and len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return ProfileFieldType.DATE
    return ProfileFieldType.STRING


@dataclass(frozen=True, slots=True)
class EchoComparison:
    stored: dict[str, ProfileFieldType]  # fields the server kept: declared in the project
    dropped: list[str]  # fields sent that did not come back: not declared there


def compare_echo(sent: Mapping[str, Any], echoed: Mapping[str, Any]) -> EchoComparison:
    """What an upsert's answer says about the project's declared fields."""
    stored = {name: type_of_value(value) for name, value in echoed.items()}
    dropped = sorted(name for name in sent if name not in echoed)
    return EchoComparison(stored, dropped)
