"""Automated campaign schedules: a crontab in plain words, its next run times, the common
schedules as presets, and the ones that are almost certainly a mistake.

The syntax rule is :func:`app.domain.validation.check_crontab` (one parser for the app).
cron-descriptor gives the words; it takes day and month names from ``calendar``, which
follows the process locale, so a Russian sentence came out as "В 09:00, Monday по
Friday". :func:`describe` puts the right names back: its own declined Russian forms, or
the names the caller passes (the UI takes them from QLocale).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from cron_descriptor import Options, get_description
from croniter import CroniterBadDateError, croniter

from app.domain.validation import check_crontab

MAX_RUNS = 1000  # a preview, not a calendar

# Locales cron-descriptor ships; others fall back by language, then to English.
_DESCRIPTOR_LOCALES: Final = frozenset({
    "cs_CZ", "da_DK", "de_DE", "el_GR", "en_US", "es_ES", "es_MX", "fa_IR", "fi_FI", "fr_FR", "he_IL",
    "hu_HU", "it_IT", "ja_JP", "kk_KZ", "ko_KR", "nb_NO", "nl_NL", "pl_PL", "pt_PT", "ro_RO", "ru_RU",
    "sk_SK", "sl_SI", "sv_SE", "ta_IN", "th_TH", "tr_TR", "uk_UA", "vi_VN", "zh_CN", "zh_TW",
})  # fmt: skip
_BY_LANGUAGE: Final = {code.split("_")[0]: code for code in sorted(_DESCRIPTOR_LOCALES, reverse=True)}
_BY_LANGUAGE.update({"en": "en_US", "es": "es_ES", "zh": "zh_CN", "pt": "pt_PT"})

ENGLISH_DAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


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


# -- in words ------------------------------------------------------------------------------


def descriptor_locale(locale_code: str) -> str:
    """The cron-descriptor locale for a Qt/POSIX locale name (``de_AT`` -> ``de_DE``)."""
    code = locale_code.replace("-", "_").split(".")[0]
    if code in _DESCRIPTOR_LOCALES:
        return code
    return _BY_LANGUAGE.get(code.split("_")[0].lower(), "en_US")


def describe(
    expr: str,
    *,
    locale_code: str = "en_US",
    use_24_hour: bool = True,
    day_names: Sequence[str] | None = None,
    month_names: Sequence[str] | None = None,
) -> str:
    """``"0 9 * * 1-5"`` -> ``"At 09:00, Monday through Friday"``.

    ``day_names`` (Monday first) and ``month_names`` (January first) replace the English
    names in the sentence; Russian uses its own declined forms ("с понедельника по пятницу").
    """
    code = descriptor_locale(locale_code)
    # An explicit locale: cron-descriptor otherwise reads the system's and warns without one.
    options = Options(locale_code=code, use_24hour_time_format=use_24_hour)
    try:
        words = str(get_description(_checked(expr), options))
    except CrontabError:
        raise
    except Exception as exc:  # the library's FormatError and kin: still a bad schedule
        raise CrontabError(f"'{expr}' is not a valid crontab schedule.") from exc
    return _named(words, code, day_names, month_names)


def _library_names() -> tuple[list[str], list[str]]:
    """The names cron-descriptor just wrote, from the process locale as it does."""
    days = [calendar.day_name[i] for i in range(7)]
    months = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
    return days, months


def _named(words: str, code: str, day_names: Sequence[str] | None, month_names: Sequence[str] | None) -> str:
    days, months = _library_names()
    found = {name: f"\x00D{i}\x00" for i, name in enumerate(days)}
    found.update({name: f"\x00M{i}\x00" for i, name in enumerate(months)})
    names = "|".join(re.escape(name) for name in sorted(found, key=len, reverse=True))
    pattern = re.compile(rf"\b({names})\b")
    marked = pattern.sub(lambda m: found[m.group(1)], words)
    if code.startswith("ru_"):
        return _russian(marked)
    day_words = list(day_names) if day_names is not None and len(day_names) == 7 else list(ENGLISH_DAYS)
    month_words = (
        list(month_names) if month_names is not None and len(month_names) == 12 else list(ENGLISH_MONTHS)
    )
    return _unmark(marked, lambda i: day_words[i], lambda i: month_words[i])


_MARK: Final = re.compile("\x00([DM])(\\d+)\x00")


def _unmark(text: str, day: Callable[[int], str], month: Callable[[int], str]) -> str:
    return _MARK.sub(lambda m: (day if m.group(1) == "D" else month)(int(m.group(2))), text)


# Declined forms: "в понедельник" (accusative), "с понедельника" (genitive), "в январе"
# (prepositional), "по март" (accusative).
_RU_DAYS_ACC: Final = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
_RU_DAYS_GEN: Final = ("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья")
_RU_MONTHS_NOM: Final = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_RU_MONTHS_GEN: Final = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
_RU_MONTHS_PREP: Final = (
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip
_RU_RANGE: Final = re.compile("(?:с )?\x00([DM])(\\d+)\x00 по \x00\\1(\\d+)\x00")
# cron-descriptor's Russian counts with one form ("каждые 2 часов"): agree them with the number.
_RU_COUNTED: Final = {
    "минут": ("минуту", "минуты", "минут"),
    "часов": ("час", "часа", "часов"),
    "секунд": ("секунду", "секунды", "секунд"),
    "дней": ("день", "дня", "дней"),
    "месяцев": ("месяц", "месяца", "месяцев"),
    "лет": ("год", "года", "лет"),
}
_RU_NUMBER: Final = re.compile(r"(\d+) (минут|часов|секунд|дней|месяцев|лет)(?![а-я])")


def _ru_form(n: int, forms: tuple[str, str, str]) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def _russian(marked: str) -> str:
    def span(m: re.Match[str]) -> str:
        first, last = int(m.group(2)), int(m.group(3))
        if m.group(1) == "D":
            return f"с {_RU_DAYS_GEN[first]} по {_RU_DAYS_ACC[last]}"
        return f"с {_RU_MONTHS_GEN[first]} по {_RU_MONTHS_NOM[last]}"

    text = _RU_RANGE.sub(span, marked)
    text = text.replace("в \x00D1\x00", "во \x00D1\x00")  # во вторник
    text = _unmark(text, lambda i: _RU_DAYS_ACC[i], lambda i: _RU_MONTHS_PREP[i])
    text = text.replace(", и ", " и ")  # no comma before "и" in a Russian list
    def agreed(m: re.Match[str]) -> str:
        return f"{m.group(1)} {_ru_form(int(m.group(1)), _RU_COUNTED[m.group(2)])}"

    return _RU_NUMBER.sub(agreed, text)


# -- run times -----------------------------------------------------------------------------


def next_runs(
    expr: str, start: dt.datetime, count: int, *, until: dt.datetime | None = None
) -> list[dt.datetime]:
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
    runs: list[dt.datetime] = []
    while len(runs) < count:
        try:
            run = schedule.get_next(dt.datetime)
        except CroniterBadDateError:
            break
        if until is not None and run > until:
            break
        runs.append(run)
    return runs


def fires_more_often_than_hourly(expr: str) -> bool:
    """Whether two runs can fall within the same hour (``*/15 * * * *``, ``0,30 9 * * *``):
    more than one minute of the hour is listed."""
    minutes = croniter(_checked(expr)).expanded[0]
    return minutes == ["*"] or len(minutes) > 1


def never_runs(expr: str, start: dt.datetime, *, until: dt.datetime | None = None) -> bool:
    """Whether no run falls after ``start`` (and before ``until``): ``0 0 31 2 *``."""
    return not next_runs(expr, start, 1, until=until)


# -- presets -------------------------------------------------------------------------------


class PresetKind(StrEnum):
    DAILY = "daily"  # every day at 09:00
    WEEKDAYS = "weekdays"  # Monday to Friday at 09:00
    WEEKLY = "weekly"  # every week on one day at 09:00
    MONTHLY = "monthly"  # every month on one day at 09:00


@dataclass(frozen=True, slots=True)
class Preset:
    kind: PresetKind
    hour: int = 9
    minute: int = 0
    weekday: int = 1  # crontab numbering: 0 = Sunday ... 6 = Saturday (WEEKLY)
    day: int = 1  # day of the month (MONTHLY); after the 28th some months have none

    def __post_init__(self) -> None:
        if not (0 <= self.hour <= 23 and 0 <= self.minute <= 59):
            raise ValueError("hour must be 0-23 and minute 0-59")
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Sunday) to 6 (Saturday)")
        if not 1 <= self.day <= 31:
            raise ValueError("day must be 1-31")

    @property
    def expression(self) -> str:
        at = f"{self.minute} {self.hour}"
        match self.kind:
            case PresetKind.DAILY:
                return f"{at} * * *"
            case PresetKind.WEEKDAYS:
                return f"{at} * * 1-5"
            case PresetKind.WEEKLY:
                return f"{at} * * {self.weekday}"
            case PresetKind.MONTHLY:
                return f"{at} {self.day} * *"


_NUMBER: Final = re.compile(r"\d{1,2}")


def preset_of(expr: str) -> Preset | None:
    """The preset ``expr`` is written as (to preselect it), or None for anything else."""
    fields = expr.split()
    if len(fields) != 5 or not all(_NUMBER.fullmatch(f) for f in fields[:2]):
        return None
    minute, hour, day, month, weekday = fields
    if month != "*":
        return None
    m, h = int(minute), int(hour)
    preset: Preset | None = None
    try:
        if day == "*" and weekday == "*":
            preset = Preset(PresetKind.DAILY, h, m)
        elif day == "*" and weekday == "1-5":
            preset = Preset(PresetKind.WEEKDAYS, h, m)
        elif day == "*" and _NUMBER.fullmatch(weekday):
            preset = Preset(PresetKind.WEEKLY, h, m, weekday=int(weekday))
        elif weekday == "*" and _NUMBER.fullmatch(day):
            preset = Preset(PresetKind.MONTHLY, h, m, day=int(day))
    except ValueError:
        return None
    # Only what the preset writes back unchanged ("0 9 * * 7" stays a free schedule).
    return preset if preset is not None and preset.expression == " ".join(fields) else None
