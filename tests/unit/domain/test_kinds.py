"""Draft kinds agree with the endpoint table and the schemas; titles and search text."""

from __future__ import annotations

import pytest

from app.api.endpoints import ENDPOINTS
from app.domain.field_labels import field_label, split_localized
from app.domain.kinds import CAMPAIGN_KINDS, DraftKind, search_key
from app.domain.languages import Language
from app.domain.schema import SCHEMAS
from tests.unit.domain import payloads


@pytest.mark.parametrize("kind", list(DraftKind))
def test_kind_matches_endpoint_and_schema(kind: DraftKind) -> None:
    endpoint = ENDPOINTS[kind.value]
    assert kind.schema is SCHEMAS[kind.value]
    assert kind.id_field == endpoint.id_field == kind.schema.id_field
    assert kind.has_patch == endpoint.can_update
    assert kind.singular and kind.plural and kind.singular != kind.plural


def test_category_id_field_and_patch_table() -> None:
    assert DraftKind.CATEGORIES.id_field == "category"
    assert DraftKind.EMAILS.id_field == "id"
    assert {k for k in DraftKind if k.has_patch} == {
        DraftKind.EMAILS, DraftKind.CATEGORIES, DraftKind.SEGMENTS
    }
    assert {k for k in DraftKind if k.is_campaign} == CAMPAIGN_KINDS


def test_remote_id() -> None:
    assert DraftKind.CATEGORIES.remote_id(payloads.category()) == 3
    assert DraftKind.EMAILS.remote_id(payloads.email()) == 41
    assert DraftKind.EMAILS.remote_id({}) is None
    assert DraftKind.EMAILS.remote_id({"id": True}) is None


@pytest.mark.parametrize(
    ("kind", "payload", "title"),
    [
        (DraftKind.EMAILS, {"internal_name": " Welcome ", "subject": "Hi"}, "Welcome"),
        (DraftKind.EMAILS, {"internal_name": "", "subject": "Hi"}, "Hi"),
        (DraftKind.EMAILS, {"subject": None, "subject_ru": "  ", "subject_de": "Hallo",
                            "subject_zh": "你好"}, "Hallo"),
        (DraftKind.EMAILS, {"subject_zh": "你好"}, "你好"),
        (DraftKind.EMAILS, {"id": 9}, "Untitled email #9"),
        (DraftKind.EMAILS, {}, "Untitled email"),
        (DraftKind.CATEGORIES, {"title": "News"}, "News"),
        (DraftKind.CATEGORIES, {"title": "", "title_zn": "新闻"}, "新闻"),
        (DraftKind.CATEGORIES, {"category": 4}, "Untitled category #4"),
        (DraftKind.SEGMENTS, {"name": "VIP"}, "VIP"),
        (DraftKind.SEGMENTS, {}, "Untitled segment"),
        (DraftKind.CAMPAIGNS, {"tags": "spring", "message_id": 4}, "spring"),
        (DraftKind.CAMPAIGNS, {"message_id": 4}, "Campaign for email #4"),
        (DraftKind.AB_CAMPAIGNS, {"message_id": 4, "tags": None}, "A/B campaign for email #4"),
        (DraftKind.AUTO_CAMPAIGNS, {"message_id": 4}, "Automated campaign for email #4"),
        (DraftKind.AUTO_CAMPAIGNS, {}, "New automated campaign"),
    ],
)
def test_title_of(kind: DraftKind, payload: dict[str, object], title: str) -> None:
    assert kind.title_of(payload) == title


@pytest.mark.parametrize("kind", list(DraftKind))
def test_title_never_empty_and_tolerates_odd_values(kind: DraftKind) -> None:
    odd = {"internal_name": 5, "subject": ["x"], "title": {}, "name": 3, "tags": 1, "message_id": "x"}
    assert kind.title_of(odd)
    assert kind.search_text_of(odd)


def test_email_search_text_covers_every_language_subject() -> None:
    text = DraftKind.EMAILS.search_text_of(payloads.email())
    for needle in ("spring sale 2026", "весенняя", "frühlingsverkauf", "春季促销", "봄 세일"):
        assert needle in text
    assert "news@shop.example" not in text  # every email has a sender: it would match them all
    assert "<h1>" not in text


def test_search_text_is_case_folded_like_the_query() -> None:
    text = DraftKind.SEGMENTS.search_text_of({"name": "Straße VIP", "tags": "Berlin"})
    assert search_key("STRASSE") in text
    assert search_key("БЕРЛИН") not in text
    assert search_key("berlin") in text
    cyrillic = DraftKind.EMAILS.search_text_of({"subject_ru": "ПРИВЕТ"})
    assert search_key("Привет") in cyrillic


def test_campaign_search_text_matches_its_shown_title() -> None:
    payload = {"message_id": 77}
    text = DraftKind.CAMPAIGNS.search_text_of(payload)
    assert search_key("email #77") in text
    assert "spring" in DraftKind.CAMPAIGNS.search_text_of(payloads.campaign())


def test_category_search_text_has_every_title() -> None:
    text = DraftKind.CATEGORIES.search_text_of(payloads.category())
    assert "бонусы" in text and "奖金和折扣" in text and "bonuses" in text


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("text_html_de", "HTML body [German]"),
        ("subject_zh", "Subject [Chinese]"),
        ("title_zn", "Title [Chinese]"),
        ("subject", "Subject [default]"),
        ("x_amp_html_ko", "AMP body [Korean]"),
        ("file_html_pl", "HTML file [Polish]"),
        ("from_address", "From address"),
        ("messages_type", "Message type"),
        ("config.not_check_subscription", "Ignore unsubscriptions"),
        ("config.some_new_flag", "Sending options: Some new flag"),
        ("brand_new_field", "Brand new field"),
        ("subject_xx", "Subject xx"),
    ],
)
def test_field_labels(name: str, label: str) -> None:
    assert field_label(name) == label


def test_id_label_depends_on_the_kind() -> None:
    assert DraftKind.CATEGORIES.label("category") == "ID"
    assert DraftKind.EMAILS.label("category") == "Category"
    assert DraftKind.EMAILS.label("id") == "ID"


def test_every_schema_field_has_a_real_label() -> None:
    for kind in DraftKind:
        for name in kind.schema.names:
            label = kind.label(name)
            assert label and "_" not in label, (kind, name, label)


def test_split_localized() -> None:
    assert split_localized("text_plain_zh") == ("text_plain", Language.ZH)
    assert split_localized("description_zn") == ("description", Language.ZH)
    assert split_localized("text_plain") == ("text_plain", None)
    assert split_localized("from_address") is None
