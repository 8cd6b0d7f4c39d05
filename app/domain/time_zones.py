"""Moments of a campaign: picked as a wall clock in the user's time zone, kept as an exact
instant (UTC) plus the IANA zone, sent as ISO 8601 with that zone's offset.

A wall clock does not always name one instant: on a spring-forward day 02:30 does not
exist (Qt silently turns it into 03:30), on a fall-back day 02:30 happens twice.
:func:`from_wall_clock` says which happened, so the UI can tell the user instead of
moving their time without a word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from app.domain.wire import parse_wire_datetime

FALLBACK_ZONE: Final = "UTC"


class UnknownZoneError(ValueError):
    """A time zone name the IANA database does not know."""


@functools.cache
def zone(name: str) -> ZoneInfo:
    """The zone named ``name`` ("Europe/Berlin"); :class:`UnknownZoneError` otherwise."""
    if not name or name != name.strip():
        raise UnknownZoneError(f"'{name}' is not a time zone name.")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownZoneError(f"'{name}' is not a time zone name.") from exc


def is_known_zone(name: str) -> bool:
    try:
        zone(name)
    except UnknownZoneError:
        return False
    return True


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name, sorted (for a picker)."""
    return tuple(sorted(available_timezones()))


@dataclass(frozen=True, slots=True)
class ResolvedTime:
    """The instant a wall clock names in a zone."""

    instant: datetime  # aware, UTC
    # The wall clock does not exist there (clocks went forward): ``instant`` is the same
    # time after the jump, as Qt and zoneinfo both read it (02:30 -> 03:30).
    skipped: bool = False
    # The wall clock happens twice (clocks went back): ``instant`` is the first of the two.
    repeated: bool = False

    def wall_clock(self, zone_name: str) -> datetime:
        return wall_clock(self.instant, zone_name)


def from_wall_clock(naive: datetime, zone_name: str) -> ResolvedTime:
    """The instant that ``naive`` (a date and time as read on a clock) names in the zone."""
    if naive.tzinfo is not None:
        raise ValueError("a wall clock time has no time zone of its own")
    tz = zone(zone_name)
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    instant = first.astimezone(UTC)
    back = instant.astimezone(tz).replace(tzinfo=None)
    if back != naive:  # in the gap: zoneinfo reads it with the offset before the jump
        return ResolvedTime(instant, skipped=True)
    repeated = first.utcoffset() != second.utcoffset()
    return ResolvedTime(instant, repeated=repeated)


def wall_clock(instant: datetime, zone_name: str) -> datetime:
    """The naive date and time a clock in the zone shows at ``instant``."""
    return in_zone(instant, zone_name).replace(tzinfo=None)


def in_zone(instant: datetime, zone_name: str) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("instant must be timezone-aware")
    return instant.astimezone(zone(zone_name))


def to_wire(instant: datetime, zone_name: str) -> str:
    """ISO 8601 with the zone's offset at that instant: ``2026-03-03T09:00:00+01:00``."""
    return in_zone(instant, zone_name).isoformat()


def from_wire(text: str) -> datetime:
    """The UTC instant of a wire datetime (no offset reads as UTC)."""
    return parse_wire_datetime(text).astimezone(UTC)


def offset_text(instant: datetime, zone_name: str) -> str:
    """``UTC+01:00`` / ``UTC−03:30`` / ``UTC``: the zone's offset at ``instant``."""
    offset = in_zone(instant, zone_name).utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def same_offset(text: str, zone_name: str) -> bool:
    """Whether a wire datetime was written with the zone's offset at its instant (then the
    zone is a fair guess for how the user picked it)."""
    try:
        moment = parse_wire_datetime(text)
    except ValueError:
        return False
    return moment.utcoffset() == in_zone(moment, zone_name).utcoffset()
