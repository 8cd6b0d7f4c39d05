"""Declared profile fields: names, NAME:TYPE, and what an upsert's echo teaches."""

from __future__ import annotations

import pytest

from app.domain.profile_fields import (
    ProfileFieldType,
    compare_echo,
    field_name_problem,
    parse_declared_field,
    type_of_value,
)


def test_parse_declared_field_accepts_any_case_and_names_the_choices() -> None:
    assert parse_declared_field("city:string") == ("city", ProfileFieldType.STRING)
    assert parse_declared_field(" level : INT ") == ("level", ProfileFieldType.INT)
    with pytest.raises(ValueError, match="String, Int, Float, Bool, Date"):
        parse_declared_field("city:text")
    with pytest.raises(ValueError, match="NAME:TYPE"):
        parse_declared_field("city")


def test_field_names_must_be_template_identifiers() -> None:
    assert field_name_problem("first_name") is None
    assert field_name_problem("") is not None
    assert field_name_problem("first name") is not None
    assert field_name_problem("1st") is not None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, ProfileFieldType.BOOL),
        (3, ProfileFieldType.INT),
        (2.5, ProfileFieldType.FLOAT),
        ("2026-12-01", ProfileFieldType.DATE),
        ("2026-13-01", ProfileFieldType.STRING),
        ("Berlin", ProfileFieldType.STRING),
    ],
)
def test_type_of_value(value: object, expected: ProfileFieldType) -> None:
    assert type_of_value(value) is expected


def test_compare_echo_tells_stored_from_dropped() -> None:
    result = compare_echo({"level": "7", "nickname": "x", "city": "Rome"}, {"level": 7, "city": "Rome"})
    assert result.stored == {"level": ProfileFieldType.INT, "city": ProfileFieldType.STRING}
    assert result.dropped == ["nickname"]
