"""Times picked in a zone: kept as an instant plus the zone, sent with the zone's offset,
and the two daylight-saving surprises (a wall clock that does not exist or happens twice)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.campaign_payloads import build_payload, setup_from_payload
from app.domain.kinds import DraftKind
from app.domain.time_zones import (
    UnknownZoneError,
    from_wall_clock,
    from_wire,
    is_known_zone,
    offset_text,
    same_offset,
    to_wire,
    wall_clock,
    zone,
    zone_names,
)

BERLIN = "Europe/Berlin"


def test_a_wall_clock_in_winter_and_summer() -> None:
    winter = from_wall_clock(datetime(2026, 3, 3, 9, 0), BERLIN)
    summer = from_wall_clock(datetime(2026, 7, 3, 9, 0), BERLIN)
    assert winter.instant == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    assert summer.instant == datetime(2026, 7, 3, 7, 0, tzinfo=UTC)
    assert not (winter.skipped or winter.repeated or summer.skipped or summer.repeated)
    assert to_wire(winter.instant, BERLIN) == "2026-03-03T09:00:00+01:00"
    assert to_wire(summer.instant, BERLIN) == "2026-07-03T09:00:00+02:00"
    assert offset_text(winter.instant, BERLIN) == "UTC+01:00"
    assert offset_text(winter.instant, "America/St_Johns") == "UTC−03:30"
    assert offset_text(winter.instant, "UTC") == "UTC"


def test_a_time_skipped_by_spring_forward_is_flagged_and_moved_after_the_jump() -> None:
    resolved = from_wall_clock(datetime(2026, 3, 29, 2, 30), BERLIN)  # 02:00 -> 03:00 that night
    assert resolved.skipped and not resolved.repeated
    assert wall_clock(resolved.instant, BERLIN) == datetime(2026, 3, 29, 3, 30)
    assert to_wire(resolved.instant, BERLIN) == "2026-03-29T03:30:00+02:00"


def test_a_time_repeated_by_fall_back_takes_the_first_and_says_so() -> None:
    resolved = from_wall_clock(datetime(2026, 10, 25, 2, 30), BERLIN)  # 03:00 -> 02:00 that night
    assert resolved.repeated and not resolved.skipped
    assert to_wire(resolved.instant, BERLIN) == "2026-10-25T02:30:00+02:00"  # the first, summer time


def test_the_second_of_two_equal_wall_clocks_survives_a_round_trip() -> None:
    payload = {"planned_at": "2026-10-25T02:30:00+01:00", "$time_zone": BERLIN}  # the second 02:30
    setup = setup_from_payload(DraftKind.CAMPAIGNS, payload)
    assert setup.planned_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert build_payload(setup) == payload
    setup.update(planned_at=from_wire("2026-10-25T01:30:00Z"))  # the same instant set again
    assert build_payload(setup) == payload


def test_times_set_across_a_change_of_offset_get_the_offset_of_their_day() -> None:
    setup = setup_from_payload(DraftKind.AB_CAMPAIGNS, {})
    setup.update(
        time_zone=BERLIN,
        test_planned_at=from_wall_clock(datetime(2026, 3, 28, 9, 0), BERLIN).instant,
        main_planned_at=from_wall_clock(datetime(2026, 3, 29, 9, 0), BERLIN).instant,
    )
    payload = build_payload(setup)
    assert payload["test_planned_at"] == "2026-03-28T09:00:00+01:00"
    assert payload["main_planned_at"] == "2026-03-29T09:00:00+02:00"
    gap = from_wire(payload["main_planned_at"]) - from_wire(payload["test_planned_at"])
    assert gap.total_seconds() == 23 * 3600  # the night the clocks go forward


def test_zone_names() -> None:
    assert is_known_zone(BERLIN) and is_known_zone("UTC")
    assert not is_known_zone("Mars/Olympus") and not is_known_zone("") and not is_known_zone(" UTC")
    with pytest.raises(UnknownZoneError):
        zone("Mars/Olympus")
    assert BERLIN in zone_names() and list(zone_names()) == sorted(zone_names())
    assert same_offset("2026-03-03T09:00:00+01:00", BERLIN)
    assert not same_offset("2026-03-03T08:00:00+00:00", BERLIN)
    assert not same_offset("soon", BERLIN)


def test_naive_values_are_refused_where_they_would_be_guessed() -> None:
    with pytest.raises(ValueError, match="wall clock"):
        from_wall_clock(datetime(2026, 1, 1, tzinfo=UTC), BERLIN)
    with pytest.raises(ValueError, match="aware"):
        to_wire(datetime(2026, 1, 1), BERLIN)
