"""The import wizard: file → columns → check → upload → summary (QWizard, as in Qt's License
Wizard example: a page per step, ``registerField`` for what the last pages read, the
checks in ``isComplete``/``validatePage``).

Nothing here waits on the file or the server: every step runs in :class:`ImportService`
on the event loop. The wizard is not modal; closing it while profiles are being sent asks
first, and a confirmed close stops after the batches in flight (resumable later).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app.ui.audience.import_wizard.file_page import FilePage
from app.ui.audience.import_wizard.mapping_page import MappingPage
from app.ui.audience.import_wizard.report_page import ReportPage
from app.ui.audience.import_wizard.state import FILE, MAPPING, REPORT, SUMMARY, UPLOAD, WizardState
from app.ui.audience.import_wizard.summary_page import SummaryPage
from app.ui.audience.import_wizard.upload_page import UploadPage

if TYPE_CHECKING:
    from app.services.import_service import ImportService
    from app.services.tasks import TaskRunner


class ImportWizard(QWizard):
    def __init__(
        self,
        service: ImportService,
        tasks: TaskRunner,
        *,
        account_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(
            self.tr("Import profiles into {0}").format(account_name)
            if account_name
            else self.tr("Import profiles")
        )
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.service = service
        self.state = WizardState()
        self.file_page = FilePage(service, tasks, self.state)
        self.mapping_page = MappingPage(service, tasks, self.state)
        self.report_page = ReportPage(service, tasks, self.state)
        self.upload_page = UploadPage(service, tasks, self.state)
        self.summary_page = SummaryPage(service, self.state)
        for number, page in (
            (FILE, self.file_page),
            (MAPPING, self.mapping_page),
            (REPORT, self.report_page),
            (UPLOAD, self.upload_page),
            (SUMMARY, self.summary_page),
        ):
            self.setPage(number, page)
        self.setStartId(FILE)
        self.summary_page.resume_requested.connect(self.resume_from_summary)
        self._asking: QMessageBox | None = None
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 62, self.fontMetrics().height() * 38)

    @property
    def importing(self) -> bool:
        return self.upload_page.running

    def resume_from_summary(self) -> None:
        """Back to the upload, going on with the stopped import."""
        self.state.resume = True
        self.back()
        self.upload_page.start()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: while sending, ask first."""
        if self.upload_page.running:
            if self.upload_page.close_when_done:
                return  # already stopping to close
            self._ask_to_stop()
            return
        self.report_page.stop()
        super().reject()

    def _ask_to_stop(self) -> None:
        if self._asking is not None and self._asking.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the import?"),
            self.tr(
                "Profiles are still being sent. Stop the import and close? The server first answers the "
                "batches already sent; you can resume the import later from where it stopped."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        stop = box.addButton(self.tr("Stop and close"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep importing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            if box.clickedButton() is stop and self.upload_page.running:
                self.upload_page.close_when_done = True
                self.upload_page.stop()

        box.finished.connect(lambda _result: answered())
        box.open()
        self._asking = box
