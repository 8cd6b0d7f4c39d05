"""A failed, stopped or cancelled import resumes from what the server had not confirmed."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest

from app.api.client import ApiClient
from app.api.errors import TransportError
from app.api.retry import RetryPolicy
from app.domain.profile_fields import ProfileFieldType as T
from app.profile_import.cli_workspace import CliWorkspace, WorkspaceProgressStore
from app.profile_import.pipeline import ProfileImport
from app.profile_import.problems import ResumeMismatchError
from app.profile_import.progress_state import BatchSet
from app.profile_import.summary import ImportOutcome, ImportProgress
from tests.unit.profile_import.files import plan_for

TARGET = "demo@sandbox"
FAST_RETRIES = RetryPolicy(backoff_base=0.01, backoff_max=0.02)


def write_rows(path: Path, count: int, updates: int = 0) -> Path:
    """``count`` profiles, then ``updates`` rows changing the city of the first ones."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["uid", "city"])
        writer.writerows([f"u{i}", f"City {i}"] for i in range(count))
        writer.writerows([f"u{i}", f"Moved {i}"] for i in range(updates))
    return path


@pytest.fixture
def workspace(tmp_path):
    with CliWorkspace.open(tmp_path / "ws") as opened:
        yield opened


async def confirmed(store: WorkspaceProgressStore, file_key: str) -> BatchSet:
    state = await store.load(TARGET, file_key)
    assert state is not None
    return BatchSet(state["confirmed"])


def batch_requests(server) -> int:
    return sum('"POST /api/v1/users/batch/' in line for line in server.output_tail(400).splitlines())


async def test_resume_after_dropped_connections_sends_only_what_was_not_confirmed(
    start_server, server_data, workspace, tmp_path
) -> None:
    # Seed 5: six requests pass, the seventh is handled but its connection is dropped before
    # the answer (the write happened; the client cannot know). One attempt per batch here.
    server = start_server(faults=0.25, seed=5, extra_args=("--fault-kinds", "drop-before", "drop-after"))
    path = write_rows(tmp_path / "people.csv", 100, updates=20)
    plan = plan_for(path, {"city": T.STRING}, batch_size=10, concurrency=1)
    store = WorkspaceProgressStore(workspace)
    async with ApiClient(server.base_url, server.login, server.secret) as client:
        first = await ProfileImport(plan, client=client, store=store, target=TARGET, attempts=1).run()
    assert first.outcome is ImportOutcome.FAILED and first.resumable
    assert isinstance(first.error, TransportError) and first.error.outcome_unknown
    assert first.diagnosis is not None and "connection dropped" in first.diagnosis.problem
    assert (first.sent, first.batches) == (60, 6)
    assert (await confirmed(store, first.file_key)).ranges() == [[0, 5]]
    assert [line.split()[3] for line in server.fault_log()] == ["drop-after"]
    server.stop()
    written_first = server_data.updated_at()
    assert len(written_first) == 70  # the dropped batch was written too

    again = start_server(extra_args=("--access-log",))
    async with ApiClient(again.base_url, again.login, again.secret) as client:
        second = await ProfileImport(plan, client=client, store=store, target=TARGET).run(resume=True)
        assert second.outcome is ImportOutcome.COMPLETED
        assert (second.rows, second.sent, second.batches, second.resumed_batches) == (120, 120, 12, 6)
        assert batch_requests(again) == 6  # batches 6 to 11, never 0 to 5 again
        written = server_data.updated_at()
        assert all(written[f"u{i}"] == written_first[f"u{i}"] for i in range(20, 60))
        assert server_data.count() == 100
        # The last two batches updated profiles of the first ones: later rows win across runs.
        assert server_data.profile("uid", "u3")["fields"] == {"city": "Moved 3"}
        assert server_data.profile("uid", "u64")["fields"] == {"city": "City 64"}
        done = await ProfileImport(plan, client=client, store=store, target=TARGET).run(resume=True)
    assert (done.outcome, done.sent, done.resumed_batches) == (ImportOutcome.COMPLETED, 120, 12)
    assert batch_requests(again) == 6  # a finished import resumed sends nothing


async def test_the_server_going_away_mid_import(start_server, server_data, workspace, tmp_path) -> None:
    server = start_server(extra_args=("--latency", "60"))
    path = write_rows(tmp_path / "people.csv", 400)
    plan = plan_for(path, {"city": T.STRING}, batch_size=10, concurrency=2)
    store = WorkspaceProgressStore(workspace)
    stopping: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def watch(progress: ImportProgress) -> None:
        if progress.batches >= 4 and not stopping.done():
            stopping.set_result(None)

    async def pull_the_plug() -> None:
        await stopping
        await asyncio.to_thread(server.stop)

    async with ApiClient(server.base_url, server.login, server.secret) as client:
        job = ProfileImport(
            plan, client=client, store=store, target=TARGET, on_progress=watch, attempts=2, retry=FAST_RETRIES
        )
        first, _ = await asyncio.gather(job.run(), pull_the_plug())
    assert first.outcome is ImportOutcome.FAILED
    assert isinstance(first.error, TransportError)
    done = await confirmed(store, first.file_key)
    assert 4 <= len(done) < 40
    assert server_data.count() >= first.sent  # everything confirmed is on the server
    written_first = server_data.updated_at()

    again = start_server()
    async with ApiClient(again.base_url, again.login, again.secret) as client:
        second = await ProfileImport(plan, client=client, store=store, target=TARGET).run(resume=True)
    assert second.outcome is ImportOutcome.COMPLETED
    assert (second.sent, second.batches, second.resumed_batches) == (400, 40, len(done))
    assert server_data.count() == 400
    written = server_data.updated_at()
    unchanged = [f"u{i}" for index in done for i in range(index * 10, index * 10 + 10)]
    assert all(written[uid] == written_first[uid] for uid in unchanged)  # confirmed: not sent again


