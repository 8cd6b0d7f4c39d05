"""A campaign told in sentences, for the review page of the wizard.

From the draft payload and what the UI knows besides (the email's and the segment's
names, the audience size, the schedule in words in the UI's language): "Sends ‘Spring
sale’ to the segment ‘Active buyers’ (12,400 profiles) on Tue 3 Mar at 09:00
Europe/Berlin." The UI renders the sentences with its own translation, numbers and times.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from app.domain import crontab
from app.domain.campaign_config import FLAGS
from app.domain.campaign_review import has_file, int_field, time_field
from app.domain.enums import SourceType
from app.domain.kinds import DraftKind
from app.domain.schema import FieldType
from app.domain.sentences import QT_TRANSLATE_NOOP, Sentence, translatable
from app.domain.time_zones import in_zone, is_known_zone

NEXT_RUNS: Final = 5
_CRITERIA: Final = translatable("CampaignReview", {  # Sentence(criterion) is translated in this context
    "O": "the most opens",
    "C": "the most clicks",
    "U": "the best click-to-open rate",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    """What the UI knows beyond the payload."""

    message_name: str | None = None  # the email's internal name (or subject)
    audience_name: str | None = None  # the segment's name
    audience_size: int | None = None  # the segment's profiles, or the address list's rows
    file_name: str | None = None  # the address list's file name
    extra_file_name: str | None = None  # the additional parameters file's name
    schedule_words: str | None = None  # the crontab in words, in the UI's language
    time_zone: str | None = None  # the zone the schedule's clock reads (the user's); else UTC


def _message_phrase(payload: Mapping[str, Any], facts: ReviewFacts) -> Sentence:
    if facts.message_name:
        return Sentence("‘{name}’", {"name": facts.message_name})
    message_id = int_field(payload, "message_id")
    if message_id is not None:
        return Sentence("the email #{id}", {"id": str(message_id)})
    return Sentence("no email yet")


def _audience_phrase(payload: Mapping[str, Any], facts: ReviewFacts) -> Sentence:
    source, size = payload.get("source_type"), facts.audience_size
    source_id = int_field(payload, "source_id")
    if source == SourceType.SEGMENT:
        if facts.audience_name and size is not None:
            return Sentence("the segment ‘{name}’ (%Ln profile(s))", {"name": facts.audience_name}, size)
        if facts.audience_name:
            return Sentence("the segment ‘{name}’", {"name": facts.audience_name})
        if source_id is not None:
            return Sentence("the segment #{id}", {"id": str(source_id)})
        return Sentence("a segment not chosen yet")
    if source == SourceType.UPLOADED:
        if facts.file_name and size is not None:
            return Sentence("the address list ‘{name}’ (%Ln row(s))", {"name": facts.file_name}, size)
        if facts.file_name:
            return Sentence("the address list ‘{name}’", {"name": facts.file_name})
        return Sentence("an address list not chosen yet")
    if source == SourceType.API:
        if source_id is not None:
            return Sentence("the API source #{id}", {"id": str(source_id)})
        return Sentence("the API source")
    return Sentence("nobody yet (no audience chosen)")


def summary(kind: str, payload: Mapping[str, Any], facts: ReviewFacts, *, now: datetime) -> list[Sentence]:
    """The campaign in sentences: what it sends, to whom, when, and how."""
    draft_kind = DraftKind(kind)
    message, audience = _message_phrase(payload, facts), _audience_phrase(payload, facts)
    if draft_kind is DraftKind.AUTO_CAMPAIGNS:
        sentences = _automated_summary(payload, facts, message, audience, now)
    elif draft_kind is DraftKind.AB_CAMPAIGNS:
        sentences = _ab_summary(payload, message, audience)
    else:
        sentences = _one_time_summary(payload, message, audience)
    return sentences + _options_summary(draft_kind, payload, facts)


def _spread(payload: Mapping[str, Any]) -> list[Sentence]:
    hours = int_field(payload, "send_during_hours")
    return [Sentence("The sending is spread over %Ln hour(s).", count=hours)] if hours else []


def _one_time_summary(payload: Mapping[str, Any], message: Sentence, audience: Sentence) -> list[Sentence]:
    values: dict[str, Any] = {"message": message, "audience": audience}
    planned = time_field(payload, "planned_at")
    if payload.get("start_immediately") is True and planned is not None:
        first = Sentence("Sends {message} to {audience} on {when}; it is started as soon as it is published.",
                         {**values, "when": planned})  # fmt: skip
    elif payload.get("start_immediately") is True:
        first = Sentence("Sends {message} to {audience} as soon as it is published.", values)
    elif planned is not None:
        first = Sentence("Sends {message} to {audience} on {when}.", {**values, "when": planned})
    else:
        first = Sentence("Sends {message} to {audience} when you start it.", values)
    return [first, *_spread(payload)]


def _ab_summary(payload: Mapping[str, Any], message: Sentence, audience: Sentence) -> list[Sentence]:
    percent = int_field(payload, "ab_percent")
    test = time_field(payload, "test_planned_at") or time_field(payload, "planned_at")
    main = time_field(payload, "main_planned_at")
    share = Sentence("{percent}%", {"percent": percent}) if percent is not None else Sentence("a part")
    values: dict[str, Any] = {"message": message, "audience": audience, "share": share}
    if test is not None:
        first = Sentence("Tests {message} on {share} of {audience} on {when}.", {**values, "when": test})
    else:
        first = Sentence("Tests {message} on {share} of {audience} when you start it.", values)
    criterion = _CRITERIA.get(str(payload.get("win_parameter")))
    winner = Sentence(criterion) if criterion else Sentence("the server's default rule")
    if main is not None:
        second = Sentence("The version with {criterion} wins and goes to everyone else on {when}.",
                          {"criterion": winner, "when": main})  # fmt: skip
    else:
        second = Sentence("The version with {criterion} wins and goes to everyone else.",
                          {"criterion": winner})  # fmt: skip
    sentences = [first, second, *_spread(payload)]
    if payload.get("start_immediately") is True:
        sentences.append(Sentence("It starts as soon as it is published."))
    return sentences


def _automated_summary(
    payload: Mapping[str, Any], facts: ReviewFacts, message: Sentence, audience: Sentence, now: datetime
) -> list[Sentence]:
    values: dict[str, Any] = {"message": message, "audience": audience}
    expr = payload.get("crontab")
    run_from, run_to = time_field(payload, "run_from"), time_field(payload, "run_to")
    sentences: list[Sentence] = []
    if isinstance(expr, str) and expr.strip() and crontab.error_of(expr) is None:
        words = facts.schedule_words or crontab.describe(expr)
        sentences.append(Sentence("Sends {message} to {audience} on a schedule: {schedule}.",
                                  {**values, "schedule": words}))  # fmt: skip
        start = max(now, run_from) if run_from is not None else now
        if facts.time_zone and is_known_zone(facts.time_zone):
            start = in_zone(start, facts.time_zone)
        runs = crontab.next_runs(expr, start, NEXT_RUNS, until=run_to)
        if runs:
            sentences.append(Sentence("Next runs: {runs}.", {"runs": tuple(runs)}))
        else:
            sentences.append(Sentence("No run is ahead."))
    else:
        sentences.append(Sentence("Sends {message} to {audience} when it is triggered: no schedule is set.",
                                  values))  # fmt: skip
    if run_from is not None and run_to is not None:
        sentences.append(Sentence("Active from {start} until {end}.", {"start": run_from, "end": run_to}))
    elif run_from is not None:
        sentences.append(Sentence("Active from {start}.", {"start": run_from}))
    elif run_to is not None:
        sentences.append(Sentence("Active until {end}.", {"end": run_to}))
    if payload.get("active") is not True:
        sentences.append(Sentence("It is switched off: nothing is sent until you enable it."))
    return sentences


_UNITS: Final = (
    (86_400, QT_TRANSLATE_NOOP("CampaignReview", "%Ln day(s)")),
    (3_600, QT_TRANSLATE_NOOP("CampaignReview", "%Ln hour(s)")),
    (60, QT_TRANSLATE_NOOP("CampaignReview", "%Ln minute(s)")),
    (1, QT_TRANSLATE_NOOP("CampaignReview", "%Ln second(s)")),
)


def duration(seconds: int) -> Sentence:
    """A number of seconds in the largest unit that divides it: 7200 -> "2 hours"."""
    for unit, template in _UNITS:
        if seconds and seconds % unit == 0:
            return Sentence(template, count=seconds // unit)
    return Sentence("%Ln second(s)", count=seconds)


def _options_summary(kind: DraftKind, payload: Mapping[str, Any], facts: ReviewFacts) -> list[Sentence]:
    sentences: list[Sentence] = []
    if kind is not DraftKind.AUTO_CAMPAIGNS and has_file(payload, "additional_source_file"):
        name = facts.extra_file_name or "a file"
        sentences.append(Sentence("Extra details for each recipient come from ‘{file}’.", {"file": name}))
    tags = payload.get("tags")
    if isinstance(tags, str) and tags.strip():
        sentences.append(Sentence("Tags: {tags}.", {"tags": tags.strip()}))
    priority = int_field(payload, "priority")
    if priority is not None:
        sentences.append(Sentence("Priority: {priority}.", {"priority": str(priority)}))
    config = payload.get("config")
    if not isinstance(config, Mapping):
        return sentences
    # The webhook's two switches are told with the webhook.
    on = tuple(
        Sentence(f.label, context="CampaignConfig")
        for f in FLAGS
        if f.type is FieldType.BOOL and config.get(f.name) is True and not f.name.startswith("hook_")
    )
    if on:
        sentences.append(Sentence("Options: {options}.", {"options": on}))
    for name, template in (
        ("retry_sent_quarantine_rejected_interval",
         QT_TRANSLATE_NOOP("CampaignReview", "Retries quarantined addresses after {duration}.")),
        ("min_send_interval",
         QT_TRANSLATE_NOOP("CampaignReview", "Skips people who got another email in the last {duration}.")),
    ):
        seconds = int_field(config, name)
        if seconds is not None:
            sentences.append(Sentence(template, {"duration": duration(seconds)}))
    url = config.get("hook_url_template")
    if isinstance(url, str) and url.strip():
        template = (
            QT_TRANSLATE_NOOP("CampaignReview", "Calls the webhook {url} before each email.")
            if config.get("hook_pre_post") is True
            else QT_TRANSLATE_NOOP("CampaignReview", "Calls the webhook {url} after each email.")
        )
        sentences.append(Sentence(template, {"url": url.strip()}))
        if config.get("hook_use_auth") is True:
            sentences.append(Sentence("Webhook calls carry your project's credentials."))
    return sentences
