"""The three campaign builders, field by field, and payload -> setup -> payload as the identity."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest

from app.api.multipart import text_parts
from app.domain.campaign_payloads import (
    CampaignSetup,
    ab_payload,
    auto_payload,
    build_payload,
    convert,
    duplicate_payload,
    one_time_payload,
    setup_from_payload,
)
from app.domain.enums import SourceType, WinParameter
from app.domain.kinds import DraftKind
from app.services.sync_payloads import wire_body
from tests.unit.domain import payloads

CONFIG = {
    "min_send_interval": 3600,
    "retry_sent_quarantine_rejected": True,
    "retry_sent_quarantine_rejected_interval": 600,
    "hook_url_template": "https://crm.example/hook?id={id}",
    "hook_use_auth": True,
}


def test_one_time_campaign_to_a_segment_field_by_field() -> None:
    setup = CampaignSetup(
        kind=DraftKind.CAMPAIGNS, message_id=41, source_type=SourceType.SEGMENT, source_id=12,
        tags=" spring, sale ", priority=2, config=dict(CONFIG),
        planned_at=datetime(2026, 3, 3, 8, 0, tzinfo=UTC), send_during_hours=3, start_immediately=True,
        additional_file="/data/extra.csv", time_zone="Europe/Berlin",
    )  # fmt: skip
    payload = one_time_payload(setup)
    assert payload == {
        "message_type": "L",
        "message_id": 41,
        "source_type": "S",
        "source_id": 12,
        "tags": "spring, sale",
        "priority": 2,
        "config": CONFIG,
        "planned_at": "2026-03-03T09:00:00+01:00",  # Berlin's offset in March
        "send_during_hours": 3,
        "start_immediately": True,
        "$files": {"additional_source_file": "/data/extra.csv"},
        "$time_zone": "Europe/Berlin",
    }
    assert "messages_type" not in payload
    body = wire_body(DraftKind.CAMPAIGNS, payload)
    assert body.files == {"additional_source_file": "/data/extra.csv"}  # a file: multipart
    assert not any(key.startswith("$") for key in body.fields)


def test_one_time_campaign_to_an_uploaded_list_sends_no_source_id_and_is_multipart() -> None:
    loaded = {"message_type": "L", "message_id": 41, "source_type": "S", "source_id": 12}
    setup = setup_from_payload(DraftKind.CAMPAIGNS, loaded)
    setup.update(source_type=SourceType.UPLOADED, source_file="/data/list.csv")
    payload = build_payload(setup)
    assert payload["source_type"] == "U"
    assert payload["source_id"] is None  # cleared: it was there
    assert payload["$files"] == {"source_uploaded_csv": "/data/list.csv"}
    body = wire_body(DraftKind.CAMPAIGNS, payload)
    assert body.files == {"source_uploaded_csv": "/data/list.csv"}
    assert "source_id" not in text_parts(body.fields)  # a form leaves the null part out
    fresh = CampaignSetup(kind=DraftKind.CAMPAIGNS, message_id=1, source_type=SourceType.UPLOADED,
                          source_id=99, source_file="/data/list.csv")  # fmt: skip
    assert "source_id" not in one_time_payload(fresh)  # never there: never written


def test_ab_campaign_field_by_field_names_its_type_messages_type() -> None:
    setup = CampaignSetup(
        kind=DraftKind.AB_CAMPAIGNS, message_id=41, source_type=SourceType.API, source_id=7,
        planned_at=datetime(2026, 7, 1, 6, 0, tzinfo=UTC), send_during_hours=2, start_immediately=False,
        ab_percent=20, win_parameter=WinParameter.CLICK_TO_OPEN,
        test_planned_at=datetime(2026, 7, 1, 7, 0, tzinfo=UTC),
        main_planned_at=datetime(2026, 7, 1, 13, 0, tzinfo=UTC),
        source_file="/data/ignored.csv", time_zone="Europe/Berlin",
    )  # fmt: skip
    payload = ab_payload(setup)
    assert payload == {
        "messages_type": "L",
        "message_id": 41,
        "source_type": "A",
        "source_id": 7,
        "planned_at": "2026-07-01T08:00:00+02:00",  # summer time
        "send_during_hours": 2,
        "ab_percent": 20,
        "win_parameter": "U",
        "test_planned_at": "2026-07-01T09:00:00+02:00",
        "main_planned_at": "2026-07-01T15:00:00+02:00",
        "$time_zone": "Europe/Berlin",
    }
    assert "message_type" not in payload
    assert wire_body(DraftKind.AB_CAMPAIGNS, payload).files == {}  # no file: JSON


def test_automated_campaign_field_by_field() -> None:
    setup = CampaignSetup(
        kind=DraftKind.AUTO_CAMPAIGNS, message_local_id=17, source_type=SourceType.SEGMENT, source_id=3,
        active=True, crontab=" 0 9 * * 1-5 ", run_from=datetime(2026, 1, 1, tzinfo=UTC),
        run_to=datetime(2026, 6, 30, 22, 0, tzinfo=UTC), time_zone="Europe/Moscow", priority=0,
        source_file="/data/not-for-automated.csv", additional_file="/data/nor-this.csv",
    )  # fmt: skip
    assert auto_payload(setup) == {
        "message_type": "L",  # the email is a local draft: its id is filled in when it is published
        "$message_local_id": 17,
        "source_type": "S",
        "source_id": 3,
        "priority": 0,
        "active": True,
        "crontab": "0 9 * * 1-5",
        "run_from": "2026-01-01T03:00:00+03:00",
        "run_to": "2026-07-01T01:00:00+03:00",
        "$time_zone": "Europe/Moscow",
    }


def test_a_builder_refuses_another_kind() -> None:
    with pytest.raises(ValueError, match="not a campaigns payload"):
        one_time_payload(CampaignSetup(kind=DraftKind.AUTO_CAMPAIGNS))
    with pytest.raises(ValueError, match="not a kind of campaign"):
        CampaignSetup(kind=DraftKind.EMAILS)


def _local(payload: dict[str, Any]) -> dict[str, Any]:
    return {**payload, "$files": {"additional_source_file": "/data/extra.csv"},
            "$time_zone": "Europe/Berlin", "$unparsed": {"config": "{"}}  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "payload"),
    [
        (DraftKind.CAMPAIGNS, payloads.campaign()),
        (DraftKind.CAMPAIGNS, _local(payloads.campaign())),
        (DraftKind.AB_CAMPAIGNS, payloads.ab_campaign()),
        (DraftKind.AUTO_CAMPAIGNS, payloads.auto_campaign()),
        (DraftKind.CAMPAIGNS, {}),
        (DraftKind.AUTO_CAMPAIGNS, {"crontab": None, "active": False, "config": {}}),
        (DraftKind.AB_CAMPAIGNS, {"messages_type": "W", "message_id": 3, "win_parameter": None,
                                  "source_uploaded_csv": {"name": "a.csv", "size": 10, "rows": 2}}),
        # Wrong types, as an older form could leave them: kept as they are.
        (DraftKind.CAMPAIGNS, {"planned_at": "tomorrow", "message_id": "41", "priority": True}),
    ],
)
def test_payload_to_setup_to_payload_is_the_identity(kind: DraftKind, payload: dict[str, Any]) -> None:
    original = copy.deepcopy(payload)
    assert build_payload(setup_from_payload(kind, payload)) == original
    assert payload == original  # not mutated


def test_an_unreadable_value_is_replaced_once_the_user_sets_the_field() -> None:
    setup = setup_from_payload(DraftKind.CAMPAIGNS, {"planned_at": "tomorrow"})
    assert setup.planned_at is None and "planned_at" in setup.unreadable
    setup.update(planned_at=datetime(2026, 5, 1, 7, 0, tzinfo=UTC), time_zone="UTC")
    assert build_payload(setup)["planned_at"] == "2026-05-01T07:00:00+00:00"


def test_emptied_fields_go_back_to_what_was_loaded() -> None:
    loaded = {"tags": None, "start_immediately": False}
    setup = setup_from_payload(DraftKind.CAMPAIGNS, loaded)
    setup.update(tags="x", start_immediately=True, priority=5)
    setup.update(tags="", start_immediately=False, priority=None)
    assert build_payload(setup) == loaded
    setup.update(config={"send_to_corp": True})
    setup.update(config={"send_to_corp": False})
    assert build_payload(setup) == loaded  # an unticked flag that was never set stays unset


def test_a_cleared_value_the_server_had_is_sent_as_null() -> None:
    setup = setup_from_payload(DraftKind.CAMPAIGNS, payloads.campaign())
    setup.update(planned_at=None, priority=None, tags="")
    payload = build_payload(setup)
    assert payload["planned_at"] is None and payload["priority"] is None and payload["tags"] == ""


def test_an_unchanged_instant_keeps_the_servers_spelling() -> None:
    payload = {"planned_at": "2026-04-01T07:00:00Z", "$time_zone": "Europe/Berlin"}
    setup = setup_from_payload(DraftKind.CAMPAIGNS, payload)
    assert setup.planned_at == datetime(2026, 4, 1, 7, 0, tzinfo=UTC)
    assert build_payload(setup)["planned_at"] == "2026-04-01T07:00:00Z"
    setup.update(planned_at=datetime(2026, 4, 1, 8, 0, tzinfo=UTC))
    assert build_payload(setup)["planned_at"] == "2026-04-01T10:00:00+02:00"


def test_the_config_keeps_flags_this_app_does_not_know() -> None:
    setup = setup_from_payload(DraftKind.CAMPAIGNS, payloads.campaign())
    setup.config["min_send_interval"] = 60
    config = build_payload(setup)["config"]
    assert config["future_flag"] == "kept" and config["min_send_interval"] == 60


def test_choosing_a_local_email_replaces_the_published_one() -> None:
    setup = setup_from_payload(DraftKind.AB_CAMPAIGNS, payloads.ab_campaign())
    setup.update(message_id=None, message_local_id=8)
    payload = build_payload(setup)
    assert payload["message_id"] is None and payload["$message_local_id"] == 8
    setup.update(message_id=55, message_local_id=None)
    payload = build_payload(setup)
    assert payload["message_id"] == 55 and "$message_local_id" not in payload


def test_convert_keeps_what_both_kinds_have() -> None:
    one_time = setup_from_payload(DraftKind.CAMPAIGNS, _local(payloads.campaign()))
    ab = convert(one_time, DraftKind.AB_CAMPAIGNS)
    assert (ab.message_id, ab.source_type, ab.source_id) == (41, SourceType.SEGMENT, 12)
    assert ab.tags == "spring,sale"
    assert ab.test_planned_at == ab.planned_at == one_time.planned_at
    assert ab.additional_file == "/data/extra.csv" and ab.time_zone == "Europe/Berlin"
    payload = ab_payload(ab)
    assert payload["messages_type"] == "L" and "id" not in payload and "status" not in payload
    uploaded = CampaignSetup(kind=DraftKind.CAMPAIGNS, source_type=SourceType.UPLOADED, source_file="/x.csv",
                             planned_at=datetime(2026, 5, 1, tzinfo=UTC))  # fmt: skip
    auto = convert(uploaded, DraftKind.AUTO_CAMPAIGNS)
    assert auto.source_type is None and auto.source_file is None
    assert auto.run_from == datetime(2026, 5, 1, tzinfo=UTC)


def test_duplicate_leaves_out_what_the_server_set() -> None:
    original = {**payloads.ab_campaign(), "created_at": "2026-01-01T00:00:00Z",
                "source_uploaded_csv": {"name": "list.csv", "size": 20, "rows": 3},
                "$files": {"source_uploaded_csv": "/data/list.csv"}}  # fmt: skip
    copy_ = duplicate_payload(DraftKind.AB_CAMPAIGNS, original)
    for key in ("id", "project_id", "status", "created_at", "source_uploaded_csv"):
        assert key not in copy_
    assert copy_["$files"] == {"source_uploaded_csv": "/data/list.csv"}
    assert copy_["variants"] == original["variants"] and copy_["messages_type"] == "L"
