"""Step 1: the file, its encoding and delimiter (detected, overridable), and a preview.

Every change (another file, another encoding or delimiter) reads the file again off the UI
thread; what is not chosen by hand is detected again, so choosing the encoding also finds
the delimiter as that encoding reads it. An interrupted import of the same file to this
account is offered for resuming.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.services.import_service import (
    ImportServiceError,
    Preview,
    SavedImportInfo,
    SourceFormat,
    translate,
)
from app.ui.audience.background import run_for
from app.ui.audience.import_wizard import texts
from app.ui.audience.import_wizard.state import MAPPING, UPLOAD, WizardState
from app.ui.audience.plurals import counted
from app.ui.editors.field_row import HELP_STYLE
from app.ui.text_colors import show_problem

if TYPE_CHECKING:
    from app.services.import_service import ImportService
    from app.services.tasks import TaskRunner

_CELL_CHARS: Final = 40  # a preview cell shows this much of a long value


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    return label


class FilePage(QWizardPage):
    def __init__(
        self, service: ImportService, tasks: TaskRunner, state: WizardState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._state = state
        self._reading = 0  # the number of the latest read; older answers are dropped
        self._ready = False
        self.busy = False  # a read is on its way
        self._checked_path: Path | None = None  # the file the resume offer was looked up for
        self._dialog: QFileDialog | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV file exported from a spreadsheet or another system: one profile per row, the "
                "column names in the first row."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("The CSV file to import"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.registerField("path*", self.path_edit)

        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(self.tr("Detect automatically"), None)
        for name, label in texts.ENCODINGS:
            self.encoding.addItem(texts.t(label), name)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("importDelimiter")
        self.delimiter.addItem(self.tr("Detect automatically"), None)
        for value, label in texts.DELIMITER_NAMES:
            self.delimiter.addItem(texts.t(label), value)
        formats = QFormLayout()
        formats.addRow(self.tr("File"), path_row)
        formats.addRow(self.tr("Encoding"), self.encoding)
        formats.addRow(self.tr("Columns separated by"), self.delimiter)
        self.format_note = _note()
        self.format_note.setObjectName("formatNote")
        self.message = QLabel()
        self.message.setObjectName("fileMessage")
        self.message.setWordWrap(True)
        show_problem(self.message)
        self.message.hide()

        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("filePreview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().horizontalAdvance("M") * 9
        )
        self.preview_note = _note()

        self.resume_box = QFrame()
        self.resume_box.setObjectName("resumeBox")
        self.resume_box.setFrameShape(QFrame.Shape.StyledPanel)
        resume_layout = QHBoxLayout(self.resume_box)
        self.resume_text = QLabel()
        self.resume_text.setObjectName("resumeText")
        self.resume_text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Resume the import"))
        self.resume_button.setObjectName("resumeImport")
        resume_layout.addWidget(self.resume_text, 1)
        resume_layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.resume_box.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(formats)
        layout.addWidget(self.format_note)
        layout.addWidget(self.message)
        layout.addWidget(self.resume_box)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.preview_note)

        self.choose_button.clicked.connect(self.choose_file)
        self.path_edit.editingFinished.connect(self._path_edited)
        self.encoding.currentIndexChanged.connect(lambda _i: self.read())
        self.delimiter.currentIndexChanged.connect(lambda _i: self.read())
        self.resume_button.clicked.connect(self.resume)

    # -- the wizard's questions ------------------------------------------------------------

    def isComplete(self) -> bool:
        return super().isComplete() and self._ready

    def nextId(self) -> int:
        return UPLOAD if self._state.resume else MAPPING

    def validatePage(self) -> bool:
        return self._ready and self._state.preview is not None

    # -- choosing --------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self._state.path.parent) if self._state.path is not None else ""
        dialog = QFileDialog(self, self.tr("Choose the file to import"), start,
                             self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))  # fmt: skip
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.set_path)
        dialog.open()
        self._dialog = dialog

    def set_path(self, path: str | Path) -> None:
        """Choose ``path`` as if picked in the dialog (and read it)."""
        self.path_edit.setText(str(path))
        self._path_edited()

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"').strip("'")
        return Path(text).expanduser() if text else None

    def _path_edited(self) -> None:
        path = self.chosen_path()
        if path == self._state.path and self._ready:
            return
        self._state.path = path
        self._state.resume = False
        self._state.saved = None
        self._checked_path = None
        self.resume_box.hide()
        self.read()

    def read(self) -> None:
        """Detect what is not chosen by hand, and show the first rows as read that way."""
        path = self._state.path
        self._reading += 1
        number = self._reading
        self._set_ready(False)
        self._state.preview = None
        if path is None:
            self.busy = False
            self.format_note.clear()
            self._show_message("")
            self.preview_table.clear()
            self.preview_table.setRowCount(0)
            self.preview_table.setColumnCount(0)
            self.preview_note.clear()
            return
        encoding, delimiter = self.encoding.currentData(), self.delimiter.currentData()
        self.busy = True
        self.format_note.setText(self.tr("Reading the file…"))
        self._show_message("")

        async def detect_and_preview() -> tuple[SourceFormat, Preview]:
            fmt = await self._service.detect(path, encoding=encoding, delimiter=delimiter)
            return fmt, await self._service.preview(path, fmt)

        def shown(result: tuple[SourceFormat, Preview]) -> None:
            if number == self._reading:
                self.busy = False
                self._show_preview(*result)

        def failed(error: BaseException) -> None:
            if number == self._reading:
                self.busy = False
                self.format_note.clear()
                self._show_message(str(error))
                self.preview_table.setRowCount(0)
                self.preview_table.setColumnCount(0)
                self.preview_note.clear()

        run_for(self._tasks, self, detect_and_preview, name="import-preview", on_done=shown, on_error=failed,
                expected=(ImportServiceError,))  # fmt: skip

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.completeChanged.emit()

    def _show_preview(self, fmt: SourceFormat, preview: Preview) -> None:
        self._state.format = fmt
        self._state.preview = preview
        self.format_note.setText(
            texts.encoding_note(fmt.encoding, fmt.encoding_source)
            + " "
            + texts.delimiter_note(fmt.delimiter, fmt.delimiter_source)
        )
        self._show_message(
            "" if preview.header else self.tr("The first row is empty: it must name the columns.")
        )
        self._fill_table(preview)
        if not preview.rows:
            self.preview_note.setText(self.tr("The file has column names but no rows of profiles."))
        elif preview.truncated:
            shown = len(preview.rows)
            self.preview_note.setText(counted(self.tr("The first %n row(s) of the file.", "", shown), shown))
        else:
            shown = len(preview.rows)
            self.preview_note.setText(counted(self.tr("All %n row(s) of the file.", "", shown), shown))
        self._set_ready(bool(preview.header) and bool(preview.rows))
        self._look_for_earlier_import()

    def _fill_table(self, preview: Preview) -> None:
        table = self.preview_table
        width = max([len(preview.header), *(len(r.cells) for r in preview.rows)])
        table.clear()
        table.clearSpans()
        table.setColumnCount(width)
        table.setRowCount(len(preview.rows))
        titles = [preview.header[i] if i < len(preview.header) and preview.header[i] else f"#{i + 1}"
                  for i in range(width)]  # fmt: skip
        table.setHorizontalHeaderLabels(titles)
        table.setVerticalHeaderLabels([str(record.row) for record in preview.rows])
        problem_brush = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for row, record in enumerate(preview.rows):
            if record.problem is not None:
                item = QTableWidgetItem(
                    self.tr("Row {0}: {1}").format(record.row, record.problem.translated(translate))
                )
                item.setForeground(problem_brush)
                item.setToolTip(record.raw)
                table.setItem(row, 0, item)
                if width > 1:
                    table.setSpan(row, 0, 1, width)
                continue
            for column, cell in enumerate(record.cells):
                shown = cell if len(cell) <= _CELL_CHARS else cell[: _CELL_CHARS - 1] + "…"
                item = QTableWidgetItem(shown)
                if shown != cell:
                    item.setToolTip(cell[:2000])
                table.setItem(row, column, item)
            if len(record.cells) != len(preview.header):
                values = len(record.cells)
                ragged = counted(
                    self.tr("This row has %n value(s); the file has {0} columns.", "", values), values
                )
                ragged = ragged.format(len(preview.header))
                for column in range(width):
                    cell_item = table.item(row, column)
                    if cell_item is None:
                        cell_item = QTableWidgetItem("")
                        table.setItem(row, column, cell_item)
                    cell_item.setToolTip(ragged)
                    cell_item.setForeground(problem_brush)
        self._fit_columns(width)

    def _fit_columns(self, width: int) -> None:
        """Each column as wide as what it shows (a row's problem spans them all and does not
        count), at least the default and at most a long value's width: cut off, it is read
        from its tooltip."""
        table = self.preview_table
        header = table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        least, most = em * 6, em * 22
        for column in range(width):
            wanted = max(header.sectionSizeFromContents(column).width(), table.sizeHintForColumn(column))
            header.resizeSection(column, min(max(wanted, least), most))

    # -- an earlier import of the same file --------------------------------------------------

    def _look_for_earlier_import(self) -> None:
        path = self._state.path
        if path is None or path == self._checked_path:
            return
        self._checked_path = path
        self.resume_box.hide()

        def found(info: SavedImportInfo | None) -> None:
            if self._state.path == path:
                self._offer_resume(info)

        run_for(self._tasks, self, lambda: self._service.saved_progress(path), name="import-saved",
                on_done=found, on_error=lambda _e: None, expected=(ImportServiceError, OSError))  # fmt: skip

    def _offer_resume(self, info: SavedImportInfo | None) -> None:
        self._state.saved = info
        if info is None:
            self.resume_box.hide()
            return
        when = QLocale().toString(
            QDateTime.fromMSecsSinceEpoch(int(info.updated_at * 1000)), QLocale.FormatType.ShortFormat
        )
        if info.finished:
            self.resume_text.setText(
                self.tr(
                    "This file was imported into this account on {0}. Importing it again sends every row "
                    "again."
                ).format(when)
            )
            self.resume_button.hide()
        else:
            self.resume_text.setText(
                self.tr(
                    "An import of this file into this account stopped on {0}, after {1} in {2} batches. "
                    "Resume it to send the rest with the settings it was started with, or choose Next to "
                    "start again from the beginning."
                ).format(when, texts.rows_text(info.rows_sent), texts.count(info.batches))
            )
            self.resume_button.show()
        self.resume_box.show()

    def resume(self) -> None:
        info = self._state.saved
        wizard = self.wizard()
        if info is None or info.finished or not self._ready or wizard is None:
            return
        self._state.resume = True
        self._state.concurrency = info.plan.concurrency
        self._state.batch_size = info.plan.batch_size
        self._state.rejects_path = None
        # Nothing before the upload can be changed for a resumed import: no Back from it.
        self.setCommitPage(True)
        wizard.next()
