"""An address list (or any CSV sent with a campaign) chosen from disk and shown before it goes:
its first rows, the encoding and delimiter found (both can be overridden), the email
column found or chosen, the number of rows, and what is wrong with it in words."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.csv_preview import CsvPreview, CsvProblem, delimiter_label, encoding_label
from app.ui.editors.field_row import HELP_STYLE
from app.ui.pages.sections import plural
from app.ui.text_colors import hint_style, problem_style

Reader = Callable[[str, str | None, str | None], Awaitable[CsvPreview]]
Spawn = Callable[[Any, str], object]
ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "cp1252", "cp1250", "iso-8859-1", "koi8-r", "utf-16",
             "gb18030", "euc-kr", "cp1254")  # fmt: skip
DELIMITERS = (",", ";", "\t", "|")


class CsvPicker(QWidget):
    path_changed = Signal(object)  # str | None: chosen (or removed) by the user
    previewed = Signal(object)  # CsvPreview | None: read (or cleared)

    def __init__(self, name: str, reader: Reader, spawn: Spawn, *, email_column: bool = True,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName(f"csv_{name}")
        self._reader = reader
        self._spawn = spawn
        self._path: str | None = None
        self._preview: CsvPreview | None = None
        self._reading = 0
        self._dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.path_label = QLabel()
        self.path_label.setObjectName(f"path_{name}")
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.setObjectName(f"choose_{name}")
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName(f"remove_{name}")
        line.addWidget(self.path_label, 1)
        line.addWidget(self.choose)
        line.addWidget(self.remove)
        layout.addLayout(line)
        self.details = QWidget()
        details = QFormLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        self.encoding = QComboBox()
        self.encoding.setObjectName(f"encoding_{name}")
        self.encoding.addItem(self.tr("Found automatically"), None)
        for codec in ENCODINGS:
            self.encoding.addItem(encoding_label(codec), codec)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName(f"delimiter_{name}")
        self.delimiter.addItem(self.tr("Found automatically"), None)
        for mark in DELIMITERS:
            self.delimiter.addItem(self._delimiter_name(mark), mark)
        self.email = QComboBox()
        self.email.setObjectName(f"email_{name}")
        self.summary = QLabel()
        self.summary.setObjectName(f"summary_{name}")
        self.summary.setWordWrap(True)
        details.addRow(self.tr("Encoding:"), self.encoding)
        details.addRow(self.tr("Delimiter:"), self.delimiter)
        if email_column:
            details.addRow(self.tr("Email column:"), self.email)
        self.email.setVisible(email_column)
        details.addRow(self.summary)
        self.table = QTableWidget()
        self.table.setObjectName(f"rows_{name}")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(170)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        details.addRow(self.table)
        self.warning = QLabel()
        self.warning.setObjectName(f"warning_{name}")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(hint_style(self))
        details.addRow(self.warning)
        layout.addWidget(self.details)
        self.choose.clicked.connect(self._open_dialog)
        self.remove.clicked.connect(lambda: self.set_path(None, notify=True))
        self.encoding.currentIndexChanged.connect(lambda _i: self._read())
        self.delimiter.currentIndexChanged.connect(lambda _i: self._read())
        self.email.currentIndexChanged.connect(lambda _i: self._summarise())
        self._show()

    def _delimiter_name(self, mark: str) -> str:
        names = {",": self.tr("comma ( , )"), ";": self.tr("semicolon ( ; )"), "\t": self.tr("tab"),
                 "|": self.tr("vertical bar ( | )")}  # fmt: skip
        return names.get(mark, delimiter_label(mark))

    # -- the file --------------------------------------------------------------------------

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def preview(self) -> CsvPreview | None:
        return self._preview

    @property
    def reading(self) -> bool:
        return self._reading > 0

    def set_path(self, path: str | None, *, notify: bool = False) -> None:
        if path == self._path and self._preview is not None:
            return
        self._path = path
        self._preview = None
        self._show()
        if path:
            self._read()
        else:
            self.previewed.emit(None)
        if notify:
            self.path_changed.emit(path)

    def _open_dialog(self) -> None:
        # open(), not exec(): a nested event loop would stall the app's coroutines.
        start = str(Path(self._path).parent) if self._path else ""
        dialog = QFileDialog(self, self.tr("Choose the address list (CSV)"), start,
                             self.tr("CSV files (*.csv *.txt);;All files (*)"))  # fmt: skip
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.set_path(str(Path(name).resolve()), notify=True))
        dialog.open()
        self._dialog = dialog

    def _read(self) -> None:
        path = self._path
        if not path:
            return
        encoding, delimiter = self.encoding.currentData(), self.delimiter.currentData()
        self._reading += 1
        self.summary.setText(self.tr("Reading the file…"))

        async def read() -> None:
            try:
                preview = await self._reader(path, encoding, delimiter)
            finally:
                if shiboken6.isValid(self):
                    self._reading -= 1
            if shiboken6.isValid(self) and path == self._path:
                self._preview = preview
                self._show()
                self.previewed.emit(preview)

        self._spawn(read(), "wizard-csv-preview")

    # -- showing it ------------------------------------------------------------------------

    def problem_text(self) -> str | None:
        """Why the file cannot be sent as it is, in words; None when it can (or none is chosen)."""
        preview = self._preview
        if preview is None or preview.problem is None:
            return None
        if preview.problem is CsvProblem.NO_ROWS:
            return self.tr("The file has a header line but no addresses under it.")
        return preview.detail or self.tr("The file cannot be read.")

    def warnings(self) -> list[str]:
        preview = self._preview
        if preview is None or preview.problem is not None:
            return []
        found: list[str] = []
        if self.email.isVisibleTo(self) and self.email.currentData() is None:
            found.append(self.tr("No column looks like email addresses: choose the one that holds them."))
        if preview.ragged_rows:
            source = QT_TRANSLATE_NOOP(
                "CsvPicker",
                "%Ln row(s) with another number of cells than the header (first at line {line}): "
                "check the delimiter.",
            )
            ragged = plural("CsvPicker", source, preview.ragged_rows)
            found.append(ragged.format(line=preview.first_ragged_line))
        if preview.unreadable_rows:
            source = QT_TRANSLATE_NOOP(
                "CsvPicker", "%Ln row(s) cannot be read (a quote out of place or never closed): left out."
            )
            found.append(plural("CsvPicker", source, preview.unreadable_rows))
        if preview.encoding_guessed:
            guessed = self.tr("The encoding ({encoding}) was guessed: check that the names above read right, "
                              "or choose another.")  # fmt: skip
            found.append(guessed.format(encoding=encoding_label(preview.encoding)))
        return found

    def _show(self) -> None:
        path = self._path
        self.remove.setEnabled(bool(path))
        self.details.setVisible(bool(path))
        if not path:
            self.path_label.setText(self.tr("No file chosen"))
            self.path_label.setToolTip("")
            return
        self.path_label.setText(Path(path).name)
        self.path_label.setToolTip(path)
        preview = self._preview
        self.table.clear()
        if preview is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        self.email.blockSignals(True)
        try:
            self.email.clear()
            self.email.addItem(self.tr("(none found)"), None)
            for index, name in enumerate(preview.header):
                self.email.addItem(name or self.tr("column {n}").format(n=index + 1), index)
            if preview.email_column is not None:
                self.email.setCurrentIndex(preview.email_column + 1)
        finally:
            self.email.blockSignals(False)
        self.table.setColumnCount(len(preview.header))
        self.table.setHorizontalHeaderLabels(list(preview.header))
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, cell in enumerate(row):
                if c < len(preview.header):
                    self.table.setItem(r, c, QTableWidgetItem(cell))
        self._summarise()

    def _summarise(self) -> None:
        preview = self._preview
        if preview is None:
            return
        problem = self.problem_text()
        if problem is not None:
            self.summary.setText(problem)
            self.summary.setStyleSheet(problem_style(self))
        else:
            rows = plural("CsvPicker", QT_TRANSLATE_NOOP("CsvPicker", "%Ln row(s)"), preview.row_count)
            self.summary.setText(self.tr("{rows} · {encoding} · separated by {delimiter}").format(
                rows=rows, encoding=encoding_label(preview.encoding),
                delimiter=self._delimiter_name(preview.delimiter)))  # fmt: skip
            self.summary.setStyleSheet(HELP_STYLE)
        self.warning.setText(" ".join(self.warnings()))
        self.warning.setVisible(bool(self.warning.text()))
