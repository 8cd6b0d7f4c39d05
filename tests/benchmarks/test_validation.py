"""BENCH validation speed: the editors validate the whole draft on every keystroke.

- ``email_check_us``: one from address checked the first time (email-validator, no DNS;
  target ~60 µs), distinct addresses so the cache does not answer.
- ``validate_email_draft_us``: validate_payload of a ten-language email draft, as the editor
  runs it per keystroke (the address unchanged, so cached).
- ``crontab_check_us`` / ``datetime_check_us``: one schedule, one date-time.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from app.domain.languages import LANGUAGES, SuffixStyle, field_name
from app.domain.schema import EMAIL
from app.domain.validation import check_crontab, check_datetime, check_email, validate_payload

N = 2000


def _per_call_us(call: Callable[[int], object], n: int = N, rounds: int = 5) -> float:
    figures = []
    for r in range(rounds):
        started = time.perf_counter()
        for i in range(n):
            call(r * n + i)
        figures.append((time.perf_counter() - started) / n * 1e6)
    return statistics.median(figures)


def test_validation_speed() -> None:
    check_email("warm@import.example")  # the first call imports email-validator (~40 ms)
    email_us = _per_call_us(lambda i: check_email(f"news.{i}@shop{i % 97}.example"))
    draft = {"category": 3, "from_address": "news@shop.example", "subject": "Spring sale"}
    for lang in LANGUAGES:
        draft[field_name("subject", lang, SuffixStyle.EMAIL)] = f"Spring sale [{lang.value}]"
        draft[field_name("text_html", lang, SuffixStyle.EMAIL)] = "<p>Hello {{ name }}</p>" * 50
    draft_us = _per_call_us(lambda _i: validate_payload(EMAIL, draft), n=500)
    crontab_us = _per_call_us(lambda _i: check_crontab("0 9 * * MON-FRI"))
    datetime_us = _per_call_us(lambda _i: check_datetime("2026-12-01T09:00:00+01:00"))
    print(f"BENCH email_check_us {email_us:.1f} us")
    print(f"BENCH validate_email_draft_us {draft_us:.1f} us")
    print(f"BENCH crontab_check_us {crontab_us:.1f} us")
    print(f"BENCH datetime_check_us {datetime_us:.1f} us")
