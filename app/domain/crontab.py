"""Automated campaign schedules: a crontab in plain words and its next run times."""

from __future__ import annotations

from datetime import datetime

from cron_descriptor import Options, get_description
from croniter import CroniterBadDateError, croniter

from app.domain.validation import check_crontab

MAX_RUNS = 1000  # a preview, not a calendar


class CrontabError(ValueError):
    """An invalid schedule; ``str(error)`` is a sentence for the user."""


def error_of(expr: str) -> str | None:
    """Why ``expr`` is not a five-field crontab, or None when it is one."""
    return check_crontab(expr)


def _checked(expr: str) -> str:
    problem = check_crontab(expr)
    if problem is not None:
        raise CrontabError(problem)
    return expr.strip()


def describe(expr: str, *, locale_code: str = "en_US", use_24_hour: bool = True) -> str:
    """``"0 9 * * 1-5"`` -> ``"At 09:00, Monday through Friday"``."""
    # An explicit locale: cron-descriptor otherwise reads the system's and warns without one.
    options = Options(locale_code=locale_code, use_24hour_time_format=use_24_hour)
    try:
        return str(get_description(_checked(expr), options))
    except CrontabError:
        raise
    except Exception as exc:  # the library's FormatError and kin: still a bad schedule
        raise CrontabError(f"'{expr}' is not a valid crontab schedule.") from exc


def next_runs(
    expr: str, start: datetime, count: int, *, until: datetime | None = None
) -> list[datetime]:
    """The next ``count`` run times strictly after ``start``, in ``start``'s time zone,
    none later than ``until``; fewer when the schedule never fires again (``0 0 31 2 *``).
    ``start`` must be timezone-aware."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    if until is not None and until.tzinfo is None:
        raise ValueError("until must be timezone-aware")
    if not 0 <= count <= MAX_RUNS:
        raise ValueError(f"count must be between 0 and {MAX_RUNS}")
    schedule = croniter(_checked(expr), start)
    runs: list[datetime] = []
    while len(runs) < count:
        try:
            run = schedule.get_next(datetime)
        except CroniterBadDateError:
            break
        if until is not None and run > until:
            break
        runs.append(run)
    return runs
