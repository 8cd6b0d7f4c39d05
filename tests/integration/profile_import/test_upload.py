"""The import against the real sandbox: what is stored, merged, dropped, refused, and in which order."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx
import orjson

from app.api.client import ApiClient
from app.domain.profile_fields import ProfileFieldType as T
from app.profile_import.mapping import Target, TargetKind, field_target
from app.profile_import.pipeline import ProfileImport
from app.profile_import.problems import ProblemKind
from app.profile_import.summary import ImportOutcome, ImportPhase, ImportProgress
from tests.unit.profile_import.files import plan_for

TYPES = {"city": T.STRING, "age": T.INT, "vip": T.BOOL}


def write(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


async def test_rows_are_stored_merged_and_rejected_with_reasons(start_server, server_data, tmp_path) -> None:
    server = start_server()
    rows = [
        ["u1", "ana@example.com", "Oslo", "30", "true", "likes cats"],
        ["u2", "bo@example.com", "Rome", "forty", "", ""],  # age does not fit: rejected
        ["", "", "Lima", "20", "", ""],  # no identifier
        ["u3", "not an email", "Kyiv", "22", "", ""],
        ["u1", "", "Bergen", "", "", "moved"],  # the same profile as row 2: merged, later wins
        ["u4", "di@example.com", "Riga", "41", "0", ""],
        ["u5", "ed@example.com"],  # ragged
    ]
    path = write(tmp_path / "people.csv", ["uid", "email", "city", "age", "vip", "nickname"], rows)
    plan = plan_for(path, TYPES, batch_size=10)
    plan = plan.__class__(**{**plan.__dict__, "targets": (*plan.targets[:5], field_target("nickname"))})
    seen: list[ImportProgress] = []
    async with ApiClient(server.base_url, server.login, server.secret) as client:
        summary = await ProfileImport(plan, client=client, on_progress=seen.append).run()

    assert summary.outcome is ImportOutcome.COMPLETED
    assert summary.to_json() == {
        "rows": 7, "sent": 3, "rejected": 4, "merged": 1, "batches": 1,
        "dropped_fields": ["nickname"],  # not declared in the project: the server drops it
        "rejects_file": str(tmp_path / "people.rejected.csv"),
    }  # fmt: skip
    assert summary.rejected_by_kind == {
        ProblemKind.VALUE: 1,
        ProblemKind.NO_IDENTIFIER: 1,
        ProblemKind.EMAIL: 1,
        ProblemKind.RAGGED: 1,
    }
    assert summary.stored_fields.keys() == {"city", "age", "vip"}
    stored = server_data.profile("uid", "u1")
    assert stored is not None
    assert stored["email"] == "ana@example.com"  # an empty cell keeps what an earlier row said
    assert stored["fields"] == {"city": "Bergen", "age": 30, "vip": True}
    assert server_data.profile("uid", "u4")["fields"] == {"city": "Riga", "age": 41, "vip": False}
    assert server_data.count() == 2
    with (tmp_path / "people.rejected.csv").open(encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))
    assert [row[0] for row in rejected[1:]] == ["3", "4", "5", "8"]
    assert "“forty” is not a whole number" in rejected[1][2]
    assert rejected[1][3:] == ["u2", "bo@example.com", "Rome", "forty", "", ""]
    assert {p.phase for p in seen} >= {ImportPhase.CHECKING, ImportPhase.SENDING}
    assert seen[-1].rows_sent == 3 and seen[-1].fraction == 1.0


async def test_later_rows_win_across_concurrent_batches(start_server, server_data, tmp_path) -> None:
    # Every request is slowed down at random (0.3-2 s), so batches sent side by side come
    # back in any order. The profile "shared" is in every other batch, with another city
    # each time: only the ordering rule makes the last one the one stored. With seed 0 the
    # delays make batch 8 finish a second after batch 10 when nothing orders them (seen by
    # taking the rule out: "Version 8" is stored). The batches between share nothing and go
    # out alongside, and so do the fillers of the batches holding "shared": only that one
    # profile waits.
    server = start_server(faults=1.0, seed=0, extra_args=("--fault-kinds", "slow"))
    rows = []
    for number in range(12):
        if number % 2:
            rows.extend([f"other{number}-{i}", "Anywhere"] for i in range(4))
        else:
            rows.append(["shared", f"Version {number}"])
            rows.extend([f"filler{number}-{i}", f"City {number}"] for i in range(3))
    path = write(tmp_path / "versions.csv", ["uid", "city"], rows)
    plan = plan_for(path, {"city": T.STRING}, batch_size=4, concurrency=8)
    async with ApiClient(server.base_url, server.login, server.secret) as client:
        summary = await ProfileImport(plan, client=client).run()
    assert summary.outcome is ImportOutcome.COMPLETED
    assert summary.batches == 12 and summary.waits == 5
    assert server_data.profile("uid", "shared")["fields"] == {"city": "Version 10"}
    assert server_data.profile("uid", "filler4-2")["fields"] == {"city": "City 4"}
    # Each of batches 2, 4, ..., 10 finds "shared" held by the request before it (in flight for
    # 0.3 s at least), so its three fillers go at once and "shared" once the previous
    # "shared" was answered: in a request of its own, or along with a batch still waiting
    # for a request slot then (joined). Nothing else is split or sent twice.
    assert len(server.fault_log()) == 12 + summary.waits - summary.joined


async def test_rows_of_one_batch_naming_one_profile_by_different_identifiers_merge(
    start_server, server_data, tmp_path
) -> None:
    server = start_server()
    rows = [
        ["u1", "", "", "Oslo"],
        ["", "a@example.com", "+7 999 123-45-67", "Rome"],
        ["u1", "a@example.com", "", ""],  # joins the two rows above into one profile
        ["", "", "8 (999) 123-45-67", "Lima"],  # the same phone, written the Russian way
    ]
    path = write(tmp_path / "ids.csv", ["uid", "email", "phone", "city"], rows)
    plan = plan_for(path, {"city": T.STRING}, phone_region="RU")
    async with ApiClient(server.base_url, server.login, server.secret) as client:
        summary = await ProfileImport(plan, client=client).run()
    assert (summary.sent, summary.merged, summary.batches) == (4, 3, 1)
    stored = server_data.profile("phone", "+79991234567")
    assert stored is not None
    assert (stored["uid"], stored["email"], stored["fields"]) == ("u1", "a@example.com", {"city": "Lima"})


async def test_rows_the_server_refuses_are_reported_and_the_rest_of_the_batch_is_stored(
    start_server, server_data, tmp_path
) -> None:
    # The project declares age as Int; this import was told it is text, so the server, not
    # the import, finds "ninety" wrong: it answers 400 for the whole batch, naming the item.
    server = start_server()
    rows = [[f"u{i}", "ninety" if i in (3, 7) else str(20 + i)] for i in range(10)]
    path = write(tmp_path / "ages.csv", ["uid", "age"], rows)
    plan = plan_for(path, {"age": T.STRING}, batch_size=4)
    async with ApiClient(server.base_url, server.login, server.secret) as client:
        summary = await ProfileImport(plan, client=client).run()
    assert summary.outcome is ImportOutcome.COMPLETED
    assert (summary.rows, summary.sent, summary.rejected, summary.batches) == (10, 8, 2, 3)
    assert summary.rejected_by_kind == {ProblemKind.SERVER: 2}
    assert server_data.count() == 8
    assert server_data.profile("uid", "u3") is None and server_data.profile("uid", "u2")["fields"] == {
        "age": 22
    }
    with (tmp_path / "ages.rejected.csv").open(encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))[1:]
    assert [(row[0], row[3]) for row in rejected] == [("5", "u3"), ("9", "u7")]
    assert rejected[0][2].startswith("The server refused this row: age: ")


async def test_a_dry_run_checks_everything_and_sends_nothing(tmp_path) -> None:
    rows = [["a@example.com", "x"], ["b@example", "y"], ["a@example.com", "z"]]
    path = write(tmp_path / "check.csv", ["email", "city"], rows)
    plan = plan_for(path, targets=[Target(TargetKind.EMAIL), field_target("city")], batch_size=2)
    summary = await ProfileImport(plan).check()
    assert summary.outcome is ImportOutcome.CHECKED
    assert (summary.rows, summary.sent, summary.rejected, summary.merged, summary.batches) == (3, 0, 1, 1, 1)
    assert summary.samples[0].row == 3 and summary.samples[0].problems[0].kind is ProblemKind.EMAIL
    assert (tmp_path / "check.rejected.csv").exists()


class RefuseOneBatch(httpx.AsyncBaseTransport):
    """The sandbox over loopback, but the batch holding ``uid`` is answered with a 400 about the
    whole request (a rule of the provider's the sandbox does not have: a fault it cannot make)."""

    def __init__(self, uid: str) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._uid = uid
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/users/batch/"):
            profiles = orjson.loads(request.content)
            if any(profile.get("uid") == self._uid for profile in profiles):
                self.refused += 1
                return httpx.Response(400, json={"detail": "The project's daily import limit is reached."})
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def test_a_400_for_a_whole_batch_rejects_its_rows_with_the_reason_and_goes_on(
    start_server, server_data, tmp_path
) -> None:
    server = start_server()
    rows = [[f"u{i}", f"City {i}"] for i in range(10)]
    path = write(tmp_path / "limit.csv", ["uid", "city"], rows)
    plan = plan_for(path, {"city": T.STRING}, batch_size=4, concurrency=2)
    transport = RefuseOneBatch("u5")
    async with ApiClient(server.base_url, server.login, server.secret, transport=transport) as client:
        summary = await ProfileImport(plan, client=client).run()
    assert transport.refused == 1  # a refusal is an answer: not sent again
    assert summary.outcome is ImportOutcome.COMPLETED
    assert (summary.rows, summary.sent, summary.rejected, summary.batches) == (10, 6, 4, 3)
    assert summary.rejected_by_kind == {ProblemKind.SERVER: 4}
    assert server_data.count() == 6 and server_data.profile("uid", "u5") is None
    with (tmp_path / "limit.rejected.csv").open(encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))[1:]
    assert [row[3] for row in rejected] == ["u4", "u5", "u6", "u7"]
    for row in rejected:  # the server's own words, for each row
        assert row[2].startswith("The server refused this row: "), row
        assert row[2].endswith("The project's daily import limit is reached."), row
