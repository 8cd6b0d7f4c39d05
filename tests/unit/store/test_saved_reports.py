"""Saved reports per account in a real workspace file: names unique, definitions kept."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.account import Account
from app.domain.report_presets import comparison_definition, preset_definition
from app.store.errors import NotFoundError
from app.store.saved_reports import ReportNameTakenError
from app.store.workspace import Workspace


def test_reports_are_listed_by_name_per_account(workspace: Workspace, account: Account) -> None:
    other = workspace.accounts.add("Other", "https://esp.example.com/api/v1", "x")
    repo = workspace.saved_reports
    repo.add(account.id, "weekly", preset_definition("by_hour").to_json())
    repo.add(account.id, "By country", preset_definition("by_country").to_json())
    repo.add(other.id, "weekly", preset_definition("by_client").to_json())
    assert [r.name for r in repo.list(account.id)] == ["By country", "weekly"]
    assert [r.name for r in repo.list(other.id)] == ["weekly"]


def test_a_definition_comes_back_as_it_went_in(tmp_path, account: Account, workspace: Workspace) -> None:
    definition = comparison_definition(["S_1", "B_2", "A_1"])
    saved = workspace.saved_reports.add(account.id, "Spring campaigns ☀", definition.to_json())
    workspace.close()
    with Workspace.open(tmp_path / "ws") as reopened:
        (again,) = reopened.saved_reports.list(account.id)
    assert again.id == saved.id and again.name == "Spring campaigns ☀"
    assert again.parsed() == definition
    assert again.created_at == again.updated_at == saved.created_at


def test_a_name_is_unique_within_an_account(workspace: Workspace, account: Account) -> None:
    repo = workspace.saved_reports
    first = repo.add(account.id, "weekly", preset_definition("by_hour").to_json())
    with pytest.raises(ReportNameTakenError):
        repo.add(account.id, "weekly", preset_definition("by_client").to_json())
    second = repo.add(account.id, "monthly", preset_definition("by_client").to_json())
    with pytest.raises(ReportNameTakenError):
        repo.update(second.id, name="weekly")
    assert repo.get(first.id).parsed() == preset_definition("by_hour")


def test_save_replaces_the_report_of_that_name(workspace: Workspace, account: Account) -> None:
    repo = workspace.saved_reports
    first = repo.save(account.id, "weekly", preset_definition("by_hour").to_json())
    again = repo.save(account.id, "weekly", preset_definition("by_weekday").to_json())
    assert again.id == first.id and len(repo.list(account.id)) == 1
    assert again.parsed() == preset_definition("by_weekday")


def test_rename_update_and_delete(workspace: Workspace, account: Account) -> None:
    repo = workspace.saved_reports
    saved = repo.add(account.id, "weekly", preset_definition("by_hour").to_json())
    renamed = repo.update(saved.id, name="Hourly")
    assert renamed.name == "Hourly" and renamed.parsed() == preset_definition("by_hour")
    repo.delete(saved.id)
    repo.delete(saved.id)  # gone already: no error
    assert repo.list(account.id) == []
    with pytest.raises(NotFoundError):
        repo.get(saved.id)
    with pytest.raises(NotFoundError):
        repo.update(saved.id, name="x")


def test_removing_the_account_removes_its_reports(workspace: Workspace, account: Account) -> None:
    workspace.saved_reports.add(account.id, "weekly", preset_definition("by_hour").to_json())
    workspace.accounts.remove(account.id)
    assert workspace.saved_reports.list(account.id) == []


def test_a_damaged_row_reads_as_a_report_that_cannot_be_opened(
    workspace: Workspace, account: Account
) -> None:
    saved = workspace.saved_reports.add(account.id, "weekly", preset_definition("by_hour").to_json())
    with sqlite3.connect(workspace.database_path) as other:  # another program damaged the file
        other.execute("UPDATE saved_reports SET definition = '{not json' WHERE id = ?", (saved.id,))
    other.close()
    (damaged,) = workspace.saved_reports.list(account.id)
    assert damaged.name == "weekly" and damaged.definition == {}
