"""The outbox worker against a sandbox that goes away, drops connections and fails."""

from __future__ import annotations

import asyncio
import collections

from app.api import RetryPolicy
from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.services.outbox_worker import Connection
from app.services.publishing import Outcome
from app.services.store_access import WorkspaceRunner
from app.services.sync_backoff import Backoff
from app.services.sync_payloads import wire_body

from .conftest import (
    add_account,
    category_id,
    client_for,
    draft,
    email_payload,
    free_port,
    new_draft,
    pending,
    queue,
    start_worker,
    wait_until,
)


async def prepared_server(sandbox_factory, data_dir, unique, **faulty):
    """A sandbox with a category made while it was healthy, restarted with ``faulty`` options."""
    clean = sandbox_factory(data_dir=data_dir)
    async with client_for(clean) as api:
        category = await category_id(api, unique)
    clean.stop()
    return sandbox_factory(data_dir=data_dir, **faulty), category


async def server_names(running) -> collections.Counter[str]:
    async with client_for(running) as api:
        return collections.Counter(e["internal_name"] for e in await api.emails.list())


async def names_after_faults(sandbox_factory, faulty, data_dir) -> collections.Counter[str]:
    """What the server holds, read once it has been restarted without faults."""
    faulty.stop()
    return await server_names(sandbox_factory(data_dir=data_dir, secret=faulty.secret))


async def test_offline_publish_waits_in_the_outbox_and_goes_out_when_the_server_returns(
    runner, sandbox_factory, tmp_path, unique
):
    port = free_port()
    data = tmp_path / "server"
    first = sandbox_factory(data_dir=data, port=port)
    async with client_for(first) as setup:
        category = await category_id(setup, unique)
    account = await add_account(runner, first)
    async with client_for(first) as api:
        running = await start_worker(api, runner, account)
        try:
            online = await new_draft(runner, account, DraftKind.EMAILS, email_payload(category, "before"))
            await queue(runner, online.local_id)
            running.worker.kick()
            await wait_until(lambda: _no_pending(runner, account), 10, "the first publish")

            first.stop()
            payload = email_payload(category, "while offline", subject="Written on a train")
            offline = await new_draft(runner, account, DraftKind.EMAILS, payload)
            await queue(runner, offline.local_id)
            running.worker.kick()
            await wait_until(lambda: _is(running.worker.state, Connection.OFFLINE), 15, "going offline")
            await asyncio.sleep(1.0)  # a few probes fail meanwhile
            assert await pending(runner, account) == 1
            kept = await draft(runner, offline.local_id)
            assert kept.state is DraftState.LOCAL and kept.payload == payload

            second = sandbox_factory(data_dir=data, port=port, secret=first.secret)
            await wait_until(lambda: _no_pending(runner, account), 15, "the queued publish")
            assert running.worker.state is Connection.ONLINE
            states = [state for state, _ in running.events.states]
            assert states[-2:] == [Connection.OFFLINE, Connection.ONLINE]
            sent = await draft(runner, offline.local_id)
            assert sent.state is DraftState.PUBLISHED and sent.payload["subject"] == "Written on a train"
        finally:
            await running.stop()
    assert (await server_names(second))["while offline"] == 1


async def test_a_create_whose_answer_was_lost_is_found_not_repeated(
    runner, sandbox_factory, tmp_path, unique
):
    server, category = await prepared_server(
        sandbox_factory, tmp_path / "server", unique,
        faults=0.5, seed=4242, extra_args=["--fault-kinds", "drop-after"],
    )  # fmt: skip
    account = await add_account(runner, server)
    names = [f"dropped {unique} {i}" for i in range(12)]
    async with client_for(server) as api:
        drafts = [await email_draft(runner, account, category, name) for name in names]
        await queue(runner, *(d.local_id for d in drafts))
        running = await start_worker(api, runner, account)
        try:
            await wait_until(lambda: _no_pending(runner, account), 60, "every publish")
            lookups = running.worker.publisher.finder.listings_fetched
        finally:
            await running.stop()
    dropped_posts = [line for line in server.fault_log() if "drop-after POST /api/v1/emails/" in line]
    assert dropped_posts, "no POST lost its answer: the test proved nothing"
    assert lookups >= 1
    on_server = await names_after_faults(sandbox_factory, server, tmp_path / "server")
    assert all(on_server[name] == 1 for name in names), on_server
    for local in drafts:
        assert (await draft(runner, local.local_id)).state is DraftState.PUBLISHED


