"""Create, get, rewrite (PUT), edit (PATCH) of every resource, with the reference's quirks."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from app.api.endpoints import ENDPOINTS
from app.domain.languages import LANGUAGES, SuffixStyle, field_name
from app.domain.schema import CAMPAIGN, CATEGORY, EMAIL
from tests.integration.sandbox import objects


def _stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    assert moment.utcoffset() is not None and moment.utcoffset().total_seconds() == 0, text
    return moment


def test_category_uses_category_as_its_id_and_zn_for_chinese(api: httpx.Client) -> None:
    body = objects.category(api, title_zn="欢迎回来", description_zn="回来有礼物", title_zh="ignored")
    assert "id" not in body
    assert isinstance(body["category"], int)
    assert body["project_id"] == 110
    assert body["title_zn"] == "欢迎回来" and body["description_zn"] == "回来有礼物"
    assert "title_zh" not in body  # emails spell Chinese _zh; categories do not know that field
    # Every schema field is present, null when not sent.
    assert set(CATEGORY.names) <= set(body)
    assert body["title_ko"] is None
    fetched = api.get(f"categories/{body['category']}/")
    assert fetched.status_code == 200 and fetched.json() == body


def test_categories_list_is_a_plain_array(api: httpx.Client) -> None:
    made = objects.category(api)
    listed = api.get("categories/").json()
    assert isinstance(listed, list)
    assert made in listed
    ids = [c["category"] for c in listed]
    assert ids == sorted(ids)


def test_email_has_every_field_and_zh_for_chinese(api: httpx.Client) -> None:
    body = objects.email(api, subject_zh="你好", text_html_zh="<p>你好</p>", subject_zn="not a field")
    assert body["subject_zh"] == "你好" and body["text_html_zh"] == "<p>你好</p>"
    assert "subject_zn" not in body
    assert set(EMAIL.names) <= set(body)
    for lang in LANGUAGES:
        assert field_name("x_amp_html", lang, SuffixStyle.EMAIL) in body
    assert body["in_archive"] is False  # create ignores in_archive
    created, updated = _stamp(body["created_at"]), _stamp(body["updated_at"])
    assert created == updated


def test_email_put_rewrites_the_whole_object(api: httpx.Client) -> None:
    body = objects.email(api, subject_de="Hallo", internal_name="first")
    rewrite = {"category": body["category"], "from_address": "other@shop.example", "in_archive": True}
    response = api.put(f"emails/{body['id']}/", json=rewrite)
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["from_address"] == "other@shop.example"
    assert after["in_archive"] is True
    assert after["subject_de"] is None and after["internal_name"] is None  # not sent: null
    assert after["created_at"] == body["created_at"]
    assert _stamp(after["updated_at"]) > _stamp(body["updated_at"])
    assert api.get(f"emails/{body['id']}/").json() == after


def test_email_put_requires_the_required_fields(api: httpx.Client) -> None:
    body = objects.email(api)
    response = api.put(f"emails/{body['id']}/", json={"subject": "only this"})
    assert response.status_code == 400
    assert response.json() == {
        "category": ["This field is required."],
        "from_address": ["This field is required."],
    }


def test_email_patch_changes_only_what_is_sent(api: httpx.Client) -> None:
    body = objects.email(api, subject_fr="Bonjour", internal_name="keep me")
    response = api.patch(f"emails/{body['id']}/", json={"subject_fr": "Salut", "in_archive": True})
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["subject_fr"] == "Salut" and after["in_archive"] is True
    assert after["internal_name"] == "keep me" and after["from_address"] == body["from_address"]
    assert _stamp(after["updated_at"]) > _stamp(body["updated_at"])


def test_patch_checks_only_the_fields_sent(api: httpx.Client) -> None:
    body = objects.email(api)
    response = api.patch(f"emails/{body['id']}/", json={"category": "five", "is_urgent": 1})
    assert response.status_code == 400
    assert response.json() == {
        "category": ["A whole number is required."],
        "is_urgent": ["Must be true or false."],
    }
    # Clearing a required field by PATCH is refused too.
    assert api.patch(f"emails/{body['id']}/", json={"from_address": None}).json() == {
        "from_address": ["This field is required."]
    }


def test_updated_at_changes_on_every_write(api: httpx.Client) -> None:
    body = objects.category(api)
    stamps = [body["updated_at"]]
    for n in range(5):
        response = api.patch(f"categories/{body['category']}/", json={"title": f"t{n}"})
        stamps.append(response.json()["updated_at"])
    assert [_stamp(s) for s in stamps] == sorted({_stamp(s) for s in stamps})  # strictly increasing


def test_category_put_and_patch(api: httpx.Client) -> None:
    body = objects.category(api, description="old", title_ru="Старое")
    put = api.put(f"categories/{body['category']}/", json={"title": "New", "title_zn": "新"}).json()
    assert put["title"] == "New" and put["title_zn"] == "新" and put["description"] is None
    assert put["title_ru"] is None
    patched = api.patch(f"categories/{body['category']}/", json={"description_zn": "描述"}).json()
    assert patched["title"] == "New" and patched["description_zn"] == "描述"


def test_segment_crud_and_generate(api: httpx.Client) -> None:
    body = objects.segment(api, tags="vip", segment_limit=1)
    assert body["generated_at"] is None and body["size"] is None
    api.post("users/", json={"uid": "segment-test-user", "fields": {}})
    generated = api.post(f"segments/{body['id']}/generate/")
    assert generated.status_code == 200
    after = generated.json()
    assert after["size"] == 1  # at least one profile exists, capped by segment_limit 1
    _stamp(after["generated_at"])
    patched = api.patch(f"segments/{body['id']}/", json={"name": "Renamed"}).json()
    assert patched["name"] == "Renamed" and patched["generated_at"] == after["generated_at"]
    replaced = api.put(f"segments/{body['id']}/", json={"name": "R", "condition": {"any": [1]}}).json()
    assert replaced["tags"] is None and replaced["segment_limit"] is None
    assert replaced["size"] == 1  # the last generation is state, not content: a rewrite keeps it


def test_segment_requires_name_and_condition(api: httpx.Client) -> None:
    response = api.post("segments/", json={"tags": "x", "segment_limit": -1})
    assert response.status_code == 400
    assert response.json() == {
        "name": ["This field is required."],
        "condition": ["This field is required."],
        "segment_limit": ["Ensure this value is greater than or equal to 0."],
    }


@pytest.mark.parametrize("kind", ["campaigns", "ab-campaigns", "auto-campaigns"])
def test_campaign_create_get_put(api: httpx.Client, kind: str) -> None:
    body = objects.campaign(api, kind, tags="t1", priority=3, config={"min_send_interval": 60})
    assert body["status"] == "new"
    assert body["config"] == {"min_send_interval": 60}
    assert api.get(f"{kind}/{body['id']}/").json() == body
    payload = objects.campaign_payload(api, kind)
    replaced = api.put(f"{kind}/{body['id']}/", json=payload)
    assert replaced.status_code == 200, replaced.text
    after = replaced.json()
    assert after["tags"] is None and after["priority"] is None and after["config"] is None
    assert after["message_id"] == payload["message_id"]
    assert after["status"] == "new" and after["created_at"] == body["created_at"]


def test_campaign_has_every_field(api: httpx.Client) -> None:
    body = objects.campaign(api)
    assert set(CAMPAIGN.names) | {"id", "project_id", "status", "created_at", "updated_at"} == set(body)


def test_ab_campaign_uses_messages_type(api: httpx.Client) -> None:
    body = objects.campaign(api, "ab-campaigns", ab_percent=20, win_parameter="U")
    assert body["messages_type"] == "L" and "message_type" not in body
    assert body["ab_percent"] == 20 and body["win_parameter"] == "U"


def test_unknown_ids_answer_404(api: httpx.Client) -> None:
    for path in ("emails/999999/", "categories/999999/", "segments/999999/", "campaigns/999999/",
                 "ab-campaigns/999999/", "auto-campaigns/999999/"):
        response = api.get(path)
        assert response.status_code == 404, path
        assert "999999" in response.json()["detail"]
    assert api.post("campaigns/999999/start/").status_code == 404
    assert api.post("segments/999999/generate/").status_code == 404
    assert api.patch("emails/999999/", json={"subject": "x"}).status_code == 404
    assert api.get("no-such-resource/").json() == {"detail": "Not found."}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PATCH", "campaigns/1/"),  # campaigns have no edit
        ("PATCH", "ab-campaigns/1/"),
        ("DELETE", "emails/1/"),
        ("GET", "users/"),
        ("GET", "events/"),
        ("POST", "stats/"),
        ("GET", "users/batch/"),
    ],
)
def test_operations_the_table_lacks_answer_405(api: httpx.Client, method: str, path: str) -> None:
    response = api.request(method, path, json={})
    assert response.status_code == 405
    assert response.json() == {"detail": f'Method "{method}" not allowed.'}


def test_every_endpoint_of_the_table_is_served(api: httpx.Client) -> None:
    for endpoint in ENDPOINTS.values():
        if endpoint.can_list:
            assert api.get(endpoint.collection).status_code == 200, endpoint.name
        if endpoint.can_create:
            assert api.post(endpoint.collection, json={}).status_code in (400, 201), endpoint.name


def test_read_only_fields_sent_by_a_client_are_ignored(api: httpx.Client) -> None:
    body = objects.campaign(api, status="archived", id=12345, created_at="2000-01-01T00:00:00Z")
    assert body["status"] == "new" and body["id"] != 12345
    assert not body["created_at"].startswith("2000")


def test_events_are_stored_and_echoed(api: httpx.Client) -> None:
    response = api.post("events/", json={"name": "login_user", "payload": {"email": "test@mail.example"}})
    assert response.status_code == 201
    assert response.json() == {"name": "login_user", "payload": {"email": "test@mail.example"}}
    assert api.post("events/", json={"payload": {}}).json() == {"name": ["This field is required."]}
