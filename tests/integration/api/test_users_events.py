"""Profiles one by one and in concurrent batches (duplicates merged first), and events."""

from __future__ import annotations

import httpx
import pytest

from app.api.errors import ValidationError

from .conftest import CountingTransport, client_for

DECLARED = ("pole1:String", "pole2:Int", "city:String")


async def test_upsert_keeps_only_declared_fields(api, unique):
    stored = await api.users.upsert(
        {"email": f"{unique}@example.com", "fields": {"pole1": "text", "pole2": 123, "undeclared": "x"}}
    )
    assert stored == {"email": f"{unique}@example.com", "fields": {"pole1": "text", "pole2": 123}}
    again = await api.users.upsert({"email": f"{unique}@example.com", "fields": {"city": "Oslo"}})
    assert again["fields"] == {"city": "Oslo"}


async def test_the_server_itself_refuses_two_hashmaps_for_one_profile(sandbox, unique):
    # Why upsert_many merges: the API rejects a batch that names one profile twice.
    twice = [{"uid": unique, "fields": {"pole1": "a"}}, {"uid": unique, "fields": {"pole2": 1}}]
    async with httpx.AsyncClient(auth=sandbox.auth) as bare:
        answer = await bare.post(sandbox.base_url + "users/batch/", json=twice)
    assert answer.status_code == 400


async def test_upsert_many_merges_duplicates_and_batches_concurrently(sandbox_factory):
    server = sandbox_factory(declare_fields=DECLARED)
    transport = CountingTransport()
    profiles = []
    for i in range(2500):
        profiles.append({"uid": f"u{i}", "fields": {"pole2": i}})
    # Later updates of the same people, by another identifier and by the same one.
    profiles.append({"uid": "u7", "email": "seven@example.com", "fields": {"city": "Rome"}})
    profiles.append({"email": "seven@example.com", "phone": "+390000007", "fields": {"pole1": "late"}})
    profiles.append({"uid": "u8", "fields": {"pole2": 800, "ignored": True}})
    progress: list[tuple[int, int]] = []
    async with client_for(server, transport=transport) as api:
        stored = await api.users.upsert_many(
            profiles, batch_size=1000, concurrency=4, on_progress=lambda d, t: progress.append((d, t))
        )
    assert len(stored) == 2500
    assert stored[7] == {
        "uid": "u7",
        "email": "seven@example.com",
        "phone": "+390000007",
        "fields": {"pole2": 7, "city": "Rome", "pole1": "late"},
    }
    assert stored[8] == {"uid": "u8", "fields": {"pole2": 800}}
    assert transport.sent == [("POST", "/api/v1/users/batch/")] * 3
    assert sorted(progress)[-1] == (2500, 2500) and len(progress) == 3


async def test_upsert_many_of_nothing_sends_nothing(api):
    assert await api.users.upsert_many([]) == []


async def test_events_are_sent_and_echoed(api, unique):
    echoed = await api.events.send("login_user", {"email": f"{unique}@example.com"})
    assert echoed["name"] == "login_user" and echoed["payload"] == {"email": f"{unique}@example.com"}
    with pytest.raises(ValidationError) as caught:
        await api.events.send("", {"email": "x"})
    assert "name" in caught.value.fields


async def test_upsert_merged_posts_the_profiles_as_they_are_in_one_request(sandbox_factory):
    server = sandbox_factory(declare_fields=DECLARED)
    transport = CountingTransport()
    profiles = [{"uid": f"m{i}", "fields": {"pole2": i, "ignored": True}} for i in range(1500)]
    async with client_for(server, transport=transport) as api:
        stored = await api.users.upsert_merged(profiles)
        assert await api.users.upsert_merged([]) == []
        # Not merged again: two hashmaps of one profile reach the server, which refuses them.
        with pytest.raises(ValidationError):
            await api.users.upsert_merged([{"uid": "m1"}, {"uid": "m1", "fields": {"pole2": 2}}])
    assert stored == [{"uid": f"m{i}", "fields": {"pole2": i}} for i in range(1500)]
    assert transport.sent == [("POST", "/api/v1/users/batch/")] * 2
