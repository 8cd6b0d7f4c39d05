"""The import service the wizard uses, on a qasync loop: its steps, signals, cancel and resume."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from app.domain.profile_fields import FieldOrigin, ProfileFieldType
from app.services.accounts_service import AccountService
from app.services.import_service import (
    ImportOutcome,
    ImportPhase,
    ImportPlan,
    ImportService,
    ImportServiceError,
    ProblemKind,
    Target,
    TargetKind,
    field_target,
    translate,
)
from app.services.profile_fields_service import ProfileFieldsService
from app.services.store_access import WorkspaceRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore

from .conftest import free_port

MESSY = (
    "Телефон;E-mail;City;Возраст\r\n"
    "8 (999) 123-45-67;ivan@example.ru;Москва;31\r\n"
    ";;Казань;\r\n"
    "+7 903 111 22 33;olga@example.ru;Омск;двадцать\r\n"
    "+7 916 000 00 01;petr@example.ru;Тверь;40\r\n"
)


@dataclass
class Wiring:
    service: ImportService
    accounts: AccountService
    fields: ProfileFieldsService
    signals: dict[str, list[Any]]


@asynccontextmanager
async def wired(workspace_dir: Path, base_url: str, login: str, secret: str) -> AsyncIterator[Wiring]:
    runner = await WorkspaceRunner.open(workspace_dir)
    try:
        workspace = WorkspaceService(runner)
        accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
        fields = ProfileFieldsService(workspace)
        service = ImportService(workspace, accounts, fields)
        signals: dict[str, list[Any]] = {
            name: [] for name in ("progress", "finished", "failed", "running", "fields")
        }
        service.progress.connect(signals["progress"].append)
        service.finished.connect(signals["finished"].append)
        service.failed.connect(signals["failed"].append)
        service.running_changed.connect(signals["running"].append)
        fields.fields_changed.connect(lambda: signals["fields"].append(True))
        account = await accounts.add("Shop", base_url, login, secret)
        await accounts.select(account.id)
        yield Wiring(service, accounts, fields, signals)
    finally:
        await runner.close()


@pytest.fixture
def messy_file(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    path.write_bytes(MESSY.encode("cp1251"))
    return path


def test_the_wizard_steps_from_file_to_summary(
    qloop, start_server, server_data, messy_file, tmp_path
) -> None:
    server = start_server()

    async def scenario() -> None:
        async with wired(tmp_path / "ws", server.base_url, server.login, server.secret) as w:
            await w.fields.declare("city", ProfileFieldType.STRING)
            fmt = await w.service.detect(messy_file)
            assert (fmt.encoding, fmt.delimiter) == ("cp1251", ";")
            preview = await w.service.preview(messy_file, fmt)
            assert preview.header == ["Телефон", "E-mail", "City", "Возраст"]
            assert [r.cells[2] for r in preview.rows] == ["Москва", "Казань", "Омск", "Тверь"]
            targets = await w.service.auto_map(preview.header)
            assert targets == [Target(TargetKind.PHONE), Target(TargetKind.EMAIL), field_target("city"),
                               Target(TargetKind.SKIP)]  # fmt: skip
            twice = [Target(TargetKind.EMAIL), *targets[1:]]
            assert w.service.mapping_problems(preview.header, twice) == [
                "Columns “Телефон” and “E-mail” are both mapped to email: keep one, skip the other."
            ]
            targets[3] = field_target("age")  # typed by hand, as a whole number
            types = {**await w.service.field_types(), "age": ProfileFieldType.INT}
            region = w.service.default_phone_region() or "RU"
            plan = ImportPlan(messy_file, fmt, tuple(targets), types, phone_region=region)
            assert w.service.mapping_problems(preview.header, list(plan.targets)) == []

            report = await w.service.check(plan)
            assert report.outcome is ImportOutcome.CHECKED
            assert (report.rows, report.rejected, report.batches) == (4, 2, 1)
            assert report.rejected_by_kind == {ProblemKind.NO_IDENTIFIER: 1, ProblemKind.VALUE: 1}
            assert [s.row for s in report.samples] == [3, 4]
            assert "“двадцать” is not a whole number" in report.samples[1].reason(translate)
            assert server_data.count() == 0  # the report sends nothing
            assert w.signals["finished"] == [report]

            summary = await w.service.run(plan)
            assert summary.outcome is ImportOutcome.COMPLETED
            assert (summary.sent, summary.rejected, summary.dropped_fields) == (2, 2, ())
            assert w.signals["finished"][-1] is summary
            phases = {p.phase for p in w.signals["progress"]}
            assert {ImportPhase.CHECKING, ImportPhase.READING, ImportPhase.SENDING} <= phases
            assert w.signals["running"] == [True, False, True, False]
            assert w.signals["fields"]  # what the server stores was learned
            learned = {f.name: (f.type, f.origin) for f in await w.fields.declared_fields()}
            assert learned == {"age": (ProfileFieldType.INT, FieldOrigin.SERVER),
                               "city": (ProfileFieldType.STRING, FieldOrigin.USER)}  # fmt: skip
            assert summary.rejects_file == tmp_path / "export.rejected.csv"

    qloop.run(scenario(), timeout=120)
    assert server_data.profile("phone", "+79991234567")["fields"] == {"city": "Москва", "age": 31}


def test_cancel_then_resume_from_the_wizard(qloop, start_server, server_data, tmp_path) -> None:
    server = start_server(extra_args=("--latency", "80"))
    path = tmp_path / "many.csv"
    path.write_text("uid,city\n" + "".join(f"u{i},City {i}\n" for i in range(200)))

    async def scenario() -> None:
        async with wired(tmp_path / "ws", server.base_url, server.login, server.secret) as w:
            fmt = await w.service.detect(path)
            plan = ImportPlan(path, fmt, (Target(TargetKind.UID), field_target("city")), batch_size=10,
                              concurrency=2)  # fmt: skip
            assert await w.service.saved_progress(path) is None

            def cancel_soon(progress: Any) -> None:
                if progress.batches >= 2:
                    w.service.cancel()

            w.service.progress.connect(cancel_soon)
            stopped = await w.service.run(plan)
            w.service.progress.disconnect(cancel_soon)
            assert stopped.outcome is ImportOutcome.CANCELLED and stopped.resumable
            saved = await w.service.saved_progress(path)
            assert saved is not None and not saved.finished
            assert (saved.batches, saved.rows_sent) == (stopped.batches, stopped.sent)
            assert saved.plan.cut() == plan.cut()
            resumed = await w.service.resume(path)
            assert resumed.outcome is ImportOutcome.COMPLETED
            assert (resumed.sent, resumed.resumed_batches) == (200, stopped.batches)
            assert w.signals["finished"] == [stopped, resumed]
            finished = await w.service.saved_progress(path)
            assert finished is not None and finished.finished

    qloop.run(scenario(), timeout=120)
    assert server_data.count() == 200


def test_what_keeps_an_import_from_starting_is_said_in_words(qloop, tmp_path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 20)
    good = tmp_path / "list.csv"
    good.write_text("email\na@example.com\n")

    async def scenario() -> None:
        async with wired(tmp_path / "ws", f"http://127.0.0.1:{free_port()}/api/v1/", "me", "pw") as w:
            with pytest.raises(ImportServiceError, match="is not a text file"):
                await w.service.detect(binary)
            fmt = await w.service.detect(good)
            plan = ImportPlan(good, fmt, (Target(TargetKind.SKIP),))
            with pytest.raises(ImportServiceError, match="No column is mapped to an identifier"):
                await w.service.check(plan)
            assert w.signals["failed"][-1].startswith("No column is mapped to an identifier")
            with pytest.raises(ImportServiceError, match="There is no interrupted import of this file"):
                await w.service.resume(good)

            # A server that is not there: the import ends FAILED, resumable, with what to do.
            fast: Callable[[ImportPlan], ImportPlan] = lambda p: replace(p, concurrency=1)  # noqa: E731
            failed = await w.service.run(fast(ImportPlan(good, fmt, (Target(TargetKind.EMAIL),))))
            assert failed.outcome is ImportOutcome.FAILED and failed.resumable
            assert "refused the connection" in w.service.failure_text(failed)
            assert w.signals["finished"][-1] is failed
            assert not w.service.running

            await w.accounts.remove(w.accounts.current.id)
            with pytest.raises(ImportServiceError, match="No account is selected"):
                await w.service.run(plan)

    qloop.run(scenario(), timeout=120)
