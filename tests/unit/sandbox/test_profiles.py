"""Profile upserts on a real SQLite file: merging by any key, the race guard, set-wise batches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sandbox.problems import Problem
from app.sandbox.profiles import STAMP, ProfileBook
from app.sandbox.store import Store


@pytest.fixture
def book(tmp_path: Path) -> Iterator[ProfileBook]:
    store = Store(tmp_path)
    with store.transaction():
        store.declare_fields({"city": "String", "level": "Int"})
    yield ProfileBook(store)
    store.close()


def test_updates_merge_into_the_profile_found_by_any_key(book: ProfileBook) -> None:
    book.upsert_one({"email": "a@mail.example", "fields": {"city": "Rome", "level": 1}})
    book.upsert_one({"uid": "u-1", "email": "a@mail.example", "fields": {"level": 2}})
    book.upsert_one({"uid": "u-1", "phone": "+39123", "fields": {"nope": 1}})
    assert book.count() == 1
    profile = book.find("phone", "+39123")
    assert profile is not None
    assert profile["uid"] == "u-1" and profile["email"] == "a@mail.example"
    assert profile["fields"] == {"city": "Rome", "level": 2}


def test_a_batch_may_touch_one_stored_profile_through_two_keys(book: ProfileBook) -> None:
    book.upsert_one({"uid": "u-2", "email": "b@mail.example", "fields": {"city": "Oslo"}})
    book.upsert_batch([
        {"uid": "u-2", "fields": {"level": 5}},
        {"email": "b@mail.example", "fields": {"city": "Bergen"}},
        {"uid": "u-3"},
    ])
    assert book.count() == 2
    profile = book.find("uid", "u-2")
    assert profile is not None
    assert profile["email"] == "b@mail.example"
    assert profile["fields"] == {"city": "Bergen", "level": 5}


def test_an_older_update_does_not_undo_a_newer_one(book: ProfileBook) -> None:
    book.upsert_one({"uid": "r", STAMP: "2026-05-01T12:00:00Z", "fields": {"level": 10}})
    book.upsert_one({"uid": "r", STAMP: "2026-05-01T11:59:59Z", "fields": {"level": 3}})  # late, stale
    assert book.find("uid", "r")["fields"] == {"level": 10}  # type: ignore[index]
    book.upsert_one({"uid": "r", "fields": {STAMP: "2026-05-02T00:00:00+00:00", "level": 11}})
    profile = book.find("uid", "r")
    assert profile is not None
    assert profile["fields"] == {"level": 11} and profile[STAMP] == "2026-05-02T00:00:00+00:00"


def test_without_a_guard_the_server_stamps_the_time(book: ProfileBook) -> None:
    book.upsert_one({"wp_token": "t"})
    profile = book.find("wp_token", "t")
    assert profile is not None and profile[STAMP].endswith("Z")


def test_shared_keys_in_one_batch_are_refused_before_anything_is_written(book: ProfileBook) -> None:
    with pytest.raises(Problem) as caught:
        book.upsert_batch([{"uid": "x"}, {"uid": "y"}, {"email": "e", "uid": "x"}])
    assert caught.value.status == 400
    assert "Items 0 and 2" in caught.value.body["detail"]
    assert book.count() == 0
