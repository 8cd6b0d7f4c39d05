"""PATCH bodies, three-way comparison and merging of wire payloads."""

from __future__ import annotations

import pytest

from app.domain.kinds import DraftKind
from app.domain.payload_diff import (
    Change,
    Side,
    UnresolvedConflictError,
    changed_fields,
    differs,
    merge,
    strip_read_only,
    three_way,
)
from tests.unit.domain import payloads

EMAILS = DraftKind.EMAILS
CAMPAIGNS = DraftKind.CAMPAIGNS


def test_changed_fields_is_only_what_differs() -> None:
    base = payloads.email()
    mine = payloads.email()
    mine["subject_de"] = "Großer Frühlingsverkauf"
    mine["not_add_web_view_link"] = False
    mine["updated_at"] = "2030-01-01T00:00:00Z"  # read-only: never sent
    mine["id"] = 999
    assert changed_fields(base, mine, schema=EMAILS) == {
        "subject_de": "Großer Frühlingsverkauf",
        "not_add_web_view_link": False,
    }
    assert list(changed_fields(base, mine, schema=EMAILS)) == ["subject_de", "not_add_web_view_link"]


def test_unchanged_draft_sends_nothing() -> None:
    assert changed_fields(payloads.email(), payloads.email(), schema=EMAILS) == {}
    assert not differs(payloads.segment(), payloads.segment(), schema=DraftKind.SEGMENTS)


def test_null_missing_and_empty_text_are_all_empty() -> None:
    base = {"subject": "Hi", "subject_de": None, "subject_fr": "", "text_plain": None}
    mine = {"subject": "Hi", "subject_fr": None, "text_plain": ""}
    assert changed_fields(base, mine, schema=EMAILS) == {}
    assert changed_fields({}, {"subject_de": None}, schema=EMAILS) == {}


def test_clearing_a_field_is_a_change() -> None:
    base = {"subject": "Hi", "internal_name": "Welcome"}
    assert changed_fields(base, {"subject": None, "internal_name": ""}, schema=EMAILS) == {
        "subject": None,
        "internal_name": "",
    }


def test_server_echo_of_fields_never_sent_is_not_an_edit() -> None:
    # What a locally written draft had when it was first published ...
    draft = {"category": 2, "from_address": "news@shop.example", "subject": "Hi"}
    # ... and what the server answered: everything, with defaults and nulls.
    echo = {
        "id": 7, "project_id": 110, "created_at": "2026-03-01T09:30:00Z", **draft,
        "subject_ru": None, "text_html": None, "is_urgent": False, "in_archive": False,
        "not_add_unsubscr_link": False, "not_add_web_view_link": False,
    }
    edited = {**draft, "subject": "Hello"}
    assert changed_fields(echo, edited, schema=EMAILS) == {"subject": "Hello"}
    assert three_way(echo, edited, echo, schema=EMAILS).by_change(Change.MINE)[0].name == "subject"


def test_datetimes_compare_as_instants() -> None:
    base = {"planned_at": "2026-04-01T09:00:00Z"}
    for same in ("2026-04-01T09:00:00+00:00", "2026-04-01T11:00:00+02:00", "2026-04-01T09:00:00"):
        assert changed_fields(base, {"planned_at": same}, schema=CAMPAIGNS) == {}
    assert changed_fields(base, {"planned_at": "2026-04-01T09:01:00Z"}, schema=CAMPAIGNS)


def test_true_is_not_one() -> None:
    assert changed_fields({"priority": 1}, {"priority": True}, schema=CAMPAIGNS) == {"priority": True}


def test_a_changed_config_flag_sends_the_whole_config() -> None:
    base = payloads.campaign()
    mine = payloads.campaign()
    mine["config"]["min_send_interval"] = 48
    assert changed_fields(base, mine, schema=CAMPAIGNS) == {"config": mine["config"]}
    dropped = payloads.campaign()
    del dropped["config"]["hook_url_template"]
    assert changed_fields(base, dropped, schema=CAMPAIGNS) == {"config": dropped["config"]}


def test_empty_config_equals_no_config() -> None:
    assert changed_fields({}, {"config": {}}, schema=CAMPAIGNS) == {}
    assert changed_fields({"config": {"send_to_corp": None}}, {}, schema=CAMPAIGNS) == {}


