"""Pull brings the server's objects in and never overwrites local work."""

from __future__ import annotations

from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.services.publishing import Outcome, Publisher
from app.services.pulling import pull

from .conftest import category_id, draft, email_payload, new_draft, queue


async def test_pull_adds_refreshes_and_keeps_local_edits(runner, account_id, api, colleague, unique):
    category = await category_id(api, unique)
    publisher = Publisher(api, runner, account_id)
    pristine = await new_draft(runner, account_id, DraftKind.EMAILS, email_payload(category, f"p {unique}"))
    edited = await new_draft(runner, account_id, DraftKind.EMAILS, email_payload(category, f"e {unique}"))
    for local in (pristine, edited):
        await queue(runner, local.local_id)
        assert (await publisher.publish(local.local_id))[-1].outcome is Outcome.PUBLISHED
    edited_now = await draft(runner, edited.local_id)
    mine = {**edited_now.payload, "subject": "My unpublished words"}
    await runner.call(lambda ws: ws.drafts.save_payload(edited.local_id, mine))

    pristine_id = int((await draft(runner, pristine.local_id)).remote_id)
    await colleague.emails.update(pristine_id, {"subject": "Refreshed by a colleague"})
    await colleague.emails.update(int(edited_now.remote_id), {"subject": "Colleague's subject"})
    added = await colleague.emails.create(email_payload(category, f"new on server {unique}"))
    progress: list[tuple[int, int, DraftKind]] = []

    def note(done: int, total: int, kind: DraftKind, _result: object) -> None:
        progress.append((done, total, kind))

    results = await pull(api, runner, account_id, [DraftKind.CATEGORIES, DraftKind.EMAILS], progress=note)

    assert progress == [(1, 2, DraftKind.CATEGORIES), (2, 2, DraftKind.EMAILS)]
    assert results[DraftKind.EMAILS].updated >= 1 and results[DraftKind.EMAILS].kept == 1
    assert results[DraftKind.EMAILS].added >= 1 and results[DraftKind.CATEGORIES].added >= 1
    refreshed = await draft(runner, pristine.local_id)
    assert refreshed.state is DraftState.PUBLISHED
    assert refreshed.payload["subject"] == "Refreshed by a colleague"
    kept = await draft(runner, edited.local_id)
    assert kept.state is DraftState.MODIFIED and kept.payload == mine  # not a character lost
    assert kept.changed_on_server and kept.theirs["subject"] == "Colleague's subject"
    new = await runner.call(lambda ws: ws.drafts.find_by_remote_id(account_id, "emails", added["id"]))
    assert new is not None and new.state is DraftState.PUBLISHED and new.payload == added

    # Publishing the kept draft now is a conflict, not an overwrite.
    await queue(runner, edited.local_id)
    assert (await publisher.publish(edited.local_id))[-1].outcome is Outcome.CONFLICT
    assert (await colleague.emails.get(int(edited_now.remote_id)))["subject"] == "Colleague's subject"

    # A second pull changes nothing that is already in.
    again = await pull(api, runner, account_id, [DraftKind.EMAILS])
    assert again[DraftKind.EMAILS].added == 0 and again[DraftKind.EMAILS].updated == 0
    assert (await draft(runner, edited.local_id)).payload == mine
