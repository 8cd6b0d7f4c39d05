"""The sample profile: the values the email preview renders templates with, per account.

One row per declared field, typed by its type, and free ``name = value`` rows for anything
else a template uses. Non-modal: :meth:`SampleProfileDialog.open` shows it and the window
under it stays usable (never ``exec()``); Save stores the values and ``saved`` announces them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.profile_fields import DeclaredField
from app.ui.audience.background import run_for
from app.ui.audience.extra_fields import ExtraFieldRows
from app.ui.audience.field_values import FieldValueEdit, type_label
from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.text_colors import show_plain, show_problem

if TYPE_CHECKING:
    from app.services.profile_fields_service import ProfileFieldsService
    from app.services.tasks import TaskRunner


class SampleProfileDialog(QDialog):
    saved = Signal(dict)  # the sample profile as stored

    def __init__(
        self, fields: ProfileFieldsService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sampleProfile")
        self.setWindowTitle(self.tr("Sample profile"))
        self.setModal(False)
        self._fields = fields
        self._tasks = tasks
        self._loaded = False
        self.inputs: dict[str, FieldValueEdit] = {}
        self.rows: dict[str, FieldRow] = {}

        intro = QLabel(
            self.tr(
                "The email preview fills templates with these values: {{ first_name }} shows the first "
                "name typed here. They stay on this computer and are never sent."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HELP_STYLE)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        self.no_fields = QLabel(
            self.tr("The account has no declared fields yet: type the values templates use below.")
        )
        self.no_fields.setWordWrap(True)
        self.no_fields.setStyleSheet(HELP_STYLE)
        self.no_fields.hide()
        body_layout.addWidget(self.no_fields)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body_layout.addLayout(self.form)
        body_layout.addWidget(QLabel(self.tr("Other values (as text)")))
        self.extra = ExtraFieldRows()
        self.extra.changed.connect(self._update)
        body_layout.addWidget(self.extra, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.message = QLabel()
        self.message.setObjectName("sampleMessage")
        self.message.setWordWrap(True)
        show_problem(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        fields.fields_changed.connect(self._on_fields_changed)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 44, self.fontMetrics().height() * 30)
        self.save_button.setEnabled(False)

    def open(self) -> None:
        """Show it beside its window, which stays usable (QDialog.open would make it window-modal)."""
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._loaded = False  # opened again, it shows what is stored then

    def reload(self) -> None:
        """Read the declared fields and the stored sample profile again (what is typed is lost)."""
        self.save_button.setEnabled(False)
        show_plain(self.message, HELP_STYLE)
        self.message.setText(self.tr("Loading…"))

        async def read() -> tuple[list[DeclaredField], dict[str, Any]]:
            return await self._fields.declared_fields(), await self._fields.sample_profile()

        run_for(self._tasks, self, read, name="sample-profile", on_done=lambda got: self.show_profile(*got))

    def _on_fields_changed(self) -> None:
        if self.isVisible():
            # Keep what was typed: the fields' rows are rebuilt around it.
            current = self.profile()
            run_for(self._tasks, self, self._fields.declared_fields, name="sample-profile-fields",
                    on_done=lambda declared: self.show_profile(declared, current))  # fmt: skip
        else:
            self._loaded = False

    def show_profile(self, declared: list[DeclaredField], profile: Mapping[str, Any]) -> None:
        self._loaded = True
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.rows.clear()
        for spec in declared:
            edit = FieldValueEdit(spec.type)
            edit.setObjectName(f"sample_{spec.name}")
            edit.set_value(profile.get(spec.name))
            edit.changed.connect(self._update)
            row = FieldRow(spec.name, edit)
            label = QLabel(self.tr("{0} ({1})").format(spec.name, type_label(spec.type)))
            label.setBuddy(edit.focus_widget())
            self.form.addRow(label, row)
            self.inputs[spec.name] = edit
            self.rows[spec.name] = row
        self.no_fields.setVisible(not declared)
        others = [(name, value_text_of(value)) for name, value in profile.items() if name not in self.inputs]
        self.extra.set_rows(others)
        self.message.clear()
        self._update()

    def profile(self) -> dict[str, Any]:
        """The values as typed: declared fields by their type, others as text; empty ones left out."""
        values: dict[str, Any] = dict(self.extra.values())
        for name, edit in self.inputs.items():
            value = edit.value()
            if value is not None:
                values[name] = value
        return values

    def problems(self) -> list[str]:
        found = [f"{name}: {p}" for name, edit in self.inputs.items() if (p := edit.problem())]
        return found + self.extra.problems(self.inputs)

    def _update(self, *_args: object) -> None:
        for name, edit in self.inputs.items():
            problem = edit.problem()
            self.rows[name].set_hints([problem] if problem else [])
        extra = self.extra.problems(self.inputs)
        show_problem(self.message)
        self.message.setText("\n".join(extra))
        self.save_button.setEnabled(self._loaded and not self.problems())

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        profile = self.profile()
        self.save_button.setEnabled(False)

        async def store() -> dict[str, Any]:
            await self._fields.set_sample_profile(profile)
            return profile

        def stored(saved: dict[str, Any]) -> None:
            self.saved.emit(saved)
            self.accept()

        def failed(error: BaseException) -> None:
            show_problem(self.message)
            self.message.setText(str(error))
            self._update()

        run_for(self._tasks, self, store, name="save-sample-profile", on_done=stored, on_error=failed,
                expected=(RuntimeError,))  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the table edits a cell; it must not save the dialog half-typed.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.extra.table.hasFocus():
            return
        super().keyPressEvent(event)


def value_text_of(value: Any) -> str:
    """A stored value of a field the account does not declare, as it is shown in a text row."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
