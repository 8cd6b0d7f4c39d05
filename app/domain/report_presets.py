"""Ready-made reports: good questions a marketer asks often, one click away.

Each preset is a :class:`ReportDefinition` built from a few choices (which campaign or
email, which dates). The comparison of two to five campaigns is one query,
``post=in:…`` grouped by ``post``, each campaign a series of the chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Final

from app.domain.report_definition import ChartChoices, ChartKind, ReportDefinition, SeriesBy
from app.domain.report_fields import FieldKind, field_kind
from app.domain.report_query import MESSAGE_CODE, POST_CODE, DateFilter, Period, ReportFilters, ReportQuery

MIN_COMPARED: Final = 2
MAX_COMPARED: Final = 5

ENGAGEMENT: Final = (
    "sum_sended", "sum_delivered", "sum_opened_unique", "sum_clicked_unique", "open_rate_unique",
    "click_rate_unique",
)  # fmt: skip
QUALITY: Final = (
    "sum_sended",
    "sum_delivered",
    "open_rate_unique",
    "click_rate_unique",
    "ctor",
    "unsub_rate",
)


class PresetError(ValueError):
    """A preset cannot be built from these choices; the message says what is missing."""

    TRANSLATION_CONTEXT: ClassVar[str] = "ReportPresets"  # lupdate finds the texts (packaging/domain_marks)

    def __init__(self, template: str, *values: object) -> None:
        """``template`` in English with ``{0}``...; ``str(error)`` is the English sentence."""
        self.template = template
        self.values = tuple(str(value) for value in values)
        super().__init__(template.format(*self.values))


class PresetKey(StrEnum):
    CAMPAIGN_DAYS = "campaign_days"
    AB_VARIANTS = "ab_variants"
    EMAIL_LANGUAGES = "email_languages"
    BY_COUNTRY = "by_country"
    BY_CLIENT = "by_client"
    BY_HOUR = "by_hour"
    BY_WEEKDAY = "by_weekday"
    COMPARE = "compare"


class Subject(StrEnum):
    NONE = "none"
    CAMPAIGN = "campaign"  # any campaign (S_, B_, A_ ...)
    AB_CAMPAIGN = "ab_campaign"  # an A/B campaign (B_)
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Preset:
    TRANSLATION_CONTEXT: ClassVar[str] = "ReportPresets"  # its title and description (packaging/domain_marks)

    key: PresetKey
    title: str
    description: str
    subject: Subject
    subject_required: bool
    groupings: tuple[str, ...]
    metrics: tuple[str, ...]
    drawn: tuple[str, ...]  # what the chart shows first
    default_period: Period


PRESETS: Final[tuple[Preset, ...]] = (
    Preset(
        PresetKey.CAMPAIGN_DAYS, "One campaign over days",
        "Sent, delivered, opened and clicked day by day, over the campaign's lifetime.",
        Subject.CAMPAIGN, True, ("date",), ENGAGEMENT,
        ("sum_delivered", "sum_opened_unique", "sum_clicked_unique", "open_rate_unique"), Period.LIFETIME,
    ),
    Preset(
        PresetKey.AB_VARIANTS, "A/B variants compared",
        "Each email of an A/B campaign side by side: opens, clicks and click-to-open.",
        Subject.AB_CAMPAIGN, True, ("message",), (*ENGAGEMENT, "ctor"),
        ("open_rate_unique", "click_rate_unique", "ctor"), Period.LIFETIME,
    ),
    Preset(
        PresetKey.EMAIL_LANGUAGES, "One email across its languages",
        "How each language version of one email did: who opened, who clicked, who left.",
        Subject.EMAIL, True, ("language",), QUALITY,
        ("open_rate_unique", "click_rate_unique", "ctor", "unsub_rate"), Period.LAST_90_DAYS,
    ),
    Preset(
        PresetKey.BY_COUNTRY, "By country", "Deliveries and engagement by the readers' country.",
        Subject.CAMPAIGN, False, ("country_name",),
        ("sum_delivered", "sum_opened_unique", "open_rate_unique", "click_rate_unique"),
        ("sum_delivered", "open_rate_unique"), Period.LAST_30_DAYS,
    ),
    Preset(
        PresetKey.BY_CLIENT, "By mail client", "Which mail programs and apps your readers open with.",
        Subject.CAMPAIGN, False, ("client",),
        ("sum_opened_unique", "sum_clicked_unique", "open_rate_unique", "ctor"),
        ("sum_opened_unique", "open_rate_unique"), Period.LAST_30_DAYS,
    ),
    Preset(
        PresetKey.BY_HOUR, "By hour of day", "Engagement by the hour the email went out.",
        Subject.CAMPAIGN, False, ("hour",), ENGAGEMENT,
        ("sum_sended", "open_rate_unique"), Period.LAST_30_DAYS,
    ),
    Preset(
        PresetKey.BY_WEEKDAY, "By day of week", "Engagement by the weekday the email went out.",
        Subject.CAMPAIGN, False, ("day_of_week",), ENGAGEMENT,
        ("sum_sended", "open_rate_unique"), Period.LAST_30_DAYS,
    ),
)  # fmt: skip
PRESETS_BY_KEY: Final[dict[PresetKey, Preset]] = {p.key: p for p in PRESETS}


def preset_definition(
    key: PresetKey | str,
    *,
    campaign: str | None = None,
    email: str | None = None,
    dates: DateFilter | None = None,
) -> ReportDefinition:
    """The preset's report for ``campaign`` (``S_5682``) or ``email`` (``L_1369``).

    ``dates`` default to the preset's period; a lifetime must be given (it is looked up
    on the server), else the last 90 days are used.
    """
    if PresetKey(key) is PresetKey.COMPARE:
        raise PresetError("Pick the campaigns to compare.")
    preset = PRESETS_BY_KEY[PresetKey(key)]
    posts: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    if preset.subject is Subject.EMAIL:
        if not email:
            raise PresetError("Pick the email to report on.")
        if not MESSAGE_CODE.fullmatch(email):
            raise PresetError("“{0}” does not name an email.", email)
        messages = (email,)
    elif campaign or preset.subject_required:
        if not campaign:
            raise PresetError("Pick the campaign to report on.")
        if not POST_CODE.fullmatch(campaign):
            raise PresetError("“{0}” does not name a campaign.", campaign)
        if preset.subject is Subject.AB_CAMPAIGN and not campaign.startswith("B_"):
            raise PresetError("Pick an A/B campaign: only they have variants to compare.")
        posts = (campaign,)
    if dates is None:
        lifetime = preset.default_period is Period.LIFETIME
        dates = DateFilter.quick(Period.LAST_90_DAYS if lifetime else preset.default_period)
    query = ReportQuery(
        preset.groupings, preset.metrics, ReportFilters(messages=messages, posts=posts, dates=dates)
    )
    return ReportDefinition(query, ChartChoices(metrics=preset.drawn), preset.key.value)


def comparison_definition(
    posts: Sequence[str], *, dates: DateFilter | None = None, metrics: Sequence[str] = QUALITY
) -> ReportDefinition:
    """Two to five campaigns side by side: one query, ``post=in:…`` grouped by ``post``."""
    chosen = tuple(dict.fromkeys(p.strip() for p in posts if p.strip()))
    if not MIN_COMPARED <= len(chosen) <= MAX_COMPARED:
        raise PresetError("Pick {0} to {1} campaigns to compare.", MIN_COMPARED, MAX_COMPARED)
    for code in chosen:
        if not POST_CODE.fullmatch(code):
            raise PresetError("“{0}” does not name a campaign.", code)
    query = ReportQuery(
        ("post",),
        tuple(metrics),
        ReportFilters(posts=chosen, dates=dates or DateFilter.quick(Period.LAST_90_DAYS)),
    )
    # Campaigns of different sizes compare by their rates: those are drawn first.
    rates = tuple(m for m in metrics if field_kind(m) is FieldKind.RATE)
    chart = ChartChoices(ChartKind.BAR, rates, SeriesBy.GROUP)
    return ReportDefinition(query, chart, PresetKey.COMPARE.value)
