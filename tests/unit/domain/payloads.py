"""Realistic wire payloads as the server answers them: every quirk, nulls, unknown keys."""

from __future__ import annotations

from typing import Any


def email() -> dict[str, Any]:
    return {
        "id": 41,
        "project_id": 110,
        "category": 2,
        "from_address": "news@shop.example",
        "internal_name": "Spring sale 2026",
        "subject": "Spring sale",
        "subject_ru": "Весенняя распродажа",
        "subject_de": "Frühlingsverkauf",
        "subject_fr": None,
        "subject_zh": "春季促销",
        "subject_ko": "봄 세일",
        "text_html": "<html><body><h1>Sale</h1></body></html>",
        "text_html_ru": "<html><body><h1>Распродажа</h1></body></html>",
        "text_html_zh": "<html><body><h1>促销</h1></body></html>",
        "text_plain": "Sale",
        "text_plain_de": "",
        "x_amp_html": None,
        "file_html_en": "data:text/html;base64,PGh0bWw+PC9odG1sPg==",
        "is_urgent": False,
        "not_add_unsubscr_link": False,
        "not_add_web_view_link": True,
        "in_archive": False,
        "created_at": "2026-03-01T09:30:00Z",
        "updated_at": "2026-03-02T10:00:00.123456+03:00",
        # Keys this app does not model: a newer server, or a provider's extension.
        "preheader": "Up to 50% off",
        "stats": {"sent": 1200, "tags": ["a", "b"]},
    }


def category() -> dict[str, Any]:
    return {
        "category": 3,
        "project_id": 110,
        "title": "Bonuses and discounts",
        "description": "Whoever finds out about sales first never misses a deal.",
        "title_ru": "Бонусы и скидки",
        "title_en": None,
        "title_de": None,
        "title_zn": "奖金和折扣",
        "description_zn": "最先知道促销的人",
        "description_ko": "",
        "position": 7,
    }


def segment() -> dict[str, Any]:
    return {
        "id": 12,
        "project_id": 110,
        "name": "Active buyers in Berlin",
        "tags": "berlin,buyers",
        "condition": {"and": [{"field": "city", "op": "eq", "value": "Berlin"},
                              {"field": "orders", "op": "ge", "value": 3}]},
        "segment_limit": 5000,
        "size": 1834,
        "generated_at": "2026-03-04T08:00:00+00:00",
        "created_at": "2026-02-01T08:00:00+00:00",
        "updated_at": None,
        "owner": "anna",
    }


def campaign_config() -> dict[str, Any]:
    return {
        "not_check_subscription": False,
        "not_check_sent_quarantine": True,
        "retry_sent_quarantine_rejected": True,
        "retry_sent_quarantine_rejected_interval": 60,
        "min_send_interval": 24,
        "hook_url_template": "https://crm.example/hook?uid={uid}",
        "hook_use_auth": False,
        "hook_pre_post": None,
        "send_by_uid": False,
        "future_flag": "kept",
    }


def campaign() -> dict[str, Any]:
    return {
        "id": 501,
        "project_id": 110,
        "message_type": "L",
        "message_id": 41,
        "source_type": "S",
        "source_id": 12,
        "config": campaign_config(),
        "tags": "spring,sale",
        "priority": 2,
        "planned_at": "2026-04-01T09:00:00+02:00",
        "send_during_hours": 3,
        "start_immediately": False,
        "status": "new",
        "created_at": "2026-03-05T12:00:00Z",
        "updated_at": "2026-03-05T12:00:00Z",
        "source_uploaded_csv": None,
    }


def ab_campaign() -> dict[str, Any]:
    return {
        "id": 502,
        "project_id": 110,
        "messages_type": "L",  # quirk 1
        "message_id": 41,
        "source_type": "U",
        "config": {"send_to_corp": True},
        "tags": None,
        "ab_percent": 20,
        "win_parameter": "U",
        "test_planned_at": "2026-04-01T09:00:00+00:00",
        "main_planned_at": "2026-04-01T15:00:00+00:00",
        "status": "sending",  # a state our enum does not know
        "variants": [{"message_id": 41}, {"message_id": 42}],
    }


def auto_campaign() -> dict[str, Any]:
    return {
        "id": 503,
        "message_type": "L",
        "message_id": 41,
        "source_type": "A",
        "source_id": 7,
        "active": True,
        "crontab": "0 9 * * 1-5",
        "run_from": "2026-04-01T00:00:00+02:00",
        "run_to": "2026-12-31T23:59:59",  # no offset: read as UTC
        "status": "running",
    }
