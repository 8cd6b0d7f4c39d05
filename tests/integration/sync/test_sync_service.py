"""SyncService on the qasync loop: publish, pull and account trouble, seen through its signals."""

from __future__ import annotations

import asyncio
import time

import pytest

from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.services.accounts_service import AccountService
from app.services.publishing import NOT_SENT
from app.services.store_access import WorkspaceRunner
from app.services.sync_service import SyncService
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from tests.gui.conftest import qloop  # noqa: F401 - the fixture

from .conftest import FAST_BACKOFF, FAST_PROBE, category_id, email_payload


class Signals:
    def __init__(self, sync: SyncService, workspace: WorkspaceService) -> None:
        self.seen: dict[str, list[tuple]] = {}
        for name in ("online_changed", "busy_changed", "progress", "draft_published", "draft_failed",
                     "draft_conflict", "pull_finished", "failed"):  # fmt: skip
            getattr(sync, name).connect(lambda *args, name=name: self.seen.setdefault(name, []).append(args))
        workspace.outbox_changed.connect(lambda n: self.seen.setdefault("outbox_changed", []).append((n,)))
        workspace.drafts_changed.connect(lambda k: self.seen.setdefault("drafts_changed", []).append((k,)))

    def of(self, name: str) -> list[tuple]:
        return self.seen.get(name, [])


async def until(condition, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def test_publish_pull_and_a_wrong_secret_through_signals(qloop, sandbox, tmp_path):  # noqa: F811
    async def scenario() -> None:
        runner = await WorkspaceRunner.open(tmp_path / "ws")
        tasks = TaskRunner()
        workspace = WorkspaceService(runner)
        accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
        sync = SyncService(workspace, accounts, tasks,
                           worker_options={"backoff": FAST_BACKOFF, "probe": FAST_PROBE})  # fmt: skip
        signals = Signals(sync, workspace)
        try:
            account = await accounts.add("Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
            await accounts.select(account.id)
            sync.start()
            await until(lambda: sync.online, 10, "online")
            assert signals.of("online_changed") == [(True,)]

            async with accounts.client() as api:
                category = await category_id(api, "sync service")
            good = await workspace.create_draft(DraftKind.EMAILS, email_payload(category, "via service"))
            refused = await workspace.create_draft(DraftKind.EMAILS, {"internal_name": "no sender"})
            sync.publish([good.local_id, refused.local_id])
            await until(lambda: signals.of("draft_published") and signals.of("draft_failed"), 10, "results")
            assert signals.of("draft_published") == [(good.local_id,)]
            [(failed_id, message)] = signals.of("draft_failed")
            assert failed_id == refused.local_id and message == NOT_SENT  # not even queued
            stored = await workspace.get_draft(refused.local_id)
            assert stored.last_error is not None and "from_address" in stored.last_error.fields
            assert (await workspace.get_draft(good.local_id)).state is DraftState.PUBLISHED
            await until(lambda: signals.of("outbox_changed") and signals.of("outbox_changed")[-1] == (0,),
                        5, "the outbox count")  # fmt: skip
            assert ("emails",) in signals.of("drafts_changed")
            busy = [value for (value,) in signals.of("busy_changed")]
            assert busy[:1] == [True] and busy[-1] is False

            sync.pull([DraftKind.CATEGORIES, DraftKind.EMAILS])
            await until(lambda: len(signals.of("pull_finished")) == 2, 10, "the pull")
            assert [kind for kind, _ in signals.of("pull_finished")] == ["categories", "emails"]
            assert signals.of("pull_finished")[1][1].unchanged >= 1  # the email just published

            # A wrong secret: the service says so in plain words and counts as not online.
            await accounts.edit(account.id, name="Sandbox", base_url=sandbox.base_url, login=sandbox.login,
                                secret="not the secret")  # fmt: skip
            await until(lambda: signals.of("failed"), 10, "the account problem")
            assert "login or the secret is wrong" in signals.of("failed")[-1][0]
            assert not sync.online and signals.of("online_changed")[-1] == (False,)
            assert not signals.of("progress")  # nothing here took a second
        finally:
            await sync.stop()
            await tasks.shutdown()
            await runner.close()

    qloop.run(scenario(), timeout=60)


def test_publishing_that_takes_over_a_second_shows_progress(qloop, sandbox_factory, tmp_path):  # noqa: F811
    slow = sandbox_factory(faults=1.0, seed=3, extra_args=["--fault-kinds", "slow"])

    async def scenario() -> None:
        runner = await WorkspaceRunner.open(tmp_path / "ws")
        tasks = TaskRunner()
        workspace = WorkspaceService(runner)
        accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
        sync = SyncService(workspace, accounts, tasks, worker_options={"concurrency": 2})
        signals = Signals(sync, workspace)
        try:
            account = await accounts.add("Slow", slow.base_url, slow.login, slow.secret)
            await accounts.select(account.id)
            sync.start()
            drafts = [
                await workspace.create_draft(DraftKind.CATEGORIES, {"title": f"slow {i}"}) for i in range(5)
            ]
            sync.publish([d.local_id for d in drafts])
            await until(lambda: len(signals.of("draft_published")) == 5, 40, "five slow publishes")
            await until(lambda: signals.of("progress") and signals.of("progress")[-1][0] == 5, 5, "the end")
        finally:
            await sync.stop()
            await tasks.shutdown()
            await runner.close()
        progress = signals.of("progress")
        assert progress[-1] == (5, 5, "Published 5 drafts.")
        assert any(text.startswith("Publishing ") and total == 5 for _done, total, text in progress)
        assert [done for done, _, _ in progress] == sorted(done for done, _, _ in progress)

    qloop.run(scenario(), timeout=60)
