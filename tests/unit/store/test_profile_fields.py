"""Declared profile fields and the sample profile, per account, in a real workspace file."""

from __future__ import annotations

from app.domain.account import Account
from app.domain.profile_fields import DeclaredField, FieldOrigin, ProfileFieldType
from app.store.workspace import Workspace


def test_fields_are_kept_per_account_sorted_by_name(workspace: Workspace, account: Account) -> None:
    other = workspace.accounts.add("Other", "https://esp.example.com/api/v1", "x")
    repo = workspace.profile_fields
    repo.declare(account.id, "first_name", ProfileFieldType.STRING)
    repo.declare(account.id, "Age", ProfileFieldType.INT)
    repo.declare(other.id, "city", ProfileFieldType.STRING)
    assert repo.list(account.id) == [
        DeclaredField("Age", ProfileFieldType.INT, FieldOrigin.USER),
        DeclaredField("first_name", ProfileFieldType.STRING, FieldOrigin.USER),
    ]
    assert [f.name for f in repo.list(other.id)] == ["city"]
    repo.remove(account.id, "Age")
    assert [f.name for f in repo.list(account.id)] == ["first_name"]


def test_learning_adds_only_unknown_fields_and_a_typed_field_wins(
    workspace: Workspace, account: Account
) -> None:
    repo = workspace.profile_fields
    repo.declare(account.id, "score", ProfileFieldType.FLOAT)
    new = repo.learn(account.id, {"score": ProfileFieldType.INT, "level": ProfileFieldType.INT})
    assert new == ["level"]
    assert repo.list(account.id) == [
        DeclaredField("level", ProfileFieldType.INT, FieldOrigin.SERVER),
        DeclaredField("score", ProfileFieldType.FLOAT, FieldOrigin.USER),
    ]
    repo.declare(account.id, "level", ProfileFieldType.STRING)  # the user corrects a learned type
    assert repo.list(account.id)[0] == DeclaredField("level", ProfileFieldType.STRING, FieldOrigin.USER)


def test_sample_profile_round_trips_and_goes_with_its_account(workspace: Workspace, account: Account) -> None:
    repo = workspace.profile_fields
    assert repo.sample_profile(account.id) == {}
    repo.set_sample_profile(account.id, {"first_name": "Анна", "level": 7})
    repo.set_sample_profile(account.id, {"first_name": "Anna", "level": 8})
    assert repo.sample_profile(account.id) == {"first_name": "Anna", "level": 8}
    workspace.profile_fields.declare(account.id, "level", ProfileFieldType.INT)
    workspace.accounts.remove(account.id)
    assert repo.sample_profile(account.id) == {}
    assert repo.list(account.id) == []
