"""Requests an attacker (or a fuzzer) sends: the sandbox answers each with a 4xx naming the
problem, never a 500, and keeps serving."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.formats import INT64_MAX, INT64_MIN
from app.domain.validation import MAX_JSON_DEPTH
from tests.integration.sandbox import objects

TOO_LARGE = f"Ensure this value is less than or equal to {INT64_MAX}."
OUT_OF_RANGE = f"A whole number between {INT64_MIN} and {INT64_MAX} is required."


def _json(api: httpx.Client, method: str, path: str, text: str) -> httpx.Response:
    """Send ``text`` as it is: json.dumps would not write 1e400 or 20-digit integers for us."""
    return api.request(method, path, content=text.encode(), headers={"Content-Type": "application/json"})


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _still_serving(api: httpx.Client) -> None:
    assert api.get("categories/").status_code == 200


# -- 1. integers past 64 bits --------------------------------------------------------------------

@pytest.mark.parametrize("object_id", ["9223372036854775808", "18446744073709551616", "99999999999999999999",
                                       "9" * 5000])
@pytest.mark.parametrize("path", ["emails/{}/", "categories/{}/", "campaigns/{}/", "ab-campaigns/{}/start/",
                                  "segments/{}/generate/"])
def test_ids_past_64_bits_in_the_path_are_404(api: httpx.Client, path: str, object_id: str) -> None:
    url = path.format(object_id)
    method = "POST" if url.endswith(("start/", "generate/")) else "GET"
    response = api.request(method, url)
    assert response.status_code == 404, response.text
    assert "detail" in response.json()
    if not url.endswith(("start/", "generate/")):
        assert api.patch(url, json={"subject": "x"}).status_code in (404, 405)
        assert api.put(url, json={}).status_code == 404
    _still_serving(api)


@pytest.mark.parametrize("number", ["9223372036854775808", "18446744073709551615", "99999999999999999999",
                                    "1e308", "-9223372036854775809"])
def test_ids_past_64_bits_in_a_body_name_the_field(api: httpx.Client, number: str) -> None:
    expected = TOO_LARGE if not number.startswith("-") else (
        "Ensure this value is greater than or equal to 1."
    )
    payload = objects.campaign_payload(api)
    text = json.dumps(payload).replace(f'"message_id": {payload["message_id"]}', f'"message_id": {number}')
    response = _json(api, "POST", "campaigns/", text)
    assert response.status_code == 400, response.text
    assert response.json() == {"message_id": [expected]}

    text = json.dumps({"category": 1, "from_address": "a@shop.example"}).replace('"category": 1',
                                                                                f'"category": {number}')
    errors = _json(api, "POST", "emails/", text).json()
    assert errors["category"][0].startswith("Ensure this value is")


def test_config_and_limits_past_64_bits_name_the_field(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api, config={"min_send_interval": 1})
    text = json.dumps(payload).replace('"min_send_interval": 1', '"min_send_interval": 18446744073709551615')
    assert _json(api, "POST", "campaigns/", text).json() == {"config.min_send_interval": [TOO_LARGE]}
    text = '{"name": "n", "condition": {}, "segment_limit": 9223372036854775808}'
    assert _json(api, "POST", "segments/", text).json() == {"segment_limit": [TOO_LARGE]}


def test_a_whole_number_sent_as_3_0_is_stored_as_3(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api)
    text = json.dumps({**payload, "priority": 3.0, "config": {"min_send_interval": 60.0}})
    created = _json(api, "POST", "campaigns/", text)
    assert created.status_code == 201, created.text
    assert created.json()["priority"] == 3 and created.json()["config"] == {"min_send_interval": 60}
    assert '"priority":3,' in created.text


@pytest.mark.parametrize(
    ("value", "message"),
    [("1e308", OUT_OF_RANGE), ('"99999999999999999999"', OUT_OF_RANGE), ("9223372036854775808", OUT_OF_RANGE),
     ('"1_000"', "A whole number is required."), ('"٣"', "A whole number is required."),
     ('" 12"', "A whole number is required.")],
)
def test_an_int_profile_field_past_64_bits_names_the_field(
    api: httpx.Client, value: str, message: str
) -> None:
    # the session sandbox declares pole2:Int
    text = f'{{"uid": "big-int", "fields": {{"pole2": {value}}}}}'
    response = _json(api, "POST", "users/", text)
    assert response.status_code == 400, response.text
    assert response.json() == {"fields.pole2": [f"{message} ('pole2' is declared as Int.)"]}
    batch = _json(api, "POST", "users/batch/", f"[{text}]")
    assert batch.json() == {"0.fields.pole2": [f"{message} ('pole2' is declared as Int.)"]}


def test_an_int_profile_field_takes_every_64_bit_value(api: httpx.Client) -> None:
    for value, stored in ((f'"{INT64_MAX}"', INT64_MAX), (str(INT64_MIN), INT64_MIN), ("42.0", 42)):
        response = _json(api, "POST", "users/", f'{{"uid": "edge", "fields": {{"pole2": {value}}}}}')
        assert response.status_code == 201, response.text
        assert response.json()["fields"]["pole2"] == stored


@pytest.mark.parametrize(
    ("name", "value"),
    [("project_id", "99999999999999999999"), ("project_id", "ge:9223372036854775808"),
     ("message", "L_9223372036854775808"), ("message", "in:L_1,L_99999999999999999999"),
     ("post", "S_18446744073709551616"), ("project_id", "٣")],
)
def test_statistics_filters_past_64_bits_are_an_error_naming_the_filter(
    api: httpx.Client, name: str, value: str
) -> None:
    response = api.get("stats/", params=[("fields", "sum_total"), (name, value)])
    assert response.status_code == 200  # the report builder's way: the reason is in error
    body = response.json()
    assert body["result"] == [] and body["error"].startswith(f"{name}: ")
    assert "is not a valid value" in body["error"]


# -- 2. deep JSON ----------------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH, 254, 500, 1023, 1100])
def test_deeply_nested_json_is_400_wherever_it_is(api: httpx.Client, depth: int) -> None:
    bodies = [
        ("POST", "segments/", f'{{"name": "deep", "condition": {_nested(depth)}}}'),
        ("POST", "events/", f'{{"name": "deep", "payload": {{"a": {_nested(depth)}}}}}'),
        ("POST", "campaigns/", f'{{"message_type": "L", "config": {{"x": {_nested(depth)}}}}}'),
        ("POST", "users/", f'{{"uid": "deep", "fields": {{"pole1": {_nested(depth)}}}}}'),
        ("POST", "users/batch/", f'[{{"uid": "deep", "fields": {{"pole1": {_nested(depth)}}}}}]'),
    ]
    for method, path, text in bodies:
        response = _json(api, method, path, text)
        assert response.status_code == 400, (path, depth, response.text[:200])
        detail = response.json()["detail"]
        assert (f"nests more than {MAX_JSON_DEPTH} levels" in detail) or detail.startswith("JSON parse error")
    _still_serving(api)


def test_json_just_within_the_limit_is_stored_and_listed(api: httpx.Client) -> None:
    # the body is level 1, so the condition may nest one level less
    text = f'{{"name": "deepest allowed", "condition": {_nested(MAX_JSON_DEPTH - 1)}}}'
    created = _json(api, "POST", "segments/", text)
    assert created.status_code == 201, created.text[:300]
    segment_id = created.json()["id"]
    assert api.get(f"segments/{segment_id}/").status_code == 200
    # a page wraps the stored object twice more: it must still be writable
    listed = api.get("segments/", params={"page_size": 500})
    assert listed.status_code == 200
    assert segment_id in [s["id"] for s in listed.json()["results"]]


# -- 3. body size, however it is sent --------------------------------------------------------

def _peak_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc status")


@pytest.fixture
def small_limit(sandbox_factory: Any) -> Iterator[tuple[httpx.Client, int]]:
    running = sandbox_factory(extra_args=("--max-json-mb", "1"))
    with httpx.Client(base_url=running.base_url, auth=running.auth, timeout=120) as client:
        yield client, running.process.pid


def test_a_chunked_body_over_the_limit_is_413_and_memory_stays_flat(
    small_limit: tuple[httpx.Client, int],
) -> None:
    client, pid = small_limit
    assert client.post("events/", json={"name": "warm-up"}).status_code == 201
    before = _peak_rss_kb(pid)
    chunk = b" " * 65536
    sent = 64 * 1024 * 1024

    def body() -> Iterator[bytes]:  # no Content-Length: the server learns the size only by reading
        for _ in range(sent // len(chunk)):
            yield chunk

    response = client.post("users/batch/", content=body(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {"detail": "A JSON body may be at most 1 MB."}
    grown_mb = (_peak_rss_kb(pid) - before) / 1024
    # Reading it whole would have cost 64 MB at least; the server kept at most the 1 MB limit.
    assert grown_mb < 16, f"the server's peak memory grew by {grown_mb:.0f} MB for a body it refused"
    assert client.get("categories/").status_code == 200  # and it still answers


def test_a_declared_length_over_the_limit_is_413(small_limit: tuple[httpx.Client, int]) -> None:
    client, _ = small_limit
    payload = json.dumps({"name": "big", "payload": {"text": "x" * (2 * 1024 * 1024)}})
    response = client.post("events/", content=payload, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {"detail": "A JSON body may be at most 1 MB."}


def test_a_body_within_the_limit_is_read_whole(small_limit: tuple[httpx.Client, int]) -> None:
    client, _ = small_limit
    text = json.dumps({"name": "fits", "payload": {"text": "x" * 900_000}}).encode()

    def body() -> Iterator[bytes]:
        for start in range(0, len(text), 4096):
            yield text[start:start + 4096]

    response = client.post("events/", content=body(), headers={"Content-Type": "application/json"})
    assert response.status_code == 201, response.text[:200]
    assert len(response.json()["payload"]["text"]) == 900_000


def test_the_limit_is_described(small_limit: tuple[httpx.Client, int]) -> None:
    client, _ = small_limit
    described = client.get("openapi.json").json()["components"]["responses"]["TooLarge"]["description"]
    assert described == "A JSON body over 1 MB"


# -- 4. query parameters -----------------------------------------------------------------------

def test_unknown_list_parameters_are_named(api: httpx.Client) -> None:
    response = api.get("emails/", params={"pagesize": "5", "page": "1"})
    assert response.status_code == 400
    assert response.json() == {"pagesize": ["Unknown parameter; use page or page_size."]}
    assert api.get("categories/", params={"sort": "title"}).status_code == 400
    assert api.get("categories/", params={"page": "2"}).status_code == 200  # categories are not paged


# -- 7. statistics periods that end before they start -------------------------------------------

def test_a_period_that_ends_before_it_starts_is_an_error(api: httpx.Client) -> None:
    params = [("fields", "date,sum_delivered"), ("date", "ge:2026-03-10"), ("date", "le:2026-03-01")]
    body = api.get("stats/", params=params).json()
    assert body == {
        "metadata": {"ready": True}, "result": [],
        "error": "date: the period ends on 2026-03-01, before it starts on 2026-03-10; swap the two dates",
    }
    # a start after today is not reversed: it is a period with nothing in it yet
    future = time.strftime("%Y", time.gmtime(time.time() + 400 * 86400))
    body = api.get("stats/", params=[("fields", "sum_delivered"), ("date", f"ge:{future}-12-31")]).json()
    assert body["error"] is None and body["result"] == [{"sum_delivered": 0}]
