"""The check of a whole campaign before it is sent: findings that block or warn.

:func:`review` looks at a campaign draft's payload as the wizard builds it (see
:mod:`app.domain.campaign_payloads`) and says what is wrong, field by field. An
``"error"`` blocks publishing; a ``"warning"`` is shown and the user decides.

Messages are :class:`~app.domain.sentences.Sentence` templates with their values apart,
so the UI can translate them and format numbers and times in the user's locale and zone;
``Finding.message`` is the plain English rendering. The same campaign told in sentences
for the review page is :func:`app.domain.campaign_summary.summary`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from app.domain import crontab
from app.domain.annotations import FILES, MESSAGE_LOCAL_ID
from app.domain.enums import CampaignStatus, SourceType
from app.domain.field_messages import message_sentence
from app.domain.kinds import DraftKind
from app.domain.sentences import QT_TRANSLATE_NOOP, Sentence, render, translatable
from app.domain.validation import check_url
from app.domain.wire import parse_wire_datetime

Severity = Literal["error", "warning"]
ERROR: Final = "error"
WARNING: Final = "warning"
# Below this many recipients per variant an A/B result is mostly chance.
MIN_PER_VARIANT: Final = 500
VARIANTS: Final = 2


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    field: str  # the wire field to show it at ("config.hook_url_template")
    sentence: Sentence

    @property
    def message(self) -> str:
        return render(self.sentence)

    @property
    def blocks(self) -> bool:
        return self.severity == ERROR


def _finding(code: str, severity: Severity, field_name: str, template: str, count: int | None = None,
             **values: Any) -> Finding:  # fmt: skip
    return Finding(code, severity, field_name, Sentence(template, values, count))


def _validation(message: str) -> Sentence:
    """A message of :mod:`app.domain.validation`, in the editors' words and context."""
    return message_sentence(message)


# -- reading the payload -------------------------------------------------------------------


def int_field(payload: Mapping[str, Any], key: str) -> int | None:
    value = payload.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def time_field(payload: Mapping[str, Any], key: str) -> datetime | None:
    value = payload.get(key)
    if not isinstance(value, str):
        return None
    try:
        return parse_wire_datetime(value)
    except ValueError:
        return None


def has_file(payload: Mapping[str, Any], name: str) -> bool:
    """A file to send (``$files``) or one the server keeps from an earlier send."""
    files = payload.get(FILES)
    local = isinstance(files, Mapping) and isinstance(files.get(name), str) and bool(files.get(name))
    return local or isinstance(payload.get(name), Mapping)


_PLACEHOLDER: Final = re.compile(r"\{[A-Za-z_][A-Za-z0-9_.]*\}")


def hook_url_problem(template: str) -> str | None:
    """Why ``template`` is not an http(s) address with ``{placeholders}``, or None."""
    text = template.strip()
    filled = _PLACEHOLDER.sub("0", text)
    if "{" in filled or "}" in filled:
        return QT_TRANSLATE_NOOP(
            "FieldMessages", "A placeholder is written in braces with a name inside, like {id}."
        )
    if any(c.isspace() for c in filled):
        return QT_TRANSLATE_NOOP("FieldMessages", "A web address has no spaces.")
    problem = check_url(filled)
    if problem is not None:
        return problem
    host = urlsplit(filled).hostname
    if not host:
        return "Enter a full web address starting with http:// or https://."
    return None


# -- the checks ----------------------------------------------------------------------------


def review(
    kind: str, payload: Mapping[str, Any], *, now: datetime, audience_size: int | None = None
) -> list[Finding]:
    """Every problem of the campaign draft ``payload`` of ``kind`` ("campaigns",
    "ab_campaigns", "auto_campaigns") at ``now``; ``audience_size`` when it is known."""
    draft_kind = DraftKind(kind)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    findings: list[Finding] = []
    findings += _message(payload)
    findings += _audience(draft_kind, payload)
    if draft_kind is DraftKind.AUTO_CAMPAIGNS:
        findings += _automated(payload, now)
    else:
        findings += _planned(draft_kind, payload, now, audience_size)
    findings += _config(payload)
    return findings


def _message(payload: Mapping[str, Any]) -> list[Finding]:
    if int_field(payload, "message_id") is None and int_field(payload, MESSAGE_LOCAL_ID) is None:
        return [_finding("message-missing", ERROR, "message_id", "Choose the email this campaign sends.")]
    return []


def _audience(kind: DraftKind, payload: Mapping[str, Any]) -> list[Finding]:
    source = payload.get("source_type")
    code = "audience-missing"
    if source not in {t.value for t in SourceType}:
        return [_finding(code, ERROR, "source_type", "Choose who receives this campaign.")]
    if source == SourceType.UPLOADED:
        if kind is DraftKind.AUTO_CAMPAIGNS:
            return [_finding(code, ERROR, "source_type",
                             "An automated campaign sends to a segment or an API source, "
                             "not to an uploaded address list.")]  # fmt: skip
        if not has_file(payload, "source_uploaded_csv"):
            return [_finding(code, ERROR, "source_uploaded_csv", "Choose the address list file to send to.")]
        return []
    if int_field(payload, "source_id") is not None:
        return []
    if source == SourceType.SEGMENT:
        return [_finding(code, ERROR, "source_id", "Choose the segment that receives this campaign.")]
    if kind is DraftKind.AUTO_CAMPAIGNS:
        return [_finding(code, ERROR, "source_id", "Enter the ID of the API source that receives it.")]
    return []


