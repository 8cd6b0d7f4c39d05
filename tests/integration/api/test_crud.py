"""Every CRUD operation of the reference, with its quirks, against the sandbox."""

from __future__ import annotations

import pytest

from app.api.errors import ConflictError, NotFoundError, ValidationError

from .conftest import new_category, new_email


async def test_categories_use_category_as_id_and_zn_for_chinese(api, unique):
    created = await api.categories.create(
        {"title": f"Sale {unique}", "description": "Deals", "title_zn": "促销", "description_zn": "优惠"}
    )
    ident = created["category"]
    assert isinstance(ident, int) and "id" not in created
    assert created["title_zn"] == "促销"
    assert (await api.categories.get(ident))["description_zn"] == "优惠"
    replaced = await api.categories.replace(ident, {"title": f"Sale {unique} 2", "description": "New"})
    assert replaced["title"] == f"Sale {unique} 2" and replaced["title_zn"] is None
    updated = await api.categories.update(ident, {"title_ko": "세일"})
    assert updated["title_ko"] == "세일" and updated["title"] == f"Sale {unique} 2"
    listed = await api.categories.list()
    assert [c for c in listed if c["category"] == ident] == [updated]


async def test_emails_full_cycle_with_zh_fields(api, unique):
    created = await new_email(api, unique, subject_zh="你好", text_html_de="<p>Hallo</p>")
    ident = created["id"]
    assert created["subject_zh"] == "你好" and created["text_html_de"] == "<p>Hallo</p>"
    assert (await api.emails.get(ident))["internal_name"] == f"email {unique}"
    patched = await api.emails.update(ident, {"subject_ko": "안녕"})
    assert patched["subject_ko"] == "안녕" and patched["subject_zh"] == "你好"
    rewritten = await api.emails.replace(
        ident, {"category": created["category"], "from_address": "b@example.com", "in_archive": True}
    )
    assert rewritten["from_address"] == "b@example.com" and rewritten["subject_zh"] is None
    assert rewritten["in_archive"] is True


async def test_an_email_with_a_zip_data_url(api, unique):
    zipped = "data:application/zip;base64,UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="
    created = await new_email(api, unique, file_html_en=zipped)
    assert created["file_html_en"] == zipped


async def test_segments_crud_and_generate(api, unique):
    condition = {"and": [{"field": "city", "op": "eq", "value": "Oslo"}]}
    created = await api.segments.create(
        {"name": f"Oslo {unique}", "condition": condition, "segment_limit": 10}
    )
    ident = created["id"]
    assert created["condition"] == condition
    assert (await api.segments.update(ident, {"tags": "north"}))["tags"] == "north"
    replaced = await api.segments.replace(ident, {"name": f"Oslo {unique}", "condition": {"and": []}})
    assert replaced["segment_limit"] is None
    generated = await api.segments.generate(ident)
    assert generated["id"] == ident and generated.get("generated_at")
    assert any(s["id"] == ident for s in await api.segments.list())


async def campaign_payloads(api, unique) -> dict[str, dict]:
    email = await new_email(api, unique)
    base = {"message_id": email["id"], "source_type": "A", "config": {"send_by_uid": True}}
    return {
        "campaigns": {"message_type": "L", **base, "send_during_hours": 2},
        # Quirk 1: A/B campaigns name the type field messages_type.
        "ab_campaigns": {"messages_type": "L", **base, "ab_percent": 20, "win_parameter": "C"},
        "auto_campaigns": {"message_type": "L", **base, "source_id": 1, "source_type": "A",
                           "crontab": "0 9 * * 1", "run_from": "2030-01-01T00:00:00Z"},
    }  # fmt: skip


@pytest.mark.parametrize("kind", ["campaigns", "ab_campaigns", "auto_campaigns"])
async def test_campaigns_create_get_replace_and_status_actions(api, unique, kind):
    payload = (await campaign_payloads(api, unique))[kind]
    resource = getattr(api, kind)
    created = await resource.create(payload)
    ident = created["id"]
    assert created["config"] == {"send_by_uid": True}
    assert (await resource.get(ident))["id"] == ident
    replaced = await resource.replace(ident, {**payload, "priority": 5})
    assert replaced["priority"] == 5
    assert (await resource.start(ident))["status"] == "running"
    with pytest.raises(ConflictError) as caught:
        await resource.start(ident)
    assert caught.value.status == 409 and caught.value.path == f"{resource.endpoint.collection}{ident}/start/"
    assert (await resource.pause(ident))["status"] == "paused"
    assert (await resource.resume(ident))["status"] == "running"
    assert (await resource.archive(ident))["status"] == "archived"
    with pytest.raises(ConflictError):
        await resource.resume(ident)
    assert any(c["id"] == ident for c in await resource.list())


async def test_ab_campaign_with_the_one_time_spelling_is_a_field_error(api, unique):
    payload = (await campaign_payloads(api, unique))["ab_campaigns"]
    payload["message_type"] = payload.pop("messages_type")
    with pytest.raises(ValidationError) as caught:
        await api.ab_campaigns.create(payload)
    assert "messages_type" in caught.value.fields


async def test_field_errors_are_mapped_to_fields(api, unique):
    category = await new_category(api, unique)
    with pytest.raises(ValidationError) as caught:
        await api.emails.create({"category": category, "is_urgent": "maybe"})  # from_address missing
    assert caught.value.status == 400 and caught.value.method == "POST"
    assert set(caught.value.fields) >= {"from_address", "is_urgent"}
    assert all(isinstance(m, str) and m for ms in caught.value.fields.values() for m in ms)
    with pytest.raises(ValidationError) as caught:
        await api.ab_campaigns.create({"messages_type": "X", "message_id": "one", "source_type": "U",
                                       "ab_percent": 150, "win_parameter": "Z"})  # fmt: skip
    assert {"messages_type", "message_id", "ab_percent", "win_parameter"} <= set(caught.value.fields)


async def test_missing_objects_are_not_found(api):
    with pytest.raises(NotFoundError) as caught:
        await api.emails.get(987654321)
    assert (caught.value.status, caught.value.path) == (404, "emails/987654321/")
    with pytest.raises(NotFoundError):
        await api.campaigns.start(987654321)
