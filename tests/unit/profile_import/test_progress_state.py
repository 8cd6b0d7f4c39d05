"""Saved progress: confirmed batches as ranges, the state's round trip, the workspace table."""

from __future__ import annotations

import random

from app.profile_import.progress_state import BatchSet, SavedProgress
from app.store.workspace import Workspace


def test_batch_sets_keep_ranges_in_any_order_of_confirmation() -> None:
    order = list(range(40))
    random.Random(7).shuffle(order)
    confirmed = BatchSet()
    for index in order:
        if index not in (5, 6, 30):
            confirmed.add(index)
    confirmed.add(12)  # again: nothing changes
    assert confirmed.ranges() == [[0, 4], [7, 29], [31, 39]]
    assert len(confirmed) == 37
    assert 5 not in confirmed and 7 in confirmed and "7" not in confirmed
    assert confirmed.first_missing() == 5
    assert BatchSet([[3, 9]]).first_missing() == 0
    assert BatchSet([[0, 2], [3, 5], [9, 8]]).ranges() == [[0, 5]]
    assert list(BatchSet([[0, 1], [4, 4]])) == [0, 1, 4]


def test_the_state_round_trips_through_json() -> None:
    state = SavedProgress({"batch_size": 10, "targets": ["email"]}, ["email"], BatchSet([[0, 3], [5, 5]]))
    state.rows_sent, state.merged = 48, 2
    state.server_rejected = {17: "age: A whole number is required."}
    state.sent_fields, state.stored_fields = {"age": 3, "nick": "x"}, {"age": 3}
    again = SavedProgress.from_json(state.to_json())
    assert again is not None
    assert again.to_json() == state.to_json()
    assert again.confirmed.ranges() == [[0, 3], [5, 5]]
    assert again.server_rejected == {17: "age: A whole number is required."}
    assert SavedProgress.from_json({"version": 99}) is None
    assert SavedProgress.from_json({"version": 1, "cut": 5}) is None


def test_progress_lives_in_the_workspace_by_target_and_file(tmp_path) -> None:
    clock = iter(range(100, 200)).__next__
    with Workspace.open(tmp_path / "ws", clock=lambda: float(clock())) as ws:
        repo = ws.import_progress
        assert repo.get("me@https://a/", "f1") is None
        repo.save("me@https://a/", "f1", {"version": 1, "n": 1})
        repo.save("me@https://a/", "f2", {"version": 1, "n": 2})
        repo.save("me@https://a/", "f1", {"version": 1, "n": 3})
        repo.save("other@https://a/", "f1", {"version": 1, "n": 4})
        assert repo.get("me@https://a/", "f1") == {"version": 1, "n": 3}
        assert [s.file_key for s in repo.list("me@https://a/")] == ["f1", "f2"]
        saved = repo.saved("other@https://a/", "f1")
        assert saved is not None and saved.state == {"version": 1, "n": 4} and saved.updated_at == 103.0
        repo.delete("me@https://a/", "f1")
        assert repo.get("me@https://a/", "f1") is None
    with Workspace.open(tmp_path / "ws") as again:  # it survives closing the workspace
        assert again.import_progress.get("me@https://a/", "f2") == {"version": 1, "n": 2}