_START_LABELS: Final = translatable("CampaignReview", {
    "planned_at": "The start time is in the past: choose a time from now on.",
    "test_planned_at": "The test would start in the past: choose a time from now on.",
    "main_planned_at": "The main send would start in the past: choose a time from now on.",
})


def _not_started(payload: Mapping[str, Any]) -> bool:
    """Past times are history for a campaign that has run; only a new one is checked."""
    status = payload.get("status")
    return status is None or status == CampaignStatus.NEW


def _planned(kind: DraftKind, payload: Mapping[str, Any], now: datetime, audience_size: int | None
             ) -> list[Finding]:  # fmt: skip
    findings: list[Finding] = []
    keys = ["planned_at"]
    if kind is DraftKind.AB_CAMPAIGNS:
        keys += ["test_planned_at", "main_planned_at"]
    if _not_started(payload):
        for key in keys:
            moment = time_field(payload, key)
            if moment is not None and moment < now:
                findings.append(_finding("start-in-past", ERROR, key, _START_LABELS[key]))
    if kind is not DraftKind.AB_CAMPAIGNS:
        return findings
    test = time_field(payload, "test_planned_at") or time_field(payload, "planned_at")
    main = time_field(payload, "main_planned_at")
    hours = int_field(payload, "send_during_hours") or 0
    if test is not None and main is not None:
        if main <= test:
            findings.append(_finding("main-before-test", ERROR, "main_planned_at",
                                     "The main send must start after the test."))  # fmt: skip
        elif main < test + timedelta(hours=hours):
            findings.append(_finding(
                "main-before-test", ERROR, "main_planned_at",
                "The main send starts before the test has finished: the test is spread over "
                "%Ln hour(s). Start the main send later, or spread the sending over fewer hours.",
                hours,
            ))  # fmt: skip
    percent = int_field(payload, "ab_percent")
    if audience_size is not None and percent is not None and 0 < percent < 100:
        per_variant = audience_size * percent // 100 // VARIANTS
        if per_variant < MIN_PER_VARIANT:
            findings.append(_finding(
                "ab-sample-small", WARNING, "ab_percent",
                "Each test variant would go to about {per_variant} people: under {minimum} the "
                "winner is mostly chance. Test on a larger share or a larger audience.",
                per_variant=per_variant, minimum=MIN_PER_VARIANT,
            ))  # fmt: skip
    return findings


def _automated(payload: Mapping[str, Any], now: datetime) -> list[Finding]:
    findings: list[Finding] = []
    run_from, run_to = time_field(payload, "run_from"), time_field(payload, "run_to")
    if run_from is not None and run_to is not None and run_to <= run_from:
        findings.append(_finding("run-to-before-run-from", ERROR, "run_to",
                                 "The campaign would stop before it starts: choose an end after the start."))
    expr = payload.get("crontab")
    if not isinstance(expr, str) or not expr.strip():
        return findings
    problem = crontab.error_of(expr)
    if problem is not None:
        invalid = _finding("crontab-invalid", ERROR, "crontab", "{problem}", problem=_validation(problem))
        findings.append(invalid)
        return findings
    if crontab.fires_more_often_than_hourly(expr):
        findings.append(_finding("crontab-too-frequent", WARNING, "crontab",
                                 "This schedule sends more than once an hour: people may get the "
                                 "same email many times a day."))  # fmt: skip
    start = max(now, run_from) if run_from is not None else now
    if crontab.never_runs(expr, start, until=run_to):
        template = (
            QT_TRANSLATE_NOOP("CampaignReview", "This schedule never runs between its start and its end.")
            if run_to is not None and crontab.next_runs(expr, start, 1)
            else QT_TRANSLATE_NOOP("CampaignReview", "This schedule never runs: no date matches it.")
        )
        findings.append(_finding("crontab-never-runs", WARNING, "crontab", template))
    return findings


def _config(payload: Mapping[str, Any]) -> list[Finding]:
    config = payload.get("config")
    if not isinstance(config, Mapping):
        return []
    url = config.get("hook_url_template")
    if isinstance(url, str) and url.strip():
        problem = hook_url_problem(url)
        if problem is not None:
            return [_finding("hook-url-invalid", ERROR, "config.hook_url_template", "{problem}",
                             problem=_validation(problem))]
    elif url is not None and not isinstance(url, str):
        return [_finding("hook-url-invalid", ERROR, "config.hook_url_template",
                         "Enter a full web address starting with http:// or https://.")]  # fmt: skip
    return []
