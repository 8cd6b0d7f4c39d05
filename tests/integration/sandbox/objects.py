"""Valid objects to build on, created over HTTP (each test makes its own, so none depend on order)."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

_serial = itertools.count(1)


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def category(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    return created(api.post("categories/", json={"title": f"Category {next(_serial)}", **fields}))


def email(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    payload = {"category": category(api)["category"], "from_address": "news@shop.example",
               "subject": f"Subject {next(_serial)}", **fields}
    return created(api.post("emails/", json=payload))


def segment(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    payload = {"name": f"Segment {next(_serial)}", "condition": {"all": []}, **fields}
    return created(api.post("segments/", json=payload))


def campaign_payload(api: httpx.Client, kind: str = "campaigns", **fields: Any) -> dict[str, Any]:
    """A valid JSON create body for ``campaigns``, ``ab-campaigns`` or ``auto-campaigns``."""
    type_field = "messages_type" if kind == "ab-campaigns" else "message_type"
    payload: dict[str, Any] = {type_field: "L", "message_id": email(api)["id"], "source_type": "S",
                               "source_id": segment(api)["id"]}
    payload.update(fields)
    return payload


def campaign(api: httpx.Client, kind: str = "campaigns", **fields: Any) -> dict[str, Any]:
    return created(api.post(f"{kind}/", json=campaign_payload(api, kind, **fields)))
