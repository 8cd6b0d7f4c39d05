"""What keeps a draft from being published, and the plain words of server messages."""

from __future__ import annotations

from app.domain.annotations import CATEGORY_LOCAL_ID, MESSAGE_LOCAL_ID, UNPARSED
from app.domain.field_messages import plain_message, template_of, with_label
from app.domain.kinds import DraftKind
from app.domain.publish_checks import UNKNOWN_CATEGORY, first_problem, publish_problems

AB = {
    "messages_type": "L",
    "message_id": 3,
    "source_type": "S",
    "source_id": 2,
    "ab_percent": 20,
    "win_parameter": "O",
    "planned_at": "2026-12-04T09:00:00+01:00",
}
EMAIL = {"category": 6, "from_address": "news@example.com", "subject": "Hello"}


def test_a_valid_ab_campaign_has_no_problem() -> None:
    assert publish_problems(DraftKind.AB_CAMPAIGNS, AB) == {}


def test_what_the_editor_flags_stops_publishing() -> None:
    bad = {**AB, "ab_percent": 150, "planned_at": "tomorrow 9am"}
    problems = publish_problems(DraftKind.AB_CAMPAIGNS, bad)
    assert set(problems) == {"ab_percent", "planned_at"}
    assert plain_message(problems["ab_percent"][0]) == "At most 99."


def test_a_local_email_fills_the_message_id_in() -> None:
    campaign = {k: v for k, v in AB.items() if k != "message_id"}
    assert "message_id" in publish_problems(DraftKind.AB_CAMPAIGNS, campaign)
    assert publish_problems(DraftKind.AB_CAMPAIGNS, {**campaign, MESSAGE_LOCAL_ID: 12}) == {}


def test_an_unknown_category_is_caught_when_the_categories_are_known() -> None:
    assert publish_problems(DraftKind.EMAILS, EMAIL, categories=None) == {}
    assert publish_problems(DraftKind.EMAILS, EMAIL, categories={6, 7}) == {}
    assert publish_problems(DraftKind.EMAILS, EMAIL, categories={7}) == {"category": [UNKNOWN_CATEGORY]}
    local = {k: v for k, v in EMAIL.items() if k != "category"} | {CATEGORY_LOCAL_ID: 4}
    assert publish_problems(DraftKind.EMAILS, local, categories={7}) == {}


def test_json_still_being_typed_is_a_problem_and_read_only_fields_are_not() -> None:
    segment = {"name": "Buyers", "condition": {}, UNPARSED: {"condition": '{"a":'}, "size": "n/a"}
    assert publish_problems(DraftKind.SEGMENTS, segment) == {"condition": ["This is not valid JSON yet."]}


def test_first_problem_follows_the_form() -> None:
    assert first_problem(
        {"planned_at": [], "ab_percent": []}, ["message_id", "ab_percent", "planned_at"]
    ) == ("ab_percent")
    assert first_problem({"x": []}, ["a"]) == "x"
    assert first_problem({}, ["a"]) is None


def test_server_phrasings_in_plain_words() -> None:
    assert template_of("Ensure this value is less than or equal to 99.") == ("At most {0}.", ("99",))
    assert plain_message("This field is required.") == "Required: fill this in."
    assert plain_message('"X" is not a valid choice.') == "“X” is not one of the choices."
    assert plain_message("Something the server made up.") == "Something the server made up."
    assert with_label("Test group size (%)", "At most 99.") == "Test group size (%): at most 99."
    assert with_label("Email", "HTML is fine") == "Email: HTML is fine"


def test_a_category_is_named_in_the_ui_language_else_by_its_default_title() -> None:
    from app.domain.category import category_choice

    choice = category_choice(
        4, "7", {"category": 7, "title": "News", "title_de": "Neuigkeiten", "title_zn": "新闻"}
    )
    assert choice.remote_id == 7
    assert choice.title_in("de") == "Neuigkeiten"
    assert choice.title_in("zh") == "新闻"  # the _zn spelling stays in the payload layer
    assert choice.title_in("fr") == "News"
    assert choice.title_in(None) == "News"
    only_ru = category_choice(5, None, {"title_ru": "Акции"})
    assert only_ru.remote_id is None and only_ru.title_in("en") == "Акции"
