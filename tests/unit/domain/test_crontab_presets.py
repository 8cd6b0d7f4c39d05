"""Schedules as presets, the ones that fire too often or never, and the words in other languages."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime

import pytest

from app.domain.crontab import (
    Preset,
    PresetKind,
    describe,
    descriptor_locale,
    fires_more_often_than_hourly,
    never_runs,
    next_runs,
    preset_of,
)

START = datetime(2026, 4, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("preset", "expr", "words"),
    [
        (Preset(PresetKind.DAILY, 9, 0), "0 9 * * *", "At 09:00"),
        (Preset(PresetKind.WEEKDAYS, 8, 30), "30 8 * * 1-5", "At 08:30, Monday through Friday"),
        (Preset(PresetKind.WEEKLY, 18, 0, weekday=0), "0 18 * * 0", "At 18:00, only on Sunday"),
        (Preset(PresetKind.MONTHLY, 7, 15, day=15), "15 7 15 * *", "At 07:15, on day 15 of the month"),
    ],
)
def test_presets_write_a_schedule_and_are_recognised_again(preset: Preset, expr: str, words: str) -> None:
    assert preset.expression == expr
    assert preset_of(expr) == preset
    assert describe(expr) == words


@pytest.mark.parametrize(
    "expr", ["*/15 * * * *", "0 9 * * 1,3", "0 9 * 1 *", "00 09 * * *", "0 9 * * 7", "0 9 1 * 1"]
)
def test_other_schedules_are_free_text(expr: str) -> None:
    assert preset_of(expr) is None


def test_presets_refuse_impossible_times() -> None:
    for bad in ({"hour": 24}, {"minute": 60}, {"weekday": 7}, {"day": 0}, {"day": 32}):
        with pytest.raises(ValueError):
            Preset(PresetKind.MONTHLY, **bad)


@pytest.mark.parametrize(
    ("expr", "too_often"),
    [
        ("* * * * *", True),
        ("*/15 * * * *", True),
        ("0,30 9 * * *", True),
        ("0-5 9 * * *", True),
        ("0 * * * *", False),
        ("0 */2 * * *", False),
        ("45 9 * * 1-5", False),
    ],
)
def test_more_often_than_hourly(expr: str, too_often: bool) -> None:
    assert fires_more_often_than_hourly(expr) is too_often


def test_never_runs() -> None:
    assert never_runs("0 0 31 2 *", START)
    assert never_runs("0 0 30 2 *", START)
    assert not never_runs("0 0 29 2 *", START)  # leap years
    assert never_runs("0 9 1 * *", datetime(2026, 4, 2, tzinfo=UTC), until=datetime(2026, 4, 20, tzinfo=UTC))
    assert not never_runs("0 9 1 * *", START, until=datetime(2026, 5, 20, tzinfo=UTC))


@pytest.mark.parametrize(
    ("expr", "words"),
    [
        ("0 9 * * 1-5", "В 09:00, с понедельника по пятницу"),
        ("0 9 * * 2", "В 09:00, только во вторник"),
        ("0 9 * * 3", "В 09:00, только в среду"),
        ("30 18 * * 0", "В 18:30, только в воскресенье"),
        ("0 9 * * 1,3,5", "В 09:00, только в понедельник, среду и пятницу"),
        ("0 9 * 5 *", "В 09:00, только в мае"),
        ("0 9 * 1-3 *", "В 09:00, с января по март"),
        ("0 0 31 2 *", "В 00:00, в 31 число месяца, только в феврале"),
        ("*/2 * * * *", "Каждые 2 минуты"),
        ("*/5 * * * *", "Каждые 5 минут"),
        ("0 */3 * * *", "Каждые 3 часа"),
        ("*/21 * * * *", "Каждые 21 минуту"),
    ],
)
def test_russian_has_russian_day_and_month_names(expr: str, words: str) -> None:
    assert describe(expr, locale_code="ru_RU") == words
    assert describe(expr, locale_code="ru") == words


def test_names_follow_the_ui_not_the_process_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """cron-descriptor reads day names from ``calendar``, which follows the process locale (Qt
    sets it from the environment); no other locale is installed here, so set the names."""
    german = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    monkeypatch.setattr(calendar, "day_name", german)
    assert describe("0 9 * * 1-5") == "At 09:00, Monday through Friday"
    assert describe("0 9 * * 1-5", locale_code="ru_RU") == "В 09:00, с понедельника по пятницу"


def test_other_languages_take_the_names_the_ui_passes() -> None:
    days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
              "Oktober", "November", "Dezember"]  # fmt: skip
    assert describe("0 9 * * 1-5", locale_code="de_DE", day_names=days) == "Um 09:00, Montag bis Freitag"
    assert describe("0 9 * 3 *", locale_code="de_AT", month_names=months) == "Um 09:00, nur im März"
    assert describe("0 9 * * 1", locale_code="de_DE") == "Um 09:00, nur am Monday"  # none given: as before


@pytest.mark.parametrize(
    ("qt_name", "code"),
    [("ru_RU", "ru_RU"), ("ru", "ru_RU"), ("de_CH", "de_DE"), ("en_GB", "en_US"), ("zh_TW", "zh_TW"),
     ("zh_HK", "zh_CN"), ("ko_KR", "ko_KR"), ("xx_YY", "en_US"), ("C", "en_US"), ("pt-BR", "pt_PT")],
)  # fmt: skip
def test_descriptor_locale(qt_name: str, code: str) -> None:
    assert descriptor_locale(qt_name) == code


def test_next_runs_on_a_spring_forward_night_move_to_after_the_jump() -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    runs = next_runs("30 2 * * *", datetime(2026, 3, 28, 12, 0, tzinfo=berlin), 2)
    assert [run.isoformat() for run in runs] == ["2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"]
