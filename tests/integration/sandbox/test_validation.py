"""400 answers: field errors as ``{"field": ["message"]}``, request problems as ``{"detail": ...}``."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from tests.integration.sandbox import objects


def _errors(response: httpx.Response) -> dict[str, list[str]]:
    assert response.status_code == 400, response.text
    body = response.json()
    assert isinstance(body, dict) and all(
        isinstance(messages, list) and all(isinstance(m, str) for m in messages) for messages in body.values()
    ), body
    return body  # type: ignore[no-any-return]


def test_every_problem_is_reported_at_once(api: httpx.Client) -> None:
    errors = _errors(api.post("campaigns/", json={"message_type": "X", "message_id": True,
                                                 "source_type": "Z", "planned_at": "tomorrow"}))
    assert errors == {
        "message_type": ["'X' is not a valid choice; use one of L, W, G, S."],
        "message_id": ["A whole number is required."],
        "source_type": ["'Z' is not a valid choice; use one of U, S, A."],
        "planned_at": ["Enter a date and time like 2026-12-01T09:00:00+00:00."],
    }


@pytest.mark.parametrize("value", [True, "5", 1.5, [1]])
def test_ints_are_ints_and_bools_are_not(api: httpx.Client, value: Any) -> None:
    payload = objects.campaign_payload(api, priority=value)
    assert _errors(api.post("campaigns/", json=payload)) == {"priority": ["A whole number is required."]}


def test_config_errors_are_named_with_a_dot(api: httpx.Client) -> None:
    payload = objects.campaign_payload(
        api, config={"min_send_interval": "often", "hook_url_template": "ftp://hooks.example/x",
                     "send_by_uid": "yes", "unknown_flag": 1}
    )
    assert _errors(api.post("campaigns/", json=payload)) == {
        "config.min_send_interval": ["A whole number is required."],
        "config.hook_url_template": ["Enter a full web address starting with http:// or https://."],
        "config.send_by_uid": ["Must be true or false."],
    }
    payload["config"] = [1, 2]
    assert _errors(api.post("campaigns/", json=payload)) == {"config": ["Must be a JSON object."]}


@pytest.mark.parametrize(
    ("crontab", "message"),
    [
        ("* * *", "A schedule has five fields: minute, hour, day of month, month, day of week."),
        ("61 * * * *", "'61 * * * *' is not a valid crontab schedule."),
    ],
)
def test_crontab_syntax(api: httpx.Client, crontab: str, message: str) -> None:
    payload = objects.campaign_payload(api, "auto-campaigns", crontab=crontab)
    assert _errors(api.post("auto-campaigns/", json=payload)) == {"crontab": [message]}


def test_valid_automated_campaign(api: httpx.Client) -> None:
    body = objects.campaign(api, "auto-campaigns", crontab="0 9 * * 1-5", active=True,
                            run_from="2026-01-01T00:00:00Z", run_to="2026-12-31T23:59:59+00:00")
    assert body["crontab"] == "0 9 * * 1-5" and body["active"] is True


@pytest.mark.parametrize(("percent", "message"), [
    (0, "Ensure this value is greater than or equal to 1."),
    (100, "Ensure this value is less than or equal to 99."),
])
def test_ab_percent_range(api: httpx.Client, percent: int, message: str) -> None:
    payload = objects.campaign_payload(api, "ab-campaigns", ab_percent=percent, win_parameter="Q")
    assert _errors(api.post("ab-campaigns/", json=payload)) == {
        "ab_percent": [message],
        "win_parameter": ["'Q' is not a valid choice; use one of O, C, U."],
    }


def test_ab_campaign_with_message_type_is_told_about_messages_type(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api, "campaigns")  # message_type, as one-time campaigns spell it
    errors = _errors(api.post("ab-campaigns/", json=payload))
    assert list(errors) == ["messages_type"]
    assert errors["messages_type"][0].startswith("messages_type is required")
    assert "not message_type" in errors["messages_type"][0]


def test_message_id_must_name_an_existing_email(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api, message_id=987654)
    errors = _errors(api.post("campaigns/", json=payload))
    assert errors == {"message_id": ["There is no email with id 987654."]}


def test_segment_source_needs_an_existing_segment(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api, source_id=987654)
    errors = _errors(api.post("campaigns/", json=payload))
    assert errors == {"source_id": ["There is no segment with id 987654."]}
    del payload["source_id"]
    errors = _errors(api.post("campaigns/", json=payload))
    assert errors == {"source_id": ["A segment source ('S') needs source_id, the id of a segment."]}
    # Automated campaigns require source_id whatever the source.
    payload = objects.campaign_payload(api, "auto-campaigns", source_type="A")
    del payload["source_id"]
    assert _errors(api.post("auto-campaigns/", json=payload)) == {"source_id": ["This field is required."]}


def test_uploaded_source_takes_no_source_id_and_needs_a_file(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api, source_type="U")
    errors = _errors(api.post("campaigns/", json=payload))
    assert set(errors) == {"source_id", "source_uploaded_csv"}
    assert errors["source_id"][0].startswith("source_id is not sent with an uploaded file")
    assert errors["source_uploaded_csv"] == [
        "source_type 'U' needs the address list file as source_uploaded_csv."
    ]


def test_datafiles_cannot_travel_inside_json(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api, additional_source_file="a,b\n1,2\n")
    assert _errors(api.post("campaigns/", json=payload)) == {
        "additional_source_file": ["Send this file as a multipart/form-data file part."]
    }


def test_automated_campaign_cannot_use_an_uploaded_file(api: httpx.Client) -> None:
    payload = objects.campaign_payload(api, "auto-campaigns", source_type="U")
    errors = _errors(api.post("auto-campaigns/", json=payload))
    assert errors["source_type"][0].startswith("An automated campaign takes its audience from a segment")


def test_file_html_must_be_a_data_url(api: httpx.Client) -> None:
    category = objects.category(api)["category"]
    base = {"category": category, "from_address": "a@shop.example"}
    errors = _errors(api.post("emails/", json={**base, "file_html": "<html></html>",
                                               "file_html_ko": "data:text/html;base64,%%%"}))
    assert errors == {
        "file_html": ["Must be a data URL: data:text/html;base64,... or data:application/zip;base64,..."],
        "file_html_ko": ["The data URL does not hold valid base64."],
    }
    good = "data:text/html;base64," + base64.b64encode("<p>안녕하세요</p>".encode()).decode()
    assert api.post("emails/", json={**base, "file_html_ko": good}).status_code == 201


def test_malformed_json_is_a_detail(api: httpx.Client) -> None:
    response = api.post("emails/", content=b'{"category": 1,', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error")


def test_wrong_content_type_is_415(api: httpx.Client) -> None:
    form = "application/x-www-form-urlencoded"
    response = api.post("emails/", content=b"category=1", headers={"Content-Type": form})
    assert response.status_code == 415
    expected = f'Unsupported media type "{form}" in request: send application/json.'
    assert response.json() == {"detail": expected}
    # Multipart is for resources that take files; emails do not.
    response = api.post("emails/", files={"x": ("a.txt", b"1")})
    assert response.status_code == 415


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"42"])
def test_a_create_body_must_be_an_object(api: httpx.Client, body: bytes) -> None:
    response = api.post("segments/", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Expected a JSON object")


def test_an_empty_body_is_an_empty_object(api: httpx.Client) -> None:
    assert _errors(api.post("events/")) == {"name": ["This field is required."]}
