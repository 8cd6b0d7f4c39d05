"""The report service against the demo sandbox over loopback, on a real workspace.

Polling while the server prepares a report, the exact query sent, the server's error,
truncation, cancel, a connection that drops mid-poll, presets that look up a campaign's
lifetime, the comparison, saved reports and the pickers' names.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from app.api import ApiClient, RetryPolicy
from app.domain.kinds import DraftKind
from app.domain.report_definition import ReportDefinition
from app.domain.report_presets import PresetKey, preset_definition
from app.domain.report_query import DateFilter, Period, ReportFilters, ReportQuery
from app.services.accounts_service import AccountService
from app.services.report_service import (
    FailureKind,
    PollPolicy,
    ReportError,
    ReportFailure,
    ReportService,
    SavedReportError,
)
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService

from .conftest import Recorder

TODAY = dt.date.today()
FAST_RETRY = RetryPolicy(max_attempts=2, backoff_base=0.05, backoff_max=0.1, retry_after_max=0.5)
FAST_POLL = PollPolicy(first=0.05, cap=0.2, max_wait=20.0)


class QueryRecorder(httpx.AsyncBaseTransport):
    """Real HTTP, noting each request's decoded query string; shared by the per-run clients."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.queries: list[str] = []
        self.answered = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.queries.append(unquote(request.url.query.decode()))
        response = await self.inner.handle_async_request(request)
        self.answered.set()
        return response

    async def aclose(self) -> None:  # each run's client closes it; the fixture closes the inner one
        pass


@pytest.fixture(scope="module")
def demo() -> Iterator[Any]:
    from app.sandbox.launcher import start_sandbox

    with start_sandbox(demo=True) as running:
        yield running


@pytest.fixture
async def recorder() -> AsyncIterator[QueryRecorder]:
    transport = QueryRecorder()
    yield transport
    await transport.inner.aclose()


@pytest.fixture
async def tasks() -> AsyncIterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    await runner.shutdown()


async def on_account(accounts: AccountService, running: Any) -> int:
    account = await accounts.add("Demo project", running.base_url, running.login, running.secret)
    await accounts.select(account.id)
    return account.id


def make_service(
    workspace: WorkspaceService,
    accounts: AccountService,
    tasks: TaskRunner,
    recorder: QueryRecorder,
    **options: Any,
) -> ReportService:
    options.setdefault("poll", FAST_POLL)
    return ReportService(
        workspace, accounts, tasks,
        client_factory=lambda: accounts.client(transport=recorder, retry=FAST_RETRY), **options,
    )  # fmt: skip


@pytest.fixture
async def service(workspace, accounts, tasks, recorder, demo) -> ReportService:
    await on_account(accounts, demo)
    return make_service(workspace, accounts, tasks, recorder)


class Outcome:
    """What a run said, and a way to wait until it has ended."""

    def __init__(self, service: ReportService) -> None:
        self.preparing = Recorder(service.preparing)
        self.finished = Recorder(service.finished)
        self.failed = Recorder(service.failed)
        self.cancelled = Recorder(service.cancelled)
        self._idle = asyncio.Event()
        self._prepared = asyncio.Event()
        service.running_changed.connect(lambda running: self._idle.clear() if running else self._idle.set())
        service.preparing.connect(lambda *_: self._prepared.set())

    async def ended(self, seconds: float = 20.0) -> None:
        await asyncio.wait_for(self._idle.wait(), seconds)
        self._idle.clear()

    async def prepared(self) -> None:
        await asyncio.wait_for(self._prepared.wait(), 20.0)

    @property
    def failure(self) -> ReportFailure:
        (failure,) = self.failed.values
        return failure


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def report(
    groupings: tuple[str, ...], metrics: tuple[str, ...], days: int = 7, **filters: Any
) -> ReportDefinition:
    dates = DateFilter.custom(days_ago(days), TODAY)
    return ReportDefinition(ReportQuery(groupings, metrics, ReportFilters(dates=dates, **filters)))


