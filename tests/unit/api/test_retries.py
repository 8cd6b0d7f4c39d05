"""The retry policy end to end through the client, with faults only a mock transport can make."""

from __future__ import annotations

import httpx
import pytest

from app.api.errors import RateLimitError, ServerError, TransportError, TransportReason

PROXY_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


async def test_persistent_502_html_page_is_a_server_error_after_every_attempt(mock_client, waits):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(502, content=PROXY_502, headers={"content-type": "text/html"})

    async with mock_client(handler, max_attempts=4) as api:
        with pytest.raises(ServerError) as caught:
            await api.emails.get(7)
    assert len(calls) == 4
    assert len(waits.delays) == 3
    error = caught.value
    assert (error.status, error.method, error.path) == (502, "GET", "emails/7/")
    assert "HTML page" in error.message
    assert not error.outcome_unknown  # a GET changes nothing


async def test_get_succeeds_after_transient_failures(mock_client, waits):
    answers = [
        httpx.ReadTimeout("slow"),
        httpx.Response(503),
        httpx.RemoteProtocolError("dropped"),
        httpx.Response(200, json={"id": 7}),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async with mock_client(handler, max_attempts=4) as api:
        assert await api.emails.get(7) == {"id": 7}
    assert answers == [] and len(waits.delays) == 3


async def test_retry_after_is_honoured_and_capped(mock_client, waits):
    advice = iter(["2", "120", "Wed, 21 Oct 2015 07:28:00 GMT"])  # a date in the past: no wait

    def handler(request: httpx.Request) -> httpx.Response:
        value = next(advice, None)
        if value is None:
            return httpx.Response(200, json=[])
        return httpx.Response(429, headers={"Retry-After": value}, json={"detail": "slow down"})

    async with mock_client(handler, max_attempts=4, retry_after_max=30.0) as api:
        assert await api.categories.list() == []
    assert waits.delays == [2.0, 30.0, 0.0]


async def test_rate_limit_error_carries_retry_after_once_attempts_run_out(mock_client, waits):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "7"}, json={"detail": "Request was throttled."})

    async with mock_client(handler, max_attempts=2) as api:
        with pytest.raises(RateLimitError) as caught:
            await api.emails.create({"category": 1, "from_address": "a@example.com"})
    assert caught.value.retry_after == 7.0
    assert "throttled" in caught.value.message
    assert not caught.value.outcome_unknown
    assert waits.delays == [7.0]


async def test_post_is_not_retried_after_a_read_timeout(mock_client, waits):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        raise httpx.ReadTimeout("no answer", request=request)

    async with mock_client(handler) as api:
        with pytest.raises(TransportError) as caught:
            await api.emails.create({"category": 1, "from_address": "a@example.com"})
    assert calls == ["POST"] and waits.delays == []
    error = caught.value
    assert error.outcome_unknown and error.reason is TransportReason.TIMEOUT
    assert "outcome is unknown" in str(error)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_post_is_not_retried_after_a_5xx(mock_client, waits, status):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(status, text="upstream failed")

    async with mock_client(handler) as api:
        with pytest.raises(ServerError) as caught:
            await api.campaigns.start(5)
    assert len(calls) == 1
    assert caught.value.outcome_unknown and "outcome is unknown" in str(caught.value)


@pytest.mark.parametrize("fault", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_post_is_retried_when_it_never_left(mock_client, waits, fault):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) < 3:
            raise fault("no connection", request=request)
        return httpx.Response(201, json={"id": 1, "name": "login_user"})

    async with mock_client(handler) as api:
        assert (await api.events.send("login_user", {"email": "a@example.com"}))["id"] == 1
    assert len(calls) == 3 and len(waits.delays) == 2


async def test_post_is_retried_after_429(mock_client, waits):
    statuses = [429, 429, 201]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(statuses.pop(0), json={"email": "a@example.com"})

    async with mock_client(handler) as api:
        assert await api.users.upsert({"email": "a@example.com"}) == {"email": "a@example.com"}
    assert statuses == []


async def test_a_connect_error_that_never_clears_is_a_known_outcome(mock_client, waits):
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    async with mock_client(handler, max_attempts=3) as api:
        with pytest.raises(TransportError) as caught:
            await api.emails.create({"category": 1})
    assert not caught.value.outcome_unknown
    assert "after 3 attempts" in caught.value.message


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
async def test_put_and_patch_are_retried_after_a_read_timeout(mock_client, waits, method):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json={"id": 3})

    async with mock_client(handler) as api:
        if method == "PUT":
            await api.emails.replace(3, {"category": 1, "from_address": "a@example.com"})
        else:
            await api.emails.update(3, {"subject": "Hi"})
    assert calls == [method, method]


async def test_a_500_is_not_retried_even_for_get(mock_client, waits):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(500, json={"detail": "boom"})

    async with mock_client(handler) as api:
        with pytest.raises(ServerError, match="boom"):
            await api.segments.get(1)
    assert len(calls) == 1


async def test_a_retried_upload_resends_the_file_from_the_start(mock_client, waits, tmp_path):
    source = tmp_path / "addresses.csv"
    source.write_bytes(b"email\n" + b"".join(f"u{i}@example.com\n".encode() for i in range(5000)))
    bodies = []

    async def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(await request.aread())
        if len(bodies) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json={"id": 9})

    async with mock_client(handler) as api:
        await api.campaigns.replace(
            9,
            {"message_type": "L", "message_id": 1, "source_type": "U", "config": {"send_by_uid": True}},
            files={"source_uploaded_csv": source},
        )
    assert len(bodies) == 2
    for body in bodies:
        assert body.count(source.read_bytes()) == 1
        assert b'name="config"\r\n\r\n{"send_by_uid":true}\r\n' in body
        assert b'name="message_id"\r\n\r\n1\r\n' in body
        assert b'name="source_uploaded_csv"; filename="addresses.csv"\r\nContent-Type: text/csv' in body
