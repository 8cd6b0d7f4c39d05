"""A row to the hashmap sent, or every reason it is not."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain.profile_fields import ProfileFieldType as T
from app.profile_import.mapping import SKIP, Target, TargetKind, field_target
from app.profile_import.problems import MappingProblemError, ProblemKind, reason_text
from app.profile_import.rows import RowValidator

HEADER = ["uid", "email", "phone", "age", "vip", "city", "notes"]
TARGETS = [
    Target(TargetKind.UID), Target(TargetKind.EMAIL), Target(TargetKind.PHONE),
    field_target("age"), field_target("vip"), field_target("city"), SKIP,
]  # fmt: skip
TYPES = {"age": T.INT, "vip": T.BOOL}  # city: typed by hand, so String


@pytest.fixture
def validator() -> RowValidator:
    return RowValidator(HEADER, TARGETS, TYPES, "RU")


def test_a_good_row_becomes_one_hashmap(validator) -> None:
    profile, problems = validator.profile(
        ["u1", "A@Example.com", "8 999 123-45-67", "42", "true", "Oslo", "x"]
    )
    assert problems == []
    assert profile == {
        "uid": "u1", "email": "A@example.com", "phone": "+79991234567",
        "fields": {"age": 42, "vip": True, "city": "Oslo"},
    }  # fmt: skip


def test_empty_cells_send_nothing(validator) -> None:
    profile, _ = validator.profile(["", " a@example.com ", "", "", "  ", "", ""])
    assert profile == {"email": "a@example.com"}


def test_no_identifier(validator) -> None:
    profile, problems = validator.profile(["", "", " ", "42", "", "Oslo", ""])
    assert profile is None
    assert [p.kind for p in problems] == [ProblemKind.NO_IDENTIFIER]
    assert "nothing says whose profile it is" in problems[0].text


def test_every_problem_of_a_row_is_reported_at_once(validator) -> None:
    profile, problems = validator.profile(["u1", "not-an-email", "12", "forty", "maybe", "Oslo", ""])
    assert profile is None
    assert [(p.kind, p.column) for p in problems] == [
        (ProblemKind.EMAIL, 1), (ProblemKind.PHONE, 2), (ProblemKind.VALUE, 3), (ProblemKind.VALUE, 4),
    ]  # fmt: skip
    text = reason_text(problems)
    assert "Column “email”: “not-an-email” is not a valid email address:" in text
    assert "Column “phone”: “12” is not a valid phone number." in text
    assert "Column “age”: “forty” is not a whole number, and the field age holds whole numbers." in text


def test_ragged_rows(validator) -> None:
    for cells in (["u1", "a@example.com"], [*"abcdefgh"]):
        profile, problems = validator.profile(cells)
        assert profile is None
        assert problems[0].kind is ProblemKind.RAGGED
        assert f"has {len(cells)} values but the file has 7 columns" in problems[0].text


def test_a_long_value_is_shortened_in_the_message(validator) -> None:
    _, problems = validator.profile(["u1", "", "", "9" * 30 + "x" * 100, "", "", ""])
    assert problems[0].values[1].endswith("…") and len(problems[0].values[1]) == 60


def test_an_unusable_mapping_is_refused_up_front() -> None:
    with pytest.raises(MappingProblemError, match="No column is mapped to an identifier"):
        RowValidator(["city"], [field_target("city")], {}, None)


CELL = st.one_of(
    st.sampled_from(["", " ", "u1", "A@Example.com", "a@@b.ru", "8 999 123-45-67", "+7 999", "42", "4.2",
                     "true", "no", "Oslo", " x "]),
    st.text(max_size=8),
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(cells=st.lists(CELL, min_size=len(HEADER), max_size=len(HEADER)))
@example(cells=["u1", "A@Example.com", "8 999 123-45-67", "42", "true", "Oslo", ""])
@example(cells=["u1", "A@Example.com", "8 999 123-45-67", "4.2", "true", "Oslo", "x"])
def test_the_quick_way_for_a_full_row_answers_as_the_check_of_each_cell(cells) -> None:
    validator = RowValidator(HEADER, TARGETS, TYPES, "RU")
    assert validator.profile(cells) == validator._check_each(cells)
