"""A batch's rows merged into one hashmap per profile: the same answer as merge_profiles."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain.profiles import identities, merge_profiles
from app.profile_import.batches import Batch

VALUES = st.sampled_from(["a", "b", "c", "d"])
ROW = st.fixed_dictionaries(
    {},
    optional={
        "uid": VALUES, "email": VALUES, "phone": VALUES, "wp_token": VALUES,
        "fields": st.dictionaries(st.sampled_from(["city", "age"]), st.integers(0, 9), max_size=2),
    },
).filter(lambda row: any(key in row for key in ("uid", "email", "phone", "wp_token")))  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(ROW, min_size=1, max_size=12))
@example(rows=[{"uid": "a"}, {"uid": "b"}])  # no profile twice
@example(rows=[{"uid": "a", "email": "b"}, {"uid": "c", "email": "d"}])  # the same identifiers in every row
@example(
    rows=[
        {"uid": "a", "fields": {"age": 1}},
        {"email": "b"},
        {"uid": "a", "email": "c", "fields": {"city": 2}},
    ]
)
def test_prepare_merges_as_merge_profiles_and_keeps_every_identifier(rows) -> None:
    batch = Batch(0, profiles=[dict(row) for row in rows]).prepare()
    assert batch.merged == merge_profiles(rows)
    assert sorted(position for group in batch.members for position in group) == list(range(len(rows)))
    for group, held in zip(batch.members, batch.identities, strict=True):
        assert group == sorted(group)
        assert held == {identity for position in group for identity in identities(rows[position])}
    assert batch.profiles == rows  # the rows as validated are left as they were
