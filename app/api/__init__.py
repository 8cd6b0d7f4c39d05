"""Async client of the provider's Server-to-Server API (httpx, no Qt).

The names below load on first use: importing ``app.api.endpoints`` or ``app.api.errors``
(the sandbox and the UI do) must not pay for importing httpx.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.api.retry import RetryPolicy
    from app.api.stats import StatsResult

__all__ = ["ApiClient", "RetryPolicy", "StatsResult"]

_HOMES = {"ApiClient": "app.api.client", "RetryPolicy": "app.api.retry", "StatsResult": "app.api.stats"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'app.api' has no attribute {name!r}")
    return getattr(import_module(home), name)
