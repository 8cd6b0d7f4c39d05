"""Inputs that explain what was typed: date and time, crontab schedule, JSON, datafiles."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain import crontab
from app.domain.annotations import FILES, UNPARSED
from app.domain.wire import parse_wire_datetime
from app.ui.domain_text import schedule_text
from app.ui.editors.field_row import HELP_STYLE
from app.ui.editors.inputs import FieldInput
from app.ui.editors.payload_state import PayloadState, apply_json, blank_text

NEXT_RUNS: Final = 3


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def local_text(moment: datetime, *, short: bool = False) -> str:
    """A moment in the user's own time zone and words: "Tuesday 1 December 2026, 10:00"."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    if short:
        same_year = stamp.date().year() == QDateTime.currentDateTime().date().year()
        return QLocale().toString(stamp, "ddd d MMM, HH:mm" if same_year else "ddd d MMM yyyy, HH:mm")
    return QLocale().toString(stamp, "dddd d MMMM yyyy, HH:mm")


def zone_name(moment: datetime) -> str:
    return moment.astimezone().tzname() or ""


class _ExplainedLine(FieldInput):
    """One line of text with a note under it that reads the value back in plain words."""

    def __init__(self, key: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.line = QLineEdit()
        self.line.setObjectName(f"field_{key}")
        self.line.setPlaceholderText(placeholder)
        self.line.setMaximumWidth(320)
        self.note = _note()
        self.box_layout.addWidget(self.line)
        self.box_layout.addWidget(self.note)
        self.line.textChanged.connect(self._on_text)

    def _on_text(self, _text: str) -> None:
        self._explain()
        self._changed()

    def _explain(self) -> None:
        words = self.explanation(self.line.text().strip())
        self.note.setVisible(bool(words))
        if words:
            self.note.setText(words)

    def explanation(self, text: str) -> str:
        """What ``text`` means in plain words, or "" when there is nothing to say."""
        raise NotImplementedError

    def _set(self, payload: Mapping[str, Any]) -> None:
        value = payload.get(self.key)
        text = "" if value is None else str(value)
        if self.line.text() != text:
            self.line.setText(text)
        self._explain()

    def write(self, state: PayloadState) -> bool:
        text = self.line.text().strip()
        return state.apply(self.key, text or None, blank_text)

    def has_content(self) -> bool:
        return bool(self.line.text().strip())

    def focus_target(self) -> QWidget:
        return self.line


class DateTimeInput(_ExplainedLine):
    """ISO 8601 as the wire has it, read back in the user's words and time zone."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, "2026-12-01T09:00:00+00:00", parent)

    def explanation(self, text: str) -> str:
        if not text:
            return ""
        try:
            moment = parse_wire_datetime(text)
        except ValueError:
            return ""  # the validation hint says what is wrong
        return self.tr("%s, your time (%s)") % (local_text(moment), zone_name(moment))


class CrontabInput(_ExplainedLine):
    """A five-field schedule with its plain-English reading and next run times."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        hint = QCoreApplication.translate("CrontabInput", "minute hour day month weekday, e.g. 0 9 * * 1-5")
        super().__init__(key, hint, parent)
        self.line.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.description = self.note
        self.description.setObjectName(f"crontab_description_{key}")

    def explanation(self, text: str) -> str:
        if not text or crontab.error_of(text) is not None:
            return ""
        try:
            words = schedule_text(text)
            runs = crontab.next_runs(text, datetime.now().astimezone(), NEXT_RUNS)
        except crontab.CrontabError:
            return ""
        when = "; ".join(local_text(run, short=True) for run in runs)
        return words if not runs else self.tr("%s. Next runs (your time): %s") % (words, when)


class JsonInput(FieldInput):
    """A JSON value as indented text. Text that does not parse yet is kept, as typed, in
    the local ``$unparsed`` annotation (so no keystroke is lost); the wire field keeps its
    last valid value until the text parses again."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"field_{key}")
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setPlaceholderText('{"field": "value"}')
        self.edit.setMinimumHeight(120)
        self.box_layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._changed)
        self.problem: str | None = None

    def parsed(self) -> tuple[bool, Any]:
        text = self.edit.toPlainText().strip()
        if not text:
            return True, None
        try:
            return True, json.loads(text)
        except json.JSONDecodeError as exc:
            return False, exc

    def _set(self, payload: Mapping[str, Any]) -> None:
        unparsed = payload.get(UNPARSED)
        if isinstance(unparsed, Mapping) and isinstance(unparsed.get(self.key), str):
            text = unparsed[self.key]
        else:
            value = payload.get(self.key)
            text = "" if value is None else json.dumps(value, indent=2, ensure_ascii=False)
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)
        self._check()

    def _check(self) -> None:
        ok, value = self.parsed()
        if ok:
            self.problem = None
        else:
            self.problem = self.tr("Not valid JSON yet (line %d, column %d): %s") % (
                value.lineno, value.colno, value.msg,
            )  # fmt: skip

    def write(self, state: PayloadState) -> bool:
        self._check()
        return apply_json(state, self.key, self.parsed(), self.edit.toPlainText())

    def has_content(self) -> bool:
        return not self.edit.document().isEmpty()

    def focus_target(self) -> QWidget:
        return self.edit


class DataFileInput(FieldInput):
    """A file sent beside the payload as a multipart part (local ``$files`` annotation)."""

    def __init__(self, key: str, file_filter: str = "", parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.path_label = QLabel()
        self.path_label.setObjectName(f"field_{key}")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.clear = QPushButton(self.tr("Remove"))
        line.addWidget(self.path_label, 1)
        line.addWidget(self.choose)
        line.addWidget(self.clear)
        self.box_layout.addWidget(row)
        self._filter = file_filter or self.tr("CSV files (*.csv);;All files (*)")
        self._path: str | None = None
        self._server_value: Any = None
        self._dialog: QFileDialog | None = None
        self.choose.clicked.connect(self._open_dialog)
        self.clear.clicked.connect(lambda: self.set_path(None))

    @property
    def path(self) -> str | None:
        return self._path

    def set_path(self, path: str | None) -> None:
        """Attach a file (or none), as choosing one in the dialog does."""
        self._path = path
        self._show()
        self._changed()

    def _open_dialog(self) -> None:
        # open(), not exec(): a nested event loop would stall the app's coroutines.
        dialog = QFileDialog(self, self.tr("Choose the file to send"), "", self._filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.set_path(str(Path(name).resolve())))
        dialog.open()
        self._dialog = dialog

    def _show(self) -> None:
        if self._path:
            self.path_label.setText(Path(self._path).name)
            self.path_label.setToolTip(self._path)
        elif self._server_value:
            self.path_label.setText(self.tr("On the server: %s") % self._server_value)
            self.path_label.setToolTip("")
        else:
            self.path_label.setText(self.tr("No file chosen"))
            self.path_label.setToolTip("")
        self.clear.setEnabled(bool(self._path))

    def _set(self, payload: Mapping[str, Any]) -> None:
        files = payload.get(FILES)
        value = files.get(self.key) if isinstance(files, Mapping) else None
        self._path = value if isinstance(value, str) else None
        self._server_value = payload.get(self.key)
        self._show()

    def write(self, state: PayloadState) -> bool:
        return state.apply_local(FILES, self.key, self._path)

    def has_content(self) -> bool:
        return bool(self._path)
