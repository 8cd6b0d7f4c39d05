"""Step 4: the upload, with a progress bar, rows per second, time left and Stop.

Stop lets the batches already sent be answered (their rows are then known to be in); a
second Stop does not wait for them (a resumed import sends them again). The import goes on
only while this page is shown; when it ends, the wizard moves to the summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.import_service import ImportPhase, ImportProgress, ImportServiceError, ImportSummary
from app.ui.audience.background import run_for
from app.ui.audience.import_wizard import texts
from app.ui.audience.import_wizard.state import WizardState
from app.ui.editors.field_row import HELP_STYLE

if TYPE_CHECKING:
    from app.services.import_service import ImportService
    from app.services.tasks import TaskRunner


class UploadPage(QWizardPage):
    def __init__(
        self, service: ImportService, tasks: TaskRunner, state: WizardState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._state = state
        self._running = False
        self._done = False
        self._stops = 0
        self.close_when_done = False  # the wizard is closing: no summary, just close
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("You can keep working in the app meanwhile."))
        self.setCommitPage(True)  # nothing goes back to the upload once it ended
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Next"))
        self.phase = QLabel()
        self.phase.setObjectName("uploadPhase")
        self.phase.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("uploadProgress")
        self.progress.setRange(0, 1000)
        self.counts = QLabel()
        self.counts.setObjectName("uploadCounts")
        self.counts.setWordWrap(True)
        self.speed = QLabel()
        self.speed.setObjectName("uploadSpeed")
        self.speed.setStyleSheet(HELP_STYLE)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopImport")
        self.stop_note = QLabel()
        self.stop_note.setWordWrap(True)
        self.stop_note.setStyleSheet(HELP_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.stop_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.speed)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.stop_button.clicked.connect(self.stop)
        service.progress.connect(self._on_progress)

    # -- the wizard's questions ------------------------------------------------------------

    def initializePage(self) -> None:
        self.start()

    def isComplete(self) -> bool:
        return self._done

    @property
    def running(self) -> bool:
        return self._running

    # -- the import ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the import (or, for a resumed one, go on with it) as the state says."""
        state = self._state
        state.summary, state.failure = None, ""
        self._running, self._done, self._stops = True, False, 0
        self.completeChanged.emit()
        self.phase.setText(texts.phase_text(ImportPhase.CHECKING))
        self.progress.setValue(0)
        self.counts.clear()
        self.speed.clear()
        self.stop_note.setText(
            self.tr("Stop waits for the server to answer what was already sent; you can resume later.")
        )
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setEnabled(True)
        service = self._service
        assert state.path is not None
        path, concurrency, rejects = state.path, state.concurrency, state.rejects_path
        if state.resume:
            work = lambda: service.resume(path, concurrency=concurrency, rejects_path=rejects)  # noqa: E731
        else:
            plan = state.plan()
            work = lambda: service.run(plan)  # noqa: E731
        run_for(self._tasks, self, work, name="import-upload", on_done=self._finished, on_error=self._failed,
                expected=(ImportServiceError,))  # fmt: skip

    def stop(self) -> None:
        """Stop after the batches in flight; a second call stops without waiting for them."""
        if not self._running:
            return
        self._stops += 1
        if self._stops == 1:
            self._service.cancel()
            self.stop_button.setText(self.tr("Stop now"))
            self.stop_note.setText(
                self.tr(
                    "Waiting for the server to answer the batches already sent. Stop now does not wait: "
                    "those batches are sent again when you resume."
                )
            )
        else:
            self._service.cancel(force=True)
            self.stop_button.setEnabled(False)

    def _on_progress(self, progress: ImportProgress) -> None:
        if not self._running:
            return
        self.phase.setText(texts.phase_text(progress.phase))
        self.progress.setValue(round(progress.fraction * 1000))
        self.counts.setText(
            self.tr("Sent: {0}. Rejected: {1}. Read: {2}.").format(
                texts.count(progress.rows_sent),
                texts.count(progress.rows_rejected),
                texts.count(progress.rows_read),
            )
        )
        if progress.phase is ImportPhase.SENDING and progress.rows_per_second > 0:
            speed = self.tr("{0} rows per second").format(texts.count(round(progress.rows_per_second)))
            if progress.seconds_left is not None:
                speed = self.tr("{0}, {1} left").format(speed, texts.duration_text(progress.seconds_left))
            self.speed.setText(speed)
        elif progress.phase is not ImportPhase.SENDING:
            self.speed.clear()

    def _finished(self, summary: ImportSummary) -> None:
        self._state.summary = summary
        self._end()

    def _failed(self, error: BaseException) -> None:
        self._state.failure = str(error)
        self._end()

    def _end(self) -> None:
        self._running, self._done = False, True
        self.stop_button.setEnabled(False)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is None:
            return
        if self.close_when_done:
            QTimer.singleShot(0, wizard.reject)
        elif wizard.currentPage() is self:
            QTimer.singleShot(0, wizard.next)
