"""An answer other than success, raised from deep inside a handler and sent as JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Problem(Exception):
    def __init__(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = dict(headers or {})

    @classmethod
    def detail(cls, status: int, message: str, headers: Mapping[str, str] | None = None) -> Problem:
        """``{"detail": message}``: a problem with the request as a whole."""
        return cls(status, {"detail": message}, headers)

    @classmethod
    def fields(cls, errors: Mapping[str, list[str]]) -> Problem:
        """400 ``{"field": ["message", ...]}``: problems with named fields."""
        return cls(400, dict(errors))


def not_found(noun: str, object_id: int) -> Problem:
    return Problem.detail(404, f"There is no {noun} with id {object_id}.")
