"""Lists in both shapes: a plain array (categories) and pages followed to the end (emails)."""

from __future__ import annotations

from .conftest import CountingTransport, client_for


async def test_pages_are_followed_to_the_end_and_arrays_taken_whole(sandbox_factory):
    fresh = sandbox_factory()
    transport = CountingTransport()
    async with client_for(fresh, transport=transport) as api:
        categories = [await api.categories.create({"title": f"c{i}", "description": "d"}) for i in range(3)]
        created = []
        for i in range(123):  # the sandbox pages by 50: three pages
            created.append(
                await api.emails.create(
                    {"category": categories[i % 3]["category"], "from_address": "a@example.com",
                     "internal_name": f"email {i:03d}"}
                )
            )  # fmt: skip
        transport.sent.clear()
        listed = await api.emails.list()
        assert [e["id"] for e in listed] == [e["id"] for e in created]
        assert [e["internal_name"] for e in listed] == [f"email {i:03d}" for i in range(123)]
        assert transport.sent == [("GET", "/api/v1/emails/")] * 3
        transport.sent.clear()
        assert await api.categories.list() == categories
        assert transport.sent == [("GET", "/api/v1/categories/")]


async def test_an_empty_list_is_an_empty_list(sandbox_factory):
    async with client_for(sandbox_factory()) as api:
        assert await api.emails.list() == []
        assert await api.categories.list() == []
        assert await api.auto_campaigns.list() == []
