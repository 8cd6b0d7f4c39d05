"""Drafts through the service: every change reaches the file and is announced after it."""

from __future__ import annotations

import pytest

from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.services.workspace_service import NoAccountError

from .conftest import Recorder


@pytest.fixture
async def account_id(accounts) -> int:
    account = await accounts.add("Main", "https://esp.example.com/api/v1/", "me", "pw")
    await accounts.select(account.id)
    return account.id


async def test_without_an_account_lists_are_empty_and_creating_is_refused(workspace):
    assert workspace.account_id is None
    assert await workspace.list_drafts(DraftKind.EMAILS) == []
    assert set((await workspace.count_by_state()).values()) == {0}
    assert await workspace.outbox_pending() == 0
    with pytest.raises(NoAccountError, match="Choose an account"):
        await workspace.create_draft(DraftKind.EMAILS, {"internal_name": "x"})


async def test_create_save_list_and_delete_announce_what_changed(workspace, account_id, runner):
    lists = Recorder(workspace.drafts_changed)
    rows = Recorder(workspace.draft_changed)
    draft = await workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Spring sale"})
    assert lists.values == ["emails"] and draft.account_id == account_id

    assert await workspace.save_payload(draft.local_id, {"internal_name": "Spring sale!"})
    assert not await workspace.save_payload(draft.local_id, {"internal_name": "Spring sale!"})
    assert rows.values == [draft.local_id]  # once: the unchanged save is silent
    stored = await runner.call(lambda ws: ws.drafts.get_draft(draft.local_id))
    assert stored.payload == {"internal_name": "Spring sale!"}  # in the file when the call returns

    await workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Autumn"})
    titles = [row.title for row in await workspace.list_drafts(DraftKind.EMAILS)]
    assert titles == ["Autumn", "Spring sale!"]
    assert [row.title for row in await workspace.list_drafts(DraftKind.EMAILS, "spring")] == ["Spring sale!"]
    assert len(await workspace.list_drafts(DraftKind.EMAILS, limit=1)) == 1
    assert (await workspace.count_by_state(DraftKind.EMAILS))[DraftState.LOCAL] == 2
    assert (await workspace.get_draft(draft.local_id)).title == "Spring sale!"

    lists.calls.clear()
    await workspace.delete_draft(draft.local_id)
    assert lists.values == ["emails"]
    await workspace.delete_draft(draft.local_id)  # already gone: no error, no signal
    assert lists.values == ["emails"]
    assert [row.title for row in await workspace.list_drafts(DraftKind.EMAILS)] == ["Autumn"]


async def test_deleting_a_queued_draft_updates_the_outbox_count(workspace, account_id, runner):
    draft = await workspace.create_draft(DraftKind.CATEGORIES, {"title": "News"})
    await runner.call(lambda ws: ws.outbox.enqueue(draft.local_id))
    assert await workspace.outbox_pending() == 1
    outbox = Recorder(workspace.outbox_changed)
    await workspace.delete_draft(draft.local_id)
    assert outbox.values == [0]


async def test_resolving_a_conflict_keeps_the_merge(workspace, account_id, runner):
    draft = await workspace.create_draft(DraftKind.SEGMENTS, {"name": "Mine"})
    server = {"id": 7, "name": "Base"}
    await runner.call(lambda ws: ws.drafts.mark_published(draft.local_id, 7, server))
    await workspace.save_payload(draft.local_id, {"id": 7, "name": "Mine"})
    theirs = {"id": 7, "name": "Theirs", "tags": "x"}
    await runner.call(lambda ws: ws.drafts.mark_conflict(draft.local_id, theirs))
    lists, rows = Recorder(workspace.drafts_changed), Recorder(workspace.draft_changed)
    merged = await workspace.resolve_conflict(draft.local_id, {"id": 7, "name": "Mine", "tags": "x"}, theirs)
    assert merged.state == DraftState.MODIFIED and merged.base == theirs and merged.theirs is None
    assert lists.values == ["segments"] and rows.values == [draft.local_id]


async def test_switching_accounts_refreshes_every_list(workspace, accounts, account_id):
    other = await accounts.add("Other", "https://other.example.com/api/v1/", "me", "pw")
    await workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Only in Main"})
    lists = Recorder(workspace.drafts_changed)
    await accounts.select(other.id)
    assert sorted(lists.values) == sorted(kind.value for kind in DraftKind)
    assert await workspace.list_drafts(DraftKind.EMAILS) == []


async def test_notify_announces_changes_made_elsewhere(workspace):
    lists, rows = Recorder(workspace.drafts_changed), Recorder(workspace.draft_changed)
    workspace.notify(DraftKind.CAMPAIGNS, 12)
    workspace.notify("emails")
    workspace.notify(None, 3)
    assert lists.values == ["campaigns", "emails"] and rows.values == [12, 3]
