"""The report builder's catalogue and the filter helpers (app.domain.stats_fields)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.stats_fields import (
    AGGREGATED_BY_NAME,
    COUNTERS,
    FILTER_FIELDS,
    GROUPING_FIELDS,
    RATE_FORMULAS,
    build_stats_params,
    canonical_aggregated,
    format_filter,
    parse_filter,
    rate,
)

# The provider's reference, verbatim (a copy of ../shared/seed/server-to-server-api.txt).
REFERENCE = Path(__file__).resolve().parents[2] / "data" / "server-to-server-api.txt"


def _reference_table(after: str, before: str) -> list[str]:
    text = REFERENCE.read_text(encoding="utf-8")
    section = text.split(after, 1)[1].split(before, 1)[0]
    rows = [line for line in section.splitlines() if " | " in line]
    return [row.split(" | ")[0] for row in rows[1:]]  # the first is the header


def test_catalogue_names_every_field_of_the_reference() -> None:
    grouping = _reference_table("Grouping fields\n", "Aggregated fields\n")
    aggregated = _reference_table("Aggregated fields\n", "Obtaining delivery metrics")
    assert [f.name for f in GROUPING_FIELDS] == grouping
    assert len(grouping) == 18
    # every spelling of the reference resolves, the garbled two to our names
    assert [canonical_aggregated(name) for name in aggregated] == list(AGGREGATED_BY_NAME)


def test_rate_formulas_are_the_documented_ones() -> None:
    assert RATE_FORMULAS == {
        "open_rate": ("sum_opened", "sum_delivered"),
        "open_rate_unique": ("sum_opened_unique", "sum_delivered"),
        "click_rate": ("sum_clicked", "sum_delivered"),
        "click_rate_unique": ("sum_clicked_unique", "sum_delivered"),
        "ctor": ("sum_clicked_unique", "sum_opened_unique"),
        "delivery_rate": ("sum_delivered", "sum_sended"),
        "bounce_rate": ("sum_bounce_total", "sum_sended"),
        "unsub_rate": ("sum_unsubscribed", "sum_delivered"),
        "abuse_rate": ("sum_spam_reports", "sum_delivered"),
        "churn_rate": ("sum_churn", "sum_sended"),
    }
    assert all(n in COUNTERS and d in COUNTERS for n, d in RATE_FORMULAS.values())
    assert rate(3, 4) == 0.75
    assert rate(5, 0) == 0.0


def test_garbled_fields_are_marked_uncertain_and_accept_the_reference_spellings() -> None:
    uncertain = {f.name for f in AGGREGATED_BY_NAME.values() if f.uncertain_name}
    assert uncertain == {"sum_stop_nonexistent", "sum_bounce_nonexistent"}
    for prefix in ("sum_stop_", "sum_bounce_"):
        assert canonical_aggregated(f"{prefix} xistent") == f"{prefix}nonexistent"
        assert canonical_aggregated(f"{prefix}%20xistent") == f"{prefix}nonexistent"
    assert canonical_aggregated("sum_stop_xistent") is None
    assert canonical_aggregated("open_rate") == "open_rate"


def test_every_field_has_a_label() -> None:
    for field in (*GROUPING_FIELDS, *AGGREGATED_BY_NAME.values()):
        assert field.label.strip()
    assert AGGREGATED_BY_NAME["sum_churn"].note.startswith("Number of churned users")
    assert not AGGREGATED_BY_NAME["sum_opened"].is_rate
    assert AGGREGATED_BY_NAME["ctor"].is_rate


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ge:2021-01-27", ("ge", "2021-01-27")),
        ("le:2021-01-28", ("le", "2021-01-28")),
        ("in:L_1,L_2", ("in", ["L_1", "L_2"])),
        ("in: L_1 , L_2,", ("in", ["L_1", "L_2"])),
        ("L_1369", ("eq", "L_1369")),
        ("2021-01-27", ("eq", "2021-01-27")),
        ("gt:5", ("eq", "gt:5")),  # not a modifier of the reference: a plain value
    ],
)
def test_parse_filter(raw: str, expected: tuple[str, object]) -> None:
    assert parse_filter(raw) == expected


def test_format_filter_is_the_inverse_of_parse_filter() -> None:
    for raw in ("ge:2021-01-27", "in:L_1,L_2", "S_5682"):
        assert format_filter(*parse_filter(raw)) == raw
    with pytest.raises(ValueError, match="modifier"):
        format_filter("gt", "5")
    with pytest.raises(TypeError):
        format_filter("eq", ["a", "b"])


def test_build_stats_params_joins_fields_and_repeats_list_filters() -> None:
    params = build_stats_params(
        ["date", "message", "sum_delivered"],
        {"date": ["ge:2021-01-27", "le:2021-01-28"], "message": "in:L_1,L_2", "project_id": 110},
    )
    assert params == [
        ("fields", "date,message,sum_delivered"),
        ("date", "ge:2021-01-27"),
        ("date", "le:2021-01-28"),
        ("message", "in:L_1,L_2"),
        ("project_id", "110"),
    ]
    assert build_stats_params(["open_rate"]) == [("fields", "open_rate")]


def test_filter_fields_are_the_reference_parameters() -> None:
    assert list(FILTER_FIELDS) == ["project_id", "message_type", "message", "post_type", "post", "date"]
    assert all(re.fullmatch(r"[A-Z].+", text) for text in FILTER_FIELDS.values())
