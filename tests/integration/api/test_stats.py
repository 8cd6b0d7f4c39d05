"""The report builder: params, polling while not ready, totals, truncation, errors."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from app.api.errors import StatsNotReadyError, StatsQueryError

from .conftest import CountingTransport, client_for

TODAY = dt.date.today()


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


@pytest.fixture(scope="module")
def demo():
    """The demo project: three months of statistics (each test asks its own question)."""
    from app.sandbox.launcher import start_sandbox

    with start_sandbox(demo=True) as running:
        yield running


async def test_repeated_date_filters_and_in_filter(demo):
    async with client_for(demo) as api:
        everything = await api.stats.query(
            ["message", "sum_delivered"], {"date": [f"ge:{days_ago(20)}", f"le:{days_ago(5)}"]}
        )
        messages = [row["message"] for row in everything.rows]
        assert len(messages) >= 2
        chosen = messages[:2]
        result = await api.stats.query(
            ["date", "message", "sum_delivered", "sum_opened", "open_rate"],
            {"date": [f"ge:{days_ago(20)}", f"le:{days_ago(5)}"], "message": "in:" + ",".join(chosen)},
        )
    assert result.rows and not result.truncated
    assert {row["message"] for row in result.rows} <= set(chosen)
    assert all(days_ago(20) <= row["date"] <= days_ago(5) for row in result.rows)
    assert result.totals["date"] == "1970-01-01" and result.totals["message"] == ""
    assert result.totals["sum_delivered"] == sum(row["sum_delivered"] for row in result.rows)
    assert all(0.0 <= row["open_rate"] <= 1.0 for row in result.rows)
    assert result.metadata == {"ready": True}


async def test_a_heavy_query_is_polled_until_ready(demo):
    transport = CountingTransport()
    async with client_for(demo, transport=transport) as api:
        result = await api.stats.query(
            ["date", "message", "language", "sum_delivered"],  # three groupings: "heavy"
            {"date": [f"ge:{days_ago(3)}", f"le:{days_ago(1)}"]},
            first_poll=0.05,
        )
    assert transport.sent == [("GET", "/api/v1/stats/")] * 2
    assert result.rows and result.totals["sum_delivered"] == sum(r["sum_delivered"] for r in result.rows)


async def test_a_report_that_stays_unready_past_the_wait_is_an_error(demo):
    async with client_for(demo) as api:
        with pytest.raises(StatsNotReadyError) as caught:
            await api.stats.query(["date", "message", "client", "sum_opened"], max_wait=0.0)
    assert "still being prepared" in caught.value.message and caught.value.path == "stats/"


async def test_polling_can_be_cancelled(demo):
    transport = CountingTransport()
    async with client_for(demo, transport=transport) as api:
        task = asyncio.create_task(
            api.stats.query(["date", "message", "city_name", "sum_clicked"], first_poll=30.0)
        )
        await asyncio.wait_for(transport.answered.wait(), timeout=10)
        task.cancel()  # the first answer said "not ready": the task is waiting 30 s to ask again
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=30.0)  # cancelled at once; the bound is for a busy machine
    assert len(transport.sent) == 1


async def test_more_groups_than_the_server_shows_is_truncated(demo):
    async with client_for(demo) as api:
        result = await api.stats.query(
            ["date", "country_name", "sum_delivered"],
            {"date": [f"ge:{days_ago(30)}", f"le:{TODAY}"]},
            first_poll=0.05,
        )
    assert result.truncated
    assert len(result.rows) + 1 >= 100 and result.totals["country_name"] == ""


async def test_a_non_null_error_raises(demo):
    async with client_for(demo) as api:
        with pytest.raises(StatsQueryError) as caught:
            await api.stats.query(["message", "sum_of_nothing"])
    assert "sum_of_nothing" in caught.value.message
    assert not isinstance(caught.value, StatsNotReadyError)
