"""The accounts dialog driven like a user: typing, Test connection, saving, removing."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.kinds import DraftKind
from app.services.accounts_service import AccountService
from app.services.store_access import WorkspaceRunner
from app.services.tasks import TaskRunner
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from app.ui.accounts_dialog import AccountsDialog


@dataclass
class Setup:
    runner: WorkspaceRunner
    workspace: WorkspaceService
    accounts: AccountService
    tasks: TaskRunner


_RUNNERS: list[TaskRunner] = []  # the task runners of this test


async def settle(condition: Callable[[], object], within: float = 10.0) -> None:
    """Until ``condition()`` holds and the dialog's tasks are done."""
    deadline = time.monotonic() + within
    while not (condition() and idle()):
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def until(qloop, condition: Callable[[], object], within: float = 10.0) -> None:
    """Run the loop (Qt events and tasks) until ``condition()`` holds and no task is left:
    qasync's run_until_complete processes events once more after stopping, outside the
    loop, and a task stepped there fails."""
    qloop.run(settle(condition, within))


def open_setup(qloop, folder: Path, backend=None) -> Setup:
    runner = qloop.run(WorkspaceRunner.open(folder))
    workspace = WorkspaceService(runner)
    accounts = AccountService(workspace, SecretStore(backend, namespace=runner.workspace_id))
    tasks = TaskRunner()
    _RUNNERS.append(tasks)
    return Setup(runner, workspace, accounts, tasks)


@pytest.fixture
def setup(qloop, tmp_path) -> Iterator[Setup]:
    made = open_setup(qloop, tmp_path / "ws")
    failures: list[object] = []
    made.tasks.failed.connect(lambda name, error: failures.append((name, error)))
    yield made
    _RUNNERS.clear()
    qloop.run(made.tasks.shutdown())
    qloop.run(made.runner.close())
    # Widgets of this test still referenced from cyclic garbage (frames, tasks) go now, on this
    # thread: collected later on a worker thread, Qt would destroy them there.
    gc.collect()
    assert failures == []  # no task of the dialog failed unexpectedly


@pytest.fixture
def dialog(qtbot, qapp, qloop, setup) -> Iterator[AccountsDialog]:
    # Closing the dialog must not quit the application (and stop the loop) as the last window.
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    shown = AccountsDialog(setup.accounts, setup.tasks)
    qtbot.addWidget(shown)
    shown.show()
    until(qloop, lambda: shown.account_list.count() > 0)
    yield shown
    qapp.setQuitOnLastWindowClosed(quits)


def names(dialog: AccountsDialog) -> list[str]:
    return [dialog.account_list.item(row).text() for row in range(dialog.account_list.count())]


