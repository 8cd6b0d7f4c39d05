"""Inputs bound to one wire field: text, long text, whole number, check box, choice.

Each input reads its value from a payload (``read``, silent) and writes it into the
editor's :class:`PayloadState` (``write``) when the user changes it, emitting ``edited``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.editors.payload_state import PayloadState, blank_flag, blank_text


class FieldInput(QWidget):
    """Base of the inputs: one wire field, an ``edited`` signal, silent loading."""

    edited = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._loading = False
        self.box_layout = QVBoxLayout(self)
        self.box_layout.setContentsMargins(0, 0, 0, 0)
        self.box_layout.setSpacing(2)

    def read(self, payload: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            self._set(payload)
        finally:
            self._loading = False

    def write(self, state: PayloadState) -> bool:
        """Put the input's value into ``state``; True when the payload changed."""
        raise NotImplementedError

    def has_content(self) -> bool:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self

    def _set(self, payload: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()


class TextInput(FieldInput):
    def __init__(self, key: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.line = QLineEdit()
        self.line.setObjectName(f"field_{key}")
        self.line.setPlaceholderText(placeholder)
        self.box_layout.addWidget(self.line)
        self.line.textChanged.connect(self._changed)

    def _set(self, payload: Mapping[str, Any]) -> None:
        value = payload.get(self.key)
        text = "" if value is None else str(value)
        if self.line.text() != text:
            self.line.setText(text)

    def write(self, state: PayloadState) -> bool:
        return state.apply(self.key, self.line.text(), blank_text)

    def has_content(self) -> bool:
        return bool(self.line.text().strip())

    def focus_target(self) -> QWidget:
        return self.line


class LongTextInput(FieldInput):
    """A multi-line text; ``monospace`` for markup (HTML, AMP)."""

    def __init__(
        self, key: str, *, monospace: bool = False, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"field_{key}")
        self.edit.setPlaceholderText(placeholder)
        if monospace:
            self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.box_layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._changed)

    def text(self) -> str:
        return self.edit.toPlainText()

    def _set(self, payload: Mapping[str, Any]) -> None:
        value = payload.get(self.key)
        text = "" if value is None else str(value)
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)

    def write(self, state: PayloadState) -> bool:
        return state.apply(self.key, self.edit.toPlainText(), blank_text)

    def has_content(self) -> bool:
        return not self.edit.document().isEmpty()

    def focus_target(self) -> QWidget:
        return self.edit


class IntInput(FieldInput):
    """A whole number, or nothing; letters cannot be typed."""

    def __init__(self, key: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.line = QLineEdit()
        self.line.setObjectName(f"field_{key}")
        self.line.setPlaceholderText(placeholder)
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?\d{0,15}"), self.line))
        self.line.setMaximumWidth(220)
        self.box_layout.addWidget(self.line)
        self.line.textChanged.connect(self._changed)

    def value(self) -> int | None:
        text = self.line.text().strip()
        try:
            return int(text)
        except ValueError:
            return None

    def _set(self, payload: Mapping[str, Any]) -> None:
        value = payload.get(self.key)
        text = "" if value is None else str(value)
        if self.line.text() != text:
            self.line.setText(text)

    def write(self, state: PayloadState) -> bool:
        return state.apply(self.key, self.value(), blank_text)

    def has_content(self) -> bool:
        return bool(self.line.text().strip())

    def focus_target(self) -> QWidget:
        return self.line


class BoolInput(FieldInput):
    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.box = QCheckBox(text)
        self.box.setObjectName(f"field_{key}")
        self.box_layout.addWidget(self.box)
        self.box.toggled.connect(self._changed)

    def _set(self, payload: Mapping[str, Any]) -> None:
        self.box.setChecked(payload.get(self.key) is True)

    def write(self, state: PayloadState) -> bool:
        return state.apply(self.key, self.box.isChecked(), blank_flag)

    def has_content(self) -> bool:
        return self.box.isChecked()

    def focus_target(self) -> QWidget:
        return self.box


class ChoiceInput(FieldInput):
    """One of a few letters (``L``, ``S``...), shown by name; "not set" writes nothing."""

    def __init__(
        self, key: str, choices: Sequence[tuple[str, str]], none_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"field_{key}")
        self.combo.addItem(none_text, None)
        for value, label in choices:
            self.combo.addItem(label, value)
        self.combo.setMaximumWidth(320)
        self.box_layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._changed)

    def value(self) -> Any:
        return self.combo.currentData()

    def select(self, value: Any) -> None:
        """Choose ``value`` as the user would (emits ``edited``)."""
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _set(self, payload: Mapping[str, Any]) -> None:
        value = payload.get(self.key)
        index = self.combo.findData(value)
        if index < 0:  # a value the app does not know: shown and kept as it is
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def write(self, state: PayloadState) -> bool:
        return state.apply(self.key, self.combo.currentData(), blank_text)

    def has_content(self) -> bool:
        return self.combo.currentData() is not None

    def focus_target(self) -> QWidget:
        return self.combo