async def test_a_heavy_report_is_polled_and_the_exact_query_is_sent(service, recorder) -> None:
    outcome = Outcome(service)
    definition = report(("date", "message", "language"), ("sum_delivered", "open_rate_unique"), days=3)
    service.run(definition)
    await outcome.ended()
    expected = (
        f"fields=date,message,language,sum_delivered,open_rate_unique"
        f"&date=ge:{days_ago(3).isoformat()}&date=le:{TODAY.isoformat()}"
    )
    assert recorder.queries == [expected, expected]  # "not ready", then the answer
    assert outcome.preparing.calls and outcome.preparing.calls[0][0] == 1
    (answer,) = outcome.finished.values
    assert answer.polls == 2 and answer.query_string == expected
    assert answer.rows and not answer.truncated
    assert answer.totals["message"] == "" and answer.totals["date"] == "1970-01-01"
    assert answer.totals["sum_delivered"] == sum(row["sum_delivered"] for row in answer.rows)
    assert service.last_answer is answer and not service.running


async def test_a_report_never_ready_in_time_says_so_and_retry_gets_it(
    workspace, accounts, tasks, recorder, demo
):
    await on_account(accounts, demo)
    service = make_service(
        workspace, accounts, tasks, recorder, poll=PollPolicy(first=0.05, cap=0.1, max_wait=0.0)
    )
    outcome = Outcome(service)
    service.run(report(("date", "client", "language"), ("sum_opened",), days=5))
    await outcome.ended()
    failure = outcome.failure
    assert failure.kind is FailureKind.NOT_READY and failure.can_retry
    assert "still preparing the report" in failure.message and "Retry" in failure.message
    assert service.last_answer is None
    service.retry()  # the server has it ready by now
    await outcome.ended()
    assert len(outcome.finished.values) == 1 and outcome.finished.values[0].rows


async def test_the_servers_error_is_shown_and_the_last_good_answer_stays(service, recorder) -> None:
    outcome = Outcome(service)
    service.run(report(("date",), ("sum_delivered",)))
    await outcome.ended()
    good = service.last_answer
    assert good is not None
    service.run(report(("date",), ("sum_delivered", "sum_of_wonders")))
    await outcome.ended()
    failure = outcome.failure
    assert failure.kind is FailureKind.SERVER and not failure.can_retry
    assert failure.message.startswith("The server could not make this report: unknown field 'sum_of_wonders'")
    assert "Check the field names" in failure.message
    assert service.last_answer is good


async def test_a_cut_answer_is_marked_truncated(service) -> None:
    answer = await service.fetch(report(("date", "country_name"), ("sum_delivered",), days=30))
    assert answer.truncated and len(answer.rows) == 99
    message, args = answer.cut_message
    assert args == ("99",) and "Narrow the dates or drop a grouping field" in message


async def test_cancel_stops_the_polling(service, recorder) -> None:
    service.poll = PollPolicy(first=30.0, cap=30.0, max_wait=60.0)
    outcome = Outcome(service)
    service.run(report(("date", "message", "city_name"), ("sum_clicked",), days=6))
    await asyncio.wait_for(recorder.answered.wait(), 10)
    await outcome.prepared()
    service.cancel()  # it is waiting 30 s before asking again
    await outcome.ended(5)
    assert len(outcome.cancelled.calls) == 1 and not outcome.failed.calls and not outcome.finished.calls
    assert len(recorder.queries) == 1 and service.last_answer is None


async def test_a_connection_dropped_mid_poll_keeps_the_last_answer(
    workspace, accounts, tasks, recorder, sandbox_factory
) -> None:
    own = sandbox_factory(demo=True)
    await on_account(accounts, own)
    service = make_service(workspace, accounts, tasks, recorder, poll=PollPolicy(first=0.5, cap=0.5))
    outcome = Outcome(service)
    service.run(report(("client",), ("sum_delivered",)))
    await outcome.ended()
    good = service.last_answer
    assert good is not None
    service.run(report(("date", "message", "client"), ("sum_delivered",), days=4))
    await outcome.prepared()
    await asyncio.to_thread(own.stop)  # the server goes away between two polls
    await outcome.ended()
    failure = outcome.failure
    assert failure.kind is FailureKind.CONNECTION and failure.can_retry
    assert failure.message.startswith("The report did not arrive.")
    assert failure.message.endswith("The last result stays on screen.")
    assert service.last_answer is good


async def test_dropped_connections_are_a_message_not_a_crash(
    workspace, accounts, tasks, recorder, sandbox_factory
):
    faulty = sandbox_factory(demo=True, faults=1.0, extra_args=["--fault-kinds", "drop-before"])
    await on_account(accounts, faulty)
    service = make_service(workspace, accounts, tasks, recorder)
    with pytest.raises(ReportError) as caught:
        await service.fetch(report(("date",), ("sum_sended",)))
    assert caught.value.failure.kind is FailureKind.CONNECTION
    assert "connection dropped" in caught.value.failure.message
    assert faulty.fault_log()