def type_account(qtbot, dialog: AccountsDialog, name: str, url: str, login: str, secret: str) -> None:
    form = dialog.form
    for edit, text in ((form.name_edit, name), (form.url_edit, url), (form.login_edit, login)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    form.secret_field.edit.clear()
    qtbot.keyClicks(form.secret_field.edit, secret)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def idle() -> bool:
    return all(runner.active == 0 for runner in _RUNNERS)


def act(qloop, action: Callable[[], object]) -> None:
    """Do ``action`` from inside the running loop, where the app handles every click, and
    wait there for the tasks it started."""

    async def run() -> None:
        action()
        await settle(lambda: True)

    qloop.run(run())


def test_a_new_account_is_tested_then_saved(qtbot, qloop, setup, dialog, sandbox):
    assert names(dialog) == ["Demo (built-in sandbox)"]
    click(qtbot, dialog.add_button)
    assert dialog.form.heading.text() == "New account"
    type_account(qtbot, dialog, "Sandbox", sandbox.base_url, sandbox.login, "wrong-secret")

    busy: list[bool] = []

    def test_connection() -> None:
        click(qtbot, dialog.form.test_button)
        busy.append(dialog.form.busy.isVisible() and not dialog.form.test_button.isEnabled())

    act(qloop, test_connection)
    assert busy == [True]  # the busy indicator while the test runs
    until(qloop, lambda: "✖" in dialog.form.verdict_text())
    assert "The login or the secret is wrong." in dialog.form.verdict_text()
    assert "enter them again" in dialog.form.verdict_text()  # what to do next
    assert not dialog.form.busy.isVisible()

    dialog.form.secret_field.edit.clear()  # an edit clears the verdict about the old values
    assert dialog.form.verdict_text() == ""
    qtbot.keyClicks(dialog.form.secret_field.edit, sandbox.secret)
    act(qloop, lambda: click(qtbot, dialog.form.test_button))
    until(qloop, lambda: "Connected" in dialog.form.verdict_text())

    assert dialog.save_button.text() == "Add account"
    act(qloop, lambda: click(qtbot, dialog.save_button))
    until(qloop, lambda: "Sandbox" in names(dialog))
    until(qloop, lambda: dialog.status.text() == "Saved.")
    assert dialog.form.heading.text() == "Sandbox"
    assert dialog.account_list.currentItem().text() == "Sandbox"
    [saved] = [a for a in qloop.run(setup.accounts.list_accounts()) if a.name == "Sandbox"]
    stored = keyring.get_keyring().get_password("campaign-studio", f"{setup.runner.workspace_id}:{saved.id}")
    assert stored == sandbox.secret
    assert dialog.form.secret_field.text() == ""  # not kept in the form once saved


def test_bad_input_is_explained_beside_the_fields_and_nothing_is_saved(qtbot, qloop, dialog):
    click(qtbot, dialog.add_button)
    type_account(qtbot, dialog, "Shop", "http://shop.example.com/api/v1/", "a:b", "")
    act(qloop, lambda: click(qtbot, dialog.save_button))
    errors = dialog.form.errors
    assert "unencrypted" in errors["base_url"].text() and errors["base_url"].isVisible()
    assert "colon" in errors["login"].text()
    assert errors["secret"].isVisible() and not errors["name"].isVisible()
    assert dialog.form.url_edit.hasFocus() or not dialog.isActiveWindow()
    until(qloop, lambda: True)
    assert names(dialog) == ["Demo (built-in sandbox)"]

    act(
        qloop, lambda: click(qtbot, dialog.form.test_button)
    )  # Test connection explains it too, without sending anything
    until(qloop, lambda: "✖" in dialog.form.verdict_text())
    assert "https://" in dialog.form.verdict_text()


def test_editing_keeps_the_stored_secret_and_saves_the_rest(qtbot, qloop, setup, dialog):
    account = qloop.run(setup.accounts.add("Shop", "https://shop.example.com/api/v1/", "me", "kept"))
    until(qloop, lambda: "Shop" in names(dialog))  # the open dialog follows changes made elsewhere
    dialog.account_list.setCurrentRow(names(dialog).index("Shop"))
    assert dialog.form.heading.text() == "Shop"
    assert dialog.form.secret_field.edit.placeholderText() == "Unchanged"
    assert not dialog.save_button.isEnabled()  # nothing to save yet
    qtbot.keyClicks(dialog.form.name_edit, " EU")
    assert dialog.save_button.isEnabled() and dialog.save_button.text() == "Save"
    act(qloop, lambda: click(qtbot, dialog.save_button))
    until(qloop, lambda: "Shop EU" in names(dialog))
    assert setup.accounts.client(qloop.run(setup.accounts.get(account.id))) is not None
    assert SecretStore(namespace=setup.runner.workspace_id).get(account.id) == "kept"


def test_the_demo_account_is_read_only_and_explained(qtbot, qloop, setup, dialog, sandbox):
    act(qloop, lambda: setup.accounts.bind_demo(sandbox.base_url, sandbox.secret))  # the demo server is up
    until(qloop, lambda: dialog.form.url_edit.text() == sandbox.base_url)
    form = dialog.form
    assert form.name_edit.isReadOnly() and form.url_edit.isReadOnly() and form.login_edit.isReadOnly()
    assert form.secret_field.edit.isReadOnly()
    assert "built-in sandbox" in form.explanation.text() and "cannot be edited" in form.explanation.text()
    assert not dialog.save_button.isEnabled() and dialog.remove_button.isEnabled()
    act(qloop, lambda: click(qtbot, form.test_button))
    until(qloop, lambda: "Connected" in form.verdict_text())


def test_without_a_keyring_the_dialog_says_so_plainly(qtbot, qloop, tmp_path):
    made = open_setup(qloop, tmp_path / "nokeyring", fail.Keyring())
    shown = AccountsDialog(made.accounts, made.tasks)
    qtbot.addWidget(shown)
    shown.show()
    until(qloop, lambda: shown.account_list.count() > 0)
    assert shown.keyring_notice.isVisible()
    assert shown.keyring_notice.text().startswith(
        "No system keyring was found: your secret is kept only until you close the app"
    )
    click(qtbot, shown.add_button)
    assert "until you close the app" in shown.form.secret_hint.text()
    qloop.run(made.runner.close())


def test_the_keyring_notice_is_hidden_when_there_is_one(qtbot, dialog):
    assert not dialog.keyring_notice.isVisible()
    click(qtbot, dialog.add_button)
    assert dialog.form.secret_hint.text() == "Saved in the system keyring, never in the workspace."


def test_removing_asks_first_and_names_what_goes(qtbot, qloop, setup, dialog):
    account = qloop.run(setup.accounts.add("Old project", "https://old.example.com/api/v1/", "me", "pw"))
    qloop.run(setup.accounts.select(account.id))
    qloop.run(setup.workspace.create_draft(DraftKind.EMAILS, {"internal_name": "Spring"}))
    until(qloop, lambda: "Old project (in use)" in names(dialog))
    dialog.account_list.setCurrentRow(names(dialog).index("Old project (in use)"))

    act(qloop, lambda: click(qtbot, dialog.remove_button))
    until(qloop, lambda: dialog.question is not None and dialog.question.isVisible())
    box = dialog.question
    assert box is not None
    assert "Old project" in box.text() and "draft in this workspace is deleted" in box.informativeText()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    until(qloop, lambda: not box.isVisible())
    assert "Old project (in use)" in names(dialog)

    act(qloop, lambda: click(qtbot, dialog.remove_button))
    until(qloop, lambda: dialog.question is not box and dialog.question.isVisible())
    remove = next(b for b in dialog.question.buttons() if b.text() == "Remove")
    act(qloop, lambda: click(qtbot, remove))
    until(qloop, lambda: names(dialog) == ["Demo (built-in sandbox)"])
    assert setup.accounts.current is None
    until(qloop, lambda: dialog.status.text() == "Account removed.")


def test_removing_the_demo_account_warns_it_does_not_come_back(qtbot, qloop, dialog):
    act(qloop, lambda: click(qtbot, dialog.remove_button))
    until(qloop, lambda: dialog.question is not None and dialog.question.isVisible())
    assert "does not come back" in dialog.question.informativeText()
    assert dialog.question.defaultButton() is dialog.question.button(QMessageBox.StandardButton.Cancel)


def test_leaving_unsaved_changes_asks_first(qtbot, qloop, setup, dialog):
    qloop.run(setup.accounts.add("Second", "https://b.example.com/api/v1/", "me", "pw"))
    until(qloop, lambda: "Second" in names(dialog))
    dialog.account_list.setCurrentRow(names(dialog).index("Second"))
    assert dialog.form.heading.text() == "Second"
    qtbot.keyClicks(dialog.form.login_edit, "-typo")

    dialog.account_list.setCurrentRow(0)  # to the demo account
    box = dialog.question
    assert box is not None and box.isVisible() and "Second" in box.text()
    assert dialog.form.heading.text() == "Second"  # still here until answered
    assert dialog.account_list.currentItem().text() == "Second"
    click(qtbot, box.button(QMessageBox.StandardButton.Discard))
    assert dialog.form.heading.text() == "Demo (built-in sandbox)"

    dialog.account_list.setCurrentRow(names(dialog).index("Second"))
    assert dialog.form.login_edit.text() == "me"  # the typo was discarded
    qtbot.keyClicks(dialog.form.login_edit, "2")
    dialog.close()  # closing asks too
    assert dialog.isVisible() and dialog.question.isVisible()
    act(qloop, lambda: click(qtbot, dialog.question.button(QMessageBox.StandardButton.Save)))
    until(qloop, lambda: not dialog.isVisible())
    [second] = [a for a in qloop.run(setup.accounts.list_accounts()) if a.name == "Second"]
    assert second.login == "me2"


def test_use_this_account_makes_it_current(qtbot, qloop, setup, dialog):
    qloop.run(setup.accounts.add("Second", "https://b.example.com/api/v1/", "me", "pw"))
    until(qloop, lambda: "Second" in names(dialog))
    dialog.account_list.setCurrentRow(names(dialog).index("Second"))
    assert dialog.use_button.isEnabled()
    act(qloop, lambda: click(qtbot, dialog.use_button))
    until(qloop, lambda: setup.accounts.current is not None and setup.accounts.current.name == "Second")
    until(qloop, lambda: "Second (in use)" in names(dialog))
    assert not dialog.use_button.isEnabled()
    assert "Now using" in dialog.status.text()