def test_three_way_classifies_each_field_in_schema_order() -> None:
    base = payloads.email()
    mine = {**base, "subject": "Mine", "text_html": "<p>both</p>", "internal_name": "mine"}
    theirs = {**base, "subject_ru": "Их", "text_html": "<p>both</p>", "internal_name": "theirs",
              "updated_at": "2026-03-09T00:00:00Z", "preheader": "New preheader"}
    diff = three_way(base, mine, theirs, schema=EMAILS)
    assert [(c.name, c.change) for c in diff] == [
        ("internal_name", Change.CONFLICT),
        ("subject", Change.MINE),
        ("subject_ru", Change.THEIRS),
        ("text_html", Change.BOTH_SAME),
        ("preheader", Change.THEIRS),  # unknown to the schema: last
    ]
    conflict = diff["internal_name"]
    assert (conflict.base, conflict.mine, conflict.theirs) == ("Spring sale 2026", "mine", "theirs")
    assert conflict.label == "Internal name"
    assert diff["subject_ru"].label == "Subject [Russian]"
    assert [c.name for c in diff.conflicts] == ["internal_name"]
    assert diff.has_conflicts and "subject" in diff and "id" not in diff


def test_config_flags_merge_independently() -> None:
    base = payloads.campaign()
    mine = payloads.campaign()
    theirs = payloads.campaign()
    mine["config"]["min_send_interval"] = 48
    theirs["config"]["send_to_corp"] = True
    theirs["tags"] = "spring,sale,vip"
    diff = three_way(base, mine, theirs, schema=CAMPAIGNS)
    assert not diff.has_conflicts
    assert [c.name for c in diff] == ["config.min_send_interval", "config.send_to_corp", "tags"]
    assert diff["config.send_to_corp"].label == "Send to company addresses"
    merged = merge(base, mine, theirs, {}, schema=CAMPAIGNS)
    assert merged["config"]["min_send_interval"] == 48
    assert merged["config"]["send_to_corp"] is True
    assert merged["config"]["future_flag"] == "kept"
    assert merged["tags"] == "spring,sale,vip"
    assert merged["id"] == 501  # mine's own read-only fields are left as they were


def test_merge_needs_a_choice_for_every_conflict() -> None:
    base = {"subject": "A", "internal_name": "a", "text_plain": "t"}
    mine = {"subject": "Mine", "internal_name": "mine", "text_plain": "t"}
    theirs = {"subject": "Theirs", "internal_name": "theirs", "text_plain": "t2"}
    with pytest.raises(UnresolvedConflictError) as caught:
        merge(base, mine, theirs, {"subject": Side.MINE}, schema=EMAILS)
    assert caught.value.names == ["internal_name"]
    merged = merge(base, mine, theirs, {"subject": Side.THEIRS, "internal_name": Side.BASE},
                   schema=EMAILS)
    assert merged == {"subject": "Theirs", "internal_name": "a", "text_plain": "t2"}


def test_merge_choices_can_override_a_server_change_and_accept_strings() -> None:
    base = {"subject": "A", "text_plain": "t"}
    theirs = {"subject": "A", "text_plain": "server"}
    merged = merge(base, {"subject": "A"}, theirs, {"text_plain": "base"}, schema=EMAILS)
    assert merged == {"subject": "A", "text_plain": "t"}


def test_merge_refuses_a_choice_for_an_unchanged_field() -> None:
    with pytest.raises(KeyError, match="subject"):
        merge({"subject": "A"}, {"subject": "A"}, {"subject": "A"}, {"subject": Side.MINE},
              schema=EMAILS)


def test_merge_takes_a_server_clearing() -> None:
    base = {"subject": "A", "internal_name": "x"}
    theirs = {"subject": "A", "internal_name": None}
    merged = merge(base, {"subject": "B", "internal_name": "x"}, theirs, {}, schema=EMAILS)
    assert merged == {"subject": "B", "internal_name": None}


def test_merge_does_not_touch_its_inputs() -> None:
    base, mine, theirs = payloads.campaign(), payloads.campaign(), payloads.campaign()
    theirs["config"]["send_to_corp"] = True
    merged = merge(base, mine, theirs, {}, schema=CAMPAIGNS)
    merged["config"]["send_by_uid"] = True
    assert mine == payloads.campaign()
    assert theirs["config"]["send_by_uid"] is False


def test_strip_read_only() -> None:
    body = strip_read_only(payloads.campaign(), schema=CAMPAIGNS)
    assert not {"id", "status", "project_id", "created_at", "updated_at"} & set(body)
    assert body["message_id"] == 41
    category = strip_read_only(payloads.category(), schema=DraftKind.CATEGORIES)
    assert "category" not in category and category["title_zn"] == "奖金和折扣"


def test_schema_given_by_name() -> None:
    assert changed_fields({"name": "a"}, {"name": "b"}, schema="segments") == {"name": "b"}

