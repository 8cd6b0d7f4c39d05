"""The outbox: ordered, one job per draft, backoff fields, and it survives restarts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store.errors import NotFoundError
from app.store.json_text import fingerprint
from app.store.outbox import Operation
from app.store.workspace import Workspace


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ws(tmp_path: Path, clock: Clock) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ws", clock=clock) as workspace:
        yield workspace


def _drafts(ws: Workspace, account_id: int, count: int) -> list[int]:
    drafts = [ws.drafts.create_draft(account_id, "emails", {"internal_name": f"E{n}"}) for n in range(count)]
    return [draft.local_id for draft in drafts]


def test_jobs_come_due_in_order(ws: Workspace, clock: Clock) -> None:
    account = ws.accounts.add("A", "https://a.example/api/v1", "a")
    a, b, c = _drafts(ws, account.id, 3)
    for local_id in (a, b, c):
        ws.outbox.enqueue(local_id)
        clock.now += 1
    assert [job.local_id for job in ws.outbox.due(clock.now)] == [a, b, c]
    assert [job.local_id for job in ws.outbox.due(1000.5)] == [a]
    assert [job.local_id for job in ws.outbox.due(clock.now, limit=2)] == [a, b]
    assert ws.outbox.pending_count(account.id) == 3
    assert ws.outbox.pending_local_ids(account.id) == {a, b, c}
    assert ws.outbox.next_due_at() == 1000.0


def test_a_failed_attempt_backs_off(ws: Workspace, clock: Clock) -> None:
    account = ws.accounts.add("A", "https://a.example/api/v1", "a")
    a, b = _drafts(ws, account.id, 2)
    job_a = ws.outbox.enqueue(a)
    ws.outbox.enqueue(b)
    ws.outbox.mark_sending(job_a)
    assert [job.local_id for job in ws.outbox.due(clock.now)] == [b]  # in flight: not handed out twice
    clock.now = 1001.0
    ws.outbox.mark_attempt(job_a, "The server answered 503", next_attempt_at=1030.0)
    job = ws.outbox.get(job_a)
    assert (job.attempts, job.last_error, job.next_attempt_at) == (1, "The server answered 503", 1030.0)
    assert job.last_attempt_at == 1001.0
    assert not job.sending and not job.outcome_unknown
    assert [j.local_id for j in ws.outbox.due(1029.0)] == [b]
    assert [j.local_id for j in ws.outbox.due(1030.0)] == [b, a]
    ws.outbox.mark_attempt(job_a, "429 Too Many Requests", next_attempt_at=1100.0)
    assert ws.outbox.get(job_a).attempts == 2
    assert [j.local_id for j in ws.outbox.list(account.id)] == [b, a]


def test_one_pending_job_per_draft(ws: Workspace, clock: Clock) -> None:
    account = ws.accounts.add("A", "https://a.example/api/v1", "a")
    [a] = _drafts(ws, account.id, 1)
    first = ws.outbox.enqueue(a)
    ws.outbox.mark_attempt(first, "offline", next_attempt_at=5000.0, outcome_unknown=True)
    clock.now = 1200.0
    merged = ws.outbox.enqueue(a, Operation.PUBLISH)  # the user pressed Publish again
    assert merged.id == first.id
    assert merged.next_attempt_at == 1200.0  # due now
    assert (merged.attempts, merged.outcome_unknown) == (1, True)  # the lost POST is still looked for
    assert ws.outbox.pending_count(account.id) == 1


def test_complete_removes_the_job(ws: Workspace) -> None:
    account = ws.accounts.add("A", "https://a.example/api/v1", "a")
    [a] = _drafts(ws, account.id, 1)
    job = ws.outbox.enqueue(a)
    ws.outbox.complete(job)
    assert ws.outbox.job_for(a) is None
    assert ws.outbox.pending_count(account.id) == 0
    assert ws.outbox.next_due_at() is None
    with pytest.raises(NotFoundError):
        ws.outbox.mark_attempt(job, "x", 0.0)
    with pytest.raises(NotFoundError):
        ws.outbox.enqueue(987654)


def test_the_outbox_survives_a_restart_and_an_interrupted_post_is_not_blind(
    tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "ws"
    payload = {"internal_name": "Launch"}
    with Workspace.open(folder, clock=clock) as ws:
        account = ws.accounts.add("A", "https://a.example/api/v1", "a")
        sent, waiting = _drafts(ws, account.id, 2)
        ws.drafts.save_payload(sent, payload)
        job = ws.outbox.enqueue(sent)
        ws.outbox.mark_attempt(ws.outbox.enqueue(waiting), "timeout", next_attempt_at=1500.0)
        ws.outbox.mark_sending(job, fingerprint(payload))
        # The app ends here, mid-request (crash, kill, power): nothing marks the outcome.
    with Workspace.open(folder, clock=clock) as ws:
        assert ws.interrupted_jobs == 1
        jobs = {j.local_id: j for j in ws.outbox.list(account.id)}
        assert jobs[sent].outcome_unknown and not jobs[sent].sending
        assert jobs[sent].fingerprint == fingerprint({"internal_name": "Launch"})
        assert (jobs[waiting].attempts, jobs[waiting].next_attempt_at) == (1, 1500.0)
        assert [j.local_id for j in ws.outbox.due(1500.0)] == [sent, waiting]
        # The publisher looked and found nothing created: it may POST again.
        ws.outbox.mark_attempt(jobs[sent], "not created; retrying", 1000.0, outcome_unknown=False)
        assert not ws.outbox.get(jobs[sent]).outcome_unknown


def test_fingerprint_ignores_key_order() -> None:
    assert fingerprint({"a": 1, "b": [1, 2]}) == fingerprint({"b": [1, 2], "a": 1})
    assert fingerprint({"a": 1}) != fingerprint({"a": 2})


def test_what_waits_is_listed_for_every_account_and_can_be_withdrawn(tmp_path) -> None:
    from app.store.workspace import Workspace

    now = [100.0]
    with Workspace.open(tmp_path / "ws", clock=lambda: now[0]) as ws:
        shop = ws.accounts.add("Shop", "https://esp.example.com/api/v1", "anna")
        news = ws.accounts.add("News", "https://esp.example.com/api/v1", "bob")
        first = ws.drafts.create_draft(shop.id, "emails", {"internal_name": "Spring"})
        second = ws.drafts.create_draft(news.id, "segments", {"name": "VIP"})
        ws.outbox.enqueue(first.local_id)
        now[0] = 200.0
        job = ws.outbox.enqueue(second.local_id)
        ws.outbox.mark_attempt(job.id, "The server did not answer.", 260.0)
        waiting = ws.outbox.waiting()
        assert [(w.title, w.account_name, w.kind) for w in waiting] == [
            ("Spring", "Shop", "emails"),
            ("VIP", "News", "segments"),
        ]
        assert waiting[1].attempts == 1 and waiting[1].last_error == "The server did not answer."
        assert waiting[1].next_attempt_at == 260.0 and waiting[1].enqueued_at == 200.0
        assert ws.outbox.withdraw(first.local_id)
        assert not ws.outbox.withdraw(first.local_id)
        assert [w.title for w in ws.outbox.waiting()] == ["VIP"]
        assert ws.drafts.get_draft(first.local_id).payload == {"internal_name": "Spring"}  # the draft stays
