"""The patterns of app.domain.formats mean the same to Python's ``re`` (the validator) and to a
JSON Schema engine (what reads the OpenAPI description), and accept only what the libraries
behind the features accept."""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

import jsonschema_rs
import pytest
from croniter import croniter
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import formats
from app.domain.formats import (
    CRONTAB_PATTERN,
    DATA_URL_PATTERN,
    DATETIME_PATTERN,
    EMAIL_SHAPE_PATTERN,
    NON_BLANK_PATTERN,
    URL_TEMPLATE_PATTERN,
    WHITESPACE,
)
from app.domain.validation import check_crontab, check_data_url, check_datetime, check_email, check_url

# Derandomized: a failure names its example and happens again on the next run.
PROPERTY = settings(max_examples=200, deadline=None, database=None, derandomize=True)

_SAMPLES = {
    CRONTAB_PATTERN: ["0 9 * * 1-5", " 0 9 * * 1 ", "0 9 * * 1\n", "0 0 L * *", "*/0 * * * *", "0\t9 * * MON",
                      "0 9 * * mon-FRI", "0 9 * * ５", "0 9\u3000* * *", "0 9 * * *\u2028"],
    URL_TEMPLATE_PATTERN: ["https://a.example/{id}", "https://a.example/\n", "http://a b", "https://\u00a0x",
                           "https://x/\u0085", "https://x/\ufeff", "ftp://x", "https://", "https://x"],
    DATETIME_PATTERN: ["2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z\n", "2026-12-01", "2026-12-01t09:00:00z",
                       "2026-12-01T09:00:00+01:00", "2026-12-01T09:00:00+0100", "２０２６-12-01T09:00:00Z"],
    DATA_URL_PATTERN: ["data:text/html;base64,PGI+", "data:text/html;base64,PGI+\n",
                       "data:text/html;base64,PG", "data:application/zip;base64,",
                       "data:image/png;base64,AAAA"],
    NON_BLANK_PATTERN: ["", " ", "\u3000\t", "\x1c", "\u0085", "\ufeff", " x ", "\u200b"],
    EMAIL_SHAPE_PATTERN: ["a@b.example", "a@b", "a b@c.d", "a@@b.c", '"a"@b.c', "ü@ü.de", "a@b.c\n",
                          "a@b.\u0085"],
}


def test_whitespace_is_what_python_strips() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert every == WHITESPACE


@pytest.mark.parametrize("pattern", list(_SAMPLES))
def test_python_and_json_schema_read_each_pattern_alike(pattern: str) -> None:
    schema = jsonschema_rs.validator_for({"type": "string", "pattern": pattern})
    python = formats.re.compile(pattern)
    anchored = pattern.startswith("^")
    for sample in _SAMPLES[pattern]:
        ours = (python.fullmatch(sample) if anchored else python.search(sample)) is not None
        assert schema.is_valid(sample) == ours, (pattern[:40], sample)


@PROPERTY
@given(st.from_regex(CRONTAB_PATTERN, fullmatch=True))
def test_every_schedule_the_pattern_allows_is_one_croniter_runs(expr: str) -> None:
    assert check_crontab(expr) is None
    assert croniter.is_valid(expr), expr


@PROPERTY
@given(st.from_regex(DATA_URL_PATTERN, fullmatch=True))
def test_every_data_url_the_pattern_allows_decodes(url: str) -> None:
    assert check_data_url(url) is None


@PROPERTY
@given(st.from_regex(URL_TEMPLATE_PATTERN, fullmatch=True))
def test_every_url_template_the_pattern_allows_is_accepted_and_splits(url: str) -> None:
    assert check_url(url) is None
    parts = urlsplit(url)  # raises ValueError for a malformed host: never for what we accept
    assert parts.scheme in ("http", "https") and parts.netloc


@PROPERTY
@given(st.datetimes(timezones=st.timezones()))
def test_every_aware_datetime_python_writes_is_accepted(moment: object) -> None:
    text = moment.isoformat()  # type: ignore[attr-defined]
    # An offset with seconds (local mean time before 1900) is not RFC 3339; the rest must pass.
    if text.count(":") > 3:
        assert check_datetime(text) is not None
    else:
        assert check_datetime(text) is None, text


@PROPERTY
@given(st.emails() | st.text(alphabet=st.sampled_from('ab.@-_"+ \\\u00fc\u0085'), max_size=12))
def test_every_address_email_validator_accepts_has_the_published_shape(address: str) -> None:
    # The shape is what the OpenAPI description states: it must never refuse a good address.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False, test_environment=True, allow_smtputf8=False)
    except EmailNotValidError:
        return
    assert formats.re.fullmatch(EMAIL_SHAPE_PATTERN, address), address
    assert check_email(address) is None
