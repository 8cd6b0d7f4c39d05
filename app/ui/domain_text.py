"""The domain's words in the user's language: field labels, field messages, check findings.

Domain code stays Qt-free and hands the UI :class:`~app.domain.sentences.Sentence` objects
(an English template, its values apart); here they are translated in their context with
Qt's translate (``%n`` plurals with their count) and their numbers and moments written in
the UI's locale. lupdate finds the templates through ``packaging/update_ts.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app.domain import crontab
from app.domain.field_labels import label_sentence
from app.domain.field_messages import message_sentence
from app.domain.schema import ResourceSchema
from app.domain.sentences import Renderer, Sentence, render


def translate(context: str, template: str, count: int | None) -> str:
    """Qt's translation of ``template``; English without a catalogue: "%n row(s)" -> "3 rows"."""
    text = QCoreApplication.translate(context, template, None, -1 if count is None else count)
    if count is not None:
        many = count != 1
        for source, one, other in (("y(ies)", "y", "ies"), ("(es)", "", "es"), ("(s)", "", "s")):
            text = text.replace(source, other if many else one)
    return text


def ui_renderer(locale: QLocale | None = None) -> Renderer:
    """Sentences translated, numbers and moments (in the computer's zone) in ``locale``
    (the UI's by default)."""
    loc = locale or QLocale()

    def number(value: int) -> str:
        return loc.toString(value)

    def moment(value: datetime) -> str:
        stamp = QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000)).toLocalTime()
        return loc.toString(stamp, QLocale.FormatType.ShortFormat)

    def join(parts: Sequence[str]) -> str:
        return ", ".join(parts)

    return Renderer(translate=translate, number=number, moment=moment, join=join)


def shown(sentence: Sentence, locale: QLocale | None = None) -> str:
    return render(sentence, ui_renderer(locale))


def label_text(name: str, schema: ResourceSchema | None = None) -> str:
    """A wire field's label in the user's language: "HTML-Text [Deutsch]"."""
    return shown(label_sentence(name, schema))


def message_text(message: str) -> str:
    """A server's or our own field message in the form's plain, translated words."""
    return shown(message_sentence(message))


def schedule_text(expr: str, locale: QLocale | None = None) -> str:
    """A crontab in words of the UI's language, day and month names from QLocale (Russian in
    its declined forms); raises :class:`~app.domain.crontab.CrontabError` for a bad one."""
    loc = locale or QLocale()
    days = [loc.standaloneDayName(day) for day in range(1, 8)]
    months = [loc.standaloneMonthName(month) for month in range(1, 13)]
    return crontab.describe(expr, locale_code=loc.name(), day_names=days, month_names=months)


def error_text(error: BaseException) -> str:
    """An error's sentence in the user's language (``error.sentence``), else its text."""
    sentence = getattr(error, "sentence", None)
    return shown(sentence) if isinstance(sentence, Sentence) else str(error)


def finding_text(finding: Any) -> str:
    """A check finding's or a preview problem's words (``.text``, a Sentence; else ``.message``)."""
    sentence = getattr(finding, "text", None)
    if not isinstance(sentence, Sentence):
        sentence = Sentence(str(finding.message), context="Checks")
    return shown(sentence)