async def test_a_query_with_an_error_is_not_sent(service, recorder) -> None:
    definition = report(("date",), ("sum_sended",))
    bad = ReportDefinition(
        ReportQuery(("date",), ("sum_sended",), ReportFilters(dates=DateFilter.custom(TODAY, days_ago(3))))
    )
    with pytest.raises(ReportError) as caught:
        await service.fetch(bad)
    assert caught.value.failure.kind is FailureKind.INVALID
    assert "is after the end date" in caught.value.failure.message
    assert recorder.queries == []
    assert (await service.fetch(definition)).rows


async def test_no_account_is_an_account_failure(workspace, accounts, tasks, recorder) -> None:
    service = make_service(workspace, accounts, tasks, recorder)
    with pytest.raises(ReportError) as caught:
        await service.fetch(report(("date",), ("sum_sended",)))
    assert caught.value.failure.kind is FailureKind.ACCOUNT
    assert "No account is selected" in caught.value.failure.message


async def pull_demo(workspace: WorkspaceService, running: Any, account_id: int) -> None:
    """What Pull stores: the server's emails and campaigns as published drafts."""
    async with ApiClient(running.base_url, running.login, running.secret) as api:
        objects = {
            DraftKind.EMAILS: await api.emails.list(),
            DraftKind.CAMPAIGNS: await api.campaigns.list(),
            DraftKind.AB_CAMPAIGNS: await api.ab_campaigns.list(),
            DraftKind.AUTO_CAMPAIGNS: await api.auto_campaigns.list(),
        }

    def store(ws: Any) -> None:
        for kind, items in objects.items():
            ws.drafts.apply_pull(account_id, kind.value, items)
        ws.drafts.create_draft(account_id, DraftKind.EMAILS.value, {"internal_name": "Not published yet"})

    await workspace.runner.call(store)


async def test_the_pickers_name_published_emails_and_campaigns(workspace, accounts, tasks, recorder, demo):
    account_id = await on_account(accounts, demo)
    await pull_demo(workspace, demo, account_id)
    service = make_service(workspace, accounts, tasks, recorder)
    pickers = await service.pickers()
    names = pickers.names()
    assert names["L_1"] == "Welcome series #1" and "Not published yet" not in names.values()
    assert [item.name for item in pickers.emails] == sorted(
        (i.name for i in pickers.emails), key=str.casefold
    )
    codes = {item.code for item in pickers.campaigns}
    assert {"S_1", "S_2", "S_3", "S_4", "B_1", "B_2", "B_3", "A_1", "A_2", "A_3"} == codes
    assert names["S_1"] == "sale — Weekend sale 40%"  # its tags, and the email it sends
    assert names["B_1"] == "A/B campaign: Win-back: 30 days away"  # untagged: its email's name
    assert next(i for i in pickers.campaigns if i.code == "B_1").message == "L_2"


async def test_a_preset_looks_up_the_campaigns_lifetime(service, recorder) -> None:
    outcome = Outcome(service)
    built = Recorder(service.definition_built)
    service.run_preset(PresetKey.CAMPAIGN_DAYS, campaign="B_1")
    await outcome.ended()
    (definition,) = built.values
    dates = definition.query.filters.dates
    assert dates.period is Period.LIFETIME and dates.start is not None and dates.end is not None
    assert (dates.end - dates.start).days == 1  # the demo's A/B campaigns send over two days
    (answer,) = outcome.finished.values
    assert [row["date"] for row in answer.rows] == [dates.start.isoformat(), dates.end.isoformat()]
    assert recorder.queries[-1] == (
        "fields=date,sum_sended,sum_delivered,sum_opened_unique,sum_clicked_unique,open_rate_unique,"
        f"click_rate_unique&post=B_1&date=ge:{dates.start.isoformat()}&date=le:{dates.end.isoformat()}"
    )
    assert await service.lifetime("B_1") == (dates.start, dates.end)  # remembered: no new request
    assert await service.lifetime("S_4") is None  # planned, never sent


