"""``--demo``: a whole project to show the app with, the same on every start (seeded).

Categories and a dozen emails in several languages, four segments, campaigns of all
three kinds in various states, 3,000 profiles and three months of statistics. Objects
go through the same service as API requests, so the demo is valid by the API's own rules;
only their timestamps and states are then set back in time.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from typing import TYPE_CHECKING, Any, Final

from app.domain.enums import CampaignStatus
from app.domain.languages import SuffixStyle, field_name
from app.sandbox import demo_content as content
from app.sandbox.rules import RESOURCES
from app.sandbox.settings import ProfileFieldType
from app.sandbox.store import format_timestamp

if TYPE_CHECKING:
    from app.sandbox.http_app import SandboxApp

SEED: Final = 2026
PROFILES: Final = 3000
DEMO_FIELDS: Final = {
    "first_name": ProfileFieldType.STRING,
    "city": ProfileFieldType.STRING,
    "language": ProfileFieldType.STRING,
    "age": ProfileFieldType.INT,
    "vip": ProfileFieldType.BOOL,
    "score": ProfileFieldType.FLOAT,
    "birthday": ProfileFieldType.DATE,
    "last_login": ProfileFieldType.DATE,
}
_META_KEY: Final = "demo_created"


def populate(sandbox: SandboxApp) -> bool:
    """Fill an empty sandbox with the demo project; False when it holds data already."""
    store = sandbox.store
    if store.meta(_META_KEY) is not None or any(store.count(name) for name in RESOURCES):
        return False
    builder = _DemoBuilder(sandbox, date.today())
    builder.build()
    with store.transaction():
        store.set_meta(_META_KEY, builder.today.isoformat())
    return True


class _DemoBuilder:
    def __init__(self, sandbox: SandboxApp, today: date) -> None:
        self.sandbox = sandbox
        self.store = sandbox.store
        self.today = today
        self.rng = random.Random(SEED)

    def build(self) -> None:
        with self.store.transaction():
            self.store.declare_fields({name: kind.value for name, kind in DEMO_FIELDS.items()})
        for index, titles in enumerate(content.CATEGORIES):
            self._create("categories", _category_payload(titles), days_ago=200 - index)
        for index, email in enumerate(content.EMAILS):
            self._create("emails", _email_payload(*email), days_ago=150 - 7 * index)
        sizes = self._profiles()
        self._segments(sizes)
        posts = self._campaigns()
        self.sandbox.feed.seed_demo(posts)

    def _create(self, resource: str, payload: dict[str, Any], *, days_ago: int,
                uploads: dict[str, Any] | None = None, **state: Any) -> dict[str, Any]:
        res = RESOURCES[resource]
        body = self.sandbox.service.create(res, payload, uploads)
        created = datetime.combine(self.today - timedelta(days=days_ago), time(9, 0), UTC)
        created += timedelta(minutes=self.rng.randrange(0, 480), seconds=self.rng.randrange(60))
        body["created_at"] = format_timestamp(created)
        body["updated_at"] = format_timestamp(created + timedelta(hours=self.rng.randrange(1, 48)))
        body.update(state)
        with self.store.transaction():
            self.store.save(res.name, body[res.schema.id_field], body)
        return body

    def _moment(self, days_from_today: int, hour: int = 10) -> str:
        day = self.today + timedelta(days=days_from_today)
        return datetime.combine(day, time(hour, 0), UTC).isoformat()

    def _profiles(self) -> dict[str, int]:
        """3,000 players; returns how many match each demo segment."""
        rng = self.rng
        counts = {"active": 0, "lapsed": 0, "vip": 0, "german": 0}
        batch = []
        for number in range(1, PROFILES + 1):
            first = rng.choice(content.FIRST_NAMES)
            city, language = rng.choice(content.CITIES)
            idle = int(rng.expovariate(1 / 20))
            vip = rng.random() < 0.06
            counts["active"] += idle <= 7
            counts["lapsed"] += idle >= 30
            counts["vip"] += vip
            counts["german"] += language == "de"
            profile: dict[str, Any] = {
                "uid": f"player-{number:05d}",
                "email": f"{first.lower().replace('-', '')}.{number}@mail.example",
                "fields": {
                    "first_name": first,
                    "city": city,
                    "language": language,
                    "age": rng.randint(16, 64),
                    "vip": vip,
                    "score": round(rng.lognormvariate(6, 1), 1),
                    "birthday": date(rng.randint(1960, 2008), rng.randint(1, 12), rng.randint(1, 28))
                    .isoformat(),
                    "last_login": (self.today - timedelta(days=idle)).isoformat(),
                },
            }
            if rng.random() < 0.4:
                country_code = rng.choice((7, 49, 33, 39, 34, 90, 48, 86, 82, 44))
                profile["phone"] = f"+{country_code}{rng.randrange(10**9):09d}"
            batch.append(profile)
        self.sandbox.profiles.upsert_batch(batch)
        return counts

    def _segments(self, sizes: dict[str, int]) -> None:
        generated = format_timestamp(datetime.combine(self.today, time(6, 0), UTC))
        specs = [
            ("Active in the last 7 days", "activity",
             {"all": [{"field": "last_login", "op": "ge", "value": "-7d"}]}, None, sizes["active"]),
            ("Lapsed 30+ days", "activity,win-back",
             {"all": [{"field": "last_login", "op": "le", "value": "-30d"}]}, None, sizes["lapsed"]),
            ("VIP players", "vip", {"all": [{"field": "vip", "op": "eq", "value": True}]}, 500, sizes["vip"]),
            ("German speakers", "language",
             {"any": [{"field": "language", "op": "eq", "value": "de"}]}, None, sizes["german"]),
        ]
        for index, (name, tags, condition, limit, size) in enumerate(specs):
            payload = {"name": name, "tags": tags, "condition": condition, "segment_limit": limit}
            capped = min(size, limit) if limit else size
            self._create("segments", payload, days_ago=120 - 10 * index, generated_at=generated, size=capped)

    def _campaigns(self) -> list[tuple[str, int, int]]:
        """Campaigns of all three kinds; returns the posts that have sent, for statistics."""
        config = {"min_send_interval": 3600, "hook_url_template": f"{content.SITE}/hooks/sent?id={{id}}",
                  "not_check_subscription": False}
        running, paused, archived = (CampaignStatus.RUNNING.value, CampaignStatus.PAUSED.value,
                                     CampaignStatus.ARCHIVED.value)
        one_time = [
            ({"message_type": "L", "message_id": 3, "source_type": "S", "source_id": 1, "tags": "sale",
              "planned_at": self._moment(-60), "send_during_hours": 4}, None, archived, 70),
            ({"message_type": "L", "message_id": 5, "source_type": "S", "source_id": 1, "tags": "season",
              "priority": 5, "config": config}, None, running, 20),
            ({"message_type": "L", "message_id": 6, "source_type": "U", "tags": "digest"},
             {"source_uploaded_csv": {"name": "digest-subscribers.csv", "size": 61_284, "rows": 1_871}},
             paused, 12),
            ({"message_type": "L", "message_id": 11, "source_type": "S", "source_id": 4,
              "tags": "black-friday", "planned_at": self._moment(5), "config": config}, None, None, 3),
        ]
        ab = [
            ({"messages_type": "L", "message_id": 2, "source_type": "S", "source_id": 2, "ab_percent": 20,
              "win_parameter": "O", "test_planned_at": self._moment(-45, 9),
              "main_planned_at": self._moment(-45, 15)},
             archived, 50),
            ({"messages_type": "L", "message_id": 9, "source_type": "S", "source_id": 1, "ab_percent": 15,
              "win_parameter": "U", "test_planned_at": self._moment(-3, 9),
              "main_planned_at": self._moment(-2, 9)},
             running, 6),
            ({"messages_type": "L", "message_id": 12, "source_type": "A", "ab_percent": 10,
              "win_parameter": "C", "test_planned_at": self._moment(7, 9),
              "main_planned_at": self._moment(8, 9)}, None, 1),
        ]
        auto = [
            ({"message_type": "L", "message_id": 1, "source_type": "A", "source_id": 1, "active": True,
              "crontab": "*/15 * * * *", "run_from": self._moment(-100, 0)}, running, 100),
            ({"message_type": "L", "message_id": 4, "source_type": "S", "source_id": 1, "active": True,
              "crontab": "0 18 * * *", "run_from": self._moment(-95, 0), "run_to": self._moment(30, 0)},
             paused, 95),
            ({"message_type": "L", "message_id": 10, "source_type": "A", "source_id": 2, "active": False,
              "crontab": "0 9 * * 1"}, None, 2),
        ]
        posts: list[tuple[str, int, int]] = []
        for payload, uploads, status, days_ago in one_time:
            self._campaign("campaigns", payload, status, days_ago, posts, uploads)
        for payload, status, days_ago in ab:
            self._campaign("ab_campaigns", payload, status, days_ago, posts)
        for payload, status, days_ago in auto:
            self._campaign("auto_campaigns", payload, status, days_ago, posts)
        return posts

    def _campaign(self, resource: str, payload: dict[str, Any], status: str | None, days_ago: int,
                  posts: list[tuple[str, int, int]], uploads: dict[str, Any] | None = None) -> None:
        state = {"status": status} if status else {}
        body = self._create(resource, payload, days_ago=days_ago, uploads=uploads, **state)
        post_type = RESOURCES[resource].post_type
        if status and post_type is not None:
            posts.append((post_type.value, body["id"], body["message_id"]))


def _category_payload(titles: dict[str, tuple[str, str]]) -> dict[str, Any]:
    title, description = titles["en"]
    payload: dict[str, Any] = {"title": title, "description": description}
    for lang, (lang_title, lang_description) in titles.items():
        payload[field_name("title", lang, SuffixStyle.CATEGORY)] = lang_title
        payload[field_name("description", lang, SuffixStyle.CATEGORY)] = lang_description
    return payload


def _email_payload(name: str, category: int, urgent: bool, copies: dict[str, content.Copy]) -> dict[str, Any]:
    slug = name.lower().replace(" ", "-").replace(":", "").replace("#", "").replace("%", "")
    payload: dict[str, Any] = {
        "category": category + 1,
        "from_address": "no-reply@starfall.example" if urgent else "news@starfall.example",
        "internal_name": name,
        "is_urgent": urgent,
        "not_add_unsubscr_link": urgent,
        "not_add_web_view_link": urgent,
    }
    for lang in (None, *copies):
        copy = copies[lang or "en"]
        html, plain = _render(lang or "en", copy, slug)
        payload[field_name("subject", lang, SuffixStyle.EMAIL)] = copy[0]
        payload[field_name("text_html", lang, SuffixStyle.EMAIL)] = html
        payload[field_name("text_plain", lang, SuffixStyle.EMAIL)] = plain
    return payload


def _render(lang: str, copy: content.Copy, slug: str) -> tuple[str, str]:
    subject, headline, body, button = copy
    url = f"{content.SITE}/go/{slug}?lang={lang}"
    footer = content.FOOTER[lang]
    html = f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(subject)}</title></head>
<body style="margin:0;padding:0;background:#0b1026;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#0b1026;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0"
 style="max-width:600px;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;">
<tr><td style="padding:20px 32px;background:#1b2a6b;color:#ffd66b;font-size:20px;font-weight:bold;\
border-radius:8px 8px 0 0;">{escape(content.BRAND)}</td></tr>
<tr><td style="padding:32px;">
<h1 style="margin:0 0 16px;font-size:26px;line-height:32px;color:#1b2a6b;">{escape(headline)}</h1>
<p style="margin:0 0 24px;font-size:16px;line-height:24px;color:#333333;">{escape(body)}</p>
<a href="{url}" style="display:inline-block;padding:12px 24px;background:#ff7a1a;color:#ffffff;\
text-decoration:none;border-radius:4px;font-weight:bold;">{escape(button)}</a>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;line-height:18px;color:#888888;">{escape(footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
    plain = f"{headline}\n\n{body}\n\n{button}: {url}\n\n--\n{footer}\n"
    return html, plain
