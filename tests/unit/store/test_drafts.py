"""Drafts: creating, autosaving, listing, filtering, and the states a publish moves them through."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.account import Account
from app.domain.drafts import DraftError, DraftRow, DraftState
from app.domain.kinds import DraftKind
from app.store.errors import DuplicateRemoteIdError, NotFoundError
from app.store.workspace import Workspace

EMAIL = {"internal_name": "Spring sale", "subject_en": "Spring is here", "subject_ru": "Весна пришла"}


def test_a_new_draft_is_local_with_a_title(workspace: Workspace, account: Account) -> None:
    draft = workspace.drafts.create_draft(account.id, DraftKind.EMAILS, EMAIL)
    assert draft.state is DraftState.LOCAL
    assert draft.kind is DraftKind.EMAILS
    assert (draft.remote_id, draft.base, draft.theirs, draft.last_error) == (None, None, None, None)
    assert draft.payload == EMAIL
    assert draft.title == "Spring sale"
    assert draft.created_at == draft.updated_at
    assert draft.published_at is None
    assert workspace.drafts.get_draft(draft.local_id) == draft


def test_an_unknown_kind_is_refused(workspace: Workspace, account: Account) -> None:
    with pytest.raises(ValueError):
        workspace.drafts.create_draft(account.id, "newsletters", EMAIL)


def test_autosave_keeps_local_local_and_skips_unchanged(workspace: Workspace, account: Account) -> None:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    assert workspace.drafts.save_payload(draft.local_id, {**EMAIL, "internal_name": "Summer sale"})
    saved = workspace.drafts.get_draft(draft.local_id)
    assert saved.state is DraftState.LOCAL
    assert saved.title == "Summer sale"
    assert saved.updated_at > draft.updated_at
    # The same payload again (keys in another order) writes nothing.
    same = dict(reversed(list({**EMAIL, "internal_name": "Summer sale"}.items())))
    assert not workspace.drafts.save_payload(draft.local_id, same)
    assert workspace.drafts.get_draft(draft.local_id).updated_at == saved.updated_at


def test_autosave_of_a_missing_draft_says_so(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.drafts.save_payload(12345, EMAIL)


def _published(workspace: Workspace, account: Account, remote_id: int = 41) -> int:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    workspace.drafts.mark_published(draft.local_id, remote_id, {"id": remote_id, **EMAIL})
    return draft.local_id


def test_publishing_makes_payload_and_base_the_servers_object(workspace: Workspace, account: Account) -> None:
    local_id = _published(workspace, account)
    draft = workspace.drafts.get_draft(local_id)
    assert draft.state is DraftState.PUBLISHED
    assert draft.remote_id == "41"
    assert draft.payload == draft.base == {"id": 41, **EMAIL}
    assert draft.published_at is not None
    assert workspace.drafts.find_by_remote_id(account.id, "emails", 41) == draft
    assert workspace.drafts.find_by_remote_id(account.id, "categories", 41) is None


def test_editing_a_published_draft_makes_it_modified_and_back(workspace: Workspace, account: Account) -> None:
    local_id = _published(workspace, account)
    edited = {"id": 41, **EMAIL, "subject_en": "Spring is HERE"}
    workspace.drafts.save_payload(local_id, edited)
    assert workspace.drafts.get_draft(local_id).state is DraftState.MODIFIED
    workspace.drafts.save_payload(local_id, {"id": 41, **EMAIL})  # typed back what the server has
    assert workspace.drafts.get_draft(local_id).state is DraftState.PUBLISHED


def test_a_failed_draft_keeps_its_payload_error_and_state_while_edited(
    workspace: Workspace, account: Account
) -> None:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    error = DraftError("The server refused the email.", {"from_address": ["Enter a valid email address."]})
    workspace.drafts.mark_failed(draft.local_id, error)
    workspace.drafts.save_payload(draft.local_id, {**EMAIL, "from_address": "news@example.com"})
    failed = workspace.drafts.get_draft(draft.local_id)
    assert failed.state is DraftState.FAILED
    assert failed.last_error == error
    assert failed.payload["from_address"] == "news@example.com"
    [row] = workspace.drafts.list_drafts(account.id, "emails")
    assert row.has_error and row.state == DraftState.FAILED
    workspace.drafts.mark_published(draft.local_id, 7, {"id": 7, **EMAIL, "from_address": "news@example.com"})
    published = workspace.drafts.get_draft(draft.local_id)
    assert (published.state, published.last_error) == (DraftState.PUBLISHED, None)


def test_an_edit_made_while_publishing_is_kept(workspace: Workspace, account: Account) -> None:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    sent = dict(EMAIL)
    workspace.drafts.save_payload(draft.local_id, {**EMAIL, "subject_en": "typed during the request"})
    workspace.drafts.mark_published(draft.local_id, 9, {"id": 9, **sent}, sent=sent)
    after = workspace.drafts.get_draft(draft.local_id)
    assert after.state is DraftState.MODIFIED
    assert after.payload["subject_en"] == "typed during the request"
    assert after.base == {"id": 9, **sent}
    assert after.remote_id == "9"


def test_conflict_then_resolution(workspace: Workspace, account: Account) -> None:
    local_id = _published(workspace, account)
    mine = {"id": 41, **EMAIL, "subject_en": "Mine"}
    theirs = {"id": 41, **EMAIL, "subject_ru": "Их"}
    workspace.drafts.save_payload(local_id, mine)
    workspace.drafts.mark_conflict(local_id, theirs)
    conflict = workspace.drafts.get_draft(local_id)
    assert conflict.state is DraftState.CONFLICT
    assert (conflict.payload, conflict.theirs, conflict.base) == (mine, theirs, {"id": 41, **EMAIL})
    assert conflict.changed_on_server
    merged = {"id": 41, **EMAIL, "subject_en": "Mine", "subject_ru": "Их"}
    workspace.drafts.resolve_conflict(local_id, merged, theirs)
    resolved = workspace.drafts.get_draft(local_id)
    assert resolved.state is DraftState.MODIFIED
    assert (resolved.payload, resolved.base, resolved.theirs) == (merged, theirs, None)


def test_resolving_by_taking_theirs_leaves_nothing_to_publish(workspace: Workspace, account: Account) -> None:
    local_id = _published(workspace, account)
    theirs = {"id": 41, **EMAIL, "subject_ru": "Их"}
    workspace.drafts.save_payload(local_id, {"id": 41, **EMAIL, "subject_en": "Mine"})
    workspace.drafts.mark_conflict(local_id, theirs)
    workspace.drafts.resolve_conflict(local_id, theirs, theirs)
    assert workspace.drafts.get_draft(local_id).state is DraftState.PUBLISHED


def test_a_remote_id_belongs_to_one_draft(workspace: Workspace, account: Account) -> None:
    first = _published(workspace, account, remote_id=5)
    workspace.drafts.save_payload(first, {"id": 5, **EMAIL, "subject_en": "local work"})
    second = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    with pytest.raises(DuplicateRemoteIdError):
        workspace.drafts.mark_published(second.local_id, 5, {"id": 5, **EMAIL})
    assert workspace.drafts.get_draft(second.local_id).state is DraftState.LOCAL  # rolled back
    # The same remote id is fine under another kind.
    category = workspace.drafts.create_draft(account.id, "categories", {"title_en": "News"})
    workspace.drafts.mark_published(category.local_id, 5, {"category": 5, "title_en": "News"})


def test_a_pristine_pulled_copy_gives_way_to_the_draft_that_created_it(
    workspace: Workspace, account: Account
) -> None:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    # The POST's answer was lost; a pull then brought the created object in as its own draft.
    workspace.drafts.apply_pull(account.id, "emails", [{"id": 77, **EMAIL}], "id")
    workspace.drafts.mark_published(draft.local_id, 77, {"id": 77, **EMAIL})
    rows = workspace.drafts.list_drafts(account.id, "emails")
    assert [(r.local_id, r.remote_id) for r in rows] == [(draft.local_id, "77")]


def test_delete(workspace: Workspace, account: Account) -> None:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    assert workspace.drafts.delete_draft(draft.local_id)
    assert not workspace.drafts.delete_draft(draft.local_id)
    with pytest.raises(NotFoundError):
        workspace.drafts.get_draft(draft.local_id)
    for call in (
        lambda: workspace.drafts.mark_conflict(draft.local_id, {}),
        lambda: workspace.drafts.mark_failed(draft.local_id, DraftError("x")),
        lambda: workspace.drafts.resolve_conflict(draft.local_id, {}, {}),
        lambda: workspace.drafts.mark_published(draft.local_id, 1, {}),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_list_is_newest_first_filtered_case_insensitively(tmp_path: Path) -> None:
    ticks = iter(range(1000, 2000))
    with Workspace.open(tmp_path, clock=lambda: float(next(ticks))) as workspace:  # order is certain
        _check_list(workspace, workspace.accounts.add("Main", "https://m.example/api/v1", "m"))


def _check_list(workspace: Workspace, account: Account) -> None:
    a = workspace.drafts.create_draft(account.id, "emails", {"internal_name": "Весенняя РАСПРОДАЖА"})
    b = workspace.drafts.create_draft(account.id, "emails", {"internal_name": "Winter news"})
    c = workspace.drafts.create_draft(account.id, "emails", {"internal_name": "Straße"})
    workspace.drafts.create_draft(account.id, "segments", {"name": "Winter buyers"})
    other = workspace.accounts.add("Other", "https://o.example/api/v1", "o")
    workspace.drafts.create_draft(other.id, "emails", {"internal_name": "Winter elsewhere"})
    workspace.drafts.save_payload(a.local_id, {"internal_name": "Весенняя распродажа!"})

    rows = workspace.drafts.list_drafts(account.id, "emails")
    assert [r.local_id for r in rows] == [a.local_id, c.local_id, b.local_id]
    assert all(type(r) is DraftRow for r in rows)
    saved_at = workspace.drafts.get_draft(a.local_id).updated_at
    assert rows[0] == (a.local_id, "emails", "Весенняя распродажа!", "local", None, saved_at, 0, 0)
    assert [r.local_id for r in workspace.drafts.list_drafts(account.id, "emails", "распрод")] == [a.local_id]
    assert [r.local_id for r in workspace.drafts.list_drafts(account.id, "emails", " WINTER")] == [b.local_id]
    assert [r.local_id for r in workspace.drafts.list_drafts(account.id, "emails", "STRASSE")] == [c.local_id]
    assert workspace.drafts.list_drafts(account.id, "emails", "100%_") == []
    assert len(workspace.drafts.list_drafts(account.id, "emails", limit=2)) == 2


def test_counts_per_state(workspace: Workspace, account: Account) -> None:
    _published(workspace, account, 1)
    local_id = _published(workspace, account, 2)
    workspace.drafts.save_payload(local_id, {"internal_name": "changed"})
    workspace.drafts.create_draft(account.id, "emails", EMAIL)
    workspace.drafts.create_draft(account.id, "segments", {"name": "S"})
    counts = workspace.drafts.count_by_state(account.id, "emails")
    assert counts == {
        DraftState.LOCAL: 1,
        DraftState.MODIFIED: 1,
        DraftState.PUBLISHED: 1,
        DraftState.CONFLICT: 0,
        DraftState.FAILED: 0,
    }
    assert workspace.drafts.count_by_state(account.id)[DraftState.LOCAL] == 2


def test_removing_an_account_removes_its_drafts(workspace: Workspace, account: Account) -> None:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    workspace.outbox.enqueue(draft.local_id)
    workspace.accounts.remove(account.id)
    with pytest.raises(NotFoundError):
        workspace.drafts.get_draft(draft.local_id)
    assert workspace.outbox.job_for(draft.local_id) is None


def test_last_edited_moves_with_edits_only(tmp_path) -> None:
    now = [1000.0]
    with Workspace.open(tmp_path / "ws", clock=lambda: now[0]) as ws:
        account = ws.accounts.add("Shop", "https://esp.example.com/api/v1", "anna")
        draft = ws.drafts.create_draft(account.id, "emails", EMAIL)
        now[0] = 2000.0
        ws.drafts.save_payload(draft.local_id, {**EMAIL, "internal_name": "edited"})
        now[0] = 3000.0
        ws.drafts.mark_failed(draft.local_id, DraftError("refused"))
        assert ws.drafts.get_draft(draft.local_id).updated_at == 2000.0  # a refusal is no edit
        now[0] = 4000.0
        published = ws.drafts.mark_published(draft.local_id, 7, {**EMAIL, "id": 7, "internal_name": "edited"})
        assert published.updated_at == 2000.0 and published.published_at == 4000.0
        now[0] = 5000.0
        ws.drafts.mark_conflict(draft.local_id, {**EMAIL, "id": 7, "internal_name": "theirs"})
        assert ws.drafts.get_draft(draft.local_id).updated_at == 2000.0


def test_a_draft_says_whether_a_publish_waits(workspace: Workspace, account: Account) -> None:
    draft = workspace.drafts.create_draft(account.id, "emails", EMAIL)
    assert not draft.queued and not workspace.drafts.get_draft(draft.local_id).queued
    workspace.outbox.enqueue(draft.local_id)
    assert workspace.drafts.get_draft(draft.local_id).queued


def test_remote_ids_of_a_kind(workspace: Workspace, account: Account) -> None:
    workspace.drafts.apply_pull(account.id, "categories", [{"category": 3}, {"category": 9}])
    workspace.drafts.create_draft(account.id, "categories", {"title": "local"})
    assert workspace.drafts.remote_ids(account.id, "categories") == {"3", "9"}
    assert workspace.drafts.remote_ids(account.id, "emails") == set()
