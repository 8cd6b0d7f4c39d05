"""Backoff bounds and Retry-After parsing."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from app.api.retry import RetryPolicy, may_retry_status, parse_retry_after


@pytest.mark.parametrize("attempt", [1, 2, 3, 4, 5, 8, 30])
def test_full_jitter_stays_within_the_capped_exponential_bound(attempt):
    policy = RetryPolicy(backoff_base=0.5, backoff_max=8.0)
    bound = min(8.0, 0.5 * 2 ** (attempt - 1))
    waits = [policy.backoff(attempt) for _ in range(2000)]
    assert all(0.0 <= w <= bound for w in waits)
    # Full jitter spreads the waits over the whole interval, not just near the cap.
    assert min(waits) < bound * 0.1 and max(waits) > bound * 0.9


def test_retry_after_beats_backoff_but_is_capped():
    policy = RetryPolicy(retry_after_max=5.0, backoff_base=100.0, backoff_max=100.0)
    assert policy.wait_after(httpx.Response(429, headers={"Retry-After": "3"}), 1) == 3.0
    assert policy.wait_after(httpx.Response(429, headers={"Retry-After": "3600"}), 1) == 5.0
    assert 0.0 <= policy.wait_after(httpx.Response(503), 1) <= 100.0


def test_retry_after_as_an_http_date():
    soon = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 18.0 <= parse_retry_after({"retry-after": soon}) <= 20.5
    assert parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0


@pytest.mark.parametrize("value", ["soon", "", "-"])
def test_unreadable_retry_after_is_ignored(value):
    assert parse_retry_after({"retry-after": value}) is None


def test_which_statuses_are_retried_for_which_method():
    policy = RetryPolicy()
    for method in ("GET", "PUT", "PATCH"):
        assert all(may_retry_status(method, s, policy) for s in (429, 502, 503, 504))
        assert not any(may_retry_status(method, s, policy) for s in (400, 401, 403, 404, 409, 500))
    assert may_retry_status("POST", 429, policy)
    assert not any(may_retry_status("POST", s, policy) for s in (500, 502, 503, 504))


def test_the_policy_rejects_nonsense():
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(backoff_base=-1)