async def test_cancel_stops_after_the_batches_in_flight_and_resumes(
    start_server, server_data, workspace, tmp_path
) -> None:
    server = start_server(extra_args=("--latency", "50"))
    path = write_rows(tmp_path / "people.csv", 300)
    plan = plan_for(path, {"city": T.STRING}, batch_size=10, concurrency=3)
    store = WorkspaceProgressStore(workspace)
    job: ProfileImport

    def cancel_early(progress: ImportProgress) -> None:
        if progress.batches >= 2:
            job.cancel()

    async with ApiClient(server.base_url, server.login, server.secret) as client:
        job = ProfileImport(plan, client=client, store=store, target=TARGET, on_progress=cancel_early)
        first = await job.run()
        assert first.outcome is ImportOutcome.CANCELLED and first.error is None
        assert 2 <= first.batches < 30
        assert server_data.count() == first.sent  # what was in flight finished and was counted
        second = await ProfileImport(plan, client=client, store=store, target=TARGET).run(resume=True)
    assert second.outcome is ImportOutcome.COMPLETED
    assert (second.sent, second.resumed_batches) == (300, first.batches)
    assert server_data.count() == 300


async def test_resuming_with_other_settings_is_refused(start_server, workspace, tmp_path) -> None:
    server = start_server(extra_args=("--latency", "30"))
    path = write_rows(tmp_path / "people.csv", 50)
    store = WorkspaceProgressStore(workspace)
    plan = plan_for(path, {"city": T.STRING}, batch_size=10, concurrency=1)
    job: ProfileImport

    def cancel(progress: ImportProgress) -> None:
        if progress.batches:
            job.cancel()

    async with ApiClient(server.base_url, server.login, server.secret) as client:
        job = ProfileImport(plan, client=client, store=store, target=TARGET, on_progress=cancel)
        assert (await job.run()).outcome is ImportOutcome.CANCELLED
        other = plan_for(path, {"city": T.STRING}, batch_size=5)
        with pytest.raises(ResumeMismatchError, match=r"set up differently \(batch size\)"):
            await ProfileImport(other, client=client, store=store, target=TARGET).run(resume=True)
        fresh = await ProfileImport(other, client=client, store=store, target=TARGET).run()
    assert (fresh.outcome, fresh.sent, fresh.resumed_batches) == (ImportOutcome.COMPLETED, 50, 0)


async def test_a_batch_cut_in_two_resumes_with_the_part_the_server_never_got(
    start_server, server_data, workspace, tmp_path
) -> None:
    # Batch 1 holds "shared" while batch 0 (which holds it too) is in flight: its three other
    # rows go at once, "shared" waits. Cancelled at the first answer, the waiting part is
    # never sent: batch 1 is half confirmed. The resumed import sends that half only, and
    # batch 3's "shared" still comes after it.
    server = start_server(extra_args=("--latency", "300"))
    path = tmp_path / "parts.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["uid", "city"])
        for number in range(4):
            if number % 2:
                writer.writerow(["shared", f"Version {number}"])
                writer.writerows([f"b{number}-{i}", f"City {number}"] for i in range(3))
            else:
                writer.writerow(["shared", f"Version {number}"] if number == 0 else ["c2-x", "Far"])
                writer.writerows([f"a{number}-{i}", f"City {number}"] for i in range(3))
    plan = plan_for(path, {"city": T.STRING}, batch_size=4, concurrency=2)
    store = WorkspaceProgressStore(workspace)
    job: ProfileImport

    def cancel_at_first_answer(progress: ImportProgress) -> None:
        if progress.rows_sent:
            job.cancel()

    async with ApiClient(server.base_url, server.login, server.secret) as client:
        job = ProfileImport(
            plan, client=client, store=store, target=TARGET, on_progress=cancel_at_first_answer
        )
        first = await job.run()
    assert first.outcome is ImportOutcome.CANCELLED and first.resumable
    assert (first.sent, first.batches, first.waits) == (7, 1, 2)  # batch 0, and batch 1 but "shared"
    assert server_data.profile("uid", "shared")["fields"] == {"city": "Version 0"}
    assert server_data.profile("uid", "a2-0") is None  # batch 2 was not sent
    server.stop()
    written_first = server_data.updated_at()
    assert sorted(written_first) == sorted(
        ["shared", *(f"a0-{i}" for i in range(3)), *(f"b1-{i}" for i in range(3))]
    )

    again = start_server(extra_args=("--latency", "100"))
    async with ApiClient(again.base_url, again.login, again.secret) as client:
        second = await ProfileImport(plan, client=client, store=store, target=TARGET).run(resume=True)
    assert second.outcome is ImportOutcome.COMPLETED
    assert (second.rows, second.sent, second.batches, second.resumed_batches) == (16, 16, 4, 1)
    written = server_data.updated_at()
    assert all(written[uid] == at for uid, at in written_first.items() if uid != "shared")  # not sent again
    assert written["shared"] != written_first["shared"]
    assert server_data.profile("uid", "shared")["fields"] == {"city": "Version 3"}  # later rows win
    assert server_data.count() == 14
