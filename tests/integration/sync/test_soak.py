"""Soak: 1,000 drafts published through a sandbox that fails one request in ten."""

from __future__ import annotations

import collections
import time

import pytest

from app.domain.drafts import DraftState

from .conftest import category_id, client_for, email_payload, pending, start_worker, wait_until

EMAILS = 800
CATEGORIES = 100
CAMPAIGNS = 80  # each sends one of the email drafts, still local when queued
REFUSED = 20  # emails the server must refuse (no sender address)


# About 20 s on an idle machine; the bounds leave room for one busy with other work.
@pytest.mark.slow
@pytest.mark.timeout(900)
async def test_a_thousand_drafts_end_published_once_or_failed_and_none_is_lost(
    runner, sandbox_factory, tmp_path
):
    data_dir = tmp_path / "server"
    clean = sandbox_factory(data_dir=data_dir)
    async with client_for(clean) as api:
        category = await category_id(api, "soak")
    clean.stop()
    server = sandbox_factory(data_dir=data_dir, faults=0.1, seed=1000)
    account = (await runner.call(lambda ws: ws.accounts.add("Soak", server.base_url, server.login))).id

    def create_all(ws):
        ids: dict[str, list[int]] = collections.defaultdict(list)
        for i in range(EMAILS):
            payload = email_payload(category, f"soak email {i:04d}")
            ids["emails"].append(ws.drafts.create_draft(account, "emails", payload).local_id)
        for i in range(REFUSED):
            payload = {"category": category, "internal_name": f"soak refused {i:02d}"}
            ids["refused"].append(ws.drafts.create_draft(account, "emails", payload).local_id)
        for i in range(CATEGORIES):
            payload = {"title": f"soak category {i:03d}", "description": "soak"}
            ids["categories"].append(ws.drafts.create_draft(account, "categories", payload).local_id)
        for i in range(CAMPAIGNS):
            payload = {"message_type": "L", "$message_local_id": ids["emails"][i * 7], "source_type": "A",
                       "tags": f"soak campaign {i:02d}"}  # fmt: skip
            ids["campaigns"].append(ws.drafts.create_draft(account, "campaigns", payload).local_id)
        # Queued in an unhelpful order: campaigns first, their emails last.
        for group in ("campaigns", "categories", "refused", "emails"):
            for local_id in ids[group]:
                ws.outbox.enqueue(local_id)
        return ids

    ids = await runner.call(create_all)
    total = sum(len(group) for group in ids.values())
    assert total == 1000
    started = time.perf_counter()
    async with client_for(server, timeout=15.0) as api:
        running = await start_worker(api, runner, account)
        try:
            await wait_until(lambda: _drained(runner, account), 600, "the outbox to drain")
        finally:
            await running.stop()
    elapsed = time.perf_counter() - started
    faults = collections.Counter(line.split()[3] for line in server.fault_log())
    server.stop()

    verify = sandbox_factory(data_dir=data_dir, secret=server.secret)
    async with client_for(verify) as api:
        emails = collections.Counter(e["internal_name"] for e in await api.emails.list())
        titles = collections.Counter(c["title"] for c in await api.categories.list())
        tags = collections.Counter(c["tags"] for c in await api.campaigns.list())
        email_ids = {e["internal_name"]: e["id"] for e in await api.emails.list()}
    drafts = await runner.call(lambda ws: {i: ws.drafts.get_draft(i) for g in ids.values() for i in g})
    retries = sum(1 for r in running.events.results if r.outcome.value == "retry")
    print(f"soak: {total} drafts in {elapsed:.1f} s; faults {dict(faults)}; outbox retries {retries}; "
          f"listings for lost creates {running.worker.publisher.finder.listings_fetched}")  # fmt: skip

    assert sum(faults.values()) > 60 and faults["drop-after"] > 5
    assert len(drafts) == total and await pending(runner, account) == 0  # none lost
    assert max(emails.values()) == 1 and max(titles.values()) == 1 and max(tags.values()) == 1
    for local_id in ids["emails"] + ids["categories"] + ids["campaigns"]:
        d = drafts[local_id]
        assert d.state is DraftState.PUBLISHED and d.remote_id is not None, (d.title, d.last_error)
    for local_id in ids["emails"]:
        assert email_ids[drafts[local_id].payload["internal_name"]] == int(drafts[local_id].remote_id)
    for number, local_id in enumerate(ids["campaigns"]):
        email = drafts[ids["emails"][number * 7]]
        assert drafts[local_id].payload["message_id"] == int(email.remote_id)
        assert tags[f"soak campaign {number:02d}"] == 1
    for local_id in ids["refused"]:
        d = drafts[local_id]
        assert d.state is DraftState.FAILED and d.last_error and "from_address" in d.last_error.fields
        assert emails[d.payload["internal_name"]] == 0


async def _drained(runner, account) -> bool:
    return await pending(runner, account) == 0
