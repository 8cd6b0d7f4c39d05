"""The account's declared profile fields: the list, and adding, changing and removing one.

The provider's API cannot list the fields a project declares, so the app keeps them per
account: typed in here, or learned from what the server stored after a profile was sent.
Templates, the preview's sample profile and the import's column mapping use this list.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.profile_fields import DeclaredField, ProfileFieldType
from app.ui.audience.background import run_for
from app.ui.audience.declared_fields_model import NAME, ORIGIN, DeclaredFieldsModel
from app.ui.audience.field_values import chosen_type, name_problem, type_choices
from app.ui.editors.field_row import HELP_STYLE, MessageLine
from app.ui.text_colors import show_problem

T = TypeVar("T")

if TYPE_CHECKING:
    from app.services.profile_fields_service import ProfileFieldsService
    from app.services.tasks import TaskRunner
    from app.ui.audience.sample_profile import SampleProfileDialog


class ProfileFieldsPanel(QWidget):
    def __init__(
        self, fields: ProfileFieldsService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileFields")
        self._fields = fields
        self._tasks = tasks
        self._editing: DeclaredField | None = None  # the field the form changes; None: a new one
        self._busy = False
        self._confirm: QMessageBox | None = None
        self.sample_dialog: SampleProfileDialog | None = None

        intro = QLabel(
            self.tr(
                "The fields your project declares in the provider's settings. The server keeps only "
                "these fields of a profile, and templates can use them, such as {{ first_name }}. "
                "The provider does not list them, so the app keeps this list: add them here, or send a "
                "profile and the fields the server stored are added by themselves."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HELP_STYLE)
        self.model = DeclaredFieldsModel(self)
        self.view = QTableView()
        self.view.setObjectName("declaredFields")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ORIGIN, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NAME, self.fontMetrics().horizontalAdvance("M") * 16)
        self.empty = QLabel(self.tr("No fields yet. Add the fields your project declares below."))
        self.empty.setStyleSheet(HELP_STYLE)

        self.name = QLineEdit()
        self.name.setObjectName("fieldName")
        self.name.setPlaceholderText("first_name")
        self.type = QComboBox()
        self.type.setObjectName("fieldType")
        for kind, label in type_choices():
            self.type.addItem(label, kind)
        self.save_button = QPushButton(self.tr("Add field"))
        self.save_button.setObjectName("saveField")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        editor = QHBoxLayout()
        editor.addWidget(QLabel(self.tr("Name")))
        editor.addWidget(self.name, 2)
        editor.addWidget(QLabel(self.tr("Type")))
        editor.addWidget(self.type, 1)
        editor.addWidget(self.save_button)
        editor.addWidget(self.cancel_button)
        self.name_message = MessageLine()
        self.name_message.setObjectName("fieldNameMessage")
        show_problem(self.name_message)

        self.edit_button = QPushButton(self.tr("Change…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.sample_button = QPushButton(self.tr("Sample profile…"))
        self.sample_button.setToolTip(self.tr("The values the email preview fills templates with."))
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.sample_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addLayout(editor)
        layout.addWidget(self.name_message)

        self.name.textChanged.connect(self._update)
        self.name.returnPressed.connect(self.save)
        self.type.currentIndexChanged.connect(self._update)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.stop_editing)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.sample_button.clicked.connect(self.open_sample_profile)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        fields.fields_changed.connect(self.reload)
        self.reload()
        self._update()

    # -- the list --------------------------------------------------------------------------

    def reload(self) -> None:
        run_for(self._tasks, self, self._fields.declared_fields, name="declared-fields", on_done=self._show)

    def _show(self, fields: list[DeclaredField]) -> None:
        chosen = self.selected()
        self.model.set_fields(fields)
        self.empty.setVisible(not fields)
        if chosen is not None:
            row = self.model.row_of(chosen.name)
            if row is not None:
                self.view.selectRow(row)
        if self._editing is not None and self.model.row_of(self._editing.name) is None:
            self.stop_editing()  # removed meanwhile: what is typed makes a new field
        self._update()

    def selected(self) -> DeclaredField | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.field_at(rows[0].row()) if rows else None

    # -- the form --------------------------------------------------------------------------

    def chosen_type(self) -> ProfileFieldType:
        return chosen_type(self.type) or ProfileFieldType.STRING

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return None  # nothing typed yet: nothing to say
        problem = name_problem(name)
        if problem is not None:
            return problem
        existing = self.model.row_of(name)
        if existing is not None and (self._editing is None or self._editing.name != name):
            return self.tr("“{0}” is already in the list: choose it there to change its type.").format(name)
        return None

    def _update(self, *_args: object) -> None:
        problem = self.problem()
        self.name_message.set_message(problem or "")
        name = self.name.text().strip()
        unchanged = self._editing is not None and (
            self._editing.name == name and self._editing.type is self.chosen_type()
        )
        self.save_button.setEnabled(bool(name) and problem is None and not unchanged and not self._busy)
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected and not self._busy)
        self.remove_button.setEnabled(selected and not self._busy)

    def edit_selected(self) -> None:
        spec = self.selected()
        if spec is None:
            return
        self._editing = spec
        self.name.setText(spec.name)
        self.type.setCurrentIndex(max(self.type.findData(spec.type), 0))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.show()
        self.name.setFocus()
        self.name.selectAll()
        self._update()

    def stop_editing(self) -> None:
        self._editing = None
        self.name.clear()
        self.save_button.setText(self.tr("Add field"))
        self.cancel_button.hide()
        self._update()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        name, kind, before = self.name.text().strip(), self.chosen_type(), self._editing

        async def store() -> str:
            await self._fields.declare(name, kind)
            if before is not None and before.name != name:
                await self._fields.remove(before.name)
            return name

        self._run(store, self._saved)

    def _saved(self, name: str) -> None:
        self.stop_editing()
        row = self.model.row_of(name)
        if row is not None:
            self.view.selectRow(row)

    def remove_selected(self) -> None:
        spec = self.selected()
        if spec is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the field?"),
            self.tr(
                "Remove “{0}” from the account's list? The project on the server keeps the field and "
                "its values; the app stops offering it for templates and imports."
            ).format(spec.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        name = spec.name

        def answered() -> None:
            if box.clickedButton() is remove:
                self._run(lambda: self._fields.remove(name), lambda _none: None)

        box.finished.connect(lambda _result: answered())
        box.open()
        self._confirm = box

    def _run(self, make: Callable[[], Coroutine[Any, Any, T]], done: Callable[[T], None]) -> None:
        self._busy = True
        self._update()

        def finished(result: T) -> None:
            self._busy = False
            done(result)
            self._update()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.name_message.set_message(str(error))
            self._update()

        run_for(self._tasks, self, make, name="declare-field", on_done=finished, on_error=failed,
                expected=(RuntimeError,))  # fmt: skip

    # -- the sample profile ----------------------------------------------------------------

    def open_sample_profile(self) -> None:
        from app.ui.audience.sample_profile import SampleProfileDialog

        if self.sample_dialog is None:
            self.sample_dialog = SampleProfileDialog(self._fields, self._tasks, self)
        self.sample_dialog.open()
        self.sample_dialog.raise_()
