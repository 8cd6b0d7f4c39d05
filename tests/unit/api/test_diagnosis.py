"""Each situation "Test connection" can meet gets its own plain-English verdict."""

from __future__ import annotations

import pytest

from app.api import ApiClient
from app.api.diagnosis import diagnose
from app.api.errors import (
    ApiError,
    AuthenticationError,
    BadResponseError,
    BadResponseReason,
    ConfigurationError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    TransportReason,
)

CASES = [
    AuthenticationError("x", status=401),
    ForbiddenError("x", status=403),
    NotFoundError("x", status=404),
    RateLimitError("x"),
    ServerError("x", status=502),
    ApiError("teapot", status=418),
    *(TransportError("x", reason=reason) for reason in TransportReason),
    *(BadResponseError("x", reason=reason) for reason in BadResponseReason),
]


def test_every_case_has_a_distinct_problem_and_an_action():
    verdicts = [diagnose(error) for error in CASES]
    assert len({v.problem for v in verdicts}) == len(CASES)
    assert all(v.action and v.problem.endswith(".") for v in verdicts if "teapot" not in v.problem)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (AuthenticationError("x", status=401), "login or the secret"),
        (ForbiddenError("x", status=403), "IP address"),
        (TransportError("x", reason=TransportReason.TLS_CERTIFICATE), "certificate"),
        (TransportError("x", reason=TransportReason.DNS), "host name could not be found"),
        (TransportError("x", reason=TransportReason.CONNECT_TIMEOUT), "in time"),
        (BadResponseError("x", reason=BadResponseReason.HTML), "captive portal"),
    ],
)
def test_the_verdicts_the_issue_names(error, words):
    assert words in diagnose(error).problem


def test_plain_http_to_a_remote_host_is_explained_before_any_request():
    with pytest.raises(ConfigurationError) as caught:
        ApiClient("http://esp.example.com/api/v1/", "login", "diagnosis-Secret-7")
    verdict = diagnose(caught.value)
    assert "plain HTTP" in verdict.problem and "https://" in verdict.problem
