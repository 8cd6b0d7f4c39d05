"""Field messages in plain words: servers (Django REST Framework style, like the provider)
answer "Ensure this value is less than or equal to 99."; a content editor reads "At most 99."

:func:`message_sentence` gives the plain sentence as a :class:`Sentence` (context
"FieldMessages", numbers apart so the UI writes them in the user's locale) for any message:
the server's phrasings, our own :mod:`app.domain.validation` ones (marked for translation
there) and, unchanged, any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from app.domain.sentences import Sentence

CONTEXT: Final = "FieldMessages"


def _number(text: str) -> int | str:
    """A whole number the UI writes in the user's locale; anything else (9.5) as written."""
    return int(text) if re.fullmatch(r"-?\d+", text) else text


_Pattern = tuple[re.Pattern[str], Callable[[tuple[str, ...]], Sentence]]


def _rule(pattern: str, make: Callable[[tuple[str, ...]], Sentence]) -> _Pattern:
    return re.compile(pattern), make


_PATTERNS: Final[tuple[_Pattern, ...]] = (
    _rule(r"^Ensure this value is less than or equal to (-?\d+(?:\.\d+)?)\.?$",
          lambda v: Sentence("At most {limit}.", {"limit": _number(v[0])}, context=CONTEXT)),
    _rule(r"^Ensure this value is greater than or equal to (-?\d+(?:\.\d+)?)\.?$",
          lambda v: Sentence("At least {limit}.", {"limit": _number(v[0])}, context=CONTEXT)),
    _rule(r"^Ensure this field has no more than (\d+) characters\.?$",
          lambda v: Sentence("At most {limit} characters.", {"limit": _number(v[0])}, context=CONTEXT)),
    _rule(r"^Ensure this field has at least (\d+) characters\.?$",
          lambda v: Sentence("At least {limit} characters.", {"limit": _number(v[0])}, context=CONTEXT)),
    _rule(r"^This field is required\.?$", lambda v: Sentence("Required: fill this in.", context=CONTEXT)),
    _rule(r"^This field may not be (?:blank|null)\.?$",
          lambda v: Sentence("Required: fill this in.", context=CONTEXT)),
    _rule(r"^A valid integer is required\.?$", lambda v: Sentence("Enter a whole number.", context=CONTEXT)),
    _rule(r"^A whole number is required\.?$", lambda v: Sentence("Enter a whole number.", context=CONTEXT)),
    _rule(r"^Enter a valid email address\.?$",
          lambda v: Sentence("Enter an email address like news@example.com.", context=CONTEXT)),
    _rule(r"^Enter a valid URL\.?$",
          lambda v: Sentence("Enter a full web address starting with https://.", context=CONTEXT)),
    # Ours (app.domain.validation), before the server's shorter choice phrasing.
    _rule(r"^'(.*)' is not a valid choice; use one of (.*)\.$",
          lambda v: Sentence("“{value}” is not one of the choices: use one of {choices}.",
                             {"value": v[0], "choices": v[1]}, context=CONTEXT)),
    _rule(r"^'(.*)' is not a valid crontab schedule\.$",
          lambda v: Sentence("“{value}” is not a valid crontab schedule.", {"value": v[0]}, context=CONTEXT)),
    _rule(r"^\"?(.*?)\"? is not a valid choice\.?$",
          lambda v: Sentence("“{value}” is not one of the choices.", {"value": v[0]}, context=CONTEXT)),
    _rule(r"^Invalid pk \"?(.*?)\"? - object does not exist\.?$",
          lambda v: Sentence("Nothing with the ID {id} exists.", {"id": v[0]}, context=CONTEXT)),
)  # fmt: skip
_NAMED: Final = re.compile(r"\{([a-z_]+)\}")


def message_sentence(message: str) -> Sentence:
    """``message`` in the words of the form, for the UI to translate and fill in; a message
    of no known phrasing is its own template (braces in it stay text)."""
    text = message.strip()
    for pattern, make in _PATTERNS:
        match = pattern.match(text)
        if match is not None:
            return make(match.groups())
    return Sentence(text, context=CONTEXT)


def plain_message(message: str) -> str:
    """``message`` in the words of the form (English), when it is a known phrasing; else as it is."""
    return str(message_sentence(message))


def template_of(message: str) -> tuple[str, tuple[str, ...]]:
    """The plain sentence as a template with positional places and its values apart:
    ("At most {0}.", ("99",)); an unknown message is its own template."""
    sentence = message_sentence(message)
    if not sentence.values:
        return sentence.template, ()
    names = _NAMED.findall(sentence.template)
    template = _NAMED.sub(lambda m: "{" + str(names.index(m.group(1))) + "}", sentence.template)
    return template, tuple(str(sentence.values[name]) for name in names)


def with_label(label: str, message: str) -> str:
    """"Test group size (%): at most 99." — a message where its field is not on screen."""
    text = message.strip()
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return f"{label}: {text}"