async def test_every_preset_answers_on_the_demo_data(service) -> None:
    for key, choices in [
        (PresetKey.AB_VARIANTS, {"campaign": "B_1"}),
        (PresetKey.EMAIL_LANGUAGES, {"email": "L_1"}),
        (PresetKey.BY_COUNTRY, {}),
        (PresetKey.BY_CLIENT, {"campaign": "A_1"}),
        (PresetKey.BY_HOUR, {}),
        (PresetKey.BY_WEEKDAY, {}),
    ]:
        answer = await service.fetch(await service.preset(key, **choices))
        assert answer.rows, key
    languages = await service.fetch(await service.preset(PresetKey.EMAIL_LANGUAGES, email="L_1"))
    assert {row["language"] for row in languages.rows} == {"ru", "en", "de", "zh"}


async def test_three_campaigns_compared_in_one_query(service, recorder) -> None:
    outcome = Outcome(service)
    service.run_comparison(["S_1", "B_1", "A_1"])
    await outcome.ended()
    (answer,) = outcome.finished.values
    assert {row["post"] for row in answer.rows} == {"S_1", "B_1", "A_1"}
    last = recorder.queries[-1]
    assert last.startswith(
        "fields=post,sum_sended,sum_delivered,open_rate_unique,click_rate_unique,ctor,unsub_rate&post=in:S_1,B_1,A_1"
    )
    dates = answer.definition.query.filters.dates
    # From the first to the last day any of them sent: the automated one, every day until yesterday.
    assert dates == DateFilter.lifetime(days_ago(92), days_ago(1))


async def test_a_wrong_comparison_fails_before_asking(service, recorder) -> None:
    outcome = Outcome(service)
    service.run_comparison(["S_1"])
    await outcome.ended()
    assert outcome.failure.kind is FailureKind.INVALID and "Pick 2 to 5 campaigns" in outcome.failure.message
    assert recorder.queries == []


async def test_saved_reports_are_kept_per_account(service, accounts, demo) -> None:
    changed = Recorder(service.saved_changed)
    definition = preset_definition(PresetKey.BY_COUNTRY)
    saved = await service.save("  Countries   this month ", definition)
    assert saved.name == "Countries this month" and changed.calls
    with pytest.raises(SavedReportError, match="exists already"):
        await service.save("Countries this month", preset_definition(PresetKey.BY_HOUR))
    replaced = await service.save("Countries this month", preset_definition(PresetKey.BY_HOUR), replace=True)
    assert replaced.id == saved.id
    (listed,) = await service.saved_reports()
    assert service.open_saved(listed) == preset_definition(PresetKey.BY_HOUR)
    await service.save("Hours", definition)
    with pytest.raises(SavedReportError, match="exists already"):
        await service.rename(saved.id, "Hours")
    renamed = await service.rename(saved.id, "By hour")
    assert [r.name for r in await service.saved_reports()] == ["By hour", "Hours"]
    with pytest.raises(SavedReportError, match="Give the report a name"):
        await service.save("   ", definition)
    await service.delete_saved(renamed.id)
    assert [r.name for r in await service.saved_reports()] == ["Hours"]

    other = await accounts.add("Other project", demo.base_url, demo.login, demo.secret)
    account_changed = Recorder(service.account_changed)
    await accounts.select(other.id)
    assert account_changed.calls and await service.saved_reports() == []


async def test_a_damaged_saved_report_says_what_to_do(service) -> None:
    saved = await service.save("Broken", preset_definition(PresetKey.BY_HOUR))
    await service._workspace.runner.call(
        lambda ws: ws.saved_reports.update(saved.id, definition={"version": 99, "query": {}})
    )
    (listed,) = await service.saved_reports()
    with pytest.raises(SavedReportError) as caught:
        service.open_saved(listed)
    assert "cannot be opened" in str(caught.value) and "newer version" in str(caught.value)


async def test_a_new_account_forgets_the_old_answer(service, accounts, demo) -> None:
    await service.fetch(report(("date",), ("sum_sended",)))
    outcome = Outcome(service)
    service.run(report(("client",), ("sum_sended",)))
    await outcome.ended()
    assert service.last_answer is not None
    other = await accounts.add("Other project", demo.base_url, demo.login, demo.secret)
    await accounts.select(other.id)
    assert service.last_answer is None and service.last_definition is None


async def test_exports_are_written_whole_or_not_at_all(service, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    await service.write_file(target, b"\xef\xbb\xbfa,b\r\n")
    assert target.read_bytes() == b"\xef\xbb\xbfa,b\r\n"
    assert not (tmp_path / "report.csv.part").exists()
    with pytest.raises(SavedReportError, match="Could not save"):
        await service.write_file(tmp_path / "missing" / "report.csv", b"x")
