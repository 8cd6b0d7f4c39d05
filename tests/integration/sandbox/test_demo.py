"""``--demo``: a whole project to show, the same on every start, quick to start."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from croniter import croniter

from app.domain.languages import LANGUAGES, SuffixStyle, field_name
from app.sandbox.launcher import start_sandbox


def _all(client: httpx.Client, path: str) -> list[dict[str, Any]]:
    answer = client.get(path, params={"page_size": 500}).json()
    return answer if isinstance(answer, list) else answer["results"]


@pytest.fixture(scope="module")
def demo() -> Iterator[httpx.Client]:
    started = time.perf_counter()
    with start_sandbox(demo=True) as running:
        print(f"demo sandbox ready in {time.perf_counter() - started:.2f} s")
        with httpx.Client(base_url=running.base_url, auth=running.auth, timeout=30) as client:
            yield client


def _languages(obj: dict[str, Any], base: str, style: SuffixStyle) -> set[str]:
    return {lang.value for lang in LANGUAGES if obj.get(field_name(base, lang, style))}


def test_categories_in_several_languages(demo: httpx.Client) -> None:
    categories = _all(demo, "categories/")
    assert len(categories) == 6
    assert all(c["title"] and c["description"] for c in categories)
    assert any(c["title_zn"] for c in categories)  # Chinese spelled the categories' way
    languages = set().union(*(_languages(c, "title", SuffixStyle.CATEGORY) for c in categories))
    assert len(languages) >= 6


def test_a_dozen_emails_with_real_content(demo: httpx.Client) -> None:
    emails = _all(demo, "emails/")
    assert len(emails) == 12
    languages = set().union(*(_languages(e, "subject", SuffixStyle.EMAIL) for e in emails))
    assert languages == {lang.value for lang in LANGUAGES}
    category_ids = {c["category"] for c in _all(demo, "categories/")}
    for email in emails:
        assert email["category"] in category_ids
        assert len(_languages(email, "subject", SuffixStyle.EMAIL)) >= 3
        for lang in _languages(email, "text_html", SuffixStyle.EMAIL):
            html = email[field_name("text_html", lang, SuffixStyle.EMAIL)]
            assert f'<html lang="{lang}">' in html
            assert email[field_name("text_plain", lang, SuffixStyle.EMAIL)]
        assert "lorem" not in str(email).lower()
    assert any(e["is_urgent"] for e in emails) and not all(e["is_urgent"] for e in emails)


def test_segments_and_profiles(demo: httpx.Client) -> None:
    segments = _all(demo, "segments/")
    assert len(segments) == 4
    assert all(s["generated_at"] and 0 < s["size"] <= 3000 for s in segments)
    fresh = demo.post("segments/", json={"name": "Everyone", "condition": {}}).json()
    assert demo.post(f"segments/{fresh['id']}/generate/").json()["size"] == 3000


def test_campaigns_of_all_three_kinds_in_various_states(demo: httpx.Client) -> None:
    one_time, ab, auto = (_all(demo, kind) for kind in ("campaigns/", "ab-campaigns/", "auto-campaigns/"))
    assert one_time and ab and auto
    statuses = {c["status"] for c in one_time + ab + auto}
    assert statuses == {"new", "running", "paused", "archived"}
    assert all(1 <= c["ab_percent"] <= 99 and c["win_parameter"] in "OCU" for c in ab)
    assert all(croniter.is_valid(c["crontab"]) for c in auto)
    assert any(c["source_uploaded_csv"] for c in one_time)


def test_three_months_of_statistics(demo: httpx.Client) -> None:
    today = date.today()
    query = {"fields": "month_year,sum_sended,sum_delivered,open_rate",
             "date": [f"ge:{today - timedelta(days=92)}", f"le:{today}"]}
    answer = demo.get("stats/", params=query).json()
    if not answer["metadata"]["ready"]:  # a heavy query: ask again, as a client must
        answer = demo.get("stats/", params=query).json()
    assert answer["error"] is None
    months = answer["result"][:-1]
    assert len(months) >= 3 and all(row["sum_sended"] > 0 for row in months)
    totals = answer["result"][-1]
    assert totals["sum_delivered"] == sum(row["sum_delivered"] for row in months)
    last_week = demo.get("stats/", params={"fields": "post,sum_sended"}).json()
    assert last_week["result"][-1]["sum_sended"] > 0


@pytest.mark.slow
def test_the_demo_is_the_same_on_every_start_and_not_duplicated(demo: httpx.Client, tmp_path: Path) -> None:
    with (
        start_sandbox(demo=True, data_dir=tmp_path) as first,
        httpx.Client(base_url=first.base_url, auth=first.auth) as client,
    ):
        emails = _all(client, "emails/")
        campaigns = _all(client, "ab-campaigns/")
    assert [e["text_html_de"] for e in emails] == [e["text_html_de"] for e in _all(demo, "emails/")]
    with (
        start_sandbox(demo=True, data_dir=tmp_path) as second,  # a restart: the demo is there already
        httpx.Client(base_url=second.base_url, auth=second.auth) as client,
    ):
        assert _all(client, "emails/") == emails
        assert _all(client, "ab-campaigns/") == campaigns
