"""The report builder's catalogue: grouping fields, aggregated fields, rates and filters.

Straight from the reference's statistics section. Rates are data (numerator,
denominator) so the sandbox computes them and the UI can explain them from one source.
Two aggregated fields are garbled in the reference (``sum_stop_ xistent``,
``sum_bounce_ xistent``, API-NOTES quirk 5): we name them ``*_nonexistent``, accept the
garbled spellings as aliases and mark the names uncertain, so the UI can tell the user
that the real server may spell them otherwise (the report builder accepts any name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, NamedTuple


@dataclass(frozen=True, slots=True)
class GroupingField:
    # The UI translates the label and the format ("ReportFields"); packaging/domain_marks finds them.
    TRANSLATION_CONTEXT: ClassVar[str] = "ReportFields"
    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("label", "value_format")

    name: str
    label: str
    value_format: str  # how the sandbox spells a value of this field


@dataclass(frozen=True, slots=True)
class AggregatedField:
    TRANSLATION_CONTEXT: ClassVar[str] = "ReportFields"
    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("label", "note")

    name: str
    label: str
    note: str = ""
    numerator: str | None = None  # set for rates: the counters they are computed from
    denominator: str | None = None
    aliases: tuple[str, ...] = ()  # other spellings a server may use
    uncertain_name: bool = False  # the reference's spelling is garbled

    @property
    def is_rate(self) -> bool:
        return self.numerator is not None


GROUPING_FIELDS: Final[tuple[GroupingField, ...]] = (
    GroupingField("project_id", "Project", "project id, e.g. 110"),
    GroupingField("message", "Message", "type + id, e.g. L_1369"),
    GroupingField("post", "Mailing", "type + id, e.g. S_5682"),
    GroupingField("message_type", "Message type", "L, W, G or S"),
    GroupingField("post_type", "Mailing type", "S, B, A, C, P, T or U"),
    GroupingField("year", "Year", "2021"),
    GroupingField("quarter", "Quarter", "2021-Q1"),
    GroupingField("month_year", "Month", "2021-01"),
    GroupingField("day_of_month", "Day of the month", "1 to 31"),
    GroupingField("day_of_week", "Day of the week", "1 (Monday) to 7 (Sunday), ISO"),
    GroupingField("week", "Week", "ISO week, 2021-W03"),
    GroupingField("date", "Date", "2021-01-22"),
    GroupingField("hour", "Hour", "0 to 23"),
    GroupingField("client", "Client", "mail client, e.g. Gmail"),
    GroupingField("language", "Language", "language code, e.g. en"),
    GroupingField("city_name", "City", "city name"),
    GroupingField("region_name", "Region", "region name"),
    GroupingField("country_name", "Country", "country name"),
)


def _counter(name: str, label: str, note: str = "", *aliases: str) -> AggregatedField:
    return AggregatedField(name, label, note, aliases=aliases, uncertain_name=bool(aliases))


def _rate(name: str, label: str, note: str, numerator: str, denominator: str) -> AggregatedField:
    return AggregatedField(name, label, note, numerator=numerator, denominator=denominator)


def _garbled(prefix: str) -> tuple[str, str]:
    # The reference prints "sum_stop_ xistent"; in a URL the space may arrive as "%20".
    return (f"{prefix} xistent", f"{prefix}%20xistent")


AGGREGATED_FIELDS: Final[tuple[AggregatedField, ...]] = (
    _counter("sum_total", "Total", "Total number of recipients in the mailing campaign"),
    _counter(
        "sum_selected", "Selected recipients", "Number of recipients selected (with all the filters applied)"
    ),
    _counter("sum_sended", "Sent", "Sent from the server"),
    _counter("sum_delivered", "Delivered", "Number of emails delivered to an inbox (including spam)"),
    _counter("sum_opened", "Opened"),
    _counter("sum_opened_unique", "Unique opened"),
    _counter("sum_clicked", "Clicks"),
    _counter("sum_clicked_unique", "Unique clicks"),
    _counter("sum_unsubscribed", "Unsubscribed"),
    _counter("sum_spam_reports", "Reported as spam"),
    _counter("sum_churn", "Churn", "Number of churned users (unsubscribed + marked as spam + undelivered)"),
    _rate(
        "open_rate", "Open Rate", "Percentage opened relative to all delivered", "sum_opened", "sum_delivered"
    ),
    _rate(
        "open_rate_unique",
        "Open Rate Unique",
        "Percentage unique opened relative to all delivered",
        "sum_opened_unique",
        "sum_delivered",
    ),
    _rate(
        "click_rate",
        "Click Rate",
        "Percentage of clicks relative to all delivered",
        "sum_clicked",
        "sum_delivered",
    ),
    _rate(
        "click_rate_unique",
        "Click Rate Unique",
        "Percentage of unique clicks relative to all delivered",
        "sum_clicked_unique",
        "sum_delivered",
    ),
    _rate(
        "ctor",
        "CTOR",
        "Percentage of unique clicks relative to unique opens",
        "sum_clicked_unique",
        "sum_opened_unique",
    ),
    _rate(
        "delivery_rate",
        "Delivery Rate",
        "Percentage of emails delivered to the recipient",
        "sum_delivered",
        "sum_sended",
    ),
    _rate(
        "bounce_rate",
        "Bounce Rate",
        "Percentage of emails rejected by mail services",
        "sum_bounce_total",
        "sum_sended",
    ),
    _rate(
        "unsub_rate",
        "Unsubscribe Rate",
        "Percentage of subscribers who unsubscribed after the mailing campaign",
        "sum_unsubscribed",
        "sum_delivered",
    ),
    _rate(
        "abuse_rate", "Abuse Rate", "Percentage of emails marked as spam", "sum_spam_reports", "sum_delivered"
    ),
    _rate("churn_rate", "CHURN Rate", "Churn rate relative to all sent", "sum_churn", "sum_sended"),
    _counter("sum_stop_total", "Quarantine: total"),
    _counter("sum_stop_invalid", "Quarantine: invalid addresses"),
    _counter("sum_stop_nonexistent", "Quarantine: non-existent addresses", "", *_garbled("sum_stop_")),
    _counter("sum_stop_spam_added", "Quarantine: spam complaints"),
    _counter("sum_stop_gdpr", "Quarantine: GDPR"),
    _counter("sum_stop_unsubscr", "Quarantine: unsubscribed"),
    _counter("sum_bounce_total", "SMTP: total number of errors"),
    _counter("sum_bounce_nonexistent", "SMTP: non-existent addresses", "", *_garbled("sum_bounce_")),
    _counter("sum_bounce_temp_unavailable", "SMTP: temporarily unavailable addresses"),
    _counter("sum_bounce_spam", "SMTP: rejected as spam"),
    _counter("sum_bounce_other", "SMTP: other errors"),
    _counter("sum_stop_sendlog_added", "Error: failed project sending policy compliance"),
    _counter("sum_stop_letter_single_quarantine", "Error: emails that did not pass the sending policy"),
    _counter("sum_stop_inactive", "Error: inactive addresses"),
    _counter(
        "sum_stop_noaddress",
        "Error: profiles with no email",
        "Number of profiles that lack an address for a mailing campaign",
    ),
    _counter("sum_stop_send_policy", "Error: unsubscribed or unconfirmed"),
    _counter("sum_stop_external_check", "Error: rejected by the project"),
)

GROUPING_BY_NAME: Final[dict[str, GroupingField]] = {f.name: f for f in GROUPING_FIELDS}
AGGREGATED_BY_NAME: Final[dict[str, AggregatedField]] = {f.name: f for f in AGGREGATED_FIELDS}
COUNTERS: Final[tuple[str, ...]] = tuple(f.name for f in AGGREGATED_FIELDS if not f.is_rate)
RATE_FORMULAS: Final[dict[str, tuple[str, str]]] = {
    f.name: (f.numerator, f.denominator)
    for f in AGGREGATED_FIELDS
    if f.numerator is not None and f.denominator is not None
}
_ALIASES: Final[dict[str, str]] = {alias: f.name for f in AGGREGATED_FIELDS for alias in f.aliases}


def canonical_aggregated(name: str) -> str | None:
    """Our name of an aggregated field given any accepted spelling, else None."""
    if name in AGGREGATED_BY_NAME:
        return name
    return _ALIASES.get(name)


def rate(numerator: int, denominator: int) -> float:
    """A rate as a fraction; 0.0 when nothing was in the denominator."""
    return numerator / denominator if denominator else 0.0


# --- filters ---------------------------------------------------------------------------

FILTER_FIELDS: Final[dict[str, str]] = {
    "project_id": "Project ID",
    "message_type": "Message type (L - email, W - web push, G - GC notifier, S - SMS)",
    "message": "Message type + message ID, e.g. L_1369",
    "post_type": "Mailing type (S, B, A, C, P, T, U)",
    "post": "Mailing type + mailing ID, e.g. S_5682",
    "date": "Date, YYYY-MM-DD",
}
MODIFIERS: Final[tuple[str, ...]] = ("ge", "le", "in")


class ParsedFilter(NamedTuple):
    modifier: str  # "eq" for a plain value, else one of MODIFIERS
    value: str | list[str]  # a list for "in"


def parse_filter(raw: str) -> ParsedFilter:
    """``"ge:2021-01-27"`` -> ``("ge", "2021-01-27")``; ``"in:L_1,L_2"`` -> ``("in", ["L_1", "L_2"])``."""
    head, sep, rest = raw.partition(":")
    if sep and head in MODIFIERS:
        if head == "in":
            return ParsedFilter("in", [item.strip() for item in rest.split(",") if item.strip()])
        return ParsedFilter(head, rest)
    return ParsedFilter("eq", raw)


def format_filter(modifier: str, value: str | Iterable[str]) -> str:
    """The inverse of :func:`parse_filter`."""
    if modifier == "eq":
        if not isinstance(value, str):
            raise TypeError("a plain filter takes one value")
        return value
    if modifier not in MODIFIERS:
        raise ValueError(f"unknown modifier {modifier!r}")
    text = value if isinstance(value, str) else ",".join(value)
    return f"{modifier}:{text}"


FilterValue = str | int | Sequence[str | int]


def build_stats_params(
    fields: Sequence[str], filters: Mapping[str, FilterValue] | None = None
) -> list[tuple[str, str]]:
    """Query params of a report: ``fields`` joined with commas, a list value repeats its key.

    ``{"date": ["ge:2021-01-27", "le:2021-01-28"], "message": "in:L_1,L_2"}`` gives
    ``date=ge:2021-01-27&date=le:2021-01-28&message=in:L_1,L_2``.
    """
    params = [("fields", ",".join(fields))]
    for key, value in (filters or {}).items():
        values = [value] if isinstance(value, str | int) else list(value)
        params.extend((key, str(v)) for v in values)
    return params
