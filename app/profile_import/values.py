"""Cell text to the JSON value sent for a field or identifier, or the reason it does not fit.

The field types accept what the sandbox's ``app/sandbox/profiles.py`` accepts, and the
value is sent already converted (an Int as a JSON number, a Date as ``2026-12-01``), so a
row that passes here is never refused by the server for its type. Two forms are taken
beyond that, converted before sending: dates written ``01.12.2026`` (day first, as every
dotted date is), and nothing else. Decimal commas (``3,5``) are refused, not guessed at:
``1,000`` may be a thousand.

Email addresses are checked with email-validator (syntax only, no DNS); the plain ASCII
addresses that make up nearly every list go through a stricter regular expression first,
which accepts only what email-validator accepts, at a fiftieth of its cost. Phone numbers
are parsed with phonenumbers and sent in E.164 (``+79991234567``), so one number written
two ways is one profile.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any, Final

from app.domain.profile_fields import ProfileFieldType
from app.profile_import.problems import QT_TRANSLATE_NOOP

Convert = Callable[[str], Any]

INT_LIMIT: Final = 2**63  # JSON numbers beyond 64 bits do not survive most servers (nor orjson)


class Unfit(ValueError):
    """``template`` takes {0} column, {1} value, {2} field (or the validator's reason)."""

    def __init__(self, template: str, detail: str = "") -> None:
        super().__init__(template)
        self.template = template
        self.detail = detail


_INT: Final = re.compile(r"[+-]?[0-9]+")
_FLOAT: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DECIMAL_COMMA: Final = re.compile(r"[+-]?[0-9]*,[0-9]+")
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DOTTED_DATE: Final = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_BOOLS: Final = {"true": True, "1": True, "false": False, "0": False}

_NOT_INT: Final = QT_TRANSLATE_NOOP(
    "ProfileImport", "Column {0}: “{1}” is not a whole number, and the field {2} holds whole numbers."
)
_TOO_BIG: Final = QT_TRANSLATE_NOOP(
    "ProfileImport", "Column {0}: {1} is too large a number for the field {2}."
)
_NOT_FLOAT: Final = QT_TRANSLATE_NOOP(
    "ProfileImport", "Column {0}: “{1}” is not a number, and the field {2} holds numbers."
)
_COMMA: Final = QT_TRANSLATE_NOOP(
    "ProfileImport",
    "Column {0}: “{1}” has a decimal comma; the field {2} needs a dot (3.5), since 1,000 could be a "
    "thousand.",
)
_NOT_BOOL: Final = QT_TRANSLATE_NOOP(
    "ProfileImport", "Column {0}: “{1}” is not true or false (or 1 or 0), which the field {2} holds."
)
_NOT_DATE: Final = QT_TRANSLATE_NOOP(
    "ProfileImport",
    "Column {0}: “{1}” is not a date like 2026-12-01 or 01.12.2026, which the field {2} holds.",
)


def _as_int(text: str) -> int:
    if len(text) < 19 and text.isdigit() and text.isascii():
        return int(text)  # plain digits, well inside 64 bits: the common cell
    value = text.strip()
    if not _INT.fullmatch(value):
        raise Unfit(_NOT_INT)
    number = int(value)
    if not -INT_LIMIT < number < INT_LIMIT:
        raise Unfit(_TOO_BIG)
    return number


def _as_float(text: str) -> float:
    value = text.strip()
    if not _FLOAT.fullmatch(value):
        raise Unfit(_COMMA if _DECIMAL_COMMA.fullmatch(value) else _NOT_FLOAT)
    number = float(value)
    if not math.isfinite(number):
        raise Unfit(_TOO_BIG)
    return number


def _as_bool(text: str) -> bool:
    try:
        return _BOOLS[text.strip().lower()]
    except KeyError:
        raise Unfit(_NOT_BOOL) from None


def _as_date(text: str) -> str:
    value = text.strip()
    try:
        if _ISO_DATE.fullmatch(value):
            return date.fromisoformat(value).isoformat()
        dotted = _DOTTED_DATE.fullmatch(value)
        if dotted:
            day, month, year = (int(part) for part in dotted.groups())
            return date(year, month, day).isoformat()
    except ValueError:
        pass  # 2026-02-30
    raise Unfit(_NOT_DATE)


CONVERTERS: Final[dict[ProfileFieldType, Convert]] = {
    ProfileFieldType.STRING: str,  # the text as it is (str of a str is that str), at C speed
    ProfileFieldType.INT: _as_int,
    ProfileFieldType.FLOAT: _as_float,
    ProfileFieldType.BOOL: _as_bool,
    ProfileFieldType.DATE: _as_date,
}


# -- email ------------------------------------------------------------------------------

_PLAIN_LOCAL: Final = re.compile(r"[A-Za-z0-9_%+\-]{1,64}(?:\.[A-Za-z0-9_%+\-]+)*")
_PLAIN_DOMAIN: Final = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63})")
_NOT_EMAIL: Final = QT_TRANSLATE_NOOP("ProfileImport", "Column {0}: “{1}” is not a valid email address: {2}")
_SPECIAL_USE: Final = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
_DOMAINS_KEPT: Final = 4096
# Domain as written -> in lower case when the plain check takes it, else None. A list has
# far fewer domains than addresses, so most addresses pay for a dict look-up, not a regex.
_plain_domains: dict[str, str | None] = {}


