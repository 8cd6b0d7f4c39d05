"""Publishing an email with its CSS inlined: the server gets the inlined HTML, the draft keeps
the editor's source, and neither publishing nor pulling makes an unchanged draft look edited."""

from __future__ import annotations

from app.domain.drafts import DraftState
from app.domain.inlined_html import INLINE_CSS, INLINED
from app.domain.kinds import DraftKind
from app.services.publish_inlining import NOT_INLINED
from app.services.publishing import Outcome, Publisher
from app.services.pulling import pull_kind

from .conftest import category_id, draft, email_payload, new_draft, pending, queue

SOURCE = "<html><head><style>p { color: red }</style></head><body><p>Hi {{ name }}</p></body></html>"


async def publish(publisher: Publisher, runner, local_id: int):
    await queue(runner, local_id)
    return (await publisher.publish(local_id))[-1]


async def test_the_server_gets_inlined_html_and_the_draft_keeps_its_source(
    runner, account_id, api, recorder, colleague, unique
):
    category = await category_id(api, unique)
    payload = email_payload(category, f"inline {unique}", text_html=SOURCE, **{INLINE_CSS: True})
    local = await new_draft(runner, account_id, DraftKind.EMAILS, payload)
    publisher = Publisher(api, runner, account_id)
    recorder.sent.clear()

    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED
    [(_method, _path, body)] = recorder.writes()
    assert 'style="color: red' in body["text_html"] and "{{ name }}" in body["text_html"]
    published = await draft(runner, local.local_id)
    assert published.state is DraftState.PUBLISHED
    assert published.payload["text_html"] == SOURCE  # the editor's source, not the inlined copy
    assert published.payload[INLINE_CSS] is True and "text_html" in published.payload[INLINED]
    on_server = await colleague.emails.get(int(published.remote_id))
    assert 'style="color: red' in on_server["text_html"]

    # A pull of the unchanged email changes nothing, a publish sends nothing.
    result = await pull_kind(api, runner, account_id, DraftKind.EMAILS)
    assert result.unchanged >= 1
    assert (await draft(runner, local.local_id)).state is DraftState.PUBLISHED
    recorder.sent.clear()
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED
    assert recorder.writes() == []

    # An edit of the source goes out inlined; the draft keeps the new source.
    edited = SOURCE.replace("Hi", "Hello")
    current = (await draft(runner, local.local_id)).payload
    await runner.call(lambda ws: ws.drafts.save_payload(local.local_id, {**current, "text_html": edited}))
    assert (await draft(runner, local.local_id)).state is DraftState.MODIFIED
    recorder.sent.clear()
    assert (await publish(publisher, runner, local.local_id)).outcome is Outcome.PUBLISHED
    [(method, _path, patch)] = recorder.writes()
    assert method == "PATCH" and list(patch) == ["text_html"] and "Hello" in patch["text_html"]
    assert 'style="color: red' in patch["text_html"]
    again = await draft(runner, local.local_id)
    assert again.state is DraftState.PUBLISHED and again.payload["text_html"] == edited

    # Someone changes the body on the server: a pull brings their text in, as they wrote it.
    theirs = "<p>Changed on the server</p>"
    await colleague.emails.update(int(again.remote_id), {"text_html": theirs})
    await pull_kind(api, runner, account_id, DraftKind.EMAILS)
    pulled = await draft(runner, local.local_id)
    assert pulled.payload["text_html"] == theirs and INLINED not in pulled.payload
    assert pulled.payload[INLINE_CSS] is True  # the option stays the draft's


async def test_a_template_the_inliner_would_break_is_not_sent(runner, account_id, api, recorder, unique):
    loop = "<table>{% for row in rows %}<tr><td>{{ row }}</td></tr>{% endfor %}</table>"
    html = f"<html><head><style>td {{ color: red }}</style></head><body>{loop}</body></html>"
    category = await category_id(api, unique)
    payload = email_payload(category, f"broken {unique}", text_html=html, **{INLINE_CSS: True})
    local = await new_draft(runner, account_id, DraftKind.EMAILS, payload)
    recorder.sent.clear()

    result = await publish(Publisher(api, runner, account_id), runner, local.local_id)

    assert result.outcome is Outcome.FAILED and result.message == NOT_INLINED
    assert recorder.writes() == []
    failed = await draft(runner, local.local_id)
    assert failed.payload == payload and failed.last_error is not None
    assert list(failed.last_error.fields) == ["text_html"]
    assert "{%" in failed.last_error.fields["text_html"][0]
    assert await pending(runner, account_id) == 0
