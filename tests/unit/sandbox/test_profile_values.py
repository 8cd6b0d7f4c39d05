"""Declared profile field values: what each type takes, as JSON or as text, and that the
patterns published in the OpenAPI description are exactly what is taken."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.formats import INT64_MAX, INT64_MIN
from app.sandbox.profile_values import (
    FLOAT_TEXT_PATTERN,
    INT_TEXT_PATTERN,
    OUT_OF_RANGE,
    WHOLE_NUMBER,
    as_bool,
    as_date,
    as_float,
    as_int,
    as_string,
)

PROPERTY = settings(max_examples=300, deadline=None, database=None, derandomize=True)


@PROPERTY
@given(st.integers(min_value=INT64_MIN - 10**6, max_value=INT64_MAX + 10**6))
def test_the_int_text_pattern_takes_exactly_the_64_bit_integers(number: int) -> None:
    fits = INT64_MIN <= number <= INT64_MAX
    assert (re.fullmatch(INT_TEXT_PATTERN, str(number)) is not None) == fits
    if fits:
        assert as_int(str(number)) == number == as_int(number)
    else:
        with pytest.raises(ValueError, match=re.escape(OUT_OF_RANGE)):
            as_int(str(number))


@PROPERTY
@given(st.from_regex(FLOAT_TEXT_PATTERN, fullmatch=True))
def test_every_number_text_the_pattern_takes_is_a_finite_float(text: str) -> None:
    assert math.isfinite(as_float(text))


@pytest.mark.parametrize(
    ("value", "message"),
    [("1_000", WHOLE_NUMBER), ("٣", WHOLE_NUMBER), (" 12", WHOLE_NUMBER), (1.5, WHOLE_NUMBER),
     (True, WHOLE_NUMBER), (1e308, OUT_OF_RANGE), ("99999999999999999999", OUT_OF_RANGE),
     (-(2.0**63), OUT_OF_RANGE)],
)
def test_an_int_field_refuses(value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        as_int(value)


def test_each_type_reads_its_text_forms() -> None:
    assert as_int("+42") == 42 and as_int(42.0) == 42
    assert as_float("2.5e3") == 2500.0 and as_float(3) == 3.0
    assert as_bool("TRUE") is True and as_bool("0") is False
    assert as_date("2026-02-28") == "2026-02-28"
    assert as_string(7) == "7"
    for bad, convert in (("inf", as_float), ("nan", as_float), ("1e999", as_float), ("yes", as_bool),
                         ("20260228", as_date), ("2026-02-30", as_date), ([], as_string)):
        with pytest.raises(ValueError):
            convert(bad)
