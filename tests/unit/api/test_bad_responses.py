"""Answers that are not the JSON expected: proxy pages, cut-off bodies, wrong shapes, errors."""

from __future__ import annotations

import httpx
import pytest

from app.api.errors import (
    ApiError,
    AuthenticationError,
    BadResponseError,
    BadResponseReason,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    ValidationError,
)

LOGIN_PAGE = b"""<!DOCTYPE html><html><head><title>Corporate proxy: sign in</title></head>
<body><form action="/login"><input name="user"><input type="password" name="pw"></form></body></html>"""


def answer(status: int, content: bytes, content_type: str = "application/json"):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return handler


async def test_a_200_carrying_a_proxy_login_page_is_a_bad_response(mock_client):
    async with mock_client(answer(200, LOGIN_PAGE, "text/html; charset=utf-8")) as api:
        with pytest.raises(BadResponseError) as caught:
            await api.emails.list()
    assert caught.value.reason is BadResponseReason.HTML
    assert (caught.value.method, caught.value.path, caught.value.status) == ("GET", "emails/", 200)
    assert "captive portal" in caught.value.message


async def test_an_html_page_labelled_as_json_is_still_caught(mock_client):
    async with mock_client(answer(200, LOGIN_PAGE, "application/json")) as api:
        with pytest.raises(BadResponseError) as caught:
            await api.categories.get(1)
    assert caught.value.reason is BadResponseReason.HTML


async def test_truncated_json_is_a_bad_response(mock_client):
    body = b'[{"id": 1, "internal_name": "Spring sale", "subject": "Up to 50'
    async with mock_client(answer(200, body)) as api:
        with pytest.raises(BadResponseError) as caught:
            await api.emails.list()
    assert caught.value.reason is BadResponseReason.NOT_JSON
    assert "not valid JSON" in caught.value.message


async def test_a_post_whose_answer_cannot_be_read_has_an_unknown_outcome(mock_client):
    async with mock_client(answer(201, b'{"id": 4, "subj')) as api:
        with pytest.raises(BadResponseError) as caught:
            await api.emails.create({"category": 1, "from_address": "a@example.com"})
    assert caught.value.outcome_unknown


@pytest.mark.parametrize(
    ("body", "call"),
    [
        (b'{"id": 1}', "list"),  # neither an array nor a page
        (b'{"results": [1, 2], "next": null}', "list"),  # a page of non-objects
        (b"[1, 2]", "get"),
        (b'"ok"', "create"),
    ],
)
async def test_json_of_the_wrong_shape_is_a_bad_response(mock_client, body, call):
    async with mock_client(answer(200, body)) as api:
        with pytest.raises(BadResponseError) as caught:
            if call == "list":
                await api.emails.list()
            elif call == "get":
                await api.emails.get(1)
            else:
                await api.emails.create({"category": 1})
    assert caught.value.reason is BadResponseReason.SHAPE


async def test_a_redirect_is_not_followed(mock_client):
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://portal.example/login"})

    async with mock_client(handler) as api:
        with pytest.raises(BadResponseError) as caught:
            await api.emails.list()
    assert caught.value.reason is BadResponseReason.REDIRECT
    assert "portal.example" in caught.value.message
    assert len(seen) == 1


async def test_field_errors_become_validation_error_fields(mock_client):
    body = (
        b'{"from_address": ["Enter a valid email address."], "category": ["This field is required."],'
        b' "config": {"min_send_interval": ["A valid integer is required."]}}'
    )
    async with mock_client(answer(400, body)) as api:
        with pytest.raises(ValidationError) as caught:
            await api.emails.create({"from_address": "nope"})
    error = caught.value
    assert error.fields == {
        "from_address": ["Enter a valid email address."],
        "category": ["This field is required."],
        "config.min_send_interval": ["A valid integer is required."],
    }
    assert "from_address: Enter a valid email address." in error.message
    assert (error.status, error.method, error.path) == (400, "POST", "emails/")


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, AuthenticationError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (400, ValidationError),
        (418, ApiError),
    ],
)
async def test_detail_messages_and_status_classes(mock_client, status, kind):
    async with mock_client(answer(status, b'{"detail": "Campaign is archived."}')) as api:
        with pytest.raises(kind) as caught:
            await api.campaigns.pause(3)
    assert type(caught.value) is kind
    assert "Campaign is archived." in caught.value.message
    assert caught.value.status == status and caught.value.path == "campaigns/3/pause/"
    assert not caught.value.outcome_unknown


async def test_an_action_may_answer_with_an_empty_body(mock_client):
    async with mock_client(answer(204, b"")) as api:
        assert await api.campaigns.start(3) == {}
        assert await api.segments.generate(3) == {}
