"""A raw httpx client on the session sandbox: these tests speak HTTP, not our API client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest


@pytest.fixture(scope="session")
def api(sandbox: Any) -> Iterator[httpx.Client]:
    """One client for the session (httpx builds an SSL context per client, ~0.1 s each)."""
    with httpx.Client(base_url=sandbox.base_url, auth=sandbox.auth, timeout=10) as client:
        yield client
