"""A schedule told in Russian names no day or month in English, whatever the schedule
(names, numbers, ranges, lists, steps) and whatever the process locale."""

from __future__ import annotations

import calendar
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.crontab import CrontabError, describe

DAYS = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
ENGLISH = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b",
    re.IGNORECASE,
)


def _field(low: int, high: int, names: tuple[str, ...] | None = None) -> st.SearchStrategy[str]:
    def one(value: int) -> st.SearchStrategy[str]:
        choices = [st.just(str(value))]
        if names is not None:
            choices.append(st.just(names[value - low]))
        return st.one_of(choices)

    value = st.integers(low, high).flatmap(one)
    span = st.tuples(st.integers(low, high), st.integers(low, high)).filter(lambda t: t[0] < t[1])
    ranged = span.flatmap(lambda t: st.tuples(one(t[0]), one(t[1])).map("-".join))
    listed = st.lists(st.integers(low, high), min_size=2, max_size=4, unique=True).flatmap(
        lambda values: st.tuples(*(one(v) for v in sorted(values))).map(",".join)
    )
    stepped = st.integers(2, max(2, (high - low) // 2)).map(lambda step: f"*/{step}")
    return st.one_of(st.just("*"), value, ranged, listed, stepped)


SCHEDULES = st.tuples(
    _field(0, 59), _field(0, 23), _field(1, 28), _field(1, 12, MONTHS), _field(0, 6, DAYS)
).map(" ".join)


@given(SCHEDULES)
def test_russian_names_no_english_day_or_month(expr: str) -> None:
    try:
        words = describe(expr, locale_code="ru")
    except CrontabError:  # a few combinations the library refuses
        return
    assert ENGLISH.search(words) is None, (expr, words)
    assert re.search(r"[A-Za-z]{3,}", words) is None, (expr, words)  # no Latin words at all


@pytest.mark.parametrize(
    ("expr", "words"),
    [
        ("0 9 * * MON-FRI", "В 09:00, с понедельника по пятницу"),
        ("0 9 * JAN,JUL SUN", "В 09:00, только в воскресенье, только в январе и июле"),
        ("15 10 * * SAT,SUN", "В 10:15, только в субботу и воскресенье"),
    ],
)
def test_russian_in_a_russian_process_locale(monkeypatch: pytest.MonkeyPatch, expr: str, words: str) -> None:
    # Qt sets the process locale from the environment: calendar then names days in Russian.
    russian = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    monkeypatch.setattr(calendar, "day_name", russian)
    assert describe(expr, locale_code="ru_RU") == words
