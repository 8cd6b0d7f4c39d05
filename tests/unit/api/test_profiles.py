"""Merging the updates of one profile before a batch upsert (app/domain/profiles.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.profiles import identities, merge_profiles


def test_duplicates_by_any_identifier_become_one_hashmap_later_values_winning():
    merged = merge_profiles(
        [
            {"email": "a@example.com", "fields": {"city": "Oslo", "pole2": 1}},
            {"uid": "u9", "fields": {"city": "Rome"}},
            {"email": "a@example.com", "phone": "+4790000000", "fields": {"pole2": 2}},
            {"phone": "+4790000000", "uid": "u1", "fields": {"pole1": "x"}},
        ]
    )
    assert merged == [
        {
            "email": "a@example.com",
            "phone": "+4790000000",
            "uid": "u1",
            "fields": {"city": "Oslo", "pole2": 2, "pole1": "x"},
        },
        {"uid": "u9", "fields": {"city": "Rome"}},
    ]


def test_a_chain_of_shared_identifiers_is_one_profile():
    # 1 and 3 share nothing directly; 2 links them (union semantics, transitive).
    merged = merge_profiles(
        [{"uid": "1"}, {"wp_token": "t"}, {"uid": "1", "email": "e"}, {"email": "e", "wp_token": "t"}]
    )
    assert merged == [{"uid": "1", "wp_token": "t", "email": "e"}]


def test_a_missing_identifier_does_not_erase_a_known_one_but_a_field_can_be_cleared():
    merged = merge_profiles(
        [
            {"uid": "1", "email": "a@x", "fields": {"city": "Oslo"}},
            {"uid": "1", "email": None, "fields": {"city": None}},
        ]
    )
    assert merged == [{"uid": "1", "email": "a@x", "fields": {"city": None}}]


def test_a_hashmap_without_identifier_is_refused():
    with pytest.raises(ValueError, match="profile #1"):
        merge_profiles([{"uid": "1"}, {"fields": {"city": "Oslo"}}])


def test_inputs_are_not_mutated():
    first = {"uid": "1", "fields": {"a": 1}}
    merge_profiles([first, {"uid": "1", "fields": {"b": 2}}])
    assert first == {"uid": "1", "fields": {"a": 1}}


_values = st.sampled_from(["1", "2", "3", "4", 2, 3])  # phone 2 and "2" are one identifier
_maybe = st.one_of(_values, st.sampled_from([None, ""]))
_one_profile = st.builds(
    lambda key, value, rest: {**rest, key: value},
    st.sampled_from(["uid", "phone", "email", "wp_token"]),
    _values,
    st.fixed_dictionaries(
        {},
        optional={
            "uid": _maybe,
            "phone": _maybe,
            "email": _maybe,
            "wp_token": _maybe,
            "fields": st.dictionaries(st.sampled_from(["f1", "f2", "f3"]), st.integers(0, 9), max_size=3),
        },
    ),
)
_profiles = st.lists(_one_profile, max_size=20)


@settings(max_examples=50)
@given(_profiles)
def test_no_two_merged_hashmaps_share_an_identifier(profiles):
    merged = merge_profiles(profiles)
    seen = [identity for profile in merged for identity in identities(profile)]
    assert len(seen) == len(set(seen))
    assert {i for p in merged for i in identities(p)} <= {i for p in profiles for i in identities(p)}
    assert len(merged) <= len(profiles)


@settings(max_examples=50)
@given(_profiles)
def test_merging_twice_changes_nothing(profiles):
    once = merge_profiles(profiles)
    assert merge_profiles(once) == once


def _naive_groups(profiles):
    """Index sets of the same profile, by merging any two groups that share a value until none do."""
    groups = [{i} for i in range(len(profiles))]
    changed = True
    while changed:
        changed = False
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                ids_a = {x for i in groups[a] for x in identities(profiles[i])}
                ids_b = {x for i in groups[b] for x in identities(profiles[i])}
                if ids_a & ids_b:
                    groups[a] |= groups.pop(b)
                    changed = True
                    break
            if changed:
                break
    return sorted(groups, key=min)


@settings(max_examples=50)
@given(_profiles)
def test_matches_a_naive_grouping_with_last_value_winning(profiles):
    expected = []
    for group in _naive_groups(profiles):
        target: dict = {}
        for i in sorted(group):
            for key, value in profiles[i].items():
                if key == "fields":
                    target["fields"] = {**target.get("fields", {}), **value}
                elif key in ("uid", "phone", "email", "wp_token") and value in (None, "") and target.get(key):
                    continue  # an absent identifier never erases a known one
                else:
                    target[key] = value
        expected.append(target)
    assert merge_profiles(profiles) == expected
