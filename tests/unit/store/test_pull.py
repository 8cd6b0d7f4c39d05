"""Pull brings the server's list in and never overwrites local work."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.account import Account
from app.domain.drafts import DraftError, DraftState, PullResult
from app.store.workspace import Workspace


def _email(remote_id: int, subject: str) -> dict[str, object]:
    return {"id": remote_id, "internal_name": f"Email {remote_id}", "subject_en": subject}


def test_unknown_objects_come_in_as_published(workspace: Workspace, account: Account) -> None:
    result = workspace.drafts.apply_pull(account.id, "emails", [_email(1, "a"), _email(2, "b")], "id")
    assert result == PullResult(added=2, updated=0, kept=0, unchanged=0)
    draft = workspace.drafts.find_by_remote_id(account.id, "emails", 2)
    assert draft is not None
    assert draft.state is DraftState.PUBLISHED
    assert draft.payload == draft.base == _email(2, "b")
    again = workspace.drafts.apply_pull(account.id, "emails", [_email(1, "a"), _email(2, "b")], "id")
    assert again == PullResult(added=0, updated=0, kept=0, unchanged=2)


def test_categories_are_keyed_by_their_category_field(workspace: Workspace, account: Account) -> None:
    objects = [{"category": 3, "title_en": "News"}, {"category": 4, "title_en": "Offers"}]
    assert workspace.drafts.apply_pull(account.id, "categories", objects).added == 2  # the kind's id field
    draft = workspace.drafts.find_by_remote_id(account.id, "categories", 4)
    assert draft is not None and draft.title == "Offers"


def test_published_drafts_are_refreshed(workspace: Workspace, account: Account) -> None:
    workspace.drafts.apply_pull(account.id, "emails", [_email(1, "old")], "id")
    result = workspace.drafts.apply_pull(account.id, "emails", [_email(1, "new")], "id")
    assert result == PullResult(added=0, updated=1, kept=0, unchanged=0)
    draft = workspace.drafts.find_by_remote_id(account.id, "emails", 1)
    assert draft is not None
    assert draft.payload == draft.base == _email(1, "new")
    assert draft.state is DraftState.PUBLISHED
    assert [r.title for r in workspace.drafts.list_drafts(account.id, "emails", "email 1")] == ["Email 1"]


@pytest.mark.parametrize("state", ["modified", "conflict", "failed", "local"])
def test_drafts_with_local_work_are_never_overwritten(
    workspace: Workspace, account: Account, state: str
) -> None:
    workspace.drafts.apply_pull(account.id, "emails", [_email(1, "base")], "id")
    draft = workspace.drafts.find_by_remote_id(account.id, "emails", 1)
    assert draft is not None
    mine = {**_email(1, "base"), "subject_en": "my words"}
    workspace.drafts.save_payload(draft.local_id, mine)
    if state == "conflict":
        workspace.drafts.mark_conflict(draft.local_id, _email(1, "theirs at the conflict"))
    elif state == "failed":
        workspace.drafts.mark_failed(draft.local_id, DraftError("refused"))
    elif state == "local":  # no API call makes a local draft with a remote id; still kept safe
        with sqlite3.connect(workspace.database_path) as conn:
            conn.execute("UPDATE drafts SET state = 'local' WHERE local_id = ?", (draft.local_id,))
        conn.close()

    result = workspace.drafts.apply_pull(account.id, "emails", [_email(1, "changed on the server")], "id")
    assert result == PullResult(added=0, updated=0, kept=1, unchanged=0)
    after = workspace.drafts.get_draft(draft.local_id)
    assert after.state == state
    assert after.payload == mine
    assert after.base == _email(1, "base")
    assert after.theirs == _email(1, "changed on the server")
    [row] = workspace.drafts.list_drafts(account.id, "emails")
    assert row.changed_on_server

    # The server went back to base: the "changed on the server" badge goes (a conflict keeps its copy).
    workspace.drafts.apply_pull(account.id, "emails", [_email(1, "base")], "id")
    after = workspace.drafts.get_draft(draft.local_id)
    assert after.payload == mine
    if state == "conflict":
        assert after.theirs == _email(1, "changed on the server")
    else:
        assert after.theirs is None
        assert not workspace.drafts.list_drafts(account.id, "emails")[0].changed_on_server


def test_pull_is_one_transaction(workspace: Workspace, account: Account) -> None:
    with pytest.raises(ValueError, match="'id'"):
        workspace.drafts.apply_pull(account.id, "emails", [_email(1, "a"), {"internal_name": "no id"}], "id")
    assert workspace.drafts.list_drafts(account.id, "emails") == []


def test_a_repeated_object_in_one_list_counts_once(workspace: Workspace, account: Account) -> None:
    result = workspace.drafts.apply_pull(account.id, "emails", [_email(1, "a"), _email(1, "a")], "id")
    assert result.added == 1
    assert len(workspace.drafts.list_drafts(account.id, "emails")) == 1


def test_pull_is_per_account_and_kind(workspace: Workspace, account: Account) -> None:
    other = workspace.accounts.add("Other", "https://o.example/api/v1", "o")
    workspace.drafts.apply_pull(account.id, "emails", [_email(1, "a")], "id")
    assert workspace.drafts.apply_pull(other.id, "emails", [_email(1, "a")], "id").added == 1
    assert workspace.drafts.apply_pull(account.id, "segments", [{"id": 1, "name": "S"}], "id").added == 1


def test_last_edited_of_a_pulled_copy_is_the_servers_edit_time(
    workspace: Workspace, account: Account
) -> None:
    edited = {
        **_email(1, "a"),
        "updated_at": "2026-09-22T08:35:00+00:00",
        "created_at": "2026-09-01T10:00:00Z",
    }
    created_only = {**_email(2, "b"), "created_at": "2026-09-01T10:00:00+00:00"}
    nothing = _email(3, "c")
    workspace.drafts.apply_pull(account.id, "emails", [edited, created_only, nothing], "id")
    times = {
        rid: workspace.drafts.find_by_remote_id(account.id, "emails", rid).updated_at  # type: ignore[union-attr]
        for rid in (1, 2, 3)
    }
    assert times[1] == 1790066100.0  # 2026-09-22 08:35 UTC
    assert times[2] == 1788256800.0  # 2026-09-01 10:00 UTC
    assert times[3] > times[1]  # unknown: when it was pulled
    rows = workspace.drafts.list_drafts(account.id, "emails")
    assert [row.remote_id for row in rows] == ["3", "1", "2"]  # newest edit first
    later = {**edited, "subject_en": "changed", "updated_at": "2026-10-01T00:00:00+00:00"}
    workspace.drafts.apply_pull(account.id, "emails", [later], "id")
    refreshed = workspace.drafts.find_by_remote_id(account.id, "emails", 1)
    assert refreshed is not None and refreshed.updated_at == 1790812800.0
