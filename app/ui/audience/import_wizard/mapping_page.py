"""Step 2: what each column of the file is. Columns named like an identifier or a declared
field are mapped by themselves; a problem (a target chosen twice, no identifier, a name that
cannot be a field) is shown at the column and keeps Next disabled. Under "Advanced": the
batch size and how many batches are sent at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.profile_fields import ProfileFieldType
from app.services.import_service import (
    MAX_BATCH_SIZE,
    MAX_CONCURRENCY,
    ImportServiceError,
    Target,
    TargetKind,
    phone_regions,
)
from app.ui.audience.background import run_for
from app.ui.audience.import_wizard.state import WizardState
from app.ui.audience.import_wizard.target_picker import TargetPicker
from app.ui.editors.field_row import HELP_STYLE
from app.ui.text_colors import show_problem

if TYPE_CHECKING:
    from app.services.import_service import ImportService
    from app.services.tasks import TaskRunner

COLUMN, EXAMPLES, TARGET = range(3)
_EXAMPLES: Final = 3


class MappingPage(QWizardPage):
    def __init__(
        self, service: ImportService, tasks: TaskRunner, state: WizardState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._state = state
        self._loaded_header: list[str] | None = None
        self._ready = False
        self._loading = 0
        self.pickers: list[TargetPicker] = []
        self.setTitle(self.tr("Say what each column is"))
        self.setSubTitle(
            self.tr(
                "At least one column must say who the profile is: user ID, phone, email or web push "
                "token. Columns you do not need are not imported."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("columnMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Examples"), self.tr("Import as")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EXAMPLES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMN, em * 10)
        header.resizeSection(EXAMPLES, em * 14)
        self.loading = QLabel()
        self.loading.setStyleSheet(HELP_STYLE)
        self.problems = QLabel()
        self.problems.setObjectName("mappingProblems")
        self.problems.setWordWrap(True)
        show_problem(self.problems)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.region = QComboBox()
        self.region.setObjectName("phoneRegion")
        self.region.addItem(self.tr("None: every number starts with + and the country code"), None)
        names = {code: QLocale.territoryToString(QLocale.codeToTerritory(code)) for code in phone_regions()}
        for code in sorted(names, key=lambda c: names[c].casefold()):
            self.region.addItem(names[code] or code, code)
        self.region_row = QWidget()
        region_layout = QFormLayout(self.region_row)
        region_layout.setContentsMargins(0, 0, 0, 0)
        region_layout.addRow(self.tr("Phone numbers without a country code are from"), self.region)

        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("advanced")
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAutoRaise(True)
        self.advanced = QWidget()
        self.advanced.setObjectName("advancedOptions")
        advanced_form = QFormLayout(self.advanced)
        self.batch_size = QSpinBox()
        self.batch_size.setObjectName("batchSize")
        self.batch_size.setRange(1, MAX_BATCH_SIZE)
        self.batch_size.setValue(state.batch_size)
        self.batch_size.setGroupSeparatorShown(True)
        self.concurrency = QSpinBox()
        self.concurrency.setObjectName("concurrency")
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(state.concurrency)
        advanced_form.addRow(self.tr("Profiles per request (batch size)"), self.batch_size)
        advanced_form.addRow(self.tr("Requests sent at once"), self.concurrency)
        hint = QLabel(
            self.tr(
                "The defaults suit most servers. Smaller batches show progress more often; more requests "
                "at once are faster if the server allows them."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HELP_STYLE)
        advanced_form.addRow(hint)
        self.advanced.hide()
        self.registerField("batchSize", self.batch_size)
        self.registerField("concurrency", self.concurrency)

        layout = QVBoxLayout(self)
        layout.addWidget(self.loading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.region_row)
        toggle = QHBoxLayout()
        toggle.addWidget(self.advanced_button)
        toggle.addStretch(1)
        layout.addLayout(toggle)
        layout.addWidget(self.advanced)
        self.advanced_button.toggled.connect(self._toggle_advanced)
        self.region.currentIndexChanged.connect(lambda _i: self._store_region())
        self.batch_size.valueChanged.connect(lambda value: setattr(self._state, "batch_size", value))
        self.concurrency.valueChanged.connect(lambda value: setattr(self._state, "concurrency", value))

    # -- the wizard's questions ------------------------------------------------------------

    def initializePage(self) -> None:
        header = self._state.header
        if header == self._loaded_header and self.pickers:
            self._update()  # back from the report with the same columns: the mapping stays
            return
        self._loaded_header = header
        self._set_ready(False)
        self.table.setRowCount(0)
        self.pickers = []
        self.loading.setText(self.tr("Reading the account's profile fields…"))
        self.loading.show()
        self._loading += 1
        number = self._loading
        region = self._service.default_phone_region()
        self.region.setCurrentIndex(max(self.region.findData(region), 0))
        self._store_region()

        async def load() -> tuple[dict[str, ProfileFieldType], list[Target]]:
            return await self._service.field_types(), await self._service.auto_map(header)

        def loaded(result: tuple[dict[str, ProfileFieldType], list[Target]]) -> None:
            if number == self._loading:
                self._fill(header, *result)

        def failed(error: BaseException) -> None:
            if number == self._loading:
                self.loading.setText(str(error))

        run_for(self._tasks, self, load, name="import-mapping", on_done=loaded, on_error=failed,
                expected=(ImportServiceError,))  # fmt: skip

    def isComplete(self) -> bool:
        return self._ready

    def validatePage(self) -> bool:
        self._update()
        return self._ready

    # -- the table -------------------------------------------------------------------------

    def _fill(self, header: list[str], declared: dict[str, ProfileFieldType], targets: list[Target]) -> None:
        self._state.declared = dict(declared)
        self.loading.hide()
        preview = self._state.preview
        records = [r for r in (preview.rows if preview else []) if r.problem is None]
        self.table.setRowCount(len(header))
        self.pickers = []
        for index, name in enumerate(header):
            title = QTableWidgetItem(name or f"#{index + 1}")
            title.setToolTip(name)
            self.table.setItem(index, COLUMN, title)
            values = [r.cells[index] for r in records if index < len(r.cells) and r.cells[index].strip()]
            shown = ", ".join(v if len(v) <= 24 else v[:23] + "…" for v in values[:_EXAMPLES])
            examples = QTableWidgetItem(shown)
            examples.setToolTip("\n".join(values[:10]))
            self.table.setItem(index, EXAMPLES, examples)
            picker = TargetPicker(declared)
            picker.setObjectName(f"target_{index}")
            picker.set_target(targets[index] if index < len(targets) else Target(TargetKind.SKIP))
            picker.changed.connect(self._update)
            self.table.setCellWidget(index, TARGET, picker)
            self.table.setRowHeight(index, picker.sizeHint().height() + 4)
            self.pickers.append(picker)
        self._update()

    def targets(self) -> list[Target]:
        return [picker.target() for picker in self.pickers]

    def _update(self) -> None:
        if not self.pickers:
            return
        header = self._state.header
        targets = self.targets()
        self._state.targets = targets
        self._state.typed_fields = {
            t.field: kind
            for t, picker in zip(targets, self.pickers, strict=True)
            if t.kind is TargetKind.FIELD and (kind := picker.typed_type()) is not None
        }
        at_column: dict[int, str] = {}
        first: dict[Target, int] = {}
        for index, (target, picker) in enumerate(zip(targets, self.pickers, strict=True)):
            problem = picker.name_problem()
            if problem is not None:
                at_column[index] = problem
                continue
            if target.kind is TargetKind.SKIP:
                continue
            earlier = first.setdefault(target, index)
            if earlier != index:
                text = self.tr("Column {0} is imported as this too: keep one, skip the other.")
                at_column[index] = text.format(_title(header, earlier))
                at_column.setdefault(earlier, text.format(_title(header, index)))
        for index, picker in enumerate(self.pickers):
            picker.set_problem(at_column.get(index, ""))
        problems = self._service.mapping_problems(header, targets)
        if any(picker.custom and not picker.name.text().strip() for picker in self.pickers):
            problems.append(self.tr("Type a field name for every column imported as “a field named…”."))
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.region_row.setVisible(any(t.kind is TargetKind.PHONE for t in targets))
        self._set_ready(not problems)

    def _set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.completeChanged.emit()

    def _store_region(self) -> None:
        data = self.region.currentData()
        self._state.phone_region = data if isinstance(data, str) else None

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def _title(header: list[str], index: int) -> str:
    name = header[index].strip() if index < len(header) else ""
    return f"“{name}”" if name else f"#{index + 1}"
