"""Profiles: declared fields only, typed; batches answer 202 and take one hashmap per profile."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest

# The session sandbox declares pole1:String, pole2:Int and city:String (tests/conftest.py).
_serial = itertools.count(1)


def _address() -> str:
    return f"user{next(_serial)}@mail.example"


def test_one_profile_echoes_only_what_was_stored(api: httpx.Client) -> None:
    email = _address()
    fields = {"pole1": "text", "pole2": 123, "pole9": 1}
    response = api.post("users/", json={"email": email, "fields": fields})
    assert response.status_code == 201
    assert response.json() == {"email": email, "fields": {"pole1": "text", "pole2": 123}}


def test_declared_types_are_coerced(api: httpx.Client) -> None:
    response = api.post("users/", json={"uid": "coerce-1", "fields": {"pole1": 42, "pole2": "17"}})
    assert response.json() == {"uid": "coerce-1", "fields": {"pole1": "42", "pole2": 17}}


def test_a_value_of_the_wrong_type_is_a_field_error(api: httpx.Client) -> None:
    response = api.post("users/", json={"uid": "bad-type", "fields": {"pole2": "many"}})
    assert response.status_code == 400
    assert response.json() == {"fields.pole2": ["A whole number is required. ('pole2' is declared as Int.)"]}


def test_a_profile_needs_an_identity(api: httpx.Client) -> None:
    response = api.post("users/", json={"fields": {"pole1": "nobody"}})
    assert response.status_code == 400
    assert response.json() == {"detail": "A profile needs at least one of uid, phone, email or wp_token."}
    assert api.post("users/", json=[{"uid": "x"}]).json() == {"detail": "Send one profile as a JSON object."}


def test_identity_keys_must_be_text(api: httpx.Client) -> None:
    response = api.post("users/", json={"uid": 5, "email": ["a@b.c"]})
    assert response.status_code == 400
    assert response.json() == {"uid": ["Must be text."], "email": ["Must be text."]}


def test_a_numeric_phone_is_taken_as_text(api: httpx.Client) -> None:
    assert api.post("users/", json={"phone": 4915112345678}).json() == {"phone": "4915112345678"}


def test_batch_answers_202_with_what_was_stored(api: httpx.Client) -> None:
    first, second = _address(), _address()
    body = [
        {"email": first, "fields": {"pole1": "text1", "pole2": 123, "unknown": True}},
        {"email": second, "wp_token": "tok-2", "fields": {"pole2": 777}},
    ]
    response = api.post("users/batch/", json=body)
    assert response.status_code == 202
    assert response.json() == [
        {"email": first, "fields": {"pole1": "text1", "pole2": 123}},
        {"email": second, "wp_token": "tok-2", "fields": {"pole2": 777}},
    ]


@pytest.mark.parametrize("key", ["uid", "phone", "email", "wp_token"])
def test_two_hashmaps_for_one_profile_are_refused(api: httpx.Client, key: str) -> None:
    shared = f"{key}-{next(_serial)}"
    body = [{key: shared, "fields": {"pole1": "a"}}, {"uid": f"other-{shared}"}, {key: shared}]
    response = api.post("users/batch/", json=body)
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert f"Items 0 and 2 of the array share {key} '{shared}'" in detail
    assert "one hashmap per profile" in detail


def test_batch_errors_name_the_item(api: httpx.Client) -> None:
    body: list[Any] = [{"uid": "ok-1"}, {"uid": "bad-1", "fields": {"pole2": "x"}}]
    response = api.post("users/batch/", json=body)
    assert response.status_code == 400
    message = "A whole number is required. ('pole2' is declared as Int.)"
    assert response.json() == {"1.fields.pole2": [message]}
    assert api.post("users/batch/", json=[{"uid": "ok"}, {"fields": {}}]).json() == {
        "detail": "Item 1: A profile needs at least one of uid, phone, email or wp_token."
    }
    assert api.post("users/batch/", json={"uid": "x"}).json() == {
        "detail": "Send a JSON array of profiles, one hashmap per profile."
    }
    response = api.post("users/batch/", json=[1])
    assert response.json() == {"detail": "Item 0 of the array is not a JSON object."}


def test_race_guard_is_accepted_and_checked(api: httpx.Client) -> None:
    stamp = "2026-01-02T03:04:05+00:00"
    response = api.post("users/", json={"uid": "guarded", "update_profile_last_updated_at": stamp})
    assert response.json() == {"uid": "guarded", "update_profile_last_updated_at": stamp}
    response = api.post("users/", json={"uid": "guarded", "update_profile_last_updated_at": "yesterday"})
    assert response.status_code == 400
    assert list(response.json()) == ["update_profile_last_updated_at"]


def test_a_thousand_profiles_in_one_batch(api: httpx.Client) -> None:
    body = [{"uid": f"bulk-{n}", "fields": {"pole2": n, "city": "Berlin"}} for n in range(1000)]
    response = api.post("users/batch/", json=body)
    assert response.status_code == 202
    assert response.json()[999] == {"uid": "bulk-999", "fields": {"pole2": 999, "city": "Berlin"}}


def test_undeclared_fields_are_dropped_in_a_project_that_declares_nothing(sandbox_factory: Any) -> None:
    running = sandbox_factory()
    response = httpx.post(running.base_url + "users/", auth=running.auth,
                          json={"email": "a@mail.example", "fields": {"pole1": "x"}})
    assert response.status_code == 201
    assert response.json() == {"email": "a@mail.example", "fields": {}}


def test_every_declared_type(sandbox_factory: Any) -> None:
    running = sandbox_factory(declare_fields=("n:Int", "f:Float", "b:Bool", "d:Date", "s:String"))
    fields = {"n": "12", "f": "2.5", "b": "true", "d": "2026-03-01", "s": "text"}
    response = httpx.post(running.base_url + "users/", auth=running.auth, json={"uid": "u", "fields": fields})
    assert response.json()["fields"] == {"n": 12, "f": 2.5, "b": True, "d": "2026-03-01", "s": "text"}
    bad = {"n": 1.5, "f": "x", "b": "maybe", "d": "01/03/2026", "s": {"a": 1}}
    response = httpx.post(running.base_url + "users/", auth=running.auth, json={"uid": "u", "fields": bad})
    assert response.status_code == 400
    assert set(response.json()) == {f"fields.{name}" for name in bad}
