"""Merge the updates of one user profile into one hashmap, as the batch upsert demands.

The provider rejects a batch that holds two hashmaps for the same profile (API-NOTES
quirk 6). Two hashmaps are the same profile when they share any identifier value
(``uid``, ``phone``, ``email`` or ``wp_token``), transitively: ``{uid: 1, email: a}``,
``{email: a, phone: p}`` and ``{phone: p}`` are one profile. Within a profile later
values win, ``fields`` are merged key by key, and an identifier never becomes None
(a missing identifier is not a request to erase it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.schema import USER_KEYS

Profile = dict[str, Any]


def identities(profile: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (key, value) pairs that identify ``profile``."""
    return [(key, str(profile[key])) for key in USER_KEYS if profile.get(key) not in (None, "")]


class _Groups:
    """Union-find over positions in the input."""

    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        root = i
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
    groups = _Groups()
    owner: dict[tuple[str, str], int] = {}
    for position, profile in enumerate(items):
        groups.add()
        keys = identities(profile)
        if not keys:
            raise ValueError(f"profile #{position} has none of {', '.join(USER_KEYS)}")
        for identity in keys:
            first = owner.setdefault(identity, position)
            if first != position:
                groups.union(first, position)
    merged: dict[int, Profile] = {}
    for position, profile in enumerate(items):
        target = merged.setdefault(groups.find(position), {})
        for key, value in profile.items():
            if key == "fields" and isinstance(value, Mapping):
                fields = target.get("fields")
                target["fields"] = {**fields, **value} if isinstance(fields, dict) else dict(value)
            elif key in USER_KEYS and value in (None, ""):
                continue
            else:
                target[key] = value
    return list(merged.values())
