"""Asking for a secret when there is no keyring: once per account, said plainly, kept in memory."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.account import Account
from app.services.accounts_service import AccountService, MissingSecretError
from app.services.store_access import WorkspaceRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from app.ui.secret_prompt import SecretPrompt, SecretPrompter

ACCOUNT = Account(7, "Newsletter", "https://esp.example.com/api/v1/", "editor", False, 0.0, 0.0)


@pytest.fixture(autouse=True)
def collected() -> Iterator[None]:
    yield
    gc.collect()  # this test's widgets go on this thread, not later on a worker thread


def test_the_prompt_explains_there_is_no_keyring_and_hands_over_the_secret(qtbot):
    prompt = SecretPrompt(ACCOUNT, persistent=False)
    qtbot.addWidget(prompt)
    prompt.show()
    assert "Newsletter" in prompt.findChild(type(prompt.explanation), "heading").text()
    assert prompt.explanation.text().startswith(
        "No system keyring was found: your secret is kept only until you close the app"
    )
    assert "editor" in prompt.findChild(type(prompt.explanation), "where").text()
    assert not prompt.ok_button.isEnabled()  # nothing typed yet
    assert prompt.field.edit.echoMode() == QLineEdit.EchoMode.Password

    qtbot.keyClicks(prompt.field.edit, "top-secret")
    qtbot.mouseClick(prompt.field.toggle, Qt.MouseButton.LeftButton)
    assert prompt.field.edit.echoMode() == QLineEdit.EchoMode.Normal and prompt.field.toggle.text() == "Hide"
    with qtbot.waitSignal(prompt.provided) as provided:
        qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    assert provided.args == [7, "top-secret"]
    assert prompt.field.text() == ""  # the widget lets go of it
    assert not prompt.isVisible()


def test_with_a_keyring_the_prompt_says_it_will_be_saved_there(qtbot):
    prompt = SecretPrompt(ACCOUNT, persistent=True)
    qtbot.addWidget(prompt)
    assert "saved there again" in prompt.explanation.text()


def test_not_now_hands_nothing_over(qtbot):
    prompt = SecretPrompt(ACCOUNT, persistent=False)
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.keyClicks(prompt.field.edit, "half-typed")
    with qtbot.assertNotEmitted(prompt.provided):
        qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert not prompt.isVisible()


@pytest.fixture
def workspace(qloop, tmp_path) -> Iterator[WorkspaceService]:
    runner = qloop.run(WorkspaceRunner.open(tmp_path / "ws"))
    yield WorkspaceService(runner)
    qloop.run(runner.close())


def no_keyring(workspace: WorkspaceService) -> AccountService:
    """An account service of one run of the app on a desktop without a keyring."""
    return AccountService(workspace, SecretStore(fail.Keyring(), namespace=workspace.runner.workspace_id))


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise windows
def test_the_prompter_asks_once_per_account_and_the_secret_then_works(qtbot, qloop, workspace, sandbox):
    account = qloop.run(no_keyring(workspace).add("Sandbox", sandbox.base_url, sandbox.login, sandbox.secret))
    window = QWidget()
    qtbot.addWidget(window)
    next_run = no_keyring(workspace)  # the secret typed in the first run is gone
    prompter = SecretPrompter(next_run, window)
    qloop.run(next_run.select(account.id))  # asks at once
    [prompt] = prompter.open_prompts
    assert prompt.isVisible() and prompt.account.id == account.id
    with pytest.raises(MissingSecretError):
        next_run.client()  # asked again: the same prompt, not a second one
    assert prompter.open_prompts == [prompt]

    with qtbot.waitSignal(next_run.secret_provided) as provided:
        qtbot.keyClicks(prompt.field.edit, sandbox.secret)
        qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    assert provided.args == [account.id]
    assert next_run.has_secret(account) and prompter.open_prompts == []

    async def check() -> None:
        async with next_run.client() as client:
            await client.check_connection()

    qloop.run(check())


def test_the_secret_of_the_prompt_never_reaches_the_workspace(qtbot, qloop, workspace):
    accounts = no_keyring(workspace)
    account = qloop.run(accounts.add("Shop", "https://shop.example.com/api/v1/", "me", "first-typed-9931"))
    prompt = SecretPrompt(account, persistent=False)
    qtbot.addWidget(prompt)
    prompt.provided.connect(accounts.provide_secret)
    prompt.show()
    qtbot.keyClicks(prompt.field.edit, "prompted-secret-5512")
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    assert accounts.has_secret(account)
    # A write would be in the WAL file at once; nothing of the secret is in any file.
    files = b"".join(p.read_bytes() for p in workspace.runner.directory.iterdir() if p.is_file())
    assert b"prompted-secret-5512" not in files and b"first-typed-9931" not in files
