"""Cell values: what fits each field type (and the sandbox takes it), emails, phone numbers."""

from __future__ import annotations

import re
import string

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain.profile_fields import ProfileFieldType as T
from app.profile_import.values import CONVERTERS, PhoneCheck, Unfit, check_email
from app.sandbox.profiles import COERCE
from app.sandbox.settings import ProfileFieldType as SandboxType

CELLS = st.one_of(
    st.text(max_size=12),
    st.text(alphabet="0123456789+-.,eE _: tT", max_size=12),
    st.sampled_from(
        ["true", "FALSE", " 1 ", "0", "yes", "2026-02-29", "2024-02-29", "01.12.2026", "nan", "inf"]
    ),
)


@pytest.mark.parametrize("kind", list(T))
@settings(max_examples=200, deadline=None)
@given(text=CELLS)
def test_what_fits_a_type_is_what_the_sandbox_stores(kind, text) -> None:
    convert = CONVERTERS[kind]
    try:
        value = convert(text)
    except Unfit:
        return
    # Sent already converted, the value goes through the server's own check unchanged.
    assert COERCE[SandboxType(kind.value)](value) == value


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (T.STRING, " Oslo ", " Oslo "),
        (T.INT, " 42 ", 42),
        (T.INT, "-7", -7),
        (T.FLOAT, "3.5", 3.5),
        (T.FLOAT, "1e3", 1000.0),
        (T.BOOL, "TRUE", True),
        (T.BOOL, "0", False),
        (T.DATE, "2026-12-01", "2026-12-01"),
        (T.DATE, "1.12.2026", "2026-12-01"),
    ],
)
def test_accepted_values(kind, text, expected) -> None:
    assert CONVERTERS[kind](text) == expected


@pytest.mark.parametrize(
    ("kind", "text", "says"),
    [
        (T.INT, "4.0", "is not a whole number"),
        (T.INT, str(2**64), "too large"),
        (T.FLOAT, "3,5", "has a decimal comma"),
        (T.FLOAT, "nan", "is not a number"),
        (T.FLOAT, "1e999", "too large"),
        (T.BOOL, "yes", "is not true or false"),
        (T.DATE, "2026-02-30", "is not a date"),
        (T.DATE, "12/01/2026", "is not a date"),
    ],
)
def test_refused_values_say_why(kind, text, says) -> None:
    with pytest.raises(Unfit) as caught:
        CONVERTERS[kind](text)
    assert says in caught.value.template


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet="0123456789+- ٣²_", max_size=22))
@example(text="9" * 18)
@example(text="9" * 19)
@example(text="9223372036854775808")
def test_a_whole_number_is_plain_ascii_digits_with_a_sign_inside_64_bits(text) -> None:
    value = text.strip()
    fits = re.fullmatch(r"[+-]?[0-9]+", value) is not None and -(2**63) < int(value) < 2**63
    if fits:
        assert CONVERTERS[T.INT](text) == int(value)
    else:
        with pytest.raises(Unfit):
            CONVERTERS[T.INT](text)


LOCAL = st.text(alphabet=string.ascii_letters + string.digits + "._%+-!#", min_size=1, max_size=70)
LABEL = st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=1, max_size=12)
TLD = st.sampled_from(["com", "ru", "de", "TEST", "local", "c", "co1", "xn--p1ai", "Info"])


@settings(max_examples=800, deadline=None)
@given(local=LOCAL, labels=st.lists(LABEL, min_size=1, max_size=3), tld=TLD)
@example(local="User", labels=["Example"], tld="COM")
@example(local="a..b", labels=["x"], tld="com")
@example(local="-a", labels=["ab--cd"], tld="com")
def test_the_fast_email_check_agrees_with_email_validator(local, labels, tld) -> None:
    address = f"{local}@{'.'.join(labels)}.{tld}"
    try:
        expected = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        ours = check_email(address)
    except Unfit:
        ours = None
    assert ours == expected


ADDRESS_CHARS = string.ascii_letters[:6] + "XYZ019._%+-@ !é"


@settings(max_examples=1500, deadline=None)
@given(
    addresses=st.lists(
        st.one_of(
            st.text(alphabet=ADDRESS_CHARS, min_size=1, max_size=20),
            st.builds(
                "{0}@{1}".format,
                st.text(alphabet=ADDRESS_CHARS, max_size=66),
                st.sampled_from(
                    ["Mail.Example.COM", "a--b.com", "x.test", "ex-.com", "-a.ru", "b.c", "é.fr"]
                ),
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
@example(addresses=["a@Mail.Example.COM", "b@mail.example.com", "c@Mail.Example.COM"])
@example(addresses=["a" * 64 + "@x.com", "a" * 65 + "@x.com", "a@" + "b" * 250 + ".com"])
def test_any_text_gets_the_answer_of_email_validator_also_for_domains_seen_before(addresses) -> None:
    # The plain check keeps what it learnt of each domain: asking again must not change an answer.
    for address in addresses + addresses:
        try:
            expected = validate_email(address.strip(), check_deliverability=False).normalized
        except EmailNotValidError:
            expected = None
        try:
            ours = check_email(address)
        except Unfit:
            ours = None
        assert ours == expected, address


def test_an_invalid_email_names_the_reason() -> None:
    with pytest.raises(Unfit) as caught:
        check_email("ivan@@example.ru")
    assert caught.value.detail  # email-validator's explanation
    assert check_email("  Ivan.Petrov@Example.RU ") == "Ivan.Petrov@example.ru"
    assert check_email("zoé@exemple.fr") == "zoé@exemple.fr"  # internationalized: the validator decides


def test_phone_numbers_become_e164() -> None:
    russian = PhoneCheck("ru")
    assert russian("8 (999) 123-45-67") == "+79991234567"
    assert russian("+7 999 123 45 67") == "+79991234567"
    assert russian("+49 30 901820") == "+4930901820"  # an international number ignores the region
    with pytest.raises(Unfit, match="valid phone number"):
        russian("12345")
    with pytest.raises(Unfit, match="valid phone number"):
        russian("call me")
    anywhere = PhoneCheck(None)
    assert anywhere("+1 650 253 0000") == "+16502530000"
    with pytest.raises(Unfit) as caught:
        anywhere("8 999 123-45-67")
    assert "no country code" in caught.value.template
    with pytest.raises(ValueError, match="unknown phone region"):
        PhoneCheck("XX")
