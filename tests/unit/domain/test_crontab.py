"""Schedules of automated campaigns: plain words, next run times, errors."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.domain.crontab import CrontabError, describe, error_of, next_runs

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("expr", "words"),
    [
        ("0 9 * * 1-5", "At 09:00, Monday through Friday"),
        ("*/15 * * * *", "Every 15 minutes"),
        ("30 18 1 * *", "At 18:30, on day 1 of the month"),
        ("0 9 * * 1", "At 09:00, only on Monday"),
        (" 0 9 * * 1 ", "At 09:00, only on Monday"),
    ],
)
def test_describe(expr: str, words: str) -> None:
    assert describe(expr) == words


def test_describe_twelve_hour_clock() -> None:
    assert describe("30 18 * * *", use_24_hour=False) == "At 06:30 PM"


@pytest.mark.parametrize(
    ("expr", "fragment"),
    [
        ("0 9 * *", "five fields"),
        ("0 9 * * * *", "five fields"),
        ("61 9 * * *", "not a valid crontab"),
        ("0 9 * * funday", "not a valid crontab"),
        ("", "five fields"),
    ],
)
def test_invalid_schedule_says_why(expr: str, fragment: str) -> None:
    message = error_of(expr)
    assert message is not None and fragment in message
    with pytest.raises(CrontabError, match=fragment):
        describe(expr)
    with pytest.raises(CrontabError, match=fragment):
        next_runs(expr, datetime(2026, 1, 1, tzinfo=UTC), 3)


def test_valid_schedule_has_no_error() -> None:
    assert error_of("0 9 * * 1-5") is None


def test_next_runs_weekdays_at_nine() -> None:
    start = datetime(2026, 4, 3, 10, 0, tzinfo=BERLIN)  # a Friday, after nine
    runs = next_runs("0 9 * * 1-5", start, 3)
    assert runs == [
        datetime(2026, 4, 6, 9, 0, tzinfo=BERLIN),
        datetime(2026, 4, 7, 9, 0, tzinfo=BERLIN),
        datetime(2026, 4, 8, 9, 0, tzinfo=BERLIN),
    ]
    assert all(run.tzinfo is not None for run in runs)


def test_next_runs_are_strictly_after_start() -> None:
    start = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)
    assert next_runs("0 9 * * *", start, 1) == [datetime(2026, 4, 7, 9, 0, tzinfo=UTC)]


def test_next_runs_keep_wall_clock_across_daylight_saving() -> None:
    start = datetime(2026, 3, 27, 12, 0, tzinfo=BERLIN)
    runs = next_runs("0 9 * * *", start, 3)  # Berlin moves its clocks on 29 March
    assert [r.hour for r in runs] == [9, 9, 9]
    assert [r.utcoffset().total_seconds() / 3600 for r in runs] == [1, 2, 2]  # type: ignore[union-attr]


def test_next_runs_stop_at_until() -> None:
    start = datetime(2026, 4, 1, tzinfo=UTC)
    until = datetime(2026, 4, 3, 12, tzinfo=UTC)
    assert len(next_runs("0 9 * * *", start, 10, until=until)) == 3


def test_schedule_that_never_fires_gives_no_runs() -> None:
    assert next_runs("0 0 31 2 *", datetime(2026, 1, 1, tzinfo=UTC), 3) == []


def test_next_runs_refuses_naive_start_and_silly_counts() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_runs("0 9 * * *", datetime(2026, 1, 1), 3)
    with pytest.raises(ValueError, match="count"):
        next_runs("0 9 * * *", datetime(2026, 1, 1, tzinfo=UTC), 10_000)
    assert next_runs("0 9 * * *", datetime(2026, 1, 1, tzinfo=UTC), 0) == []
