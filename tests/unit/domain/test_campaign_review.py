"""The whole-campaign check: each finding's code, severity and field, and the campaign in sentences."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.domain.campaign_review import Finding, hook_url_problem, review
from app.domain.campaign_summary import ReviewFacts, summary
from app.domain.sentences import Renderer, Sentence, render

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def one_time(**fields: Any) -> dict[str, Any]:
    return {"message_type": "L", "message_id": 41, "source_type": "S", "source_id": 12, **fields}


def ab(**fields: Any) -> dict[str, Any]:
    base = {"messages_type": "L", "message_id": 41, "source_type": "S", "source_id": 12, "ab_percent": 20,
            "win_parameter": "O", "test_planned_at": "2026-03-03T09:00:00+01:00",
            "main_planned_at": "2026-03-03T15:00:00+01:00"}  # fmt: skip
    return {**base, **fields}


def auto(**fields: Any) -> dict[str, Any]:
    return {"message_type": "L", "message_id": 41, "source_type": "A", "source_id": 7, "active": True,
            "crontab": "0 9 * * 1-5", **fields}  # fmt: skip


def codes(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, f.field) for f in findings]


def test_complete_campaigns_have_no_findings() -> None:
    assert review("campaigns", one_time(planned_at="2026-03-02T09:00:00+01:00"), now=NOW) == []
    assert review("ab_campaigns", ab(), now=NOW, audience_size=100_000) == []
    assert review("auto_campaigns", auto(run_from="2026-01-01T00:00:00Z"), now=NOW) == []


def test_message_and_audience_missing() -> None:
    assert codes(review("campaigns", {}, now=NOW)) == [
        ("message-missing", "error", "message_id"),
        ("audience-missing", "error", "source_type"),
    ]
    assert review("campaigns", {"$message_local_id": 4, "source_type": "A"}, now=NOW) == []
    assert codes(review("campaigns", one_time(source_id=None), now=NOW)) == [
        ("audience-missing", "error", "source_id")
    ]
    assert codes(review("auto_campaigns", auto(source_id=None), now=NOW)) == [
        ("audience-missing", "error", "source_id")
    ]
    uploaded = one_time(source_type="U", source_id=None)
    assert codes(review("campaigns", uploaded, now=NOW)) == [
        ("audience-missing", "error", "source_uploaded_csv")
    ]
    with_file = {**uploaded, "$files": {"source_uploaded_csv": "/data/list.csv"}}
    assert review("campaigns", with_file, now=NOW) == []
    on_server = {**uploaded, "source_uploaded_csv": {"name": "list.csv", "size": 9, "rows": 2}}
    assert review("campaigns", on_server, now=NOW) == []
    assert codes(review("auto_campaigns", auto(source_type="U"), now=NOW)) == [
        ("audience-missing", "error", "source_type")
    ]


def test_start_in_the_past_blocks_only_a_campaign_that_has_not_run() -> None:
    past = "2026-02-28T09:00:00+01:00"
    assert codes(review("campaigns", one_time(planned_at=past), now=NOW)) == [
        ("start-in-past", "error", "planned_at")
    ]
    assert review("campaigns", one_time(planned_at=past, status="running"), now=NOW) == []
    assert codes(review("ab_campaigns", ab(test_planned_at=past), now=NOW)) == [
        ("start-in-past", "error", "test_planned_at")
    ]


def test_main_send_before_the_test_has_finished() -> None:
    before = ab(main_planned_at="2026-03-03T08:00:00+01:00")
    assert codes(review("ab_campaigns", before, now=NOW)) == [
        ("main-before-test", "error", "main_planned_at")
    ]
    spread = ab(send_during_hours=8)  # the test sends 09:00-17:00, the main send starts at 15:00
    [finding] = review("ab_campaigns", spread, now=NOW)
    assert (finding.code, finding.severity) == ("main-before-test", "error")
    assert "spread over 8 hours" in finding.message
    assert review("ab_campaigns", ab(send_during_hours=6), now=NOW) == []  # ends exactly at 15:00


def test_a_test_group_too_small_to_decide_warns() -> None:
    [finding] = review("ab_campaigns", ab(ab_percent=10), now=NOW, audience_size=8_000)
    assert codes([finding]) == [("ab-sample-small", "warning", "ab_percent")]
    assert not finding.blocks
    assert "about 400 people" in finding.message
    assert review("ab_campaigns", ab(ab_percent=10), now=NOW, audience_size=10_000) == []
    assert review("ab_campaigns", ab(ab_percent=10), now=NOW) == []  # size unknown: nothing to say


def test_run_to_before_run_from() -> None:
    payload = auto(run_from="2026-06-01T00:00:00+02:00", run_to="2026-05-01T00:00:00+02:00")
    assert ("run-to-before-run-from", "error", "run_to") in codes(review("auto_campaigns", payload, now=NOW))


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("0 9 * *", [("crontab-invalid", "error", "crontab")]),
        ("*/5 * * * *", [("crontab-too-frequent", "warning", "crontab")]),
        ("0,30 9 * * *", [("crontab-too-frequent", "warning", "crontab")]),
        ("0 * * * *", []),
        ("0 0 31 2 *", [("crontab-never-runs", "warning", "crontab")]),
    ],
)
def test_schedules(expr: str, expected: list[tuple[str, str, str]]) -> None:
    assert codes(review("auto_campaigns", auto(crontab=expr), now=NOW)) == expected


def test_a_schedule_with_no_run_before_its_end_never_runs() -> None:
    payload = auto(crontab="0 9 1 * *", run_from="2026-03-02T00:00:00Z", run_to="2026-03-20T00:00:00Z")
    [finding] = review("auto_campaigns", payload, now=NOW)
    assert finding.code == "crontab-never-runs" and "between its start and its end" in finding.message


@pytest.mark.parametrize(
    "url",
    ["https://crm.example/hook?id={id}&email={email}", "http://10.0.0.5:8080/h/{id}", "https://{tenant}.crm.example/"],
)
def test_hook_url_templates_with_placeholders_are_fine(url: str) -> None:
    assert hook_url_problem(url) is None
    assert review("campaigns", one_time(config={"hook_url_template": url}), now=NOW) == []


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("crm.example/hook", "http://"),
        ("ftp://crm.example/hook", "http://"),
        ("https://crm.example/hook?id={id", "braces"),
        ("https://crm.example/my hook", "no spaces"),
        ("https:///path", "http://"),
    ],
)
def test_bad_hook_urls_block(url: str, fragment: str) -> None:
    [finding] = review("campaigns", one_time(config={"hook_url_template": url}), now=NOW)
    assert codes([finding]) == [("hook-url-invalid", "error", "config.hook_url_template")]
    assert fragment in finding.message
    assert finding.sentence.values["problem"].context == "FieldMessages"  # as the editors show it


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        review("campaigns", {}, now=datetime(2026, 1, 1))


# -- sentences -----------------------------------------------------------------------------------


def berlin(moment: datetime) -> str:
    local = moment.astimezone(BERLIN)
    return f"{local:%a} {local.day} {local:%b} at {local:%H:%M} Europe/Berlin"


BERLIN_RENDERER = Renderer(moment=berlin)


def text(kind: str, payload: dict[str, Any], facts: ReviewFacts) -> list[str]:
    return [render(s, BERLIN_RENDERER) for s in summary(kind, payload, facts, now=NOW)]


def test_the_issues_sentence() -> None:
    facts = ReviewFacts(message_name="Spring sale", audience_name="Active buyers", audience_size=12_400)
    lines = text("campaigns", one_time(planned_at="2026-03-03T09:00:00+01:00", send_during_hours=4), facts)
    assert lines[:2] == [
        "Sends ‘Spring sale’ to the segment ‘Active buyers’ (12,400 profiles) on Tue 3 Mar at 09:00 "
        "Europe/Berlin.",
        "The sending is spread over 4 hours.",
    ]


def test_one_time_sentences_without_a_time_or_names() -> None:
    assert text("campaigns", one_time(start_immediately=True), ReviewFacts())[0] == (
        "Sends the email #41 to the segment #12 as soon as it is published."
    )
    planned = one_time(start_immediately=True, planned_at="2026-03-03T09:00:00+01:00")
    assert text("campaigns", planned, ReviewFacts())[0] == (
        "Sends the email #41 to the segment #12 on Tue 3 Mar at 09:00 Europe/Berlin; it is started as soon "
        "as it is published."
    )
    config = {"send_to_corp": True, "min_send_interval": 1, "hook_url_template": "https://h/{id}",
              "hook_pre_post": True, "hook_use_auth": True}  # fmt: skip
    uploaded = one_time(source_type="U", source_id=None, tags="spring", priority=3, config=config,
                        **{"$files": {"additional_source_file": "/x"}})  # fmt: skip
    facts = ReviewFacts(file_name="list.csv", audience_size=1, extra_file_name="x.csv")
    lines = text("campaigns", uploaded, facts)
    assert lines == [
        "Sends the email #41 to the address list ‘list.csv’ (1 row) when you start it.",
        "Extra details for each recipient come from ‘x.csv’.",
        "Tags: spring.",
        "Priority: 3.",
        "Options: Send to company addresses.",
        "Skips people who got another email in the last 1 second.",
        "Calls the webhook https://h/{id} before each email.",
        "Webhook calls carry your project's credentials.",
    ]


def test_ab_sentences() -> None:
    facts = ReviewFacts(message_name="Spring sale", audience_name="Active buyers", audience_size=12_400)
    assert text("ab_campaigns", ab(win_parameter="U"), facts) == [
        "Tests ‘Spring sale’ on 20% of the segment ‘Active buyers’ (12,400 profiles) on Tue 3 Mar at 09:00 "
        "Europe/Berlin.",
        "The version with the best click-to-open rate wins and goes to everyone else on Tue 3 Mar at 15:00 "
        "Europe/Berlin.",
    ]


def test_automated_sentences_list_the_next_runs() -> None:
    payload = auto(run_to="2026-03-04T12:00:00+01:00", active=False)
    facts = ReviewFacts(message_name="Digest", schedule_words="At 09:00, weekdays", time_zone="Europe/Berlin")
    lines = text("auto_campaigns", payload, facts)
    assert lines == [
        "Sends ‘Digest’ to the API source #7 on a schedule: At 09:00, weekdays.",
        "Next runs: Mon 2 Mar at 09:00 Europe/Berlin, Tue 3 Mar at 09:00 Europe/Berlin, "
        "Wed 4 Mar at 09:00 Europe/Berlin.",
        "Active until Wed 4 Mar at 12:00 Europe/Berlin.",
        "It is switched off: nothing is sent until you enable it.",
    ]
    in_utc = text("auto_campaigns", auto(), ReviewFacts())[1]  # no zone: the schedule's clock is UTC
    assert in_utc.startswith("Next runs: Mon 2 Mar at 10:00 Europe/Berlin")
    assert text("auto_campaigns", auto(crontab=None), ReviewFacts())[0] == (
        "Sends the email #41 to the API source #7 when it is triggered: no schedule is set."
    )


def test_a_renderer_translates_each_template_with_its_context_and_count() -> None:
    seen: list[tuple[str, str, int | None]] = []

    def translate(context: str, template: str, count: int | None) -> str:
        seen.append((context, template, count))
        return template.upper().replace("{NAME}", "{name}").replace("%LN", f"[{count}]")

    sentence = Sentence("the segment ‘{name}’ (%Ln profile(s))", {"name": "Käufer"}, 3)
    assert render(sentence, Renderer(translate=translate)) == "THE SEGMENT ‘Käufer’ ([3] PROFILE(S))"
    assert seen == [("CampaignReview", "the segment ‘{name}’ (%Ln profile(s))", 3)]
    assert str(Sentence("In {n} days", {"n": timedelta(days=2).days})) == "In 2 days"
