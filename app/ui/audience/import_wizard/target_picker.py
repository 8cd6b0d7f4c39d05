"""Where one column of the file goes: an identifier, a declared field, a field named by hand, or
nowhere; with the column's problem (mapped twice, a name that cannot be a field) under it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain.profile_fields import ProfileFieldType
from app.services.import_service import IDENTIFIER_KINDS, SKIP, Target, TargetKind, field_target
from app.ui.audience.field_values import chosen_type, name_problem, type_choices, type_label
from app.ui.audience.identifiers import identifier_label
from app.ui.editors.field_row import MessageLine
from app.ui.text_colors import show_problem

CUSTOM: Final = "custom"  # the combo's item for "a field named…"


class TargetPicker(QWidget):
    changed = Signal()

    def __init__(self, declared: Mapping[str, ProfileFieldType], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._declared = dict(declared)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("Don't import"), str(SKIP))
        for kind in IDENTIFIER_KINDS:
            self.combo.addItem(self.tr("{0} (identifier)").format(identifier_label(kind.value)), kind.value)
        if self._declared:
            self.combo.insertSeparator(self.combo.count())
        for name in sorted(self._declared, key=str.casefold):
            label = self.tr("Field {0} ({1})").format(name, type_label(self._declared[name]))
            self.combo.addItem(label, str(field_target(name)))
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(self.tr("A field named…"), CUSTOM)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("field name"))
        self.type = QComboBox()
        for field_type, label in type_choices():
            self.type.addItem(label, field_type)
        self.message = MessageLine()
        show_problem(self.message)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.combo, 3)
        line.addWidget(self.name, 2)
        line.addWidget(self.type, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 0)
        layout.setSpacing(1)
        layout.addLayout(line)
        layout.addWidget(self.message)
        self._follow_choice()
        self.combo.currentIndexChanged.connect(self._on_choice)
        self.name.textChanged.connect(self._on_name)
        self.type.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # -- reading -----------------------------------------------------------------------------

    @property
    def custom(self) -> bool:
        return bool(self.combo.currentData() == CUSTOM)

    def target(self) -> Target:
        """The column's target; a name typed by hand that is not a usable name yet is SKIP
        (its problem is :meth:`name_problem`)."""
        data = self.combo.currentData()
        if data == CUSTOM:
            name = self.name.text().strip()
            return field_target(name) if name else SKIP
        if isinstance(data, str) and data.startswith("field:"):
            return field_target(data.removeprefix("field:"))
        return Target(TargetKind(data))

    def typed_type(self) -> ProfileFieldType | None:
        """The type chosen for a field named by hand (None otherwise, or when it is declared)."""
        if not self.custom or self.name.text().strip() in self._declared:
            return None
        return chosen_type(self.type)

    def name_problem(self) -> str | None:
        if not self.custom:
            return None
        name = self.name.text().strip()
        if not name:
            return self.tr("Type the field's name, or choose what the column is.")
        return name_problem(name)

    # -- writing -----------------------------------------------------------------------------

    def set_target(self, target: Target, kind: ProfileFieldType | None = None) -> None:
        """Show ``target`` (silently); ``kind``: the type of a field named by hand."""
        self.blockSignals(True)
        try:
            index = self.combo.findData(str(target))
            if index < 0 and target.kind is TargetKind.FIELD:
                self.combo.setCurrentIndex(self.combo.findData(CUSTOM))
                self.name.setText(target.field)
                if kind is not None:
                    self.type.setCurrentIndex(max(self.type.findData(kind), 0))
            else:
                self.combo.setCurrentIndex(max(index, 0))
            self._follow_choice()
        finally:
            self.blockSignals(False)

    def choose(self, data: str) -> None:
        """Pick an item by its data (``"email"``, ``"field:city"``, ``"custom"``) as the user would."""
        index = self.combo.findData(data)
        if index < 0:
            raise ValueError(f"no choice {data!r}")
        self.combo.setCurrentIndex(index)

    def set_problem(self, text: str) -> None:
        self.message.set_message(text)

    def _on_choice(self, _index: int) -> None:
        self._follow_choice()
        if self.custom:
            self.name.setFocus()
        self.changed.emit()

    def _on_name(self, _text: str) -> None:
        self._follow_choice()
        self.changed.emit()

    def _follow_choice(self) -> None:
        custom = self.custom
        # Hidden but still taking their room: showing them must not move the other columns.
        for widget in (self.name, self.type):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.name.setVisible(custom)
        self.type.setVisible(custom)
        declared = self.name.text().strip() in self._declared
        self.type.setEnabled(not declared)
        if custom and declared:
            self.type.setCurrentIndex(max(self.type.findData(self._declared[self.name.text().strip()]), 0))
