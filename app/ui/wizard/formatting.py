"""Times, zones and numbers as the user reads them, and the domain's sentences in their words.

A moment is shown in the campaign's time zone, named: "Tue 3 Mar at 09:00 Europe/Berlin"
(``QDateTime.fromMSecsSinceEpoch(ms, QTimeZone(b"Europe/Berlin"))``; ``QDateTime(aware)``
would drop the zone). Sentences of :mod:`app.domain.sentences` are translated in their
context with their count, numbers in the user's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from app.domain.sentences import Renderer, Sentence, render
from app.domain.time_zones import FALLBACK_ZONE, is_known_zone


def tr(text: str) -> str:
    return QCoreApplication.translate("CampaignWizard", text)


def system_zone() -> str:
    """The computer's IANA zone ("Europe/Berlin"); UTC when it has none the app knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    if name in ("Etc/UTC", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"):
        return "UTC"
    return name if is_known_zone(name) else FALLBACK_ZONE


def qt_zone(zone_name: str) -> QTimeZone:
    zone = QTimeZone(zone_name.encode("ascii"))
    return zone if zone.isValid() else QTimeZone.utc()


def zoned(moment: datetime, zone_name: str) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000), qt_zone(zone_name))


def moment_text(
    moment: datetime, zone_name: str, *, with_zone: bool = True, locale: QLocale | None = None
) -> str:
    """ "Tue 3 Mar at 09:00 Europe/Berlin"; the year only when it is not this year's."""
    loc = locale or QLocale()
    stamp = zoned(moment, zone_name)
    same_year = stamp.date().year() == QDate.currentDate().year()
    date = loc.toString(stamp.date(), "ddd d MMM" if same_year else "ddd d MMM yyyy")
    time = loc.toString(stamp.time(), "HH:mm")
    if with_zone:
        return tr("{date} at {time} {zone}").format(date=date, time=time, zone=zone_name)
    return tr("{date} at {time}").format(date=date, time=time)


def short_moment(moment: datetime, zone_name: str, locale: QLocale | None = None) -> str:
    """ "Tue 3 Mar, 09:00" for lists of run times."""
    loc = locale or QLocale()
    stamp = zoned(moment, zone_name)
    same_year = stamp.date().year() == QDate.currentDate().year()
    return loc.toString(stamp, "ddd d MMM, HH:mm" if same_year else "ddd d MMM yyyy, HH:mm")


def zone_offset_label(zone_name: str, moment: datetime | None = None) -> str:
    """ "CET, UTC+01:00" at ``moment`` (now by default)."""
    zone = qt_zone(zone_name)
    stamp = zoned(moment, zone_name) if moment is not None else QDateTime.currentDateTime().toTimeZone(zone)
    short = zone.displayName(stamp, QTimeZone.NameType.ShortName)
    offset = zone.displayName(stamp, QTimeZone.NameType.OffsetName)
    return f"{short}, {offset}" if short and short != offset else offset


def zone_label(zone_name: str, moment: datetime | None = None) -> str:
    """ "Europe/Berlin (CET, UTC+01:00)" at ``moment`` (now by default)."""
    zone = qt_zone(zone_name)
    stamp = zoned(moment, zone_name) if moment is not None else QDateTime.currentDateTime().toTimeZone(zone)
    short = zone.displayName(stamp, QTimeZone.NameType.ShortName)
    offset = zone.displayName(stamp, QTimeZone.NameType.OffsetName)
    if short and short != offset:
        return f"{zone_name} ({short}, {offset})"
    return f"{zone_name} ({offset})" if offset and offset != zone_name else zone_name


def _translate(context: str, template: str, count: int | None) -> str:
    text = QCoreApplication.translate(context, template, None, -1 if count is None else count)
    if count is not None:  # English without a catalogue: "%n row(s)" -> "3 rows"
        many = count != 1
        for source, one, other in (("y(ies)", "y", "ies"), ("(es)", "", "es"), ("(s)", "", "s")):
            text = text.replace(source, other if many else one)
    return text


def renderer(zone_name: str, locale: QLocale | None = None) -> Renderer:
    loc = locale or QLocale()

    def number(value: int) -> str:
        return loc.toString(value)

    def moment(value: datetime) -> str:
        return moment_text(value, zone_name, locale=loc)

    suffix = f" {zone_name}"

    def join(parts: Sequence[str]) -> str:
        # Moments of one zone (the next runs) name it once: "Tue 8 Dec at 09:30; … (Europe/Berlin)".
        if len(parts) > 1 and all(part.endswith(suffix) for part in parts):
            return "; ".join(part[: -len(suffix)] for part in parts) + f" ({zone_name})"
        return ", ".join(parts)

    return Renderer(translate=_translate, number=number, moment=moment, join=join)


def sentence_text(sentence: Sentence, zone_name: str) -> str:
    return render(sentence, renderer(zone_name))


def day_names(locale: QLocale | None = None) -> list[str]:
    """Monday first, as the user's language names them on their own."""
    loc = locale or QLocale()
    return [loc.standaloneDayName(day) for day in range(1, 8)]


def month_names(locale: QLocale | None = None) -> list[str]:
    loc = locale or QLocale()
    return [loc.standaloneMonthName(month) for month in range(1, 13)]
