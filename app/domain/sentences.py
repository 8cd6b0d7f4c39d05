"""Sentences for the user built in the domain and finished by the UI.

A :class:`Sentence` is an English template with its values apart, so the UI can translate
the template (Qt's ``translate`` with the sentence's context and count) and format
numbers and moments in the user's locale and time zone: it builds a :class:`Renderer`
from QLocale and calls :func:`render`. The default renderer writes plain English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

CONTEXT: Final = "CampaignReview"  # the translation context of these sentences

_Key = TypeVar("_Key")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation in ``context`` where the domain keeps it apart from a
    :class:`Sentence` (a constant compared or sent as it is); the UI translates it where shown."""
    return text


def translatable(context: str, texts: dict[_Key, str]) -> dict[_Key, str]:
    """Mark the values of a literal dict (labels, names) for translation in ``context``.

    ``packaging/update_ts.py`` shows each value to lupdate as ``QT_TRANSLATE_NOOP(context,
    value)``; here it is the dict itself."""
    return texts


@dataclass(frozen=True, slots=True)
class Sentence:
    """An English template (``{name}`` placeholders, ``%n`` for ``count``) and its values:
    text, whole numbers, moments, nested sentences, or tuples of them (a list)."""

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)
    count: int | None = None
    context: str = CONTEXT  # where the UI finds its translation ("Validation" for its messages)

    def __str__(self) -> str:
        return render(self)


def _english(context: str, template: str, count: int | None) -> str:
    if count is None:
        return template
    text = template.replace("%Ln", f"{count:,}").replace("%n", str(count))
    many = count != 1
    for source, one, other in (("y(ies)", "y", "ies"), ("(es)", "", "es"), ("(s)", "", "s")):
        text = text.replace(source, other if many else one)
    return text


def _utc_moment(moment: datetime) -> str:
    value = moment.astimezone(UTC)
    return f"{value:%a} {value.day} {value:%b %Y} at {value:%H:%M} UTC"


@dataclass(frozen=True, slots=True)
class Renderer:
    """How the UI turns sentences into text: its translation, numbers and times."""

    translate: Callable[[str, str, int | None], str] = _english  # (context, template, count)
    number: Callable[[int], str] = "{:,}".format
    moment: Callable[[datetime], str] = _utc_moment
    join: Callable[[Sequence[str]], str] = ", ".join


ENGLISH: Final = Renderer()


def render(sentence: Sentence, renderer: Renderer = ENGLISH) -> str:
    def show(value: Any) -> str:
        if isinstance(value, Sentence):
            return render(value, renderer)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return renderer.number(value)
        if isinstance(value, datetime):
            return renderer.moment(value)
        if isinstance(value, tuple):
            return renderer.join([show(v) for v in value])
        return str(value)

    text = renderer.translate(sentence.context, sentence.template, sentence.count)
    if not sentence.values:  # braces in a plain message ("like {id}") are text
        return text
    return text.format(**{name: show(value) for name, value in sentence.values.items()})
