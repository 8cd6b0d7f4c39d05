"""Field messages in plain words: servers (Django REST Framework style, like the provider)
answer "Ensure this value is less than or equal to 99."; a content editor reads "At most 99."

English here; the UI passes the result through Qt's translation ("FieldMessages").
"""

from __future__ import annotations

import re
from typing import Final

_PATTERNS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"^Ensure this value is less than or equal to (-?\d+(?:\.\d+)?)\.?$"), "At most {0}."),
    (re.compile(r"^Ensure this value is greater than or equal to (-?\d+(?:\.\d+)?)\.?$"), "At least {0}."),
    (re.compile(r"^Ensure this field has no more than (\d+) characters\.?$"), "At most {0} characters."),
    (re.compile(r"^Ensure this field has at least (\d+) characters\.?$"), "At least {0} characters."),
    (re.compile(r"^This field is required\.?$"), "Required: fill this in."),
    (re.compile(r"^This field may not be (?:blank|null)\.?$"), "Required: fill this in."),
    (re.compile(r"^A valid integer is required\.?$"), "Enter a whole number."),
    (re.compile(r"^A whole number is required\.?$"), "Enter a whole number."),
    (re.compile(r"^Enter a valid email address\.?$"), "Enter an email address like news@example.com."),
    (re.compile(r"^Enter a valid URL\.?$"), "Enter a full web address starting with https://."),
    (re.compile(r"^\"?(.*?)\"? is not a valid choice\.?$"), "“{0}” is not one of the choices."),
    (re.compile(r"^Invalid pk \"?(.*?)\"? - object does not exist\.?$"), "Nothing with the ID {0} exists."),
)


def plain_message(message: str) -> str:
    """``message`` in the words of the form, when it is a known server phrasing; else as it is.
    (The UI translates :func:`template_of`'s template instead, then fills the values in.)"""
    template, values = template_of(message)
    return template.format(*values) if values else template


def template_of(message: str) -> tuple[str, tuple[str, ...]]:
    """The plain sentence as a translatable template with its values apart:
    ("At most {0}.", ("99",)); an unknown message is its own template."""
    text = message.strip()
    for pattern, plain in _PATTERNS:
        match = pattern.match(text)
        if match is not None:
            return plain, match.groups()
    return text, ()


def with_label(label: str, message: str) -> str:
    """"Test group size (%): at most 99." — a message where its field is not on screen."""
    text = message.strip()
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return f"{label}: {text}"
