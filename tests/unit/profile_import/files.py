"""Helpers shared by the profile import tests (unit and integration)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.domain.profile_fields import ProfileFieldType
from app.profile_import.mapping import Target, auto_map
from app.profile_import.plan import ImportPlan
from app.profile_import.source import CsvSource, Record, detect_format


def read_records(path: Path, **fmt: str) -> tuple[list[str], list[Record]]:
    with CsvSource(path, detect_format(path, **fmt)) as source:
        return list(source.header), list(source)


def plan_for(
    path: Path,
    types: dict[str, ProfileFieldType] | None = None,
    targets: Sequence[Target] | None = None,
    **options: object,
) -> ImportPlan:
    fmt = detect_format(path)
    with CsvSource(path, fmt) as source:
        header = list(source.header)
    chosen = tuple(targets) if targets is not None else tuple(auto_map(header, types or {}))
    return ImportPlan(path, fmt, chosen, types or {}, **options)  # type: ignore[arg-type]
