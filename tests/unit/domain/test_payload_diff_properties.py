"""Properties of three_way and merge over generated campaign payloads."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.payload_diff import Change, Side, changed_fields, merge, three_way

SCHEMA = "campaigns"

_text = st.sampled_from([None, "", "a", "b", "спам"])
_instant = st.sampled_from(
    [None, "2026-04-01T09:00:00Z", "2026-04-01T09:00:00+00:00", "2026-04-01T11:00:00+02:00",
     "2026-04-02T09:00:00Z"]
)
_config = st.none() | st.fixed_dictionaries(
    {},
    optional={
        "send_to_corp": st.sampled_from([None, True, False]),
        "min_send_interval": st.sampled_from([None, 0, 1, 24]),
        "hook_url_template": _text,
        "brand_new_flag": st.sampled_from([None, 1, "x"]),
    },
)
payloads = st.fixed_dictionaries(
    {},
    optional={
        "tags": _text,
        "priority": st.sampled_from([None, 0, 1, 2, True]),
        "planned_at": _instant,
        "source_type": st.sampled_from([None, "S", "U"]),
        "config": _config,
        "status": st.sampled_from(["new", "running"]),  # read-only
        "id": st.integers(1, 3),  # read-only
        "unknown_field": st.sampled_from([None, "x", "y", 3]),
    },
)


def _agree(base: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    """Fields on which ``a`` and ``b`` disagree (each read against ``base``)."""
    return {c.name for c in three_way(base, a, b, schema=SCHEMA) if c.change is not Change.BOTH_SAME}


@settings(max_examples=120, deadline=None, database=None)
@given(payloads, payloads)
def test_same_edit_on_both_sides_never_conflicts(base: dict[str, Any], x: dict[str, Any]) -> None:
    diff = three_way(base, x, x, schema=SCHEMA)
    assert not diff.has_conflicts
    assert all(c.change is Change.BOTH_SAME for c in diff)


@settings(max_examples=80, deadline=None, database=None)
@given(payloads)
def test_nothing_changed_means_no_fields(base: dict[str, Any]) -> None:
    assert not three_way(base, base, base, schema=SCHEMA).fields
    assert changed_fields(base, base, schema=SCHEMA) == {}


@settings(max_examples=120, deadline=None, database=None)
@given(payloads, payloads, payloads)
def test_all_mine_merge_equals_mine_on_conflicts(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    diff = three_way(base, mine, theirs, schema=SCHEMA)
    merged = merge(base, mine, theirs, {c.name: Side.MINE for c in diff.conflicts}, schema=SCHEMA)
    disagree_mine = _agree(base, merged, mine)
    disagree_theirs = _agree(base, merged, theirs)
    for change in diff:
        if change.change is Change.THEIRS:
            assert change.name not in disagree_theirs
        else:
            assert change.name not in disagree_mine
    # Nothing else moved away from the base.
    assert {c.name for c in three_way(base, merged, base, schema=SCHEMA)} == {c.name for c in diff}


@settings(max_examples=120, deadline=None, database=None)
@given(payloads, payloads, payloads)
def test_merge_without_conflicts_keeps_both_sides_changes(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    diff = three_way(base, mine, theirs, schema=SCHEMA)
    if diff.has_conflicts:
        return
    merged = merge(base, mine, theirs, {}, schema=SCHEMA)
    mine_changes = {c.name for c in diff if c.change in (Change.MINE, Change.BOTH_SAME)}
    theirs_changes = {c.name for c in diff if c.change in (Change.THEIRS, Change.BOTH_SAME)}
    assert not mine_changes & _agree(base, merged, mine)
    assert not theirs_changes & _agree(base, merged, theirs)


@settings(max_examples=120, deadline=None, database=None)
@given(payloads, payloads, payloads)
def test_all_theirs_merge_is_theirs(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    diff = three_way(base, mine, theirs, schema=SCHEMA)
    choices = {c.name: Side.THEIRS for c in diff}
    merged = merge(base, mine, theirs, choices, schema=SCHEMA)
    assert not _agree(base, merged, theirs)


@settings(max_examples=120, deadline=None, database=None)
@given(payloads, payloads, payloads)
def test_conflicts_are_symmetric(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    ours = three_way(base, mine, theirs, schema=SCHEMA)
    swapped = three_way(base, theirs, mine, schema=SCHEMA)
    assert [c.name for c in ours.conflicts] == [c.name for c in swapped.conflicts]


@settings(max_examples=120, deadline=None, database=None)
@given(payloads, payloads)
def test_patch_body_applied_to_base_gives_mine(base: dict[str, Any], mine: dict[str, Any]) -> None:
    patched = {**base, **changed_fields(base, mine, schema=SCHEMA)}
    assert not _agree(base, patched, mine)
    # And it is minimal: nothing in it is already on the server.
    for name in changed_fields(base, mine, schema=SCHEMA):
        assert changed_fields(base, {name: mine[name]}, schema=SCHEMA)