async def test_after_a_crash_mid_create_the_object_is_adopted_and_held_ones_are_left_alone(
    sandbox, tmp_path, unique
):
    directory = tmp_path / "ws"
    payload = email_payload(1, f"twin {unique}")
    async with client_for(sandbox) as api:
        payload["category"] = await category_id(api, unique)
        runner = await WorkspaceRunner.open(directory)
        account = await add_account(runner, sandbox)
        # An identical email published earlier from this workspace: its object is taken.
        held = await new_draft(runner, account, DraftKind.EMAILS, payload)
        await queue(runner, held.local_id)
        running = await start_worker(api, runner, account)
        await wait_until(lambda: _no_pending(runner, account), 10, "the first twin")
        await running.stop()
        held_id = (await draft(runner, held.local_id)).remote_id

        # Two more twins, both "sending" when the app died: one POST reached the server, one did not.
        landed = await new_draft(runner, account, DraftKind.EMAILS, payload)
        lost = await new_draft(runner, account, DraftKind.EMAILS, payload)
        await queue(runner, landed.local_id, lost.local_id)
        body = wire_body(DraftKind.EMAILS, payload)

        def sending(ws):
            for local_id in (landed.local_id, lost.local_id):
                ws.outbox.mark_sending(ws.outbox.job_for(local_id).id, body.fingerprint)

        await runner.call(sending)
        created = await api.emails.create(body.fields)
        await runner.close()

        runner = await WorkspaceRunner.open(directory)
        try:
            jobs = await runner.call(lambda ws: ws.outbox.list(account))
            assert all(job.outcome_unknown and not job.sending for job in jobs) and len(jobs) == 2
            running = await start_worker(api, runner, account)
            await wait_until(lambda: _no_pending(runner, account), 10, "the interrupted twins")
            await running.stop()
            ids = {
                local_id: (await draft(runner, local_id)).remote_id
                for local_id in (held.local_id, landed.local_id, lost.local_id)
            }
        finally:
            await runner.close()
        twins = [e["id"] for e in await api.emails.list() if e["internal_name"] == f"twin {unique}"]
    assert len(twins) == 3  # the held one, the adopted one, and one new POST: no duplicate
    assert ids[held.local_id] == held_id
    assert str(created["id"]) in (ids[landed.local_id], ids[lost.local_id])
    assert sorted(int(i) for i in ids.values()) == sorted(twins)


async def test_500_and_429_are_retried_with_backoff_until_published(
    runner, sandbox_factory, tmp_path, unique
):
    server, category = await prepared_server(
        sandbox_factory, tmp_path / "server", unique,
        faults=0.5, seed=99, extra_args=["--fault-kinds", "500", "429"],
    )  # fmt: skip
    account = await add_account(runner, server)
    names = [f"retried {unique} {i}" for i in range(10)]
    # The client gives up at once, so every failure reaches the outbox's own backoff.
    once = RetryPolicy(max_attempts=1)
    async with client_for(server, retry=once) as api:
        drafts = [await email_draft(runner, account, category, name) for name in names]
        await queue(runner, *(d.local_id for d in drafts))
        running = await start_worker(api, runner, account, backoff=Backoff(base=0.2, cap=1.0))
        try:
            await wait_until(lambda: _no_pending(runner, account), 90, "every publish")
        finally:
            await running.stop()
    retries = [r for r in running.events.results if r.outcome is Outcome.RETRY]
    assert retries, "nothing failed: the test proved nothing"
    assert all(0.1 <= r.retry_in <= 1.0 for r in retries if "Too many" not in r.message)  # jitter within cap
    throttled = [r for r in retries if "Too many requests" in r.message]
    assert throttled and all(r.retry_in >= 1.0 for r in throttled)  # Retry-After: 1 is a floor
    assert any(r.retry_in > 0.2 for r in retries if "Too many" not in r.message)  # it grows
    on_server = await names_after_faults(sandbox_factory, server, tmp_path / "server")
    assert all(on_server[name] == 1 for name in names), on_server
    for local in drafts:
        assert (await draft(runner, local.local_id)).state is DraftState.PUBLISHED


async def email_draft(runner, account, category, name):
    return await new_draft(runner, account, DraftKind.EMAILS, email_payload(category, name))


async def _no_pending(runner, account) -> bool:
    return await pending(runner, account) == 0


async def _is(value, expected) -> bool:
    return value is expected
