"""Step 3: the validation report. Every row is read and checked, nothing is sent: how many
rows are ready, how many are rejected and why (counts by reason, the first rejected rows with
their row numbers), and where the rejected rows are written. Import starts the upload."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.import_service import (
    ImportOutcome,
    ImportPhase,
    ImportProgress,
    ImportServiceError,
    ImportSummary,
    translate,
)
from app.ui.audience.background import run_for
from app.ui.audience.import_wizard import texts
from app.ui.audience.import_wizard.state import WizardState
from app.ui.editors.field_row import HELP_STYLE
from app.ui.text_colors import show_problem

if TYPE_CHECKING:
    from app.services.import_service import ImportService
    from app.services.tasks import TaskRunner

SAMPLES_SHOWN = 50


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReportPage(QWizardPage):
    def __init__(
        self, service: ImportService, tasks: TaskRunner, state: WizardState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._state = state
        self._checking = 0  # the number of the check whose answer is awaited; 0: none
        self._dialog: QFileDialog | None = None
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is read and checked against the mapping. Nothing is sent yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

        self.phase = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.setRange(0, 1000)
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        show_problem(self.message)
        self.message.hide()

        self.figures = QWidget()
        form = QFormLayout(self.figures)
        form.setContentsMargins(0, 0, 0, 0)
        self.rows_label = QLabel()
        self.ready_label = QLabel()
        self.ready_label.setObjectName("readyRows")
        self.rejected_label = QLabel()
        self.rejected_label.setObjectName("rejectedRows")
        self.merged_label = QLabel()
        self.merged_label.setWordWrap(True)
        form.addRow(self.tr("Rows in the file"), self.rows_label)
        form.addRow(self.tr("Ready to send"), self.ready_label)
        form.addRow(self.tr("Rejected"), self.rejected_label)
        form.addRow(self.tr("Repeating an earlier row"), self.merged_label)

        self.reasons = _table([self.tr("Why rows are rejected"), self.tr("Rows")])
        self.reasons.setObjectName("rejectReasons")
        self.reasons.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reasons.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.samples = _table([self.tr("Row"), self.tr("Why"), self.tr("Values")])
        self.samples.setObjectName("rejectSamples")
        # The reason is what the user reads: it gets the room; the values, a column that can be widened.
        header = self.samples.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("M") * 20)
        self.samples_note = QLabel()
        self.samples_note.setStyleSheet(HELP_STYLE)

        self.rejects_text = QLabel()
        self.rejects_text.setObjectName("rejectsPath")
        self.rejects_text.setWordWrap(True)
        self.rejects_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_rejects = QPushButton(self.tr("Open"))
        self.move_rejects = QPushButton(self.tr("Choose another place…"))
        rejects_row = QHBoxLayout()
        rejects_row.addWidget(self.rejects_text, 1)
        rejects_row.addWidget(self.open_rejects)
        rejects_row.addWidget(self.move_rejects)
        self.rejects_box = QWidget()
        self.rejects_box.setLayout(rejects_row)
        rejects_row.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.figures)
        layout.addWidget(self.reasons)
        layout.addWidget(self.samples, 1)
        layout.addWidget(self.samples_note)
        layout.addWidget(self.rejects_box)
        self.open_rejects.clicked.connect(self._open_rejects)
        self.move_rejects.clicked.connect(self._choose_rejects)
        service.progress.connect(self._on_progress)

    # -- the wizard's questions ------------------------------------------------------------

    def initializePage(self) -> None:
        self._state.report = None
        self._show_checking()
        self._checking += 1
        number = self._checking
        plan = self._state.plan()

        def checked(report: ImportSummary) -> None:
            if number == self._checking:
                self._checking = 0
                self._show_report(report)

        def failed(error: BaseException) -> None:
            if number == self._checking:
                self._checking = 0
                self._show_failure(str(error))

        run_for(self._tasks, self, lambda: self._service.check(plan), name="import-check", on_done=checked,
                on_error=failed, expected=(ImportServiceError,))  # fmt: skip
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        if self._checking:
            self._checking = 0
            self._service.cancel()
        super().cleanupPage()

    def isComplete(self) -> bool:
        report = self._state.report
        return report is not None and report.rows > report.rejected

    @property
    def checking(self) -> bool:
        return bool(self._checking)

    def stop(self) -> None:
        """The wizard is closing: stop the check (nothing was sent)."""
        if self._checking:
            self._checking = 0
            self._service.cancel()

    # -- showing ---------------------------------------------------------------------------

    def _show_checking(self) -> None:
        self.phase.setText(texts.phase_text(ImportPhase.CHECKING))
        self.phase.show()
        self.progress.setValue(0)
        self.progress.show()
        self.message.hide()
        for widget in (self.figures, self.reasons, self.samples, self.samples_note, self.rejects_box):
            widget.hide()

    def _on_progress(self, progress: ImportProgress) -> None:
        if not self._checking:
            return
        self.phase.setText(
            texts.phase_text(progress.phase)
            + " "
            + self.tr("{0} read, {1} rejected so far.").format(
                texts.rows_text(progress.rows_read), texts.count(progress.rows_rejected)
            )
        )
        self.progress.setValue(round(progress.fraction * 1000))

    def _show_failure(self, text: str) -> None:
        self.phase.hide()
        self.progress.hide()
        self.message.setText(text)
        self.message.show()
        self.completeChanged.emit()

    def _show_report(self, report: ImportSummary) -> None:
        if report.outcome is not ImportOutcome.CHECKED:
            return  # stopped (Back, or the wizard closing)
        self._state.report = report
        self.phase.hide()
        self.progress.hide()
        ready = report.rows - report.rejected
        self.rows_label.setText(texts.count(report.rows))
        self.ready_label.setText(texts.count(ready))
        self.rejected_label.setText(texts.count(report.rejected))
        merged = self.tr(
            "{0}: rows for a profile an earlier row of the same batch has; they are merged into it, later "
            "values winning."
        )
        self.merged_label.setText(
            merged.format(texts.count(report.merged)) if report.merged else texts.count(0)
        )
        self.figures.show()
        if ready == 0:
            self.message.setText(
                self.tr(
                    "No row can be imported. Look at the reasons below, fix the file or the mapping, and try "
                    "again."
                )
            )
            self.message.show()
        self._fill_reasons(report)
        self._fill_samples(report)
        self._show_rejects_place(report)
        self.completeChanged.emit()

    def _fill_reasons(self, report: ImportSummary) -> None:
        counts = sorted(report.rejected_by_kind.items(), key=lambda item: -item[1])
        self.reasons.setRowCount(len(counts))
        for row, (kind, rows) in enumerate(counts):
            self.reasons.setItem(row, 0, QTableWidgetItem(texts.reason_label(kind)))
            number = QTableWidgetItem(texts.count(rows))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.reasons.setItem(row, 1, number)
        self.reasons.setVisible(bool(counts))
        if counts:
            height = self.reasons.horizontalHeader().height() + sum(
                self.reasons.rowHeight(r) for r in range(len(counts))
            )
            self.reasons.setFixedHeight(height + 2 * self.reasons.frameWidth())

    def _fill_samples(self, report: ImportSummary) -> None:
        shown = report.samples[:SAMPLES_SHOWN]
        self.samples.setRowCount(len(shown))
        delimiter = self._state.format.delimiter if self._state.format else ","
        for row, rejection in enumerate(shown):
            number = QTableWidgetItem(str(rejection.row))
            number.setToolTip(self.tr("Line {0} in a text editor").format(rejection.line))
            self.samples.setItem(row, 0, number)
            reason = QTableWidgetItem(rejection.reason(translate))
            reason.setToolTip(rejection.reason(translate))
            self.samples.setItem(row, 1, reason)
            values = (
                f" {delimiter} ".join(rejection.cells) if delimiter != "\t" else "  ".join(rejection.cells)
            )
            item = QTableWidgetItem(values[:500])
            item.setToolTip(values[:2000])
            self.samples.setItem(row, 2, item)
        self.samples.setVisible(bool(shown))
        if report.rejected > len(shown):
            self.samples_note.setText(
                self.tr("The first {0} of {1} rejected rows; all of them are in the file below.").format(
                    texts.count(len(shown)), texts.count(report.rejected)
                )
            )
            self.samples_note.show()
        else:
            self.samples_note.hide()

    def _show_rejects_place(self, report: ImportSummary) -> None:
        if report.rejected == 0:
            self.rejects_text.setText(self.tr("No row is rejected."))
            self.open_rejects.hide()
            self.move_rejects.hide()
        else:
            self.open_rejects.show()
            self.move_rejects.show()
            self._show_rejects_path()
        self.rejects_box.show()

    def _show_rejects_path(self) -> None:
        path = self._state.rejects_file()
        self.rejects_text.setText(
            self.tr("The rejected rows, each with its reason, are written to {0}").format(path)
        )
        self.open_rejects.setEnabled(path is not None and path.exists())

    def _open_rejects(self) -> None:
        path = self._state.rejects_file()
        if path is not None and path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _choose_rejects(self) -> None:
        current = self._state.rejects_file()
        dialog = QFileDialog(self, self.tr("Where to write the rejected rows"), str(current or ""),
                             self.tr("CSV files (*.csv)"))  # fmt: skip
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self._rejects_chosen)
        dialog.open()
        self._dialog = dialog

    def _rejects_chosen(self, name: str) -> None:
        self._state.rejects_path = Path(name)
        self._show_rejects_path()