def _plain_domain(domain: str) -> str | None:
    try:
        return _plain_domains[domain]
    except KeyError:
        pass
    match = _PLAIN_DOMAIN.fullmatch(domain)
    plain = (
        domain.lower()
        if match is not None
        and "--" not in domain  # punycode and reserved hyphens: left to the validator
        and match.group(1).lower() not in _SPECIAL_USE
        else None
    )
    if len(_plain_domains) >= _DOMAINS_KEPT:
        _plain_domains.clear()
    _plain_domains[domain] = plain
    return plain


def check_email(text: str) -> str:
    """The address as sent (the domain in lower case); :class:`Unfit` with the reason else."""
    address = text.strip()
    local, at, domain = address.partition("@")
    if at and len(address) <= 254 and len(local) <= 64 and _PLAIN_LOCAL.fullmatch(local) is not None:
        plain = _plain_domain(domain)
        if plain is not None:
            return f"{local}@{plain}"
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise Unfit(_NOT_EMAIL, str(error)) from None


# -- phone ------------------------------------------------------------------------------

_NOT_PHONE: Final = QT_TRANSLATE_NOOP("ProfileImport", "Column {0}: “{1}” is not a valid phone number.")
_NO_COUNTRY: Final = QT_TRANSLATE_NOOP(
    "ProfileImport",
    "Column {0}: “{1}” has no country code. Write numbers as +7 999 123-45-67, or choose the country "
    "of numbers written without one.",
)


def phone_regions() -> frozenset[str]:
    """The two-letter regions phone numbers can be read for (``RU``, ``DE``…)."""
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


class PhoneCheck:
    """Reads numbers as written in ``region`` when they have no ``+`` country code."""

    def __init__(self, region: str | None) -> None:
        import phonenumbers

        self.region = region.upper() if region else None
        if self.region is not None and self.region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"unknown phone region {region!r}")
        self._phonenumbers = phonenumbers

    def __call__(self, text: str) -> str:
        numbers = self._phonenumbers
        try:
            number = numbers.parse(text, self.region)
        except numbers.NumberParseException as error:
            if error.error_type == numbers.NumberParseException.INVALID_COUNTRY_CODE and self.region is None:
                raise Unfit(_NO_COUNTRY) from None
            raise Unfit(_NOT_PHONE) from None
        if not numbers.is_valid_number(number):
            raise Unfit(_NOT_PHONE)
        return str(numbers.format_number(number, numbers.PhoneNumberFormat.E164))
