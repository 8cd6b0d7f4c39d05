"""Registered secrets are masked in text and log records; values too short to be secrets are not."""

from __future__ import annotations

import logging

from app.api.redaction import MASK, RedactingFilter, redact, register_secret


def test_a_secret_and_its_url_encoded_form_are_masked():
    register_secret("s3cr3t/with+chars")
    assert redact("auth s3cr3t/with+chars here") == f"auth {MASK} here"
    assert redact("q=s3cr3t%2Fwith%2Bchars") == f"q={MASK}"


def test_a_value_too_short_to_be_a_secret_garbles_nothing():
    register_secret("x", "ab")
    assert redact("http://portal.example/login") == "http://portal.example/login"


def test_log_records_are_masked_with_their_arguments():
    register_secret("another-long-secret")
    secret = ("another-long-secret",)
    record = logging.LogRecord("app.test", logging.INFO, __file__, 1, "sent %s", secret, None)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == f"sent {MASK}"
