"""Async client of the provider's Server-to-Server API (httpx, no Qt)."""

from app.api.client import ApiClient
from app.api.retry import RetryPolicy
from app.api.stats import StatsResult

__all__ = ["ApiClient", "RetryPolicy", "StatsResult"]
