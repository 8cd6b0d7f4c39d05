"""Typed objects read wire payloads and write them back without losing anything."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from app.domain.campaign_config import CampaignConfig
from app.domain.campaigns import ABCampaign, AutoCampaign, OneTimeCampaign
from app.domain.category import Category
from app.domain.email import Email
from app.domain.enums import CampaignStatus, MessageType, SourceType, WinParameter
from app.domain.kinds import DraftKind
from app.domain.languages import Language
from app.domain.segment import Segment
from app.domain.wire import PayloadError
from tests.unit.domain import payloads

CASES = [
    (DraftKind.EMAILS, payloads.email),
    (DraftKind.CATEGORIES, payloads.category),
    (DraftKind.SEGMENTS, payloads.segment),
    (DraftKind.CAMPAIGNS, payloads.campaign),
    (DraftKind.AB_CAMPAIGNS, payloads.ab_campaign),
    (DraftKind.AUTO_CAMPAIGNS, payloads.auto_campaign),
]


@pytest.mark.parametrize(("kind", "make"), CASES, ids=[k.value for k, _ in CASES])
def test_round_trip_is_exact(kind: DraftKind, make: Any) -> None:
    payload = make()
    back = kind.from_payload(payload).to_payload()
    assert back == payload
    # Same JSON text too (no datetime respelled, no bool turned into int).
    assert json.dumps(back, sort_keys=True) == json.dumps(payload, sort_keys=True)


@pytest.mark.parametrize(("kind", "make"), CASES, ids=[k.value for k, _ in CASES])
def test_empty_payload_round_trips_to_empty(kind: DraftKind, make: Any) -> None:
    assert kind.from_payload({}).to_payload() == {}


@pytest.mark.parametrize(("kind", "make"), CASES, ids=[k.value for k, _ in CASES])
def test_editing_the_object_leaves_the_source_payload_alone(kind: DraftKind, make: Any) -> None:
    payload = make()
    obj = kind.from_payload(payload)
    out = obj.to_payload()
    for value in out.values():
        if isinstance(value, dict):
            value["mutated"] = True
    assert payload == make()


def test_email_reads_zh_content_into_the_chinese_language() -> None:
    email = Email.from_payload(payloads.email())
    assert email.subject[Language.ZH] == "春季促销"
    assert email.subject[None] == "Spring sale"
    assert Language.FR not in email.subject  # null on the wire: no text
    assert email.text_plain[Language.DE] == ""  # empty text is still text
    assert email.file_html[Language.EN].startswith("data:text/html;base64,")
    assert email.updated_at == datetime(2026, 3, 2, 7, 0, 0, 123456, tzinfo=UTC)
    assert email.created_at is not None and email.created_at.tzinfo is not None
    assert email.wire.extra["preheader"] == "Up to 50% off"
    assert email.languages() == (Language.RU, Language.EN, Language.DE, Language.ZH, Language.KO)


def test_email_edit_writes_zh_and_clears_with_null() -> None:
    email = Email.from_payload(payloads.email())
    email.subject[Language.ZH] = "新标题"
    email.subject[Language.PL] = "Wyprzedaż"
    del email.subject[Language.DE]
    email.internal_name = None
    out = email.to_payload()
    assert out["subject_zh"] == "新标题"
    assert out["subject_pl"] == "Wyprzedaż"
    assert "subject_zn" not in out
    assert out["subject_de"] is None  # the server had it: clearing sends null
    assert out["internal_name"] is None
    assert "subject_it" not in out  # never there, still absent
    assert out["preheader"] == "Up to 50% off"


def test_new_email_writes_only_what_was_set() -> None:
    email = Email(category=2, from_address="a@b.example", subject={None: "Hi", Language.ZH: "你好"})
    assert email.to_payload() == {
        "category": 2, "from_address": "a@b.example", "subject": "Hi", "subject_zh": "你好",
    }


def test_category_uses_category_as_id_and_zn_for_chinese() -> None:
    category = Category.from_payload(payloads.category())
    assert category.id == 3
    assert category.title[Language.ZH] == "奖金和折扣"
    assert category.description[Language.ZH] == "最先知道促销的人"
    assert category.wire.extra == {"position": 7}
    category.title[Language.ZH] = "优惠"
    out = category.to_payload()
    assert out["title_zn"] == "优惠" and "title_zh" not in out
    assert out["category"] == 3 and "id" not in out


def test_category_keeps_a_misspelt_zh_as_unknown() -> None:
    category = Category.from_payload({"title_zh": "x"})
    assert category.title == {}
    assert category.to_payload() == {"title_zh": "x"}


def test_segment_fields() -> None:
    segment = Segment.from_payload(payloads.segment())
    assert segment.condition["and"][1]["value"] == 3
    assert segment.segment_limit == 5000 and segment.size == 1834
    assert segment.updated_at is None
    assert segment.generated_at == datetime(2026, 3, 4, 8, tzinfo=UTC)


def test_one_time_campaign_fields() -> None:
    campaign = OneTimeCampaign.from_payload(payloads.campaign())
    assert campaign.message_type is MessageType.EMAIL
    assert campaign.source_type is SourceType.SEGMENT
    assert campaign.planned_at == datetime(2026, 4, 1, 7, tzinfo=UTC)
    assert campaign.known_status is CampaignStatus.NEW
    assert campaign.config is not None and campaign.config.min_send_interval == 24
    assert campaign.config.wire.extra == {"future_flag": "kept"}
    assert campaign.wire.extra == {"source_uploaded_csv": None}


def test_ab_campaign_reads_and_writes_messages_type() -> None:
    payload = payloads.ab_campaign()
    campaign = ABCampaign.from_payload(payload)
    assert campaign.message_type is MessageType.EMAIL
    assert campaign.win_parameter is WinParameter.CLICK_TO_OPEN
    assert campaign.status == "sending" and campaign.known_status is None
    campaign.message_type = MessageType.EMAIL
    campaign.ab_percent = 30
    out = campaign.to_payload()
    assert out["messages_type"] == "L" and "message_type" not in out
    assert type(out["messages_type"]) is str  # plain JSON text, not an enum member
    assert out["ab_percent"] == 30


def test_new_ab_campaign_spells_messages_type() -> None:
    campaign = ABCampaign(message_type=MessageType.EMAIL, message_id=5, source_type=SourceType.API)
    assert campaign.to_payload() == {"messages_type": "L", "message_id": 5, "source_type": "A"}


def test_one_time_campaign_does_not_take_messages_type() -> None:
    campaign = OneTimeCampaign.from_payload({"messages_type": "L"})
    assert campaign.message_type is None
    assert campaign.to_payload() == {"messages_type": "L"}


def test_auto_campaign_datetimes_are_aware() -> None:
    campaign = AutoCampaign.from_payload(payloads.auto_campaign())
    assert campaign.run_from == datetime(2026, 3, 31, 22, tzinfo=UTC)
    assert campaign.run_to == datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert campaign.crontab == "0 9 * * 1-5" and campaign.active is True


def test_changed_datetime_is_written_in_iso_8601_with_offset() -> None:
    campaign = AutoCampaign.from_payload(payloads.auto_campaign())
    berlin_summer = timezone(timedelta(hours=2))
    campaign.run_from = datetime(2026, 5, 1, 8, 30, tzinfo=berlin_summer)
    out = campaign.to_payload()
    assert out["run_from"] == "2026-05-01T08:30:00+02:00"
    assert out["run_to"] == "2026-12-31T23:59:59"  # untouched: as the server spelled it


def test_naive_datetime_is_refused_on_the_way_out() -> None:
    campaign = AutoCampaign(run_from=datetime(2026, 5, 1, 8, 30))
    with pytest.raises(ValueError, match="timezone-aware"):
        campaign.to_payload()


def test_config_flags_and_validation() -> None:
    config = CampaignConfig.from_payload(payloads.campaign_config())
    assert config.validate() == {}
    config.min_send_interval = -1
    config.hook_url_template = "crm.example/hook"
    errors = config.validate()
    assert set(errors) == {"min_send_interval", "hook_url_template"}
    assert "http" in errors["hook_url_template"][0]


def test_objects_compare_by_value_not_by_wire_history() -> None:
    a = Email.from_payload({"subject": "Hi", "subject_de": None})
    b = Email(subject={None: "Hi"})
    assert a == b
    assert a.to_payload() != b.to_payload()  # but each writes back its own shape


@pytest.mark.parametrize(
    ("kind", "payload", "field"),
    [
        (DraftKind.EMAILS, {"category": "2"}, "category"),
        (DraftKind.EMAILS, {"is_urgent": 1}, "is_urgent"),
        (DraftKind.EMAILS, {"subject_zh": 5}, "subject_zh"),
        (DraftKind.CATEGORIES, {"category": True}, "category"),
        (DraftKind.CAMPAIGNS, {"planned_at": "next tuesday"}, "planned_at"),
        (DraftKind.CAMPAIGNS, {"config": "[]"}, "config"),
        (DraftKind.AB_CAMPAIGNS, {"win_parameter": "X"}, "win_parameter"),
        (DraftKind.AUTO_CAMPAIGNS, {"source_type": "Z"}, "source_type"),
    ],
)
def test_wrong_types_name_the_field(kind: DraftKind, payload: dict[str, Any], field: str) -> None:
    with pytest.raises(PayloadError) as caught:
        kind.from_payload(payload)
    assert caught.value.field == field


def test_a_payload_must_be_an_object() -> None:
    with pytest.raises(PayloadError):
        Email.from_payload([])  # type: ignore[arg-type]
