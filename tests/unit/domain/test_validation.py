"""Field validation shared by the editors and the sandbox: what is accepted, and the sentence
given for what is not."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.formats import INT64_MAX, INT64_MIN
from app.domain.schema import AUTO_CAMPAIGN, CAMPAIGN, EMAIL, EVENT, SEGMENT, FieldSpec, FieldType
from app.domain.validation import (
    DATETIME_EXAMPLE,
    EMAIL_EXAMPLE,
    MAX_JSON_DEPTH,
    REQUIRED,
    TOO_DEEP,
    check_crontab,
    check_datetime,
    check_email,
    check_url,
    json_depth_exceeds,
    parse_datetime,
    validate_payload,
)


def _nested(depth: int) -> Any:
    """``depth`` levels of arrays: ``_nested(1) == []``."""
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


# -- whole numbers: what SQLite and the provider can keep ---------------------------------------

@pytest.mark.parametrize(
    ("value", "message"),
    [
        (INT64_MAX, None),
        (INT64_MAX + 1, f"Ensure this value is less than or equal to {INT64_MAX}."),
        (2**70, f"Ensure this value is less than or equal to {INT64_MAX}."),
        (INT64_MIN, None),
        (INT64_MIN - 1, f"Ensure this value is greater than or equal to {INT64_MIN}."),
        # what a JSON parser makes of 99999999999999999999 and of -9223372036854775809
        (1e20, f"Ensure this value is less than or equal to {INT64_MAX}."),
        (-(2.0**63), f"Ensure this value is greater than or equal to {INT64_MIN}."),
        (3.0, None),  # JSON has one kind of number: 3.0 is the whole number 3
        (2.0**53 + 2, "A whole number is required."),  # a float that wide is no longer exact
        (1.5, "A whole number is required."),
        (True, "A whole number is required."),
    ],
)
def test_whole_numbers_fit_in_64_bits(value: Any, message: str | None) -> None:
    spec = FieldSpec("priority", FieldType.INT)
    errors = validate_payload(CAMPAIGN, {"priority": value}, partial=True)
    assert errors.get(spec.name) == ([message] if message else None)


def test_a_minimum_of_the_schema_still_applies() -> None:
    assert validate_payload(CAMPAIGN, {"message_id": 0}, partial=True) == {
        "message_id": ["Ensure this value is greater than or equal to 1."]
    }
    assert validate_payload(CAMPAIGN, {"message_id": INT64_MAX + 1}, partial=True) == {
        "message_id": [f"Ensure this value is less than or equal to {INT64_MAX}."]
    }


# -- the from address ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "address",
    ["news@example.com", "news@shop.example", "no-reply+promo@mail.starfall.example", "a@b.test",
     "o'brien@shop.example", "x@münchen.de"],
)
def test_from_address_accepts_email_addresses(address: str) -> None:
    assert check_email(address) is None
    assert validate_payload(EMAIL, {"category": 1, "from_address": address}) == {}


@pytest.mark.parametrize(
    "address",
    ["not-an-email", "news@", "@shop.example", "news@localhost", "news@shop", "Shop <news@shop.example>",
     " news@shop.example", "news@shop.example ", "news@@shop.example", "news@shop..example",
     "новости@shop.example"],  # a non-ASCII mailbox needs SMTPUTF8 all the way: refused
)
def test_from_address_refuses_what_is_not_one(address: str) -> None:
    assert check_email(address) == EMAIL_EXAMPLE
    assert validate_payload(EMAIL, {"category": 1, "from_address": address}) == {
        "from_address": [EMAIL_EXAMPLE]
    }


def test_a_blank_from_address_is_missing_not_malformed() -> None:
    assert validate_payload(EMAIL, {"category": 1, "from_address": "  "}) == {"from_address": [REQUIRED]}
    assert validate_payload(EMAIL, {"category": 1, "from_address": 5}) == {"from_address": ["Must be text."]}


# -- date and time: RFC 3339, always with a time and an offset ----------------------------------

@pytest.mark.parametrize(
    "text",
    ["2026-12-01T09:00:00+00:00", "2026-12-01T09:00:00Z", "2026-12-01T09:00:00.123456+05:30",
     "2026-12-01t09:00:00z", "2026-12-01T09:00:00.5-08:00", "0001-01-01T00:00:00Z"],
)
def test_datetimes_with_a_time_and_an_offset_are_accepted(text: str) -> None:
    assert check_datetime(text) is None
    moment = parse_datetime(text)
    assert moment.tzinfo is not None


@pytest.mark.parametrize(
    "text",
    ["2026-12-01", "20261201", "2026-12-01T09:00:00", "2026-12-01T09:00", "2026-12-01 09:00:00+00:00",
     "20261201T090000Z", "2026-W48-1T09:00:00Z", "2026-12-01T09:00:00+0100", "2026-02-30T09:00:00Z",
     "2026-12-01T24:00:00Z", "2026-12-01T09:00:60Z", "2026-12-01T09:00:00+24:00", "tomorrow",
     "2026-12-01T09:00:00Z\n", "２０２６-12-01T09:00:00Z"],
)
def test_dates_alone_naive_times_and_other_iso_forms_are_refused(text: str) -> None:
    assert check_datetime(text) == DATETIME_EXAMPLE
    with pytest.raises(ValueError):
        parse_datetime(text)
    payload = {"message_type": "L", "message_id": 1, "source_type": "A", "source_id": 1, "run_from": text}
    assert validate_payload(AUTO_CAMPAIGN, payload) == {"run_from": [DATETIME_EXAMPLE]}


# -- schedules ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr",
    ["0 9 * * 1-5", "*/15 * * * *", " 0 9 * * 1 ", "0 9 * * MON-FRI", "0 9 * * mon,wed,fri",
     "0 0 1 jan,Jul *", "0-30/5 8-18 * * *", "0 0 * * 0,7", "59 23 31 12 6", "0 0 31 2 *"],
)
def test_standard_schedules_are_accepted(expr: str) -> None:
    assert check_crontab(expr) is None


@pytest.mark.parametrize("expr", ["0 0 L * *", "0 0 * * 5L", "0 0 15W * *", "0 0 LW * *", "0 0 * * 5#3",
                                  "0 0 ? * *", "0 0 * * ?"])
def test_scheduler_extensions_are_refused_by_name(expr: str) -> None:
    message = check_crontab(expr)
    assert message is not None and message.startswith("This schedule uses L, W, # or ?")


@pytest.mark.parametrize(
    "expr",
    ["61 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 * 13 *", "0 0 * * 8", "*/0 * * * *", "0 0 1/5 * *",
     "H * * * *", "0 9 * * funday", "0,,1 * * * *", "0 9 * * 1\n", "0 0 * * ５"],
)
def test_other_invalid_schedules_are_refused(expr: str) -> None:
    assert check_crontab(expr) == f"'{expr}' is not a valid crontab schedule."


@pytest.mark.parametrize("expr", ["", "* * * *", "0 9 * * * 2026", "@daily"])
def test_a_schedule_has_five_fields(expr: str) -> None:
    message = "A schedule has five fields: minute, hour, day of month, month, day of week."
    assert check_crontab(expr) == message


# -- web addresses with placeholders ---------------------------------------------------------

@pytest.mark.parametrize(
    "url",
    ["https://hooks.shop.example/sent?id={id}", "http://127.0.0.1:8080/{id}/done",
     "https://{tenant}.hooks.example", "https://hooks.example/a b".replace(" ", "%20")],
)
def test_url_templates_are_accepted(url: str) -> None:
    assert check_url(url) is None


@pytest.mark.parametrize(
    "url",
    ["ftp://hooks.example/x", "hooks.example/x", "https://", "https:///path", "https://hooks example/",
     "https://hooks.example/\n", "HTTPS://hooks.example/", "javascript:alert(1)", "", "http://[::1",
     "http://[::1]/hook", "http://a\uff0fb/x", "https://bücher.example/"],
)
def test_other_addresses_are_refused(url: str) -> None:
    assert check_url(url) == "Enter a full web address starting with http:// or https://."


def test_config_url_is_checked_inside_a_campaign() -> None:
    payload = {"config": {"hook_url_template": "https://hooks.example/{id}", "min_send_interval": 2**64}}
    assert validate_payload(CAMPAIGN, payload, partial=True) == {
        "config.min_send_interval": [f"Ensure this value is less than or equal to {INT64_MAX}."]
    }


# -- required text, JSON depth ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["", " ", "\t\n", "\u3000", "\xa0\u2009"])
def test_required_text_must_hold_more_than_whitespace(name: str) -> None:
    assert validate_payload(SEGMENT, {"name": name, "condition": {}}) == {"name": [REQUIRED]}
    assert validate_payload(SEGMENT, {"name": f"{name}x", "condition": {}}) == {}


def test_json_depth() -> None:
    assert not json_depth_exceeds(_nested(3), 3)
    assert json_depth_exceeds(_nested(4), 3)
    assert not json_depth_exceeds({"a": [1, {"b": "c"}]}, 3)
    assert json_depth_exceeds({"a": [1, {"b": []}]}, 3)
    assert not json_depth_exceeds("scalar", 0)


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH, 254, 1023])
def test_a_field_nested_too_deeply_is_refused(depth: int) -> None:
    # the body is one level, so a field may nest one level less than MAX_JSON_DEPTH
    assert validate_payload(SEGMENT, {"name": "n", "condition": _nested(depth)}) == {"condition": [TOO_DEEP]}
    assert validate_payload(EVENT, {"name": "n", "payload": {"a": _nested(depth)}}) == {"payload": [TOO_DEEP]}


def test_a_field_just_within_the_depth_is_accepted() -> None:
    assert validate_payload(SEGMENT, {"name": "n", "condition": _nested(MAX_JSON_DEPTH - 1)}) == {}
