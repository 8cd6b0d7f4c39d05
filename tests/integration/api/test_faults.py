"""Retries against a sandbox that fails 30% of requests: no create is ever made twice."""

from __future__ import annotations

import collections

import pytest

from app.api import RetryPolicy
from app.api.errors import ApiError, ServerError

from .conftest import client_for

FAST = RetryPolicy(max_attempts=5, backoff_base=0.05, backoff_max=0.4, retry_after_max=1.0)


@pytest.mark.slow
async def test_creates_under_faults_make_no_duplicates(sandbox_factory, tmp_path):
    clean = sandbox_factory(data_dir=tmp_path)
    async with client_for(clean) as api:
        category = (await api.categories.create({"title": "faults", "description": "d"}))["category"]
    clean.stop()

    faulty = sandbox_factory(data_dir=tmp_path, faults=0.3, seed=20261126)
    created: dict[str, int] = {}
    unknown: set[str] = set()
    refused: set[str] = set()
    reads = collections.Counter()
    async with client_for(faulty, retry=FAST, timeout=10.0) as api:
        for i in range(60):
            name = f"faulty {i:02d}"
            try:
                email = await api.emails.create(
                    {"category": category, "from_address": "a@example.com", "internal_name": name}
                )
            except ApiError as error:
                (unknown if error.outcome_unknown else refused).add(name)
                continue
            created[name] = email["id"]
            try:  # a GET is retried through everything but a plain 500
                assert (await api.emails.get(email["id"]))["internal_name"] == name
                reads["ok"] += 1
            except ServerError as error:
                assert error.status == 500
                reads["500"] += 1
    faults = collections.Counter(line.split()[3] for line in faulty.fault_log())
    faulty.stop()

    verify = sandbox_factory(data_dir=tmp_path)
    async with client_for(verify) as api:
        names = collections.Counter(e["internal_name"] for e in await api.emails.list())
    print(f"created {len(created)}, unknown {len(unknown)}, refused {len(refused)}, reads {dict(reads)}")
    print(f"faults injected: {dict(faults)}")
    assert max(names.values()) == 1, "a create was sent twice"
    assert all(names[name] == 1 for name in created)
    assert not any(names[name] for name in refused)
    assert set(names) <= set(created) | unknown
    # The run met the faults that matter: retried ones, and ones that leave a POST unknown.
    assert faults["429"] and faults["502-html"] and faults["drop-after"]
    assert unknown and len(created) >= 30 and reads["ok"] >= 20
    # "Unknown" is honest: some of those were created (dropped after), some not (dropped before, 503).
    assert any(names[name] for name in unknown) and not all(names[name] for name in unknown)
