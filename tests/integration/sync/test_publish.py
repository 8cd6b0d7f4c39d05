"""Publishing one draft at a time against the sandbox: create, edit, rewrite, conflicts,
campaigns that need their email first, refusals."""

from __future__ import annotations

from app.api import ApiClient
from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.domain.payload_diff import Side, merge
from app.services.publishing import NOT_SENT, Outcome, Publisher

from .conftest import FAST_RETRY, category_id, client_for, draft, email_payload, new_draft, pending, queue


async def publish(publisher: Publisher, runner, local_id: int):
    await queue(runner, local_id)
    results = await publisher.publish(local_id)
    return results[-1]


async def test_a_new_draft_is_created_once_and_a_second_publish_sends_nothing(
    runner, account_id, api, recorder, unique
):
    category = await category_id(api, unique)
    local = await new_draft(runner, account_id, DraftKind.EMAILS, email_payload(category, f"new {unique}"))
    publisher = Publisher(api, runner, account_id)
    recorder.sent.clear()

    result = await publish(publisher, runner, local.local_id)

    assert result.outcome is Outcome.PUBLISHED
    published = await draft(runner, local.local_id)
    assert published.state is DraftState.PUBLISHED and published.remote_id is not None
    assert published.payload == published.base and published.payload["id"] == int(published.remote_id)
    assert [(m, p) for m, p, _ in recorder.writes()] == [("POST", "/api/v1/emails/")]
    assert await pending(runner, account_id) == 0
    on_server = [e for e in await api.emails.list() if e["internal_name"] == f"new {unique}"]
    assert len(on_server) == 1 and on_server[0]["subject"] == "Hello"

    recorder.sent.clear()
    again = await publish(publisher, runner, local.local_id)
    assert again.outcome is Outcome.PUBLISHED
    assert recorder.sent == []  # nothing changed: not even a GET
    assert await pending(runner, account_id) == 0


async def test_an_edited_email_is_patched_with_only_the_changed_fields(
    runner, account_id, api, recorder, colleague, unique
):
    category = await category_id(api, unique)
    local = await new_draft(runner, account_id, DraftKind.EMAILS, email_payload(category, f"edit {unique}"))
    publisher = Publisher(api, runner, account_id)
    await publish(publisher, runner, local.local_id)
    published = await draft(runner, local.local_id)
    edited = {**published.payload, "subject": "Hello again", "subject_de": "Hallo"}
    await runner.call(lambda ws: ws.drafts.save_payload(local.local_id, edited))
    assert (await draft(runner, local.local_id)).state is DraftState.MODIFIED
    recorder.sent.clear()

    result = await publish(publisher, runner, local.local_id)

    assert result.outcome is Outcome.PUBLISHED
    writes = recorder.writes()
    assert [(m, p) for m, p, _ in writes] == [("PATCH", f"/api/v1/emails/{published.remote_id}/")]
    assert writes[0][2] == {"subject": "Hello again", "subject_de": "Hallo"}
    on_server = await colleague.emails.get(int(published.remote_id))
    assert on_server["subject"] == "Hello again" and on_server["subject_de"] == "Hallo"
    assert on_server["internal_name"] == f"edit {unique}"
    after = await draft(runner, local.local_id)
    assert after.state is DraftState.PUBLISHED and after.base == on_server


async def test_a_campaign_is_rewritten_with_put(runner, account_id, api, recorder, colleague, unique):
    category = await category_id(api, unique)
    email = await api.emails.create(email_payload(category, f"for campaign {unique}"))
    campaign = {"message_type": "L", "message_id": email["id"], "source_type": "A", "tags": f"c {unique}"}
    local = await new_draft(runner, account_id, DraftKind.CAMPAIGNS, campaign)
    publisher = Publisher(api, runner, account_id)
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED
    published = await draft(runner, local.local_id)
    edited = {**published.payload, "tags": f"c2 {unique}", "priority": 3}
    await runner.call(lambda ws: ws.drafts.save_payload(local.local_id, edited))
    recorder.sent.clear()

    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED

    writes = recorder.writes()
    assert [(m, p) for m, p, _ in writes] == [("PUT", f"/api/v1/campaigns/{published.remote_id}/")]
    body = writes[0][2]
    assert body["tags"] == f"c2 {unique}" and body["priority"] == 3 and body["message_id"] == email["id"]
    assert not {"id", "status", "created_at", "updated_at", "project_id"} & set(body)
    on_server = await colleague.campaigns.get(int(published.remote_id))
    assert on_server["tags"] == f"c2 {unique}" and on_server["priority"] == 3


