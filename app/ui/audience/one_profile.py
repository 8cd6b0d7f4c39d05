"""One profile: its identifiers and fields sent to the server, and what the server kept.

Declared fields get an input of their type; other fields are typed as ``name = value`` rows.
After sending, the answer is shown beside the form: the identifiers and fields the server
stored, and the fields it dropped because the project does not declare them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.profile_fields import DeclaredField
from app.domain.schema import USER_KEYS
from app.services.audience_service import AudienceError, ProfileAnswer
from app.ui.audience.background import run_for
from app.ui.audience.extra_fields import ExtraFieldRows
from app.ui.audience.field_values import FieldValueEdit, type_label
from app.ui.audience.identifiers import identifier_label
from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.text_colors import show_plain, show_problem

if TYPE_CHECKING:
    from app.services.audience_service import AudienceService
    from app.services.tasks import TaskRunner

_PLACEHOLDERS: Final = {"uid": "", "phone": "+79991234567", "email": "anna@example.com", "wp_token": ""}


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    return label


class OneProfilePanel(QWidget):
    def __init__(self, audience: AudienceService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneProfile")
        self._audience = audience
        self._tasks = tasks
        self._declared: list[DeclaredField] = []
        self._sending = False
        self.identifiers: dict[str, QLineEdit] = {}
        self.identifier_rows: dict[str, FieldRow] = {}
        self.field_inputs: dict[str, FieldValueEdit] = {}
        self.field_rows: dict[str, FieldRow] = {}

        form_side = QWidget()
        side = QVBoxLayout(form_side)
        side.setContentsMargins(0, 0, 8, 0)
        side.addWidget(
            _note(
                self.tr(
                    "Creates the profile, or updates the one with the same user ID, phone, email or web "
                    "push token. Fields left empty are not sent."
                )
            )
        )
        who = QGroupBox(self.tr("Who"))
        who_form = QFormLayout(who)
        who_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in USER_KEYS:
            line = QLineEdit()
            line.setObjectName(f"profile_{key}")
            line.setPlaceholderText(_PLACEHOLDERS[key])
            line.textChanged.connect(self._update)
            row = FieldRow(key, line)
            self.identifiers[key] = line
            self.identifier_rows[key] = row
            who_form.addRow(identifier_label(key), row)
        self.who_message = QLabel()
        self.who_message.setWordWrap(True)
        self.who_message.setStyleSheet(HELP_STYLE)
        who_form.addRow(self.who_message)
        side.addWidget(who)

        fields_box = QGroupBox(self.tr("Profile fields"))
        fields_layout = QVBoxLayout(fields_box)
        self.no_fields = _note(
            self.tr(
                "The account has no declared profile fields yet. Add them under Profile fields, or type "
                "them below as name and value."
            )
        )
        fields_layout.addWidget(self.no_fields)
        self.fields_form = QFormLayout()
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields_layout.addLayout(self.fields_form)
        fields_layout.addWidget(QLabel(self.tr("Other fields (sent as text)")))
        self.extra = ExtraFieldRows()
        self.extra.changed.connect(self._update)
        fields_layout.addWidget(self.extra)
        self.extra_message = QLabel()
        self.extra_message.setWordWrap(True)
        show_problem(self.extra_message)
        fields_layout.addWidget(self.extra_message)
        side.addWidget(fields_box)

        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Save to the server"))
        self.send_button.setObjectName("sendProfile")
        self.clear_button = QPushButton(self.tr("Clear the form"))
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("profileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.status)
        side.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_side)

        answer_side = QGroupBox(self.tr("What the server stored"))
        answer_layout = QVBoxLayout(answer_side)
        self.answer_note = _note(self.tr("Save a profile to see what the server kept of it."))
        answer_layout.addWidget(self.answer_note)
        self.stored = QTableWidget(0, 2)
        self.stored.setObjectName("storedProfile")
        self.stored.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Stored value")])
        self.stored.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.stored.horizontalHeader().setStretchLastSection(True)
        self.stored.verticalHeader().hide()
        self.stored.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        answer_layout.addWidget(self.stored, 1)
        self.dropped = QLabel()
        self.dropped.setObjectName("droppedFields")
        self.dropped.setWordWrap(True)
        self.dropped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dropped.hide()
        answer_layout.addWidget(self.dropped)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(answer_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.send_button.clicked.connect(self.send)
        self.clear_button.clicked.connect(self.clear)
        audience.fields.fields_changed.connect(self.reload_fields)
        self.reload_fields()
        self._update()

    # -- the declared fields ---------------------------------------------------------------

    def reload_fields(self) -> None:
        run_for(self._tasks, self, self._audience.fields.declared_fields, name="profile-form-fields",
                on_done=self._show_fields)  # fmt: skip

    def _show_fields(self, declared: list[DeclaredField]) -> None:
        # What was typed stays when the list changes (a field learned from the server's answer).
        kept = {name: edit.value() if edit.combo is not None else edit.text()
                for name, edit in self.field_inputs.items()}  # fmt: skip
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_inputs.clear()
        self.field_rows.clear()
        self._declared = declared
        for spec in declared:
            edit = FieldValueEdit(spec.type)
            edit.setObjectName(f"field_{spec.name}")
            if spec.name in kept:
                edit.set_value(kept[spec.name])
            edit.changed.connect(self._update)
            row = FieldRow(f"fields.{spec.name}", edit)
            self.field_inputs[spec.name] = edit
            self.field_rows[spec.name] = row
            label = QLabel(self.tr("{0} ({1})").format(spec.name, type_label(spec.type)))
            label.setBuddy(edit.focus_widget())
            self.fields_form.addRow(label, row)
        self.no_fields.setVisible(not declared)
        self._update()

    # -- the form --------------------------------------------------------------------------

    def identifier_values(self) -> dict[str, str]:
        return {key: line.text().strip() for key, line in self.identifiers.items() if line.text().strip()}

    def field_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: value for name, value in self.extra.values().items()}
        for name, edit in self.field_inputs.items():
            value = edit.value()
            if value is not None:
                values[name] = value
        return values

    def problems(self) -> list[str]:
        problems = [p for edit in self.field_inputs.values() if (p := edit.problem())]
        problems += self.extra.problems(self.field_inputs)
        if not self.identifier_values():
            problems.append(self.who_message.text())
        return problems

    def _update(self, *_args: object) -> None:
        has_identifier = bool(self.identifier_values())
        self.who_message.setText(
            "" if has_identifier else self.tr("Fill in at least one of these: it says whose profile this is.")
        )
        for name, edit in self.field_inputs.items():
            problem = edit.problem()
            self.field_rows[name].set_hints([problem] if problem else [])
        self.extra_message.setText("\n".join(self.extra.problems(self.field_inputs)))
        self.extra_message.setVisible(bool(self.extra_message.text()))
        blocked = any(edit.problem() for edit in self.field_inputs.values()) or bool(
            self.extra.problems(self.field_inputs)
        )
        self.send_button.setEnabled(has_identifier and not blocked and not self._sending)

    def clear(self) -> None:
        for line in self.identifiers.values():
            line.clear()
        for edit in self.field_inputs.values():
            edit.set_value(None)
        self.extra.set_rows([])
        for row in [*self.identifier_rows.values(), *self.field_rows.values()]:
            row.set_server_errors([])
        self.status.clear()

    # -- sending ---------------------------------------------------------------------------

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        identifiers, fields = self.identifier_values(), self.field_values()
        self._sending = True
        show_plain(self.status)
        self.status.setText(self.tr("Saving the profile…"))
        for row in [*self.identifier_rows.values(), *self.field_rows.values()]:
            row.set_server_errors([])
        self._update()
        run_for(
            self._tasks, self, lambda: self._audience.upsert_profile(identifiers, fields),
            name="upsert-profile", on_done=self._answered, on_error=self._refused, expected=(AudienceError,),
        )  # fmt: skip

    def _answered(self, answer: ProfileAnswer) -> None:
        self._sending = False
        show_plain(self.status)
        self.status.setText(self.tr("Saved. The server's answer is on the right."))
        self.show_answer(answer)
        self._update()

    def _refused(self, error: BaseException) -> None:
        self._sending = False
        show_problem(self.status)
        if isinstance(error, AudienceError):
            self.status.setText(error.message)
            self.show_server_errors(error.fields)
        self._update()

    def show_server_errors(self, fields: Mapping[str, list[str]]) -> None:
        for key, messages in fields.items():
            if key in self.identifier_rows:
                self.identifier_rows[key].set_server_errors(messages)
            elif key.startswith("fields.") and key.removeprefix("fields.") in self.field_rows:
                self.field_rows[key.removeprefix("fields.")].set_server_errors(messages)

    def show_answer(self, answer: ProfileAnswer) -> None:
        stored = answer.stored
        rows: list[tuple[str, Any]] = [(identifier_label(k), stored[k]) for k in USER_KEYS if k in stored]
        fields = stored.get("fields")
        if isinstance(fields, Mapping):
            rows += [(name, value) for name, value in fields.items()]
        self.stored.setRowCount(len(rows))
        for index, (name, value) in enumerate(rows):
            self.stored.setItem(index, 0, QTableWidgetItem(name))
            self.stored.setItem(index, 1, QTableWidgetItem(_shown(value)))
        self.answer_note.setText(self.tr("The server stored these values (with the types it keeps them in):"))
        if answer.dropped:
            self.dropped.setText(
                self.tr(
                    "Not stored: {0}. The project does not declare these fields, so the server dropped "
                    "them. Declare them in the provider's project settings, then save the profile again."
                ).format(", ".join(answer.dropped))
            )
            show_problem(self.dropped)
            self.dropped.show()
        else:
            self.dropped.setText(self.tr("Every field sent was stored."))
            show_plain(self.dropped, HELP_STYLE)
            self.dropped.show()


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
