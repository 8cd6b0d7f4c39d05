"""Merge the updates of one user profile into one hashmap, as the batch upsert demands.

The provider rejects a batch that holds two hashmaps for the same profile (API-NOTES
quirk 6). Two hashmaps are the same profile when they share any identifier value
(``uid``, ``phone``, ``email`` or ``wp_token``), transitively: ``{uid: 1, email: a}``,
``{email: a, phone: p}`` and ``{phone: p}`` are one profile. Within a profile later
values win, ``fields`` are merged key by key, and a known identifier never becomes None
or empty (a missing identifier is not a request to erase it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.schema import USER_KEYS

Profile = dict[str, Any]


def _identity(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def identities(profile: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (key, value) pairs that identify ``profile``."""
    return [(key, ident) for key in USER_KEYS if (ident := _identity(profile.get(key))) is not None]


def _column(items: list[Mapping[str, Any]], key: str) -> list[str | None]:
    """The identifier ``key`` of each item, as text (phone 79991234567 and "79991234567" are one)."""
    raw = [p.get(key) for p in items]
    # Usually every value is a non-empty string or absent: then the list is already right,
    # checked at C speed, and only other columns pay for a call per value.
    if set(map(type, raw)) <= {str, type(None)} and "" not in raw:
        return raw
    return [_identity(v) for v in raw]


def _first_unidentified(columns: list[list[str | None]]) -> int | None:
    if any(None not in column for column in columns):
        return None  # one identifier is set everywhere (the common case)
    return next((i for i, ids in enumerate(zip(*columns, strict=True)) if not any(ids)), None)


def _shared(column: list[str | None]) -> set[str]:
    """The values of ``column`` that more than one item has."""
    present = len(column) - column.count(None)
    distinct = set(column)
    distinct.discard(None)
    if len(distinct) == present:
        return set()
    return {v for v, n in Counter(column).items() if n > 1 and v is not None}


class _Groups:
    """Union-find over positions in the input; a root is the group's first position."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        root = self.parent.setdefault(i, i)
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The earlier position stays the root, so output keeps first-seen order.
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_profiles(profiles: Iterable[Mapping[str, Any]]) -> list[Profile]:
    """One hashmap per profile, in the order each profile first appears.

    Raises ValueError for a hashmap with no identifier at all: the server could not
    tell whose profile it is.
    """
    items = list(profiles)
    columns = [_column(items, key) for key in USER_KEYS]
    nobody = _first_unidentified(columns)
    if nobody is not None:
        raise ValueError(f"profile #{nobody} has none of {', '.join(USER_KEYS)}")
    # Only hashmaps that share a value with another need grouping; in a big import they
    # are few, and every other one is a profile of its own.
    groups = _Groups()
    for key, column in zip(USER_KEYS, columns, strict=True):
        shared = _shared(column)
        if not shared:
            continue
        first: dict[tuple[str, str], int] = {}
        for position, ident in enumerate(column):
            if ident in shared:
                groups.union(first.setdefault((key, ident), position), position)
    merged: dict[int, Profile] = {}
    for position, profile in enumerate(items):
        if position not in groups.parent:
            merged[position] = dict(profile)
        else:
            fold_into(merged.setdefault(groups.find(position), {}), profile)
    return list(merged.values())


def fold_into(target: Profile, profile: Mapping[str, Any]) -> None:
    """Apply the later hashmap ``profile`` of one profile to ``target``, as
    :func:`merge_profiles` does: later values win, ``fields`` key by key, and an absent
    identifier does not erase a known one."""
    for key, value in profile.items():
        if key == "fields" and isinstance(value, Mapping):
            fields = target.get("fields")
            target["fields"] = {**fields, **value} if isinstance(fields, dict) else dict(value)
        elif key in USER_KEYS and value in (None, "") and target.get(key) not in (None, ""):
            continue  # an absent identifier does not erase a known one
        else:
            target[key] = value
