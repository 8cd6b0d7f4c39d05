"""Step 5: how the import ended: rows read, sent, rejected, merged, batches; the rejects file;
the fields the server dropped (not declared in the project); Resume for a stopped import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.services.import_service import ImportOutcome, ImportSummary
from app.ui.audience.import_wizard import texts
from app.ui.audience.import_wizard.state import WizardState
from app.ui.audience.plurals import counted
from app.ui.editors.field_row import HELP_STYLE
from app.ui.text_colors import show_plain, show_problem

if TYPE_CHECKING:
    from app.services.import_service import ImportService


class SummaryPage(QWizardPage):
    resume_requested = Signal()

    def __init__(self, service: ImportService, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._state = state
        self.setTitle(self.tr("Summary"))
        self.headline = QLabel()
        self.headline.setObjectName("summaryHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("summaryDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figures = QWidget()
        form = QFormLayout(self.figures)
        form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("rows", self.tr("Rows read")),
            ("sent", self.tr("Rows sent")),
            ("rejected", self.tr("Rows rejected")),
            ("merged", self.tr("Rows merged into another of the same profile")),
            ("batches", self.tr("Batches the server confirmed")),
        ):
            value = QLabel()
            value.setObjectName(f"summary_{key}")
            self.values[key] = value
            form.addRow(label, value)

        self.rejects_text = QLabel()
        self.rejects_text.setObjectName("summaryRejects")
        self.rejects_text.setWordWrap(True)
        self.rejects_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_rejects = QPushButton(self.tr("Open the rejected rows"))
        rejects_row = QHBoxLayout()
        rejects_row.addWidget(self.rejects_text, 1)
        rejects_row.addWidget(self.open_rejects)

        self.dropped = QLabel()
        self.dropped.setObjectName("droppedFields")
        self.dropped.setWordWrap(True)
        self.dropped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resume_button = QPushButton(self.tr("Resume the import"))
        self.resume_button.setObjectName("resumeFromSummary")
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_button)
        resume_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.figures)
        layout.addLayout(rejects_row)
        layout.addWidget(self.dropped)
        layout.addLayout(resume_row)
        layout.addStretch(1)
        self.open_rejects.clicked.connect(self._open_rejects)
        self.resume_button.clicked.connect(self.resume_requested.emit)

    def initializePage(self) -> None:
        summary = self._state.summary
        if summary is None:
            self._show_failure(self._state.failure)
        else:
            self._show(summary)

    def _show_failure(self, message: str) -> None:
        self.headline.setText(self.tr("The import did not start."))
        self.detail.setText(message)
        show_problem(self.detail)
        for widget in (self.figures, self.rejects_text, self.open_rejects, self.dropped, self.resume_button):
            widget.hide()

    def _show(self, summary: ImportSummary) -> None:
        self.figures.show()
        show_plain(self.detail)
        outcome = summary.outcome
        if outcome is ImportOutcome.COMPLETED:
            self.headline.setText(self.tr("The import is complete."))
            detail = self.tr(
                "Every row of the file was sent or is listed with its reason among the rejected rows."
            )
            if summary.resumed_batches:
                skipped = summary.resumed_batches
                again = self.tr("%n batch(es) the server had confirmed before: not sent again.", "", skipped)
                detail += " " + counted(again, skipped)
            self.detail.setText(detail)
        elif outcome is ImportOutcome.CANCELLED:
            self.headline.setText(self.tr("The import was stopped."))
            self.detail.setText(
                self.tr(
                    "The rows counted as sent are in the project. Resume the import to send the rest: what "
                    "the server confirmed is not sent again."
                )
            )
        else:
            self.headline.setText(self.tr("The import stopped before the end."))
            self.detail.setText(
                self.tr("{0} Then resume the import: what the server confirmed is not sent again.").format(
                    self._service.failure_text(summary)
                )
            )
            show_problem(self.detail)
        self.values["rows"].setText(texts.count(summary.rows))
        self.values["sent"].setText(texts.count(summary.sent))
        self.values["rejected"].setText(texts.count(summary.rejected))
        self.values["merged"].setText(texts.count(summary.merged))
        self.values["batches"].setText(texts.count(summary.batches))
        rejects = summary.rejects_file
        if rejects is not None:
            self.rejects_text.setText(
                self.tr("The rejected rows, each with its reason, are in {0}").format(rejects)
            )
            self.open_rejects.show()
        else:
            self.rejects_text.setText(self.tr("No row was rejected."))
            self.open_rejects.hide()
        self.rejects_text.show()
        if summary.dropped_fields:
            self.dropped.setText(
                self.tr(
                    "The server did not store these fields: {0}. The project does not declare them, so the "
                    "server drops them. Declare them in the provider's project settings, then import the "
                    "file again to fill them in."
                ).format(", ".join(summary.dropped_fields))
            )
            show_problem(self.dropped)
            self.dropped.show()
        elif summary.stored_fields:
            self.dropped.setText(self.tr("The server stored every field that was sent."))
            show_plain(self.dropped, HELP_STYLE)
            self.dropped.show()
        else:
            self.dropped.hide()
        self.resume_button.setVisible(summary.resumable)

    def _open_rejects(self) -> None:
        summary = self._state.summary
        if summary is not None and summary.rejects_file is not None and summary.rejects_file.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(summary.rejects_file)))
