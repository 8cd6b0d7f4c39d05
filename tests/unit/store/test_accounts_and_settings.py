"""Accounts (without secrets) and the small settings table."""

from __future__ import annotations

import sqlite3

import pytest

from app.store.errors import NotFoundError
from app.store.workspace import Workspace


def test_add_edit_list_remove(workspace: Workspace) -> None:
    shop = workspace.accounts.add("Shop", "https://esp.example.com/api/v1", "anna")
    assert (shop.name, shop.base_url, shop.login, shop.is_demo) == (
        "Shop",
        "https://esp.example.com/api/v1",
        "anna",
        False,
    )
    blog = workspace.accounts.add("blog", "https://esp.example.com/api/v1", "bob")
    edited = workspace.accounts.edit(shop.id, login="anna.k")
    assert (edited.name, edited.login) == ("Shop", "anna.k")
    assert edited.updated_at >= shop.updated_at
    assert [a.name for a in workspace.accounts.list()] == ["Demo (built-in sandbox)", "blog", "Shop"]
    workspace.accounts.remove(blog.id)
    assert workspace.accounts.get(shop.id) == edited
    for call in (
        lambda: workspace.accounts.get(blog.id),
        lambda: workspace.accounts.edit(blog.id, name="x"),
        lambda: workspace.accounts.remove(blog.id),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_the_demo_account_points_at_this_runs_sandbox(workspace: Workspace) -> None:
    demo = workspace.accounts.demo()
    assert demo is not None and demo.base_url == ""
    moved = workspace.accounts.set_demo_base_url("http://127.0.0.1:53111/api/v1")
    assert moved is not None and moved.base_url == "http://127.0.0.1:53111/api/v1"
    workspace.accounts.remove(moved.id)  # a user who does not want it keeps it removed
    assert workspace.accounts.demo() is None
    assert workspace.accounts.set_demo_base_url("http://127.0.0.1:1/api/v1") is None


def test_accounts_table_has_no_place_for_a_secret(workspace: Workspace) -> None:
    with sqlite3.connect(workspace.database_path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(accounts)")}
    conn.close()
    assert columns == {"id", "name", "base_url", "login", "is_demo", "created_at", "updated_at"}


def test_settings_hold_json_values(workspace: Workspace) -> None:
    assert workspace.settings.get("last_account") is None
    assert workspace.settings.get("last_view", "emails") == "emails"
    workspace.settings.set("last_account", 3)
    workspace.settings.set("last_view", {"view": "campaigns", "filter": "весна"})
    workspace.settings.set("last_account", 4)
    assert workspace.settings.get("last_account") == 4
    assert workspace.settings.get("last_view") == {"view": "campaigns", "filter": "весна"}
    workspace.settings.delete("last_account")
    assert "last_account" not in workspace.settings.all()
    assert workspace.settings.all()["workspace.id"] == workspace.id
