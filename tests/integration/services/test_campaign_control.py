"""Campaign control against the sandbox: start, pause, resume and archive several campaigns at
once, the state brought back into the drafts, refusals (409 and a deleted campaign) in words,
which action applies to which status, and Duplicate."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.drafts import Draft, DraftState
from app.domain.kinds import DraftKind
from app.services.accounts_service import AccountService
from app.services.campaign_control import CampaignAction, CampaignControl, status_of, why_not
from app.services.workspace_service import WorkspaceService

from .conftest import Recorder


async def _server_objects(accounts: AccountService) -> dict[str, Any]:
    """A category, an email and a segment on the server, and one campaign of each kind."""
    async with accounts.client() as api:
        category = await api.categories.create({"title": "Control tests", "description": "x"})
        email = await api.emails.create({"category": category["category"], "from_address": "news@example.com",
                                         "internal_name": "Control", "subject": "Hello"})  # fmt: skip
        segment = await api.segments.create({"name": "Everyone", "condition": {"all": []}})
        common = {"message_id": email["id"], "source_type": "S", "source_id": segment["id"]}
        one = {"message_type": "L", **common, "tags": "one"}
        ab = {"messages_type": "L", **common, "tags": "ab", "ab_percent": 20, "win_parameter": "O"}
        auto = {"message_type": "L", **common, "tags": "auto", "crontab": "0 9 * * 1"}
        campaigns = {
            DraftKind.CAMPAIGNS: await api.campaigns.create(one),
            DraftKind.AB_CAMPAIGNS: await api.ab_campaigns.create(ab),
            DraftKind.AUTO_CAMPAIGNS: await api.auto_campaigns.create(auto),
        }
    return {"email": email, "segment": segment, "campaigns": campaigns}


async def _pulled(workspace: WorkspaceService, kind: DraftKind, obj: dict[str, Any]) -> Draft:
    account_id = workspace.account_id
    assert account_id is not None
    await workspace.runner.call(lambda ws: ws.drafts.apply_pull(account_id, kind.value, [obj]))
    draft = await workspace.runner.call(
        lambda ws: ws.drafts.find_by_remote_id(account_id, kind.value, obj["id"])
    )
    assert draft is not None
    return draft


@pytest.fixture
async def setup(accounts: AccountService, workspace: WorkspaceService, sandbox: Any) -> dict[str, Any]:
    account = await accounts.add("Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
    await accounts.select(account.id)
    made = await _server_objects(accounts)
    made["drafts"] = {kind: await _pulled(workspace, kind, obj) for kind, obj in made["campaigns"].items()}
    return made


async def _status(workspace: WorkspaceService, draft: Draft) -> str | None:
    return status_of(await workspace.get_draft(draft.local_id))


async def test_the_life_of_three_campaigns_at_once(setup, accounts, workspace) -> None:
    control = CampaignControl(workspace, accounts)
    finished = Recorder(control.finished)
    busy = Recorder(control.busy_changed)
    changed = Recorder(workspace.draft_changed)
    drafts = list(setup["drafts"].values())
    ids = [d.local_id for d in drafts]
    assert [await _status(workspace, d) for d in drafts] == ["new", "new", "new"]

    life = [(CampaignAction.START, "running"), (CampaignAction.PAUSE, "paused"),
            (CampaignAction.RESUME, "running"), (CampaignAction.ARCHIVE, "archived")]  # fmt: skip
    for action, status in life:
        results = await control.apply(action, ids)
        assert [(r.local_id, r.done, r.status) for r in results] == [(i, True, status) for i in ids]
        # From the server, into the drafts.
        assert [await _status(workspace, d) for d in drafts] == [status] * 3
        assert (await workspace.get_draft(ids[0])).state is DraftState.PUBLISHED  # no false "changed"
    assert results[0].message == "“one” archived."
    assert len(finished.calls) == 4 and busy.values == [True, False] * 4
    assert set(ids) <= set(changed.values)
    async with accounts.client() as api:
        ab = await api.ab_campaigns.get(setup["campaigns"][DraftKind.AB_CAMPAIGNS]["id"])
    assert ab["status"] == "archived"


async def test_a_refusal_says_why_and_brings_the_servers_state(setup, accounts, workspace) -> None:
    control = CampaignControl(workspace, accounts)
    one_time = setup["drafts"][DraftKind.CAMPAIGNS]
    async with accounts.client() as api:  # someone else started it: the draft still says "new"
        await api.campaigns.start(setup["campaigns"][DraftKind.CAMPAIGNS]["id"])
    assert await _status(workspace, one_time) == "new"
    [result] = await control.apply(CampaignAction.START, [one_time.local_id])
    assert not result.done and result.status == "running"
    assert result.message == (
        "“one” was not started: Only a new campaign can be started; this one is running. "
        "The list now shows its state on the server."
    )
    assert await _status(workspace, one_time) == "running"

    ab, auto = setup["drafts"][DraftKind.AB_CAMPAIGNS], setup["drafts"][DraftKind.AUTO_CAMPAIGNS]
    results = await control.apply(CampaignAction.PAUSE, [ab.local_id, one_time.local_id, auto.local_id])
    assert [r.done for r in results] == [False, True, False]  # one refusal does not stop the others
    assert "Only a running campaign can be paused; this one is new." in results[0].message


async def test_a_campaign_deleted_on_the_server_or_never_published(setup, accounts, workspace) -> None:
    control = CampaignControl(workspace, accounts)
    ghost = dict(setup["campaigns"][DraftKind.CAMPAIGNS], id=987_654)
    gone = await _pulled(workspace, DraftKind.CAMPAIGNS, ghost)
    local = await workspace.create_draft(DraftKind.CAMPAIGNS, {"tags": "local one"})
    results = await control.apply(CampaignAction.ARCHIVE, [gone.local_id, local.local_id, 424_242])
    assert [r.done for r in results] == [False, False, False]
    messages = sorted(r.message for r in results)
    assert messages == [
        "This draft no longer exists.",
        "“local one” is not on the server yet: publish it first.",
        "“one” was not archived: it no longer exists on the server.",
    ]


async def test_which_action_applies_to_which_status(accounts, workspace) -> None:
    control = CampaignControl(workspace, accounts)
    table = {
        (action, status): why_not(action, status, published=True) is None
        for action in CampaignAction
        for status in ("new", "running", "paused", "archived")
    }
    allowed = {key for key, ok in table.items() if ok}
    assert allowed == {
        (CampaignAction.START, "new"),
        (CampaignAction.PAUSE, "running"),
        (CampaignAction.RESUME, "paused"),
        (CampaignAction.ARCHIVE, "new"),
        (CampaignAction.ARCHIVE, "running"),
        (CampaignAction.ARCHIVE, "paused"),
    }
    assert why_not(CampaignAction.START, "scheduled", published=True) is None  # unknown: the server decides
    assert control.reason(CampaignAction.RESUME, "running", published=True) == (
        "Only a paused campaign can be resumed; this one is running."
    )
    assert control.reason(CampaignAction.START, None, published=False) == (
        "This campaign is not on the server yet: publish it first."
    )


async def test_duplicate_makes_a_local_draft_without_the_servers_fields(setup, accounts, workspace) -> None:
    control = CampaignControl(workspace, accounts)
    original = setup["drafts"][DraftKind.AB_CAMPAIGNS]
    copy_ = await control.duplicate(original.local_id)
    assert copy_.kind is DraftKind.AB_CAMPAIGNS
    assert copy_.remote_id is None and copy_.state is DraftState.LOCAL
    for key in ("id", "status", "project_id", "created_at", "updated_at"):
        assert key not in copy_.payload
    assert copy_.payload["messages_type"] == "L" and copy_.payload["ab_percent"] == 20
    assert copy_.payload["message_id"] == setup["email"]["id"]
