"""The audience service against the sandbox over loopback, on a real workspace: one profile
(what the server kept and dropped, learned as declared fields), events and their history,
and segment generation (published drafts take the new date and size)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import pytest

from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.domain.profile_fields import FieldOrigin, ProfileFieldType
from app.services.accounts_service import AccountService
from app.services.audience_service import AudienceError, AudienceService, GenerationPoll
from app.services.workspace_service import WorkspaceService

from .conftest import Recorder

FIELDS = ("city:String", "age:Int", "vip:Bool")


async def _use(accounts: AccountService, server: Any, name: str = "Sandbox") -> int:
    account = await accounts.add(name, server.base_url, server.login, server.secret)
    await accounts.select(account.id)
    return account.id


@pytest.fixture
def server(sandbox_factory: Callable[..., Any]) -> Any:
    return sandbox_factory(declare_fields=FIELDS)


async def test_one_profile_shows_what_was_kept_and_learns_the_fields(workspace, accounts, server) -> None:
    await _use(accounts, server)
    service = AudienceService(workspace, accounts)
    changed = Recorder(service.fields.fields_changed)
    answer = await service.upsert_profile(
        {"email": " anna@example.com ", "uid": "", "phone": None},  # type: ignore[dict-item]
        {"city": "Rome", "age": 41, "nickname": "Annie"},
    )
    assert answer.sent == {
        "email": "anna@example.com",
        "fields": {"city": "Rome", "age": 41, "nickname": "Annie"},
    }
    assert answer.stored["email"] == "anna@example.com"
    assert answer.stored["fields"] == {"city": "Rome", "age": 41}
    assert answer.dropped == ["nickname"]
    declared = {f.name: (f.type, f.origin) for f in await service.fields.declared_fields()}
    assert declared == {
        "age": (ProfileFieldType.INT, FieldOrigin.SERVER),
        "city": (ProfileFieldType.STRING, FieldOrigin.SERVER),
    }
    assert changed.calls  # editors showing the fields reload them

    again = await service.upsert_profile({"email": "anna@example.com"}, {"vip": True})
    assert again.stored["fields"] == {"vip": True}  # the server echoes what this request stored
    assert again.dropped == []


async def test_one_profile_refusals_say_why(workspace, accounts, server) -> None:
    service = AudienceService(workspace, accounts)
    with pytest.raises(AudienceError, match="No account is selected"):
        await service.upsert_profile({"email": "a@example.com"})
    await _use(accounts, server)
    with pytest.raises(AudienceError, match="at least one of user ID"):
        await service.upsert_profile({"uid": "  "}, {"city": "Rome"})
    with pytest.raises(AudienceError) as refused:
        await service.upsert_profile({"uid": "u1"}, {"age": "forty"})
    assert refused.value.message.startswith("The server did not take the profile.")
    assert list(refused.value.fields) == ["fields.age"]
    assert await service.fields.declared_fields() == []  # nothing was stored: nothing learned


async def test_events_join_the_history_with_the_answers_and_can_be_resent(
    workspace, accounts, server
) -> None:
    await _use(accounts, server)
    service = AudienceService(workspace, accounts)
    sent = Recorder(service.event_sent)
    first = await service.send_event("  cart_abandoned ", {"uid": "u1", "items": [1, 2]})
    assert first.ok and first.number == 1
    assert first.name == "cart_abandoned"
    assert first.answer == {"name": "cart_abandoned", "payload": {"uid": "u1", "items": [1, 2]}}
    nameless = await service.send_event("", {"x": 1})
    assert not nameless.ok and nameless.message == "Enter the event's name."
    again = await service.resend(1)
    assert again.ok and again.number == 3 and again.resend_of == 1
    assert again.payload == first.payload
    assert [record.number for record in service.history] == [1, 2, 3]
    assert sent.values == service.history
    with pytest.raises(AudienceError):
        await service.resend(42)


async def test_an_event_the_server_cannot_get_is_recorded_with_the_reason(workspace, accounts) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    account = await accounts.add("Nowhere", f"http://127.0.0.1:{port}/api/v1/", "demo", "secret")
    await accounts.select(account.id)
    service = AudienceService(workspace, accounts)
    record = await service.send_event("signup", None)
    assert not record.ok
    assert "refused the connection" in record.message
    assert service.history == [record]


async def _segment_draft(workspace: WorkspaceService, account_id: int, segment: dict[str, Any]) -> int:
    """The server's segment pulled into the workspace, as a pull brings it."""
    await workspace.runner.call(lambda ws: ws.drafts.apply_pull(account_id, "segments", [segment]))
    rows = await workspace.list_drafts(DraftKind.SEGMENTS)
    return next(row.local_id for row in rows if row.remote_id == str(segment["id"]))


async def test_generating_a_published_segment_updates_its_draft(workspace, accounts, server) -> None:
    account_id = await _use(accounts, server)
    service = AudienceService(workspace, accounts)
    states = Recorder(service.generation_changed)
    async with accounts.client() as api:
        await api.users.upsert_many([{"uid": f"u{i}"} for i in range(7)])
        created = await api.segments.create(
            {"name": "Everyone", "condition": {"all": True}, "segment_limit": 5}
        )
    local_id = await _segment_draft(workspace, account_id, created)
    changed = Recorder(workspace.draft_changed)

    state = await service.generate_segment(local_id)
    assert not state.generating and state.message == ""
    assert state.size == 5  # the limit caps the seven profiles
    assert state.generated_at is not None
    assert [s.generating for _id, s in states.values] == [True, False]
    draft = await workspace.get_draft(local_id)
    assert draft.state is DraftState.PUBLISHED
    assert draft.payload["size"] == 5 and draft.payload["generated_at"] is not None
    assert local_id in changed.values  # an open editor refreshes
    assert service.generation(local_id) == state


async def test_a_segment_with_local_changes_keeps_them_while_it_generates(
    workspace, accounts, server
) -> None:
    account_id = await _use(accounts, server)
    service = AudienceService(workspace, accounts, poll=GenerationPoll(first=0.05, cap=0.1, max_wait=1))
    async with accounts.client() as api:
        await api.users.upsert({"uid": "only"})
        created = await api.segments.create({"name": "All", "condition": {"all": True}})
    local_id = await _segment_draft(workspace, account_id, created)
    edited = {**created, "name": "All (renamed here)"}
    await workspace.save_payload(local_id, edited)
    state = await service.generate_segment(local_id)
    assert state.size == 1
    draft = await workspace.get_draft(local_id)
    assert draft.state is DraftState.MODIFIED
    assert draft.payload == edited  # the user's change stays; the state lives in the session


async def test_generate_refuses_unpublished_and_unknown_segments(workspace, accounts, server) -> None:
    account_id = await _use(accounts, server)
    service = AudienceService(workspace, accounts)
    local = await workspace.create_draft(DraftKind.SEGMENTS, {"name": "Draft", "condition": {}})
    with pytest.raises(AudienceError, match="Publish the segment first"):
        await service.generate_segment(local.local_id)
    gone = await _segment_draft(workspace, account_id, {"id": 9999, "name": "Gone", "condition": {}})
    with pytest.raises(AudienceError, match="no longer has this segment"):
        await service.generate_segment(gone)
    state = service.generation(gone)
    assert state is not None and not state.generating and "no longer has" in state.message


async def test_the_import_service_is_one_and_shares_the_fields(workspace, accounts) -> None:
    service = AudienceService(workspace, accounts)
    imports = service.imports
    assert service.imports is imports
    assert imports.parent() is service
