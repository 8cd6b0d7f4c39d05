"""A profile field's value typed as its declared type: text, whole number, number, yes/no, date.

Used wherever a person types values of profile fields: the one-profile form and the sample
profile. ``value()`` is the JSON value to send (None when empty); ``problem()`` says why what
was typed does not fit, in the user's words.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.domain.profile_fields import ProfileFieldType, field_name_problem

_CONTEXT: Final = "ProfileFieldTypes"
_TYPE_LABELS: Final = {
    ProfileFieldType.STRING: "Text",
    ProfileFieldType.INT: "Whole number",
    ProfileFieldType.FLOAT: "Number",
    ProfileFieldType.BOOL: "Yes or no",
    ProfileFieldType.DATE: "Date",
}
_PLACEHOLDERS: Final = {
    ProfileFieldType.STRING: "",
    ProfileFieldType.INT: "42",
    ProfileFieldType.FLOAT: "3.5",
    ProfileFieldType.DATE: "2026-12-01",
}
_INT_LIMIT: Final = 2**63


def type_label(kind: ProfileFieldType) -> str:
    """How a field type is called in the app ("Whole number" for Int)."""
    return QCoreApplication.translate(_CONTEXT, _TYPE_LABELS[kind])


def type_choices() -> list[tuple[ProfileFieldType, str]]:
    return [(kind, type_label(kind)) for kind in ProfileFieldType]


def parse_value(kind: ProfileFieldType, text: str) -> tuple[Any, str | None]:
    """(value, None) or (None, why ``text`` does not fit ``kind``); empty text is (None, None)."""
    t = QCoreApplication.translate
    value = text.strip()
    if not value:
        return None, None
    if kind is ProfileFieldType.STRING:
        return text, None
    if kind is ProfileFieldType.INT:
        try:
            number = int(value)
        except ValueError:
            return None, t(_CONTEXT, "Enter a whole number, such as 42.")
        if not -_INT_LIMIT <= number < _INT_LIMIT:
            return None, t(_CONTEXT, "This number is too large.")
        return number, None
    if kind is ProfileFieldType.FLOAT:
        try:
            real = float(value)
        except ValueError:
            return None, t(_CONTEXT, "Enter a number with a dot for decimals, such as 3.5.")
        if not math.isfinite(real):
            return None, t(_CONTEXT, "Enter a number with a dot for decimals, such as 3.5.")
        return real, None
    if kind is ProfileFieldType.DATE:
        try:
            return date.fromisoformat(value).isoformat(), None
        except ValueError:
            return None, t(_CONTEXT, "Enter the date as year-month-day, such as 2026-12-01.")
    lowered = value.lower()
    if lowered in ("true", "1", "yes"):
        return True, None
    if lowered in ("false", "0", "no"):
        return False, None
    return None, t(_CONTEXT, "Choose yes or no.")


def value_text(kind: ProfileFieldType, value: Any) -> str:
    """A stored value as it is typed into :class:`FieldValueEdit`."""
    if value is None:
        return ""
    if kind is ProfileFieldType.BOOL:
        return "true" if value is True else "false" if value is False else str(value)
    return str(value)


class FieldValueEdit(QWidget):
    """One value of a field of ``kind``; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, kind: ProfileFieldType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line: QLineEdit | None = None
        self.combo: QComboBox | None = None
        if kind is ProfileFieldType.BOOL:
            self.combo = QComboBox()
            self.combo.addItem(self.tr("(not set)"), None)
            self.combo.addItem(self.tr("Yes"), True)
            self.combo.addItem(self.tr("No"), False)
            self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            layout.addWidget(self.combo)
            layout.addStretch(1)
        else:
            self.line = QLineEdit()
            self.line.setPlaceholderText(_PLACEHOLDERS[kind])
            if kind is ProfileFieldType.INT:
                pattern = QRegularExpression(r"[+-]?\d{0,19}")
                self.line.setValidator(QRegularExpressionValidator(pattern, self.line))
            elif kind is ProfileFieldType.FLOAT:
                pattern = QRegularExpression(r"[+-]?\d*\.?\d*([eE][+-]?\d{0,3})?")
                self.line.setValidator(QRegularExpressionValidator(pattern, self.line))
            self.line.textChanged.connect(lambda _t: self.changed.emit())
            layout.addWidget(self.line)

    def focus_widget(self) -> QWidget:
        return self.combo if self.combo is not None else self.line  # type: ignore[return-value]

    def value(self) -> Any:
        """The value to send, or None (empty, or it does not fit: see :meth:`problem`)."""
        if self.combo is not None:
            return self.combo.currentData()
        assert self.line is not None
        return parse_value(self.kind, self.line.text())[0]

    def problem(self) -> str | None:
        if self.line is None:
            return None
        return parse_value(self.kind, self.line.text())[1]

    def set_value(self, value: Any) -> None:
        if self.combo is not None:
            index = self.combo.findData(value) if isinstance(value, bool) else 0
            self.combo.setCurrentIndex(max(index, 0))
        else:
            assert self.line is not None
            self.line.setText(value_text(self.kind, value))

    def text(self) -> str:
        if self.combo is not None:
            return self.combo.currentText()
        assert self.line is not None
        return self.line.text()


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a profile field's name, in the user's words; None when it can."""
    problem = field_name_problem(name)
    return None if problem is None else QCoreApplication.translate("ProfileFields", problem)


def chosen_type(combo: QComboBox) -> ProfileFieldType | None:
    """The type a combo of :func:`type_choices` shows (Qt hands the enum back as its text)."""
    data = combo.currentData()
    try:
        return ProfileFieldType(data) if data is not None else None
    except ValueError:
        return None
