"""The report's question: the exact query string sent, periods, and what is flagged."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.report_query import (
    DateFilter,
    Period,
    ReportFilters,
    ReportQuery,
    Severity,
    estimated_groups,
)
from app.domain.stats_fields import build_stats_params

TODAY = date(2021, 1, 28)


def query(groupings=(), metrics=("sum_delivered",), **filters) -> ReportQuery:
    return ReportQuery(tuple(groupings), tuple(metrics), ReportFilters(**filters))


def test_the_reference_example_as_a_query_string() -> None:
    q = query(
        ("date", "message"),
        ("sum_delivered", "sum_opened", "open_rate_unique", "sum_clicked", "click_rate_unique"),
        posts=("S_9093",),
        dates=DateFilter.custom(date(2021, 1, 27), date(2021, 1, 28)),
    )
    assert q.query_string(TODAY) == (
        "fields=date,message,sum_delivered,sum_opened,open_rate_unique,sum_clicked,click_rate_unique"
        "&post=S_9093&date=ge:2021-01-27&date=le:2021-01-28"
    )
    # What the client sends is built from fields() and client_filters() by the same function.
    assert q.params(TODAY) == build_stats_params(q.fields(), q.client_filters(TODAY))


def test_every_filter_in_its_place_and_in_for_several() -> None:
    q = query(
        ("post",),
        ("sum_sended", "open_rate"),
        message_type="L",
        post_type="B",
        messages=("L_1369", "L_1370"),
        posts=("S_5682", "B_7", "A_3"),
        project_id=110,
        dates=DateFilter.quick(Period.LAST_7_DAYS),
    )
    assert q.query_string(TODAY) == (
        "fields=post,sum_sended,open_rate&message_type=L&post_type=B&message=in:L_1369,L_1370"
        "&post=in:S_5682,B_7,A_3&project_id=110&date=ge:2021-01-22&date=le:2021-01-28"
    )


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (DateFilter(), ""),
        (DateFilter.quick(Period.LAST_7_DAYS), "&date=ge:2021-01-22&date=le:2021-01-28"),
        (DateFilter.quick(Period.LAST_30_DAYS), "&date=ge:2020-12-30&date=le:2021-01-28"),
        (DateFilter.quick(Period.LAST_90_DAYS), "&date=ge:2020-10-31&date=le:2021-01-28"),
        (DateFilter.quick(Period.THIS_MONTH), "&date=ge:2021-01-01&date=le:2021-01-28"),
        (DateFilter.custom(date(2021, 1, 3), None), "&date=ge:2021-01-03"),
        (DateFilter.custom(None, date(2021, 1, 3)), "&date=le:2021-01-03"),
        (DateFilter.lifetime(date(2020, 12, 1), date(2020, 12, 2)), "&date=ge:2020-12-01&date=le:2020-12-02"),
    ],
)
def test_periods_are_resolved_on_the_day_the_report_runs(dates: DateFilter, expected: str) -> None:
    assert query(dates=dates).query_string(TODAY) == "fields=sum_delivered" + expected


def test_a_quick_pick_stays_relative() -> None:
    q = query(dates=DateFilter.quick(Period.LAST_7_DAYS))
    assert q.client_filters(date(2021, 3, 10))["date"] == ["ge:2021-03-04", "le:2021-03-10"]


def test_repeats_and_blanks_are_dropped_order_kept() -> None:
    q = query(
        (" date", "date", ""), ("open_rate", "sum_sent_typo ", "open_rate", "date"), posts=("S_1", "S_1")
    )
    assert q.fields() == ["date", "open_rate", "sum_sent_typo"]
    assert q.client_filters(TODAY) == {"post": "S_1"}


def messages(q: ReportQuery) -> list[tuple[Severity, str]]:
    return [(p.severity, p.message) for p in q.problems(TODAY)]


def test_a_sound_query_has_no_problems() -> None:
    q = query(("date",), ("sum_delivered", "open_rate"), dates=DateFilter.quick(Period.LAST_7_DAYS))
    assert q.problems(TODAY) == [] and q.can_run(TODAY)


def test_start_after_end_is_an_error_that_says_what_to_do() -> None:
    q = query(dates=DateFilter.custom(date(2021, 1, 20), date(2021, 1, 10)))
    assert messages(q) == [
        (
            Severity.ERROR,
            "The start date 2021-01-20 is after the end date 2021-01-10: swap them or pick other dates.",
        )
    ]
    assert not q.can_run(TODAY)


def test_unknown_field_names_are_allowed_but_flagged() -> None:
    q = query(metrics=("sum_delivered", "sum_of_wonders"))
    (problem,) = q.problems(TODAY)
    assert problem.severity is Severity.WARNING and problem.field == "sum_of_wonders"
    assert "not a field this app knows" in problem.message
    assert q.can_run(TODAY)
    assert q.fields() == ["sum_delivered", "sum_of_wonders"]


def test_the_garbled_names_are_noted_and_sent_as_typed() -> None:
    q = query(metrics=("sum_stop_ xistent",))
    (problem,) = q.problems(TODAY)
    assert problem.severity is Severity.NOTE and "misprints" in problem.message
    assert q.query_string(TODAY) == "fields=sum_stop_ xistent"


@pytest.mark.parametrize(
    ("q", "fragment"),
    [
        (query(metrics=()), "at least one figure"),
        (query(metrics=("date",)), "is a field to group by, not a figure"),
        (query(groupings=("sum_delivered",), metrics=("sum_opened",)), "is not a field to group by"),
        (query(messages=("B_1",)), "does not name an email"),
        (query(posts=("campaign 5",)), "does not name a campaign"),
        (query(message_type="X"), "Unknown message type"),
        (query(post_type="Q"), "Unknown campaign type"),
        (query(project_id=0), "project number must be positive"),
    ],
)
def test_errors_stop_the_run(q: ReportQuery, fragment: str) -> None:
    errors = [p.message for p in q.problems(TODAY) if p.severity is Severity.ERROR]
    assert len(errors) == 1 and fragment in errors[0]


def test_three_grouping_fields_warn_of_slowness_and_cutting() -> None:
    q = query(("message", "language", "client"), dates=DateFilter.quick(Period.LAST_7_DAYS))
    (problem,) = q.problems(TODAY)
    assert problem.severity is Severity.WARNING
    assert problem.message.startswith("3 grouping fields: the report will be slow and may be cut at 99 rows")


def test_a_query_that_cannot_fit_in_one_answer_is_foreseen() -> None:
    q = query(("date", "hour"), dates=DateFilter.quick(Period.LAST_7_DAYS))
    assert estimated_groups(q, TODAY) == 7 * 24
    assert any("about 168 rows" in p.message for p in q.problems(TODAY))
    assert estimated_groups(query(("date",), dates=DateFilter.quick(Period.LAST_90_DAYS)), TODAY) == 90
    assert estimated_groups(query(("country_name",)), TODAY) is None  # the data decides
    assert estimated_groups(query(("date",)), TODAY) == 8  # the server's own week: 7 days back and today


def test_a_future_period_is_a_warning() -> None:
    q = query(dates=DateFilter.custom(date(2021, 2, 10), date(2021, 2, 20)))
    assert messages(q) == [
        (Severity.WARNING, "The period starts in the future (2021-02-10): there is nothing to report yet.")
    ]


def test_errors_come_before_warnings() -> None:
    q = query(("message", "language", "client"), ("sum_x",), dates=DateFilter.custom(TODAY, date(2021, 1, 1)))
    severities = [p.severity for p in q.problems(TODAY)]
    assert severities == sorted(severities, key=[Severity.ERROR, Severity.WARNING, Severity.NOTE].index)
    assert severities[0] is Severity.ERROR
