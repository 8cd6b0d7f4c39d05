"""Async client of the provider's Server-to-Server API (httpx, no Qt)."""
