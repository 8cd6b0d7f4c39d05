"""Accounts: the list in the workspace, secrets only in the keyring, the current account."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from keyring.backends import fail

from app.domain.kinds import DraftKind
from app.services.accounts_service import (
    LAST_ACCOUNT_KEY,
    AccountError,
    AccountInputError,
    DemoNotReadyError,
    MissingSecretError,
)
from app.store.secrets import SecretStore

from .conftest import Recorder, keyring_secret

SECRET = "s3cret-Zebra-7741-never-on-disk"


def _workspace_bytes(folder: Path) -> bytes:
    """Every file of the workspace folder: the database, its WAL and shared memory."""
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


async def test_add_edit_remove_with_the_secret_only_in_the_keyring(accounts, runner, workspace_dir):
    changed = Recorder(accounts.accounts_changed)
    added = await accounts.add("  Main project ", "https://esp.example.com/api/v1", "editor", SECRET)
    assert (added.name, added.base_url, added.login) == (
        "Main project",
        "https://esp.example.com/api/v1/",
        "editor",
    )
    assert keyring_secret(runner, added.id) == SECRET
    assert accounts.has_secret(added)

    edited = await accounts.edit(
        added.id, name="Main", base_url="https://esp2.example.com/api/v1/", login="editor2"
    )
    assert (edited.name, edited.base_url, edited.login) == (
        "Main",
        "https://esp2.example.com/api/v1/",
        "editor2",
    )
    assert keyring_secret(runner, added.id) == SECRET  # no secret given: the stored one stays
    await accounts.edit(added.id, name="Main", base_url=edited.base_url, login="editor2", secret="other-2")
    assert keyring_secret(runner, added.id) == "other-2"

    names = [account.name for account in await accounts.list_accounts()]
    assert names == ["Demo (built-in sandbox)", "Main"]

    await accounts.remove(added.id)
    assert keyring_secret(runner, added.id) is None
    assert [account.name for account in await accounts.list_accounts()] == ["Demo (built-in sandbox)"]
    assert len(changed.calls) == 4


async def test_the_secret_is_nowhere_in_the_workspace_files_or_logs(
    accounts, workspace, runner, workspace_dir, sandbox, caplog
):
    caplog.set_level(logging.DEBUG)
    account = await accounts.add("Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
    await accounts.select(account.id)
    assert (
        await accounts.test_connection(sandbox.base_url, sandbox.login, None, account_id=account.id) is None
    )
    async with accounts.client() as client:
        await client.categories.list()
    draft = await workspace.create_draft(DraftKind.EMAILS, {})
    await workspace.save_payload(draft.local_id, {"internal_name": "Spring"})
    secret = sandbox.secret.encode()
    assert secret not in _workspace_bytes(workspace_dir)
    assert sandbox.secret not in caplog.text
    await runner.close()  # checkpointed into the main file: still not there
    assert secret not in _workspace_bytes(workspace_dir)
    assert keyring_secret(runner, account.id) == sandbox.secret


async def test_inputs_are_checked_before_anything_is_saved(accounts):
    with pytest.raises(AccountInputError) as caught:
        await accounts.add("", "esp.example.com/api/v1/", "a:b", "")
    assert set(caught.value.fields) == {"name", "base_url", "login", "secret"}
    assert "https://esp.example.com/api/v1/" in caught.value.fields["base_url"]  # the fix, spelled out
    with pytest.raises(AccountInputError) as caught:
        await accounts.add("Plain", "http://esp.example.com/api/v1/", "me", "x")
    assert "unencrypted" in caught.value.fields["base_url"]
    assert [a.name for a in await accounts.list_accounts()] == ["Demo (built-in sandbox)"]
    # plain http to this computer is fine (the sandbox)
    assert accounts.url_problem("http://127.0.0.1:8000/api/v1/") is None
    assert accounts.url_problem("http://localhost:8000/api/v1/") is None
    assert accounts.url_problem("ftp://esp.example.com/") is not None
    assert accounts.url_problem("https://") is not None
    assert accounts.url_problem("https://me:pw@esp.example.com/api/v1/") is not None


async def test_select_is_remembered_and_restored(accounts, make_accounts, workspace, runner):
    current = Recorder(accounts.current_changed)
    outbox = Recorder(workspace.outbox_changed)
    first = await accounts.add("First", "https://a.example.com/api/v1/", "a", "sa")
    second = await accounts.add("Second", "https://b.example.com/api/v1/", "b", "sb")
    assert await accounts.select(second.id) == second
    assert accounts.current == second and workspace.account_id == second.id
    assert current.values == [second] and outbox.values == [0]
    assert await runner.call(lambda ws: ws.settings.get(LAST_ACCOUNT_KEY)) == second.id

    later = make_accounts()  # the next run
    assert (await later.restore_last()) == second
    # removing the current account leaves none selected, and the next start takes the first
    await later.remove(second.id)
    assert later.current is None and workspace.account_id is None
    restored = await make_accounts().restore_last()
    assert restored is not None and restored.is_demo
    assert first.id != restored.id


async def test_without_a_keyring_the_secret_lives_for_this_run_only(make_accounts, sandbox):
    accounts = make_accounts(fail.Keyring())
    assert not accounts.secrets_persistent
    assert "next time" in accounts.secrets_reason
    account = await accounts.add("Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
    assert accounts.has_secret(account)
    asked = Recorder(accounts.secret_needed)
    await accounts.select(account.id)
    assert asked.calls == []  # typed in this run: not asked again
    async with accounts.client() as client:
        await client.check_connection()

    next_run = make_accounts(fail.Keyring())
    asked = Recorder(next_run.secret_needed)
    selected = await next_run.select(account.id)
    assert not next_run.has_secret(selected)
    assert asked.values == [selected]
    with pytest.raises(MissingSecretError, match="Sandbox"):
        next_run.client()
    assert len(asked.calls) == 2
    current = Recorder(next_run.current_changed)
    next_run.provide_secret(account.id, sandbox.secret)
    assert current.values == [selected]  # the current account is usable now: sync restarts on this
    async with next_run.client() as client:
        await client.check_connection()


async def test_a_keyring_that_fails_at_write_time_falls_back_to_memory(make_accounts):
    from tests.support.memory_keyring import LockedKeyring

    accounts = make_accounts(LockedKeyring())
    account = await accounts.add("Locked", "https://esp.example.com/api/v1/", "me", "pw")
    assert accounts.has_secret(account)
    assert not accounts.secrets_persistent and "keyring" in accounts.secrets_reason


async def test_the_demo_account_is_bound_to_the_running_sandbox(accounts, runner, sandbox):
    demo = (await accounts.list_accounts())[0]
    assert demo.is_demo
    with pytest.raises(DemoNotReadyError):
        accounts.client(demo)
    changed = Recorder(accounts.accounts_changed)
    await accounts.select(demo.id)
    current = Recorder(accounts.current_changed)
    accounts.bind_demo(sandbox.base_url, sandbox.secret)
    assert changed.calls and current.values[-1].base_url == sandbox.base_url
    assert accounts.has_secret(demo)
    async with accounts.client() as client:
        await client.check_connection()
    listed = await accounts.list_accounts()
    assert listed[0].base_url == sandbox.base_url
    stored = await runner.call(lambda ws: ws.accounts.demo())
    assert stored is not None and stored.base_url == sandbox.base_url  # saved for the lists
    assert keyring_secret(runner, demo.id) is None  # the made-up secret never goes to the keyring
    accounts.provide_secret(demo.id, "typed")
    assert keyring_secret(runner, demo.id) is None
    with pytest.raises(AccountError, match="demo"):
        await accounts.edit(demo.id, name="Mine", base_url=sandbox.base_url, login="demo")


async def test_the_demo_account_can_be_removed_on_purpose(accounts):
    demo = (await accounts.list_accounts())[0]
    await accounts.select(demo.id)
    assert await accounts.draft_count(demo.id) == 0
    await accounts.remove(demo.id)
    assert await accounts.list_accounts() == []
    assert accounts.current is None
    assert await accounts.restore_last() is None


async def test_no_account_selected_is_a_clear_error(accounts):
    with pytest.raises(AccountError, match="No account is selected"):
        accounts.client()


async def test_a_secret_store_namespace_keeps_workspaces_apart(runner):
    one = SecretStore(namespace=runner.workspace_id)
    other = SecretStore(namespace="another-workspace")
    one.set(1, "mine")
    assert other.get(1) is None
    one.delete(1)


async def test_removing_an_account_deletes_its_drafts(accounts, workspace):
    account = await accounts.add("Gone", "https://esp.example.com/api/v1/", "me", "pw")
    await accounts.select(account.id)
    await workspace.create_draft(DraftKind.EMAILS, {"internal_name": "One"})
    await workspace.create_draft(DraftKind.CATEGORIES, {"title": "Two"})
    assert await accounts.draft_count(account.id) == 2
    await accounts.remove(account.id)
    assert await accounts.draft_count(account.id) == 0