async def test_a_change_on_the_server_is_a_conflict_then_the_merge_is_published(
    runner, account_id, api, recorder, colleague, unique
):
    category = await category_id(api, unique)
    local = await new_draft(runner, account_id, DraftKind.EMAILS, email_payload(category, f"both {unique}"))
    publisher = Publisher(api, runner, account_id)
    await publish(publisher, runner, local.local_id)
    published = await draft(runner, local.local_id)
    remote_id = int(published.remote_id)
    await colleague.emails.update(remote_id, {"subject": "Their subject", "text_plain": "their text"})
    mine = {**published.payload, "subject": "My subject", "subject_fr": "Bonjour"}
    await runner.call(lambda ws: ws.drafts.save_payload(local.local_id, mine))
    recorder.sent.clear()

    result = await publish(publisher, runner, local.local_id)

    assert result.outcome is Outcome.CONFLICT and "changed on the server" in result.message
    assert [m for m, _, _ in recorder.sent] == ["GET"]  # looked, wrote nothing
    on_server = await colleague.emails.get(remote_id)
    assert on_server["subject"] == "Their subject" and on_server["subject_fr"] is None
    conflicted = await draft(runner, local.local_id)
    assert conflicted.state is DraftState.CONFLICT
    assert conflicted.payload == mine  # not a character lost
    assert conflicted.theirs == on_server and conflicted.base == published.base
    assert await pending(runner, account_id) == 0

    # Until the user resolves it, publishing again does nothing at all.
    recorder.sent.clear()
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.CONFLICT
    assert recorder.sent == []

    merged = merge(conflicted.base, conflicted.payload, conflicted.theirs, {"subject": Side.MINE},
                   schema=DraftKind.EMAILS)  # fmt: skip
    await runner.call(lambda ws: ws.drafts.resolve_conflict(local.local_id, merged, conflicted.theirs))
    recorder.sent.clear()
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED

    assert recorder.writes()[0][2] == {"subject": "My subject", "subject_fr": "Bonjour"}
    final = await colleague.emails.get(remote_id)
    assert final["subject"] == "My subject" and final["subject_fr"] == "Bonjour"
    assert final["text_plain"] == "their text"  # their other change stays
    assert (await draft(runner, local.local_id)).state is DraftState.PUBLISHED


async def test_a_campaign_whose_email_is_a_local_draft_publishes_the_email_first(
    runner, account_id, api, recorder, colleague, unique
):
    category = await category_id(api, unique)
    email = await new_draft(runner, account_id, DraftKind.EMAILS, email_payload(category, f"first {unique}"))
    campaign_payload = {"message_type": "L", "$message_local_id": email.local_id, "source_type": "A",
                        "tags": f"needs email {unique}"}  # fmt: skip
    campaign = await new_draft(runner, account_id, DraftKind.CAMPAIGNS, campaign_payload)
    publisher = Publisher(api, runner, account_id)
    recorder.sent.clear()

    await queue(runner, campaign.local_id)
    results = await publisher.publish(campaign.local_id)

    assert [(r.local_id, r.outcome) for r in results] == [
        (email.local_id, Outcome.PUBLISHED),
        (campaign.local_id, Outcome.PUBLISHED),
    ]
    assert [p for _, p, _ in recorder.writes()] == ["/api/v1/emails/", "/api/v1/campaigns/"]
    published_email = await draft(runner, email.local_id)
    published_campaign = await draft(runner, campaign.local_id)
    assert published_campaign.payload["message_id"] == int(published_email.remote_id)
    assert "$message_local_id" not in published_campaign.payload
    on_server = await colleague.campaigns.get(int(published_campaign.remote_id))
    assert on_server["message_id"] == int(published_email.remote_id)
    assert await pending(runner, account_id) == 0


