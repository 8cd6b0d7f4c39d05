"""`next` links the sandbox does not make: foreign origins, relative links, loops."""

from __future__ import annotations

import httpx
import orjson
import pytest

from app.api.errors import BadResponseError


def pages(*bodies: dict):
    requested: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url)
        return httpx.Response(200, content=orjson.dumps(bodies[len(requested) - 1]))

    return handler, requested


async def test_a_next_link_to_another_origin_is_followed_on_ours_only(mock_client):
    handler, requested = pages(
        {"count": 2, "next": "http://backend.internal:8000/api/v1/emails/?page=2", "results": [{"id": 1}]},
        {"count": 2, "next": None, "previous": "x", "results": [{"id": 2}]},
    )
    async with mock_client(handler) as api:
        assert await api.emails.list() == [{"id": 1}, {"id": 2}]
    assert [u.host for u in requested] == ["127.0.0.1", "127.0.0.1"]
    assert requested[1].port == 9 and requested[1].params["page"] == "2"


async def test_a_relative_next_link_is_resolved_against_the_current_page(mock_client):
    handler, requested = pages(
        {"next": "?page=2", "results": [{"id": 1}]},
        {"next": None, "results": []},
    )
    async with mock_client(handler) as api:
        assert await api.emails.list() == [{"id": 1}]
    assert str(requested[1]) == "http://127.0.0.1:9/api/v1/emails/?page=2"


async def test_a_next_link_that_loops_is_a_bad_response(mock_client):
    handler, _ = pages(
        {"next": "?page=2", "results": [{"id": 1}]},
        {"next": "?page=1", "results": [{"id": 2}]},
        {"next": "?page=2", "results": [{"id": 1}]},
    )
    async with mock_client(handler) as api:
        with pytest.raises(BadResponseError, match="finite list of pages"):
            await api.emails.list()
