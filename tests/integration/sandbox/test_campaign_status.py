"""Campaign life: new -start-> running -pause-> paused -resume-> running; archive from any; 409 otherwise."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.sandbox import objects

KINDS = ["campaigns", "ab-campaigns", "auto-campaigns"]
POST_TYPE = {"campaigns": "S", "ab-campaigns": "B", "auto-campaigns": "A"}


def _act(api: httpx.Client, kind: str, object_id: int, action: str) -> httpx.Response:
    return api.post(f"{kind}/{object_id}/{action}/")


@pytest.mark.parametrize("kind", KINDS)
def test_the_whole_life_of_a_campaign(api: httpx.Client, kind: str) -> None:
    body = objects.campaign(api, kind)
    stamps = [body["updated_at"]]
    for action, status in [("start", "running"), ("pause", "paused"), ("resume", "running"),
                           ("pause", "paused"), ("archive", "archived")]:
        response = _act(api, kind, body["id"], action)
        assert response.status_code == 200, response.text
        assert response.json()["status"] == status
        stamps.append(response.json()["updated_at"])
    assert stamps == sorted(set(stamps))
    assert api.get(f"{kind}/{body['id']}/").json()["status"] == "archived"


@pytest.mark.parametrize(
    ("path", "action", "message"),
    [
        ([], "pause", "it is new, and only a running campaign can be paused"),
        ([], "resume", "it is new, and only a paused campaign can be resumed"),
        (["start"], "start", "it is running, and only a new campaign can be started"),
        (["start"], "resume", "it is running, and only a paused campaign can be resumed"),
        (["start", "pause"], "pause", "it is paused, and only a running campaign can be paused"),
        (["start", "pause"], "start", "it is paused, and only a new campaign can be started"),
        (["archive"], "archive", "it is archived, and it is archived already"),
        (["archive"], "start", "it is archived, and only a new campaign can be started"),
        (["start", "archive"], "resume", "it is archived, and only a paused campaign can be resumed"),
    ],
)
def test_transitions_that_make_no_sense_answer_409(
    api: httpx.Client, path: list[str], action: str, message: str
) -> None:
    body = objects.campaign(api)
    for step in path:
        assert _act(api, "campaigns", body["id"], step).status_code == 200
    before = api.get(f"campaigns/{body['id']}/").json()
    response = _act(api, "campaigns", body["id"], action)
    assert response.status_code == 409
    assert response.json() == {"detail": f"Cannot {action} campaign {body['id']}: {message}."}
    assert api.get(f"campaigns/{body['id']}/").json() == before  # nothing changed


def test_archive_works_from_new_and_paused(api: httpx.Client) -> None:
    for steps in ([], ["start", "pause"]):
        body = objects.campaign(api, "ab-campaigns")
        for step in steps:
            _act(api, "ab-campaigns", body["id"], step)
        assert _act(api, "ab-campaigns", body["id"], "archive").json()["status"] == "archived"


def test_an_archived_campaign_cannot_be_rewritten(api: httpx.Client) -> None:
    body = objects.campaign(api, "auto-campaigns")
    _act(api, "auto-campaigns", body["id"], "archive")
    response = api.put(f"auto-campaigns/{body['id']}/", json=objects.campaign_payload(api, "auto-campaigns"))
    assert response.status_code == 409
    assert response.json() == {
        "detail": f"Automated campaign {body['id']} is archived and can no longer be changed."
    }


def test_a_paused_campaign_can_be_rewritten_and_stays_paused(api: httpx.Client) -> None:
    body = objects.campaign(api)
    _act(api, "campaigns", body["id"], "start")
    _act(api, "campaigns", body["id"], "pause")
    response = api.put(f"campaigns/{body['id']}/", json=objects.campaign_payload(api, tags="edited"))
    assert response.status_code == 200
    assert response.json()["status"] == "paused" and response.json()["tags"] == "edited"


@pytest.mark.parametrize("kind", KINDS)
def test_start_immediately_creates_it_running(api: httpx.Client, kind: str) -> None:
    body = objects.campaign(api, kind, start_immediately=True)
    assert body["status"] == "running"
    assert _act(api, kind, body["id"], "start").status_code == 409


@pytest.mark.parametrize("kind", KINDS)
def test_a_started_campaign_has_statistics(api: httpx.Client, kind: str) -> None:
    body = objects.campaign(api, kind)
    post = f"{POST_TYPE[kind]}_{body['id']}"
    query = {"fields": "post,sum_sended,sum_delivered", "post": post}
    before = api.get("stats/", params=query).json()
    assert before["error"] is None and before["result"][-1]["sum_sended"] == 0  # only the totals row
    _act(api, kind, body["id"], "start")
    after = api.get("stats/", params=query).json()
    assert after["error"] is None
    rows = after["result"]
    assert rows[0]["post"] == post and rows[0]["sum_sended"] > 0
    assert rows[-1]["sum_delivered"] == sum(row["sum_delivered"] for row in rows[:-1])