async def test_what_the_app_knows_is_invalid_is_never_sent(runner, account_id, api, recorder, unique):
    payload = {"internal_name": f"refused {unique}", "subject": "Keep me", "text_html_ko": "<p>안녕</p>"}
    local = await new_draft(runner, account_id, DraftKind.EMAILS, payload)
    publisher = Publisher(api, runner, account_id)
    recorder.sent.clear()

    result = await publish(publisher, runner, local.local_id)

    assert result.outcome is Outcome.FAILED and result.message == NOT_SENT
    assert recorder.sent == []  # not one request
    failed = await draft(runner, local.local_id)
    assert failed.state is DraftState.FAILED and failed.payload == payload and failed.remote_id is None
    assert failed.last_error is not None
    assert set(failed.last_error.fields) == {"category", "from_address"}
    assert await pending(runner, account_id) == 0  # not retried until the user publishes again

    # The user fixes it and publishes again: the message goes, the draft is created.
    fixed = {**payload, "category": await category_id(api, unique), "from_address": "a@example.com"}
    await runner.call(lambda ws: ws.drafts.save_payload(local.local_id, fixed))
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED
    published = await draft(runner, local.local_id)
    assert published.last_error is None and published.payload["text_html_ko"] == "<p>안녕</p>"


async def test_an_email_naming_a_category_the_account_lacks_is_never_sent(runner, account_id, api, unique):
    category = await category_id(api, unique)
    await runner.call(lambda ws: ws.drafts.apply_pull(account_id, "categories", [{"category": category}]))
    local = await new_draft(runner, account_id, DraftKind.EMAILS, email_payload(category + 10_000, unique))

    result = await publish(Publisher(api, runner, account_id), runner, local.local_id)

    assert result.outcome is Outcome.FAILED
    failed = await draft(runner, local.local_id)
    assert failed.last_error is not None and set(failed.last_error.fields) == {"category"}


async def test_a_refusal_only_the_server_can_make_keeps_every_character_and_the_field_messages(
    runner, account_id, api, unique
):
    payload = {"message_type": "L", "message_id": 987654321, "source_type": "A", "source_id": 1,
               "tags": f"안녕 {unique}"}  # fmt: skip
    local = await new_draft(runner, account_id, DraftKind.CAMPAIGNS, payload)
    publisher = Publisher(api, runner, account_id)

    result = await publish(publisher, runner, local.local_id)

    assert result.outcome is Outcome.FAILED
    failed = await draft(runner, local.local_id)
    assert failed.state is DraftState.FAILED and failed.payload == payload and failed.remote_id is None
    assert failed.last_error is not None and list(failed.last_error.fields) == ["message_id"]
    assert "987654321" in failed.last_error.fields["message_id"][0]
    assert await pending(runner, account_id) == 0

    category = await category_id(api, unique)
    email = await api.emails.create(email_payload(category, f"for {unique}"))
    await runner.call(
        lambda ws: ws.drafts.save_payload(local.local_id, {**payload, "message_id": email["id"]})
    )
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED
    assert (await draft(runner, local.local_id)).payload["tags"] == f"안녕 {unique}"


async def test_a_campaign_whose_email_is_refused_fails_with_the_email_s_reason(
    runner, account_id, api, unique
):
    category = await category_id(api, unique)
    bad_email = {k: v for k, v in email_payload(category, f"bad {unique}").items() if k != "from_address"}
    email = await new_draft(runner, account_id, DraftKind.EMAILS, bad_email)
    campaign_payload = {"message_type": "L", "$message_local_id": email.local_id, "source_type": "A"}
    campaign = await new_draft(runner, account_id, DraftKind.CAMPAIGNS, campaign_payload)

    await queue(runner, campaign.local_id)
    results = await Publisher(api, runner, account_id).publish(campaign.local_id)

    assert [(r.local_id, r.outcome) for r in results] == [
        (email.local_id, Outcome.FAILED),
        (campaign.local_id, Outcome.FAILED),
    ]
    assert results[1].message == f"The email “bad {unique}” could not be published first: {NOT_SENT}"
    failed = await draft(runner, campaign.local_id)
    assert failed.state is DraftState.FAILED and failed.payload == campaign_payload
    assert (await draft(runner, email.local_id)).state is DraftState.FAILED
    assert await pending(runner, account_id) == 0


