"""The report builder's fields as a user picks them: in groups, with readable names.

Built on :mod:`app.domain.stats_fields` (the reference's catalogue). Grouping fields come
in three groups (campaign, time, audience); aggregated fields in the six the product
names: Volume, Engagement, Rates, Quarantine, SMTP errors, Errors. Any other name a user
types is an *unknown* field: sent as typed, flagged, shown if the server answers it.
Labels are English; the UI passes them through Qt's translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Final

from app.domain.sentences import translatable
from app.domain.stats_fields import AGGREGATED_BY_NAME, GROUPING_BY_NAME, canonical_aggregated


class FieldKind(StrEnum):
    GROUPING = "grouping"
    COUNT = "count"
    RATE = "rate"
    UNKNOWN = "unknown"  # typed by the user; not in the reference


@dataclass(frozen=True, slots=True)
class FieldGroup:
    TRANSLATION_CONTEXT: ClassVar[str] = "ReportFields"  # its title (packaging/domain_marks)
    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("title",)

    key: str
    title: str
    fields: tuple[str, ...]


GROUPING_GROUPS: Final[tuple[FieldGroup, ...]] = (
    FieldGroup("campaign", "Campaign", ("post", "message", "post_type", "message_type", "project_id")),
    FieldGroup(
        "time",
        "Time",
        ("date", "week", "month_year", "quarter", "year", "day_of_month", "day_of_week", "hour"),
    ),
    FieldGroup("audience", "Audience", ("language", "country_name", "region_name", "city_name", "client")),
)

METRIC_GROUPS: Final[tuple[FieldGroup, ...]] = (
    FieldGroup("volume", "Volume", ("sum_total", "sum_selected", "sum_sended", "sum_delivered")),
    FieldGroup(
        "engagement",
        "Engagement",
        (
            "sum_opened",
            "sum_opened_unique",
            "sum_clicked",
            "sum_clicked_unique",
            "sum_unsubscribed",
            "sum_spam_reports",
            "sum_churn",
        ),
    ),
    FieldGroup(
        "rates",
        "Rates",
        (
            "delivery_rate",
            "open_rate",
            "open_rate_unique",
            "click_rate",
            "click_rate_unique",
            "ctor",
            "unsub_rate",
            "abuse_rate",
            "bounce_rate",
            "churn_rate",
        ),
    ),
    FieldGroup(
        "quarantine",
        "Quarantine",
        (
            "sum_stop_total",
            "sum_stop_invalid",
            "sum_stop_nonexistent",
            "sum_stop_spam_added",
            "sum_stop_gdpr",
            "sum_stop_unsubscr",
        ),
    ),
    FieldGroup(
        "smtp",
        "SMTP errors",
        (
            "sum_bounce_total",
            "sum_bounce_nonexistent",
            "sum_bounce_temp_unavailable",
            "sum_bounce_spam",
            "sum_bounce_other",
        ),
    ),
    FieldGroup(
        "errors",
        "Errors",
        (
            "sum_stop_sendlog_added",
            "sum_stop_letter_single_quarantine",
            "sum_stop_inactive",
            "sum_stop_noaddress",
            "sum_stop_send_policy",
            "sum_stop_external_check",
        ),
    ),
)

# Grouping by these draws a line over time (gaps filled with zero); the rest draw bars.
TIME_FIELDS: Final = frozenset({"date", "week", "month_year", "day_of_month", "day_of_week", "hour"})

# The reference's own labels read like column names ("Open Rate Unique", "CHURN Rate").
_LABELS: Final[dict[str, str]] = translatable("ReportFields", {
    "project_id": "Project",
    "message": "Email",
    "post": "Campaign",
    "message_type": "Message type",
    "post_type": "Campaign type",
    "month_year": "Month",
    "client": "Mail client",
    "sum_total": "Recipients",
    "sum_selected": "Selected recipients",
    "sum_sended": "Sent",
    "sum_delivered": "Delivered",
    "sum_opened": "Opens",
    "sum_opened_unique": "Unique opens",
    "sum_clicked": "Clicks",
    "sum_clicked_unique": "Unique clicks",
    "sum_spam_reports": "Spam complaints",
    "open_rate": "Open rate",
    "open_rate_unique": "Unique open rate",
    "click_rate": "Click rate",
    "click_rate_unique": "Unique click rate",
    "ctor": "Click-to-open rate",
    "delivery_rate": "Delivery rate",
    "bounce_rate": "Bounce rate",
    "unsub_rate": "Unsubscribe rate",
    "abuse_rate": "Spam complaint rate",
    "churn_rate": "Churn rate",
})

_ALL_GROUPED: Final = frozenset(name for group in METRIC_GROUPS for name in group.fields)
assert frozenset(AGGREGATED_BY_NAME) == _ALL_GROUPED, "every aggregated field belongs to one group"
assert frozenset(n for g in GROUPING_GROUPS for n in g.fields) == frozenset(GROUPING_BY_NAME)


def canonical_name(name: str) -> str:
    """Our spelling of a field (the garbled aliases resolved); unknown names unchanged."""
    name = name.strip()
    if name in GROUPING_BY_NAME:
        return name
    return canonical_aggregated(name) or name


def field_kind(name: str) -> FieldKind:
    name = canonical_name(name)
    if name in GROUPING_BY_NAME:
        return FieldKind.GROUPING
    field = AGGREGATED_BY_NAME.get(name)
    if field is None:
        return FieldKind.UNKNOWN
    return FieldKind.RATE if field.is_rate else FieldKind.COUNT


def is_known(name: str) -> bool:
    return field_kind(name) is not FieldKind.UNKNOWN


def is_uncertain(name: str) -> bool:
    """A field whose name the reference garbles: the real server may spell it otherwise."""
    field = AGGREGATED_BY_NAME.get(canonical_name(name))
    return field is not None and field.uncertain_name


def field_label(name: str) -> str:
    """The readable name of a field (the name itself when unknown)."""
    name = canonical_name(name)
    if name in _LABELS:
        return _LABELS[name]
    if name in GROUPING_BY_NAME:
        return GROUPING_BY_NAME[name].label
    if name in AGGREGATED_BY_NAME:
        return AGGREGATED_BY_NAME[name].label
    return name


def short_label(name: str) -> str:
    """The label inside its group: "Invalid addresses" under Quarantine."""
    return short_of(field_label(name))


def short_of(label: str) -> str:
    """``label`` without its group ("Quarantine: invalid addresses" -> "Invalid addresses"),
    for a label in any language that keeps the "Group: field" shape."""
    head, sep, rest = label.partition(": ")
    if sep and head and rest:
        return rest[:1].upper() + rest[1:]
    return label


def field_note(name: str) -> str:
    """The reference's explanation of an aggregated field, or the format of a grouping value."""
    name = canonical_name(name)
    if name in GROUPING_BY_NAME:
        return GROUPING_BY_NAME[name].value_format
    field = AGGREGATED_BY_NAME.get(name)
    return field.note if field is not None else ""


def metric_group_of(name: str) -> str | None:
    name = canonical_name(name)
    for group in METRIC_GROUPS:
        if name in group.fields:
            return group.key
    return None
