"""A workspace that cannot be opened: a clear message per case, the file untouched, a way out."""

from __future__ import annotations

import gc
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from app.services.store_access import WorkspaceRunner
from app.store.errors import (
    NotAWorkspaceError,
    WorkspaceCorruptError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceTooNewError,
    WorkspaceUnavailableError,
)
from app.store.migrations import LATEST_VERSION
from app.store.workspace import Workspace
from app.ui.workspace_problem import ProblemAction, WorkspaceProblemDialog

DATABASE = "workspace.sqlite3"


@pytest.fixture(autouse=True)
def collected() -> Iterator[None]:
    yield
    gc.collect()  # this test's widgets go on this thread, not later on a worker thread


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_drafts(folder: Path) -> None:
    with Workspace.open(folder) as ws:
        account = ws.accounts.add("A", "https://a.example/api/v1", "me")
        for n in range(300):
            ws.drafts.create_draft(account.id, "emails", {"internal_name": f"Email {n}", "body": "x" * 200})


def not_a_database(folder: Path) -> None:
    folder.mkdir()
    (folder / DATABASE).write_bytes(b"My shopping list\n" * 500)


def damaged(folder: Path) -> None:
    _with_drafts(folder)
    data = bytearray((folder / DATABASE).read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(3, len(data) // page_size - 1, 3):  # scribble over b-tree pages, keep the header
        start = page * page_size + 8
        data[start : start + 64] = b"\xa5" * 64
    (folder / DATABASE).write_bytes(bytes(data))


def newer(folder: Path) -> None:
    Workspace.open(folder).close()
    conn = sqlite3.connect(folder / DATABASE)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()


CASES: dict[str, tuple[Callable[[Path], None], type[WorkspaceError], str, str]] = {
    "not a database": (
        not_a_database,
        NotAWorkspaceError,
        "This is not a Campaign Studio workspace",
        "database",
    ),
    "damaged": (damaged, WorkspaceCorruptError, "The workspace file is damaged", "Keep a copy"),
    "newer": (
        newer,
        WorkspaceTooNewError,
        "saved by a newer Campaign Studio",
        f"format {LATEST_VERSION + 5}",
    ),
}


def open_error(qloop, folder: Path) -> WorkspaceError:
    with pytest.raises(WorkspaceError) as caught:
        qloop.run(WorkspaceRunner.open(folder))
    return caught.value


@pytest.fixture
def show(qtbot) -> Callable[[WorkspaceError], WorkspaceProblemDialog]:
    def make(error: WorkspaceError) -> WorkspaceProblemDialog:
        dialog = WorkspaceProblemDialog(error)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.mark.parametrize("case", list(CASES))
def test_an_unusable_file_is_explained_and_left_untouched(case, qloop, tmp_path, show):
    make, error_type, headline, detail = CASES[case]
    folder = tmp_path / "ws"
    make(folder)
    before = sha256(folder / DATABASE)
    error = open_error(qloop, folder)
    assert type(error) is error_type
    dialog = show(error)
    assert headline in dialog.headline.text()
    assert detail in dialog.body.text()
    assert "left untouched" in dialog.untouched.text()
    assert str(folder / DATABASE) in dialog.location.text()  # where it is
    assert dialog.choose_button.isVisible() and dialog.quit_button.isVisible()
    assert not dialog.retry_button.isVisible()  # trying again would give the same answer
    assert sha256(folder / DATABASE) == before
    assert not (folder / f"{DATABASE}-wal").exists()


def test_a_workspace_open_elsewhere_offers_to_try_again(qtbot, qloop, tmp_path, show):
    folder = tmp_path / "ws"
    _with_drafts(folder)
    before = sha256(folder / DATABASE)
    held = Workspace.open(folder)  # the other window
    try:
        error = open_error(qloop, folder)
        assert isinstance(error, WorkspaceLockedError)
        dialog = show(error)
        assert "already open in another window" in dialog.headline.text()
        assert "Try again" in dialog.body.text() and "Nothing was changed" in dialog.untouched.text()
        assert str(folder) in dialog.location.text()
        assert dialog.retry_button.isVisible() and dialog.retry_button.isDefault()
    finally:
        held.close()
    assert sha256(folder / DATABASE) == before
    with qtbot.waitSignal(dialog.decided) as decided:
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert decided.args == ["retry", ""]
    runner = qloop.run(WorkspaceRunner.open(folder))  # the other window closed: it opens now
    qloop.run(runner.close())


def test_a_folder_that_cannot_be_used_is_explained(qtbot, qloop, tmp_path, show):
    taken = tmp_path / "taken"
    taken.write_text("a file where the folder should be")
    error = open_error(qloop, taken)
    assert isinstance(error, WorkspaceUnavailableError)
    dialog = show(error)
    assert "cannot be used" in dialog.headline.text()
    assert "allowed to write" in dialog.body.text()
    assert dialog.retry_button.isVisible()
    assert taken.read_text() == "a file where the folder should be"


@pytest.fixture
def unusable(qloop, tmp_path) -> Iterator[WorkspaceError]:
    folder = tmp_path / "ws"
    not_a_database(folder)
    yield open_error(qloop, folder)


def test_choose_another_folder_hands_the_folder_to_the_shell(qtbot, tmp_path, show, unusable):
    dialog = show(unusable)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.Directory
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    with qtbot.waitSignal(dialog.decided) as decided:
        chooser.fileSelected.emit(str(fresh))
    assert decided.args == ["folder", str(fresh)]
    assert not dialog.isVisible()


def test_choosing_the_same_folder_again_is_refused_with_a_hint(qtbot, show, unusable):
    dialog = show(unusable)
    with qtbot.assertNotEmitted(dialog.decided):
        dialog.choose_folder()
        assert dialog.file_dialog is not None
        dialog.file_dialog.fileSelected.emit(str(unusable.path.parent))
    assert dialog.hint.isVisible() and "different one" in dialog.hint.text()
    assert dialog.isVisible()


def test_quit_and_escape_both_mean_quit(qtbot, show, unusable):
    dialog = show(unusable)
    with qtbot.waitSignal(dialog.decided) as decided:
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert decided.args == ["quit", ""]
    other = show(unusable)
    with qtbot.waitSignal(other.decided) as decided:
        qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert decided.args == ["quit", ""]


def test_ask_waits_for_the_choice_without_a_nested_loop(qtbot, qapp, qloop, unusable):
    dialog = WorkspaceProblemDialog(unusable)
    qtbot.addWidget(dialog)

    async def scenario() -> tuple[ProblemAction, str]:
        QTimer.singleShot(50, lambda: qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton))
        QTimer.singleShot(
            80, lambda: dialog.file_dialog and dialog.file_dialog.fileSelected.emit("/srv/elsewhere")
        )
        return await dialog.ask()

    # Shown before the main window, its closing must not quit the app (the shell sees to it too).
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert qloop.run(scenario()) == (ProblemAction.FOLDER, "/srv/elsewhere")
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
