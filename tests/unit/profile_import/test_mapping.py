"""Columns to identifiers and fields: by header, by hand, and the mappings that cannot work."""

from __future__ import annotations

import pytest

from app.domain.profile_fields import ProfileFieldType
from app.profile_import.mapping import (
    SKIP,
    Target,
    TargetKind,
    apply_overrides,
    auto_map,
    field_target,
    find_column,
    mapping_problems,
    parse_target,
)
from app.profile_import.problems import MappingProblemError, ProblemKind

DECLARED = {"first_name": ProfileFieldType.STRING, "age": ProfileFieldType.INT}


def test_headers_named_like_identifiers_or_declared_fields_map_themselves() -> None:
    header = ["E-mail", "Phone Number", "User ID", "First name", "AGE", "Notes", "wp_token", "Телефон"]
    assert auto_map(header, DECLARED) == [
        Target(TargetKind.EMAIL),
        Target(TargetKind.PHONE),
        Target(TargetKind.UID),
        field_target("first_name"),
        field_target("age"),
        SKIP,
        Target(TargetKind.WP_TOKEN),
        SKIP,  # a second phone column is left for the user to choose
    ]


def test_targets_parse_as_the_command_line_spells_them() -> None:
    assert parse_target("email") == Target(TargetKind.EMAIL)
    assert parse_target(" WP_TOKEN ") == Target(TargetKind.WP_TOKEN)
    assert parse_target("field:city") == field_target("city")
    assert str(field_target("city")) == "field:city"
    assert parse_target("skip") is not SKIP and parse_target("skip") == SKIP
    with pytest.raises(MappingProblemError, match="“mail” is not a target"):
        parse_target("mail")
    with pytest.raises(MappingProblemError, match="“first name” cannot be a field name"):
        parse_target("field:first name")
    with pytest.raises(MappingProblemError, match="is not a target"):
        parse_target("field")


def test_a_column_mapped_twice_and_no_identifier_are_problems() -> None:
    header = ["mail", "E-mail", "city"]
    targets = [Target(TargetKind.EMAIL), Target(TargetKind.EMAIL), field_target("city")]
    problems = mapping_problems(header, targets)
    assert [p.text for p in problems] == [
        "Columns “mail” and “E-mail” are both mapped to email: keep one, skip the other."
    ]
    assert problems[0].kind is ProblemKind.MAPPING and problems[0].column == 1
    only_fields = mapping_problems(header, [SKIP, SKIP, field_target("city")])
    assert len(only_fields) == 1 and "No column is mapped to an identifier" in only_fields[0].text
    twice = mapping_problems(["a", "b", "c"], [Target(TargetKind.UID), field_target("x"), field_target("x")])
    assert [p.values for p in twice] == [("“b”", "“c”", "field:x")]


def test_a_field_name_typed_by_hand_must_be_usable() -> None:
    problems = mapping_problems(["", "email"], [field_target("1st"), Target(TargetKind.EMAIL)])
    assert [p.text for p in problems] == [
        "Column #1: “1st” cannot be a field name: use Latin letters, digits and underscores, starting with "
        "a letter (at most 64)."
    ]


def test_overrides_name_columns_by_header_or_position() -> None:
    header = ["Mail address", "city", ""]
    targets = auto_map(header, {})
    assert targets == [SKIP, SKIP, SKIP]
    mapped = apply_overrides(
        header, targets, [("mail address", Target(TargetKind.EMAIL)), ("#3", field_target("note"))]
    )
    assert mapped == [Target(TargetKind.EMAIL), SKIP, field_target("note")]
    with pytest.raises(MappingProblemError, match="The file has no column “town”; its columns are: Mail"):
        apply_overrides(header, targets, [("town", SKIP)])
    with pytest.raises(MappingProblemError, match="More than one column is called “CITY”"):
        find_column(["city", "City "], "CITY")
    assert find_column(["city", "City"], "City") == 1  # an exact match wins