async def test_an_object_deleted_on_the_server_fails_with_a_plain_message(runner, account_id, api, unique):
    # A draft pulled from the server, whose object has since gone.
    gone = {"id": 987654321, "category": 1, "from_address": "a@example.com",
            "internal_name": f"gone {unique}"}  # fmt: skip
    await runner.call(lambda ws: ws.drafts.apply_pull(account_id, "emails", [gone]))
    local = await runner.call(lambda ws: ws.drafts.find_by_remote_id(account_id, "emails", 987654321))
    await runner.call(lambda ws: ws.drafts.save_payload(local.local_id, {**gone, "subject": "mine"}))

    result = await publish(Publisher(api, runner, account_id), runner, local.local_id)

    assert result.outcome is Outcome.FAILED
    assert result.message == "This email no longer exists on the server (deleted by someone?)"
    failed = await draft(runner, local.local_id)
    assert failed.state is DraftState.FAILED and failed.payload["subject"] == "mine"


async def test_a_wrong_secret_keeps_the_job_and_says_what_to_do(runner, account_id, sandbox, unique):
    local = await new_draft(runner, account_id, DraftKind.CATEGORIES, {"title": f"cat {unique}"})
    wrong = ApiClient(sandbox.base_url, sandbox.login, "wrong secret", retry=FAST_RETRY)
    async with client_for(sandbox) as good, wrong:
        result = await publish(Publisher(wrong, runner, account_id), runner, local.local_id)
        assert result.outcome is Outcome.ACCOUNT
        assert "login or the secret is wrong" in result.message
        kept = await draft(runner, local.local_id)
        assert kept.state is DraftState.LOCAL and kept.payload == {"title": f"cat {unique}"}
        assert await pending(runner, account_id) == 1

        # With the right secret the same job goes through.
        results = await Publisher(good, runner, account_id).publish(local.local_id)
        assert results[-1].outcome is Outcome.PUBLISHED
        assert await pending(runner, account_id) == 0


async def test_a_campaign_with_an_address_list_sends_the_file_on_create_and_rewrite(
    runner, account_id, api, recorder, colleague, unique, tmp_path
):
    category = await category_id(api, unique)
    email = await api.emails.create(email_payload(category, f"list {unique}"))
    addresses = tmp_path / "addresses.csv"
    addresses.write_text("email\na@example.com\nb@example.com\n", encoding="utf-8")
    payload = {"message_type": "L", "message_id": email["id"], "source_type": "U", "tags": f"list {unique}",
               "$files": {"source_uploaded_csv": str(addresses)}}  # fmt: skip
    local = await new_draft(runner, account_id, DraftKind.CAMPAIGNS, payload)
    publisher = Publisher(api, runner, account_id)

    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED
    published = await draft(runner, local.local_id)
    assert published.payload["source_uploaded_csv"] == {"name": "addresses.csv", "size": 34, "rows": 3}
    assert published.payload["$files"] == {"source_uploaded_csv": str(addresses)}  # kept for a rewrite

    addresses.write_text("email\nc@example.com\n", encoding="utf-8")
    edited = {**published.payload, "tags": f"list 2 {unique}"}
    await runner.call(lambda ws: ws.drafts.save_payload(local.local_id, edited))
    recorder.sent.clear()
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED

    assert [(m, body) for m, _, body in recorder.writes()] == [("PUT", None)]  # multipart, not JSON
    on_server = await colleague.campaigns.get(int(published.remote_id))
    assert on_server["tags"] == f"list 2 {unique}" and on_server["source_uploaded_csv"]["rows"] == 2


async def test_a_segment_with_json_still_being_typed_is_not_sent(runner, account_id, api, unique):
    # The editor keeps the condition's last valid value on the wire and the text being typed aside.
    payload = {"name": f"half-typed {unique}", "condition": {"all": []},
               "$unparsed": {"condition": '{"all": [{"field": "city", '}}  # fmt: skip
    local = await new_draft(runner, account_id, DraftKind.SEGMENTS, payload)
    publisher = Publisher(api, runner, account_id)

    result = await publish(publisher, runner, local.local_id)

    assert result.outcome is Outcome.FAILED
    failed = await draft(runner, local.local_id)
    assert failed.payload == payload and failed.remote_id is None
    assert failed.last_error is not None and list(failed.last_error.fields) == ["condition"]
    names = [segment["name"] for segment in await api.segments.list()]
    assert f"half-typed {unique}" not in names  # nothing reached the server
