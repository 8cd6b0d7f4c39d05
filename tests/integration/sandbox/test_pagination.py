"""Lists: a plain array for categories, pages ``{"count","next","previous","results"}`` elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.sandbox.launcher import start_sandbox

SEGMENTS = 53
Paged = tuple[httpx.Client, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def paged() -> Iterator[Paged]:
    """A sandbox of its own holding exactly ``SEGMENTS`` segments and as many categories."""
    with start_sandbox() as running, httpx.Client(base_url=running.base_url, auth=running.auth) as client:
        made = []
        for n in range(SEGMENTS):
            response = client.post("segments/", json={"name": f"S{n}", "condition": {}})
            assert response.status_code == 201
            made.append(response.json())
            assert client.post("categories/", json={"title": f"C{n}"}).status_code == 201
        yield client, made


def test_default_page_holds_50_and_links_the_next(paged: Paged) -> None:
    client, made = paged
    page = client.get("segments/").json()
    assert list(page) == ["count", "next", "previous", "results"]
    assert page["count"] == SEGMENTS
    assert page["results"] == made[:50]
    assert page["previous"] is None
    assert page["next"] == f"{client.base_url}segments/?page=2"
    second = httpx.get(page["next"], auth=client.auth).json()  # an absolute URL, usable as is
    assert second["results"] == made[50:]
    assert second["next"] is None
    assert second["previous"] == f"{client.base_url}segments/?page=1"


def test_following_next_visits_everything_once_in_id_order(
    paged: Paged,
) -> None:
    client, made = paged
    seen: list[dict[str, Any]] = []
    url: str | None = f"{client.base_url}segments/?page_size=7"
    pages = 0
    while url:
        page = client.get(url).json()
        assert len(page["results"]) <= 7
        seen.extend(page["results"])
        url = page["next"]
        pages += 1
        if url:
            assert "page_size=7" in url
    assert seen == made
    assert pages == 8  # 53 / 7, rounded up


@pytest.mark.parametrize("page", ["3", "9223372036854775807"])
def test_a_page_past_the_last_is_404(paged: Paged, page: str) -> None:
    client, _ = paged
    response = client.get("segments/", params={"page": page})
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}


# "²" and "٣" are digits to str.isdigit; int() refuses the first and reads the second as 3.
@pytest.mark.parametrize("name", ["page", "page_size"])
@pytest.mark.parametrize(
    "value", ["0", "-1", "two", "²", "٣", " 2", "2.0", "", "1e3", "9223372036854775808", "9" * 5000]
)
def test_page_numbers_are_whole_ascii_numbers_or_400(paged: Paged, name: str, value: str) -> None:
    client, _ = paged
    response = client.get("segments/", params={name: value})
    assert response.status_code == 400, response.text
    assert response.json() == {name: ["A whole number of 1 or more is required."]}


@pytest.mark.parametrize(("size", "expected"), [("1000", SEGMENTS), ("2", 2), ("50", 50)])
def test_page_size_is_bounded(
    paged: Paged, size: str, expected: int
) -> None:
    client, _ = paged
    assert len(client.get(f"segments/?page_size={size}").json()["results"]) == expected


def test_an_empty_list_is_one_empty_page(paged: Paged) -> None:
    client, _ = paged
    assert client.get("emails/").json() == {"count": 0, "next": None, "previous": None, "results": []}


def test_categories_answer_every_object_as_an_array(paged: Paged) -> None:
    client, _ = paged
    listed = client.get("categories/?page=2&page_size=5").json()
    assert isinstance(listed, list)
    assert [c["title"] for c in listed] == [f"C{n}" for n in range(SEGMENTS)]
