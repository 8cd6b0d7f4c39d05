"""multipart/form-data creates and rewrites: file parts, ``config`` as a JSON part, typed text parts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.integration.sandbox import objects

ADDRESSES = b"email,first_name\nanna@mail.example,Anna\nboris@mail.example,Boris\nchen@mail.example,Chen\n"


def _form(api: httpx.Client, kind: str = "campaigns", **fields: Any) -> dict[str, str]:
    """The text parts of a valid uploaded-list campaign."""
    type_field = "messages_type" if kind == "ab-campaigns" else "message_type"
    form = {type_field: "L", "message_id": str(objects.email(api)["id"]), "source_type": "U"}
    form.update({k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()})
    return form


def test_create_with_an_address_list_and_typed_parts(api: httpx.Client) -> None:
    form = _form(api, priority="7", start_immediately="false", send_during_hours="3",
                 planned_at="2026-12-01T09:00:00+00:00",
                 config={"min_send_interval": 30, "hook_url_template": "https://hooks.example/x"})
    extra = b"uid,coupon\n1,XMAS\n2,NY"  # no newline at the end: the last line still counts
    files = {
        "source_uploaded_csv": ("addresses.csv", ADDRESSES, "text/csv"),
        "additional_source_file": ("extra.csv", extra, "text/csv"),
    }
    response = api.post("campaigns/", data=form, files=files)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["source_uploaded_csv"] == {"name": "addresses.csv", "size": len(ADDRESSES), "rows": 4}
    assert body["additional_source_file"] == {"name": "extra.csv", "size": len(extra), "rows": 3}
    assert body["priority"] == 7 and body["send_during_hours"] == 3 and body["start_immediately"] is False
    assert body["config"] == {"min_send_interval": 30, "hook_url_template": "https://hooks.example/x"}
    assert body["source_id"] is None
    assert api.get(f"campaigns/{body['id']}/").json() == body


def test_ab_campaign_multipart_create_and_rewrite(api: httpx.Client) -> None:
    form = _form(api, "ab-campaigns", ab_percent="25", win_parameter="C")
    files = {"source_uploaded_csv": ("list.csv", ADDRESSES)}
    body = api.post("ab-campaigns/", data=form, files=files).json()
    assert body["ab_percent"] == 25 and body["messages_type"] == "L"
    rewrite = _form(api, "ab-campaigns", ab_percent="30")
    response = api.put(f"ab-campaigns/{body['id']}/", data=rewrite,
                       files={"source_uploaded_csv": ("second.csv", b"email\nx@mail.example\n")})
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["source_uploaded_csv"] == {"name": "second.csv", "size": 21, "rows": 2}
    assert after["ab_percent"] == 30 and after["win_parameter"] is None  # a rewrite: not sent, null


def test_text_parts_that_do_not_parse_are_field_errors(api: httpx.Client) -> None:
    form = _form(api, priority="high", start_immediately="maybe")
    form["message_id"] = "twelve"
    form["config"] = "{not json"
    response = api.post("campaigns/", data=form, files={"source_uploaded_csv": ("a.csv", ADDRESSES)})
    assert response.status_code == 400
    assert response.json() == {
        "message_id": ["A whole number is required."],
        "config": ["Must be a JSON object."],
        "priority": ["A whole number is required."],
        "start_immediately": ["Must be true or false."],
    }


def test_uploaded_source_needs_its_file_part(api: httpx.Client) -> None:
    form = _form(api)
    form["source_uploaded_csv"] = "addresses.csv"  # a text part is not a file
    response = api.post("campaigns/", data=form, files={"additional_source_file": ("x.csv", b"a\n")})
    assert response.status_code == 400
    assert response.json() == {"source_uploaded_csv": ["Send this file as a multipart/form-data file part."]}


def test_a_file_for_a_text_field_is_refused(api: httpx.Client) -> None:
    response = api.post("campaigns/", data=_form(api),
                        files={"source_uploaded_csv": ("a.csv", ADDRESSES), "tags": ("tags.txt", b"x")})
    assert response.status_code == 400
    assert response.json() == {"tags": ["Expected a text value, not a file."]}


def test_a_list_goes_with_source_type_u_only(api: httpx.Client) -> None:
    form = _form(api)
    form["source_type"] = "S"
    form["source_id"] = str(objects.segment(api)["id"])
    response = api.post("campaigns/", data=form, files={"source_uploaded_csv": ("a.csv", ADDRESSES)})
    expected = ["An address list file goes with source_type 'U' only."]
    assert response.json() == {"source_uploaded_csv": expected}


def test_the_client_directory_is_never_kept(api: httpx.Client) -> None:
    files = {"source_uploaded_csv": ("C:\\Users\\me\\..\\list.csv", ADDRESSES)}
    body = api.post("campaigns/", data=_form(api), files=files).json()
    assert body["source_uploaded_csv"]["name"] == "list.csv"


def test_automated_campaigns_take_no_multipart(api: httpx.Client) -> None:
    response = api.post("auto-campaigns/", data={"message_type": "L"}, files={"x": ("a.csv", b"1")})
    assert response.status_code == 415


def _peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to read the peak RSS")
def test_a_50_mb_list_streams_through_without_the_server_holding_it(
    sandbox_factory: Any, tmp_path: Path
) -> None:
    block = b"".join(b"user%06d@mail.example,Player %06d,de\n" % (i, i) for i in range(25_000))
    repeats = 50 * 1024 * 1024 // len(block) + 1
    big = tmp_path / "big.csv"
    with big.open("wb") as out:
        for _ in range(repeats):
            out.write(block)
    size = big.stat().st_size
    assert size > 50 * 1024 * 1024
    running = sandbox_factory()
    with httpx.Client(base_url=running.base_url, auth=running.auth, timeout=120) as client:
        email = objects.email(client)
        before = _peak_rss_kib(running.process.pid)
        with big.open("rb") as stream:
            response = client.post(
                "campaigns/",
                data={"message_type": "L", "message_id": str(email["id"]), "source_type": "U"},
                files={"source_uploaded_csv": ("big.csv", stream, "text/csv")},
            )
        after = _peak_rss_kib(running.process.pid)
    assert response.status_code == 201, response.text
    summary = response.json()["source_uploaded_csv"]
    assert summary == {"name": "big.csv", "size": size, "rows": 25_000 * repeats}
    grown_mib = (after - before) / 1024
    print(f"peak RSS of the sandbox grew by {grown_mib:.1f} MiB for a {size / 2**20:.0f} MiB upload")
    assert grown_mib < 20, f"the server's peak RSS grew by {grown_mib:.1f} MiB for a {size >> 20} MiB upload"
