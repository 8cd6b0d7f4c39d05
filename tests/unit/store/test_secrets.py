"""Secrets: the keyring when there is one, honest memory-only fallback when not, never on disk."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from app.store.secrets import SecretStore
from app.store.workspace import Workspace
from tests.support.memory_keyring import LockedKeyring, MemoryKeyring

from .conftest import REPO

SECRET = "s3cr3t-Пароль-4f9a1c77"


def test_the_test_run_uses_the_in_memory_keyring() -> None:
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    store = SecretStore(namespace="ws-test-default")
    assert store.persistent and store.reason == ""
    store.set(1, SECRET)
    assert keyring.get_password("campaign-studio", "ws-test-default:1") == SECRET
    store.delete(1)


def test_get_set_delete_per_account_and_workspace() -> None:
    backend = MemoryKeyring()
    first, second = SecretStore(backend, namespace="ws-a"), SecretStore(backend, namespace="ws-b")
    assert first.get(1) is None
    first.set(1, SECRET)
    first.set(2, "other")
    assert (first.get(1), first.get(2), second.get(1)) == (SECRET, "other", None)
    assert SecretStore(backend, namespace="ws-a").get(1) == SECRET  # a later run finds it
    first.delete(1)
    first.delete(1)  # deleting what is not there is fine
    assert first.get(1) is None and first.get(2) == "other"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_usable_keyring_falls_back_to_memory_for_this_run(
    backend: keyring.backend.KeyringBackend, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore(backend, namespace="ws")
    assert not store.persistent
    assert "asked again next time" in store.reason
    store.set(1, SECRET)
    assert store.get(1) == SECRET
    store.delete(1)
    assert store.get(1) is None
    store.set(1, SECRET)
    assert SECRET not in caplog.text and SECRET not in repr(store)
    assert SecretStore(backend, namespace="ws").get(1) is None  # memory only: gone next run


def test_a_keyring_failing_on_use_falls_back(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore(LockedKeyring(), namespace="ws")
    assert store.persistent  # nothing known to be wrong until it is used
    store.set(3, SECRET)
    assert not store.persistent and "KeyringLocked" in store.reason
    assert store.get(3) == SECRET
    assert SECRET not in caplog.text


def test_with_no_keyring_configured_the_app_is_told(tmp_path: Path) -> None:
    code = (
        "from app.store.secrets import SecretStore\n"
        "s = SecretStore()\n"
        "s.set(1, 'x')\n"
        "print(s.persistent, s.get(1), s.reason)\n"
    )
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("False x No usable system keyring")


@pytest.mark.parametrize("backend", [MemoryKeyring, fail.Keyring], ids=["keyring", "memory-only"])
def test_the_secret_never_reaches_the_workspace_files(tmp_path: Path, backend: type) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder) as ws:
        secrets = SecretStore(backend(), namespace=ws.id)
        account = ws.accounts.add("Shop", "https://esp.example.com/api/v1", "anna")
        secrets.set(account.id, SECRET)
        ws.settings.set("last_account", account.id)
        for n in range(50):
            draft = ws.drafts.create_draft(account.id, "emails", {"internal_name": f"E{n}"})
            ws.drafts.save_payload(draft.local_id, {"internal_name": f"E{n}", "subject_en": "hi"})
            ws.outbox.enqueue(draft.local_id)
            ws.drafts.mark_published(draft.local_id, n + 1, {"id": n + 1, "internal_name": f"E{n}"})
        assert secrets.get(account.id) == SECRET
        files = [p for p in folder.iterdir() if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files)  # the WAL is checked while it holds data
        _assert_absent(files)
    _assert_absent([p for p in folder.iterdir() if p.is_file()])


def _assert_absent(files: list[Path]) -> None:
    needles = [SECRET.encode(), SECRET.encode("utf-16-le"), SECRET.encode("utf-16-be")]
    for path in files:
        data = path.read_bytes()
        assert not any(needle in data for needle in needles), path.name
