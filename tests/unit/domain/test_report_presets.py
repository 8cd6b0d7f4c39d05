"""Presets and the comparison: the queries they send, and what they refuse."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.report_definition import ChartKind, SeriesBy
from app.domain.report_fields import TIME_FIELDS, FieldKind, field_kind
from app.domain.report_presets import (
    PRESETS,
    PresetError,
    PresetKey,
    comparison_definition,
    preset_definition,
)
from app.domain.report_query import DateFilter, Severity

TODAY = date(2021, 1, 28)
LIFETIME = DateFilter.lifetime(date(2021, 1, 3), date(2021, 1, 9))


@pytest.mark.parametrize(
    ("key", "choices", "expected"),
    [
        (
            PresetKey.CAMPAIGN_DAYS,
            {"campaign": "S_5682", "dates": LIFETIME},
            "fields=date,sum_sended,sum_delivered,sum_opened_unique,sum_clicked_unique,open_rate_unique,"
            "click_rate_unique&post=S_5682&date=ge:2021-01-03&date=le:2021-01-09",
        ),
        (
            PresetKey.AB_VARIANTS,
            {"campaign": "B_12", "dates": LIFETIME},
            "fields=message,sum_sended,sum_delivered,sum_opened_unique,sum_clicked_unique,open_rate_unique,"
            "click_rate_unique,ctor&post=B_12&date=ge:2021-01-03&date=le:2021-01-09",
        ),
        (
            PresetKey.EMAIL_LANGUAGES,
            {"email": "L_1369"},
            "fields=language,sum_sended,sum_delivered,open_rate_unique,click_rate_unique,ctor,unsub_rate"
            "&message=L_1369&date=ge:2020-10-31&date=le:2021-01-28",
        ),
        (
            PresetKey.BY_COUNTRY,
            {},
            "fields=country_name,sum_delivered,sum_opened_unique,open_rate_unique,click_rate_unique"
            "&date=ge:2020-12-30&date=le:2021-01-28",
        ),
        (
            PresetKey.BY_CLIENT,
            {"campaign": "A_3"},
            "fields=client,sum_opened_unique,sum_clicked_unique,open_rate_unique,ctor"
            "&post=A_3&date=ge:2020-12-30&date=le:2021-01-28",
        ),
        (
            PresetKey.BY_HOUR,
            {},
            "fields=hour,sum_sended,sum_delivered,sum_opened_unique,sum_clicked_unique,open_rate_unique,"
            "click_rate_unique&date=ge:2020-12-30&date=le:2021-01-28",
        ),
        (
            PresetKey.BY_WEEKDAY,
            {},
            "fields=day_of_week,sum_sended,sum_delivered,sum_opened_unique,sum_clicked_unique,"
            "open_rate_unique,click_rate_unique&date=ge:2020-12-30&date=le:2021-01-28",
        ),
    ],
)
def test_each_preset_sends_its_query(key: PresetKey, choices: dict, expected: str) -> None:
    definition = preset_definition(key, **choices)
    assert definition.query.query_string(TODAY) == expected
    assert definition.preset == key.value
    assert definition.query.problems(TODAY) == []


def test_every_preset_draws_figures_it_asks_for() -> None:
    for preset in PRESETS:
        assert set(preset.drawn) <= set(preset.metrics), preset.key
        assert all(field_kind(m) in (FieldKind.COUNT, FieldKind.RATE) for m in preset.metrics)
        assert all(field_kind(g) is FieldKind.GROUPING for g in preset.groupings)
    by_days = preset_definition(PresetKey.CAMPAIGN_DAYS, campaign="S_1")
    assert by_days.query.groupings[0] in TIME_FIELDS


def test_a_lifetime_preset_without_a_lifetime_covers_three_months() -> None:
    definition = preset_definition(PresetKey.CAMPAIGN_DAYS, campaign="S_1")
    assert definition.query.client_filters(TODAY)["date"] == ["ge:2020-10-31", "le:2021-01-28"]


@pytest.mark.parametrize(
    ("key", "choices", "message"),
    [
        (PresetKey.CAMPAIGN_DAYS, {}, "Pick the campaign to report on."),
        (PresetKey.EMAIL_LANGUAGES, {}, "Pick the email to report on."),
        (
            PresetKey.AB_VARIANTS,
            {"campaign": "S_1"},
            "Pick an A/B campaign: only they have variants to compare.",
        ),
        (PresetKey.CAMPAIGN_DAYS, {"campaign": "1"}, "“1” does not name a campaign."),
        (PresetKey.COMPARE, {}, "Pick the campaigns to compare."),
    ],
)
def test_a_preset_says_what_it_is_missing(key: PresetKey, choices: dict, message: str) -> None:
    with pytest.raises(PresetError) as caught:
        preset_definition(key, **choices)
    assert str(caught.value) == message


def test_comparing_three_campaigns_is_one_query_grouped_by_post() -> None:
    definition = comparison_definition(["S_1", "B_2", "A_1", "S_1"], dates=LIFETIME)
    assert definition.query.query_string(TODAY) == (
        "fields=post,sum_sended,sum_delivered,open_rate_unique,click_rate_unique,ctor,unsub_rate"
        "&post=in:S_1,B_2,A_1&date=ge:2021-01-03&date=le:2021-01-09"
    )
    assert definition.chart.series_by is SeriesBy.GROUP and definition.chart.kind is ChartKind.BAR
    assert not [p for p in definition.query.problems(TODAY) if p.severity is not Severity.NOTE]


@pytest.mark.parametrize("posts", [["S_1"], ["S_1", "S_1"], [f"S_{n}" for n in range(1, 7)]])
def test_a_comparison_takes_two_to_five_campaigns(posts: list[str]) -> None:
    with pytest.raises(PresetError, match=r"Pick 2 to 5 campaigns to compare\."):
        comparison_definition(posts)


def test_five_campaigns_can_be_compared() -> None:
    definition = comparison_definition([f"S_{n}" for n in range(1, 6)])
    assert definition.query.client_filters(TODAY)["post"] == "in:S_1,S_2,S_3,S_4,S_5"
