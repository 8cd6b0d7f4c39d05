"""A provider account as the app knows it. The secret is never here: only in the keyring."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    name: str
    base_url: str
    login: str
    is_demo: bool
    created_at: float
    updated_at: float
