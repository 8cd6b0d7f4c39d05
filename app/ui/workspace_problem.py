"""What to do when the workspace cannot be opened: a message per case, and a way out.

The shell shows it when opening raises a :class:`WorkspaceError` and acts on ``decided``
(``"retry"``, ``"folder"`` with the chosen folder, or ``"quit"``); ``await ask()`` gives the
same answer to a coroutine. The file is never touched here.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.workspace_errors import (
    NotAWorkspaceError,
    WorkspaceCorruptError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceTooNewError,
    WorkspaceUnavailableError,
)
from app.ui.secret_prompt import secondary


class ProblemAction(StrEnum):
    RETRY = "retry"  # open the same folder again (the other window was closed, permissions fixed)
    FOLDER = "folder"  # open the workspace in the chosen folder instead
    QUIT = "quit"


class WorkspaceProblemDialog(QDialog):
    decided = Signal(str, str)  # ProblemAction value, folder ("" unless FOLDER)

    def __init__(self, error: WorkspaceError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.folder = error.path if error.path.is_dir() else error.path.parent
        self._decided = False
        self.setObjectName("workspaceProblem")
        self.setWindowTitle(self.tr("Campaign Studio: the workspace cannot be opened"))
        headline, body = self._texts()
        can_retry = isinstance(error, WorkspaceLockedError | WorkspaceUnavailableError)

        icon = QLabel()
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48, 48))
        self.headline = QLabel(headline)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setMinimumWidth(500)  # the text column's width; the wrapped lines set the height
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.headline.setFont(font)
        self.body = QLabel(body)
        self.body.setObjectName("body")
        self.body.setWordWrap(True)
        self.untouched = QLabel(self._untouched_text())
        self.untouched.setObjectName("untouched")
        self.untouched.setWordWrap(True)
        self.location = QLabel(self.tr("Location: {path}").format(path=error.path))
        self.location.setObjectName("location")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self.tr("Details: {message}").format(message=error))
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        secondary(self.details)  # for support, not for the decision
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()

        text = QVBoxLayout()
        for label in (self.headline, self.body, self.untouched, self.location, self.details, self.hint):
            text.addWidget(label)
        text.addStretch(1)  # extra height goes below the text, not between its lines
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(text, 1)

        self.open_folder_button = self._button(self.tr("Show folder"), "showFolder")
        self.open_folder_button.setEnabled(self.folder.is_dir())
        self.open_folder_button.clicked.connect(self._show_folder)
        self.quit_button = self._button(self.tr("Quit"), "quit")
        self.quit_button.clicked.connect(lambda: self._decide(ProblemAction.QUIT))
        self.choose_button = self._button(self.tr("Choose another folder…"), "chooseFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.retry_button = self._button(self.tr("Try again"), "retry")
        self.retry_button.clicked.connect(lambda: self._decide(ProblemAction.RETRY))
        self.retry_button.setVisible(can_retry)
        (self.retry_button if can_retry else self.choose_button).setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        for button in (self.quit_button, self.choose_button, self.retry_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        # As tall as the wrapped text needs: no gaps between lines, no empty band above the buttons.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.file_dialog: QFileDialog | None = None

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # -- texts -------------------------------------------------------------------------------

    def _texts(self) -> tuple[str, str]:
        error = self.error
        if isinstance(error, WorkspaceLockedError):
            return self.tr("This workspace is already open in another window"), self.tr(
                "Another Campaign Studio window is using this workspace. Two windows writing to the "
                "same drafts could lose work, so this one waits. Switch to the other window, or close "
                "it and click Try again."
            )
        if isinstance(error, WorkspaceTooNewError):
            return self.tr("This workspace was saved by a newer Campaign Studio"), self.tr(
                "It uses format {found}; this version of Campaign Studio reads formats up to "
                "{supported}. Install the newer version to work with it, or choose another folder "
                "to carry on with a separate workspace."
            ).format(found=error.found, supported=error.supported)
        if isinstance(error, WorkspaceCorruptError):
            return self.tr("The workspace file is damaged"), self.tr(
                "Campaign Studio found damage in the workspace file and did not open it. Keep a copy "
                "of the file: the drafts in it may still be recoverable. To carry on, choose another "
                "folder; a new workspace is started there."
            )
        if isinstance(error, NotAWorkspaceError):
            return self.tr("This is not a Campaign Studio workspace"), self.tr(
                "The file “{name}” in this folder is not a Campaign Studio workspace: it is not a "
                "database, or it belongs to another program. Choose another folder for your workspace."
            ).format(name=error.path.name)
        if isinstance(error, WorkspaceUnavailableError):
            return self.tr("The workspace folder cannot be used"), self.tr(
                "Campaign Studio cannot read or write its workspace here. Check that the folder exists, "
                "that you are allowed to write to it and that the disk is not full, then click Try "
                "again; or choose another folder."
            )
        return self.tr("The workspace cannot be opened"), self.tr(
            "Campaign Studio could not open the workspace. Try another folder, or keep a copy of this "
            "one and contact support with the details below."
        )

    def _untouched_text(self) -> str:
        if isinstance(self.error, WorkspaceLockedError | WorkspaceUnavailableError):
            return self.tr("Nothing was changed.")
        return self.tr("The file was left untouched: nothing in it was changed or deleted.")

    # -- actions -----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a folder for the workspace"))
        dialog.setObjectName("chooseWorkspaceFolder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(str(self.folder.parent if self.folder.parent.is_dir() else Path.home()))
        dialog.fileSelected.connect(self._folder_chosen)
        self.file_dialog = dialog
        dialog.open()

    def _folder_chosen(self, path: str) -> None:
        if not path:
            return
        chosen = Path(path)
        if chosen.resolve() == self.folder.resolve() and not isinstance(self.error, WorkspaceLockedError):
            self.hint.setText(self.tr("That is the folder with the problem: choose a different one."))
            self.hint.show()
            return
        self._decide(ProblemAction.FOLDER, str(chosen))

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _decide(self, action: ProblemAction, folder: str = "") -> None:
        if self._decided:
            return
        self._decided = True
        self.decided.emit(action.value, folder)
        if action is ProblemAction.QUIT:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Escape or the window's close button: the app cannot go on
        if not self._decided:
            self._decide(ProblemAction.QUIT)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._decided:
            self._decide(ProblemAction.QUIT)
        super().closeEvent(event)

    async def ask(self) -> tuple[ProblemAction, str]:
        """Open the dialog and wait for the user's choice (no nested event loop)."""
        future: asyncio.Future[tuple[ProblemAction, str]] = asyncio.get_running_loop().create_future()

        def done(action: str, folder: str) -> None:
            if not future.done():
                future.set_result((ProblemAction(action), folder))

        self.decided.connect(done)
        self.open()
        return await future
