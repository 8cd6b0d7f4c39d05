"""``--data DIR``: everything survives a restart; without it, nothing is written to disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tests.integration.sandbox import objects


def test_a_restart_with_the_same_directory_keeps_everything(sandbox_factory: Any, tmp_path: Path) -> None:
    data = tmp_path / "not-yet" / "there"
    first = sandbox_factory(data_dir=data, declare_fields=("city:String",), secret="s1")
    with httpx.Client(base_url=first.base_url, auth=first.auth) as api:
        category = objects.category(api, title_zn="类别")
        email = objects.email(api, subject_ko="안녕하세요")
        campaign = objects.campaign(api)
        started = api.post(f"campaigns/{campaign['id']}/start/").json()
        api.post("users/batch/", json=[{"uid": f"p{n}", "fields": {"city": "Rome"}} for n in range(25)])
        api.post("events/", json={"name": "purchase", "payload": {"sum": 10}})
        report = api.get("stats/", params={"fields": "post,sum_sended", "post": f"S_{campaign['id']}"}).json()
    first.stop()
    assert (data / "sandbox.sqlite3").is_file()

    second = sandbox_factory(data_dir=data, secret="s2")  # no fields declared this time
    with httpx.Client(base_url=second.base_url, auth=second.auth) as api:
        assert api.get(f"categories/{category['category']}/").json() == category
        assert api.get(f"emails/{email['id']}/").json() == email
        assert api.get(f"campaigns/{campaign['id']}/").json() == started
        assert objects.category(api)["category"] == max(c["category"] for c in api.get("categories/").json())
        again = api.get("stats/", params={"fields": "post,sum_sended", "post": f"S_{campaign['id']}"}).json()
        assert again == report and report["result"][0]["sum_sended"] > 0
        segment = objects.segment(api)
        assert api.post(f"segments/{segment['id']}/generate/").json()["size"] == 25
        # The project's declared fields are part of its data.
        echo = api.post("users/", json={"uid": "p1", "fields": {"city": "Milan"}}).json()
        assert echo == {"uid": "p1", "fields": {"city": "Milan"}}


def test_without_a_directory_nothing_is_kept(sandbox_factory: Any) -> None:
    first = sandbox_factory()
    with httpx.Client(base_url=first.base_url, auth=first.auth) as api:
        objects.category(api)
    first.stop()
    second = sandbox_factory()
    with httpx.Client(base_url=second.base_url, auth=second.auth) as api:
        assert api.get("categories/").json() == []
