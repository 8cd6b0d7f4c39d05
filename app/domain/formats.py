"""The text formats the API accepts, each written once as a regular expression.

The validator (:mod:`app.domain.validation`) checks values with these patterns and the
sandbox's OpenAPI description publishes the very same strings, so what the description
promises and what the server accepts cannot drift apart. The patterns are written in the
subset that Python's ``re`` and ECMA-262 (JSON Schema's dialect) read alike: character
classes spelled out, no ``\\s``/``\\d`` (whose sets differ between engines), no flags.
Python callers use ``fullmatch``: ``$`` alone would let a trailing newline through.
"""

from __future__ import annotations

import re
from typing import Final

INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1  # SQLite's INTEGER, and the widest id a server keeps

# Whitespace as ``str.isspace`` / ``str.strip`` see it; a required text must hold something else.
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _class_escape(chars: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in chars)


# Searched, not matched: one character that is not whitespace anywhere in the text.
NON_BLANK_PATTERN: Final = f"[^{_class_escape(WHITESPACE)}]"

# RFC 3339 date-time (JSON Schema's ``date-time``): a date, a time and an offset, nothing less.
DATETIME_PATTERN: Final = (
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.][0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"
)

# The shape every email address has: one @, no spaces or controls, a dot after the @. A necessary
# condition only, for JSON Schema to state; the full check is email-validator's (validation).
_NOT_IN_ADDRESS: Final = '@\\u0000-\\u0020\\u007f-\\u009f"(),:;<>\\[\\\\\\]'
EMAIL_SHAPE_PATTERN: Final = f"^[^{_NOT_IN_ADDRESS}]+@[^{_NOT_IN_ADDRESS}]+[.][^{_NOT_IN_ADDRESS}]+$"

# A web address that may hold ``{placeholders}`` (``hook_url_template``): http(s), a host part in
# the ASCII characters RFC 3986 allows there (IPv6 brackets and non-ASCII hosts left out: URL
# parsers refuse malformed ones), then anything but spaces and control characters. Braces are not
# valid in an RFC 3986 URI, which is why this is a pattern and not ``format: uri``.
_NO_SPACE_OR_CONTROL: Final = "\\u0000-\\u0020\\u007f-\\u009f"
_AUTHORITY: Final = "[A-Za-z0-9._~%!$&'()*+,;=:@{}-]+"
URL_TEMPLATE_PATTERN: Final = f"^https?://{_AUTHORITY}(?:[/?#][^{_NO_SPACE_OR_CONTROL}]*)?$"

# ``file_html``: a whole HTML file or ZIP as canonical base64.
DATA_URL_PATTERN: Final = (
    "^data:(?:text/html|application/zip);base64,"
    "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
)


# -- crontab: five standard fields ------------------------------------------------------------
# Numbers, three-letter English names (any case), ``*``, lists, ranges and steps after ``*`` or
# a range, as crontab(5) has them. The extensions some schedulers add (``L``, ``W``, ``#``,
# ``?``, ``H``, a step after a single value) are refused: the provider may not know them.

_MONTHS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS: Final = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
# Where one of those stands in a field: "L", "5L", "15W", "LW", "5#3", "?" (not inside a name).
CRONTAB_EXTENSION: Final = re.compile(r"[#?]|(?<![A-Za-z])[0-9]*(?:LW|L|W)(?![A-Za-z])", re.IGNORECASE)


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


def _names(words: tuple[str, ...]) -> str:
    return "|".join(_any_case(w) for w in words)


# minute 0-59, hour 0-23, day of month 1-31, month 1-12, day of week 0-7 (0 and 7 are Sunday)
_CRON_VALUES: Final = (
    "[0-5]?[0-9]",
    "[01]?[0-9]|2[0-3]",
    "0?[1-9]|[12][0-9]|3[01]",
    f"0?[1-9]|1[0-2]|{_names(_MONTHS)}",
    f"0?[0-7]|{_names(_WEEKDAYS)}",
)
_CRON_STEP: Final = "/[1-9][0-9]?"


def _cron_field(values: str) -> str:
    value = f"(?:{values})"
    item = f"(?:[*](?:{_CRON_STEP})?|{value}-{value}(?:{_CRON_STEP})?|{value})"
    return f"{item}(?:,{item})*"


CRONTAB_PATTERN: Final = (
    "^[ \\t]*" + "[ \\t]+".join(_cron_field(v) for v in _CRON_VALUES) + "[ \\t]*$"
)

NON_BLANK: Final = re.compile(NON_BLANK_PATTERN)
DATETIME: Final = re.compile(DATETIME_PATTERN)
URL_TEMPLATE: Final = re.compile(URL_TEMPLATE_PATTERN)
CRONTAB: Final = re.compile(CRONTAB_PATTERN)
DATA_URL: Final = re.compile(DATA_URL_PATTERN)
EMAIL_SHAPE: Final = re.compile(EMAIL_SHAPE_PATTERN)
