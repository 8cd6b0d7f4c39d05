"""How a report's values read on screen, in the UI language: counts with thousands
separators, rates as percentages, and grouping values as words (an email's name, a
weekday, a month) instead of codes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.domain.enums import MessageType, PostType
from app.domain.languages import LANGUAGE_NAMES, Language
from app.domain.report_fields import FieldKind, field_label
from app.domain.report_result import number

_MESSAGE_TYPES: Final = {
    MessageType.EMAIL: "Email",
    MessageType.WEB_PUSH: "Web push",
    MessageType.GC_NOTIFIER: "GC notifier",
    MessageType.SMS: "SMS",
}
_POST_TYPES: Final = {
    PostType.ONE_TIME: "One-time",
    PostType.AB: "A/B test",
    PostType.AUTOMATED: "Automated",
    PostType.SEQUENTIAL: "Sequential",
    PostType.API: "API",
    PostType.TEST: "Test",
    PostType.UNKNOWN: "Unknown",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def field_title(name: str) -> str:
    """A field's readable name in the UI language (an unknown name as typed)."""
    label = field_label(name)
    return QCoreApplication.translate("ReportFields", label) if label != name else name


def message_type_label(code: str) -> str:
    try:
        return QCoreApplication.translate("ReportFields", _MESSAGE_TYPES[MessageType(code)])
    except ValueError:
        return code


def post_type_label(code: str) -> str:
    try:
        return QCoreApplication.translate("ReportFields", _POST_TYPES[PostType(code)])
    except ValueError:
        return code


def default_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no language set) reads numbers as in English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


class ValueFormat:
    """Formats cells; ``names`` gives emails and campaigns their names (``L_3`` -> "Spring sale")."""

    def __init__(self, locale: QLocale | None = None, names: Mapping[str, str] | None = None) -> None:
        self.locale = locale or default_locale()
        self.names: dict[str, str] = dict(names or {})

    # -- figures ---------------------------------------------------------------------------

    def count(self, value: Any) -> str:
        figure = number(value)
        if figure is None:
            return "" if value is None else str(value)
        if figure.is_integer():
            return self.locale.toString(int(figure))
        return self.locale.toString(figure, "f", 2)

    def rate(self, value: Any) -> str:
        """0.064511 -> "6.45%": two decimals under 10 %, one from there, none for 0 and 100."""
        figure = number(value)
        if figure is None:
            return "" if value is None else str(value)
        percent = figure * 100
        decimals = 0 if percent in (0.0, 100.0) else 1 if abs(percent) >= 10 else 2
        return tr("{0}%").format(self.locale.toString(percent, "f", decimals))

    def cell(self, kind: FieldKind, name: str, value: Any) -> str:
        if kind is FieldKind.GROUPING:
            return self.group_value(name, value)
        if kind is FieldKind.RATE:
            return self.rate(value)
        return self.count(value)

    def clipboard_cell(self, kind: FieldKind, name: str, value: Any) -> str:
        """For pasting into a spreadsheet in the same language: the locale's decimal mark, no
        thousands separators (which a spreadsheet could read as decimals), rates in percent."""
        figure = number(value)
        if kind is FieldKind.GROUPING or figure is None:
            return self.cell(kind, name, value)
        plain = QLocale(self.locale)
        plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        if kind is FieldKind.RATE:
            return plain.toString(figure * 100, "f", 4).rstrip("0").rstrip(plain.decimalPoint()) or "0"
        return plain.toString(int(figure)) if figure.is_integer() else plain.toString(figure, "f", 2)

    # -- grouping values -------------------------------------------------------------------

    def group_value(self, name: str, value: Any, *, short: bool = False) -> str:
        """A grouping value in words; ``short`` for the chart's axis."""
        text = "" if value is None else str(value)
        if not text:
            return ""
        try:
            return self._spelled(name, text, short)
        except (ValueError, KeyError, IndexError):
            return text  # not as the reference spells it: show it as it came

    def _spelled(self, name: str, text: str, short: bool) -> str:
        loc = self.locale
        if name in ("message", "post"):
            return self.names.get(text, text)
        if name == "language":
            return QCoreApplication.translate("Languages", LANGUAGE_NAMES[Language(text)])
        if name == "date":
            day = date.fromisoformat(text)
            qdate = QDate(day.year, day.month, day.day)
            return loc.toString(qdate, "d MMM" if short else self._date_format())
        if name == "week":
            year, week = text.split("-W")
            return tr("Week {0}, {1}").format(int(week), year)
        if name == "month_year":
            year, month = text.split("-")
            month_name = loc.standaloneMonthName(int(month), QLocale.FormatType.ShortFormat if short else
                                                 QLocale.FormatType.LongFormat)  # fmt: skip
            return f"{month_name} {year}"
        if name == "quarter":
            year, quarter = text.split("-Q")
            return tr("Q{0} {1}").format(int(quarter), year)
        if name == "day_of_week":
            day_number = int(text)
            if not 1 <= day_number <= 7:
                raise ValueError(text)
            return loc.dayName(
                day_number, QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
            )
        if name == "hour":
            hour = int(text)
            if not 0 <= hour <= 23:
                raise ValueError(text)
            return loc.toString(QTime(hour, 0), "HH:mm")
        if name == "message_type":
            return message_type_label(text)
        if name == "post_type":
            return post_type_label(text)
        return text

    def _date_format(self) -> str:
        """The locale's short date with the year in full (9/4/2026, 04.09.2026)."""
        pattern = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        return pattern

    def sort_key(self, name: str, value: Any) -> Any:
        """What a grouping column sorts by: numbers as numbers, names by name, dates as dates."""
        text = "" if value is None else str(value)
        if name in ("hour", "day_of_week", "day_of_month", "year", "project_id"):
            try:
                return float(text)
            except ValueError:
                return text
        if name in ("date", "week", "month_year", "quarter"):
            return text  # ISO spellings sort in time order
        return self.group_value(name, text).casefold()
