"""Ready-made reports and the comparison of two to five campaigns, one click each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.kinds import DraftKind
from app.domain.report_presets import MAX_COMPARED, MIN_COMPARED, PRESETS, Preset, PresetKey, Subject
from app.domain.report_query import POST_CODE
from app.services.report_service import PickItem, ReportPickers
from app.ui.reports.code_picker import CodePicker
from app.ui.reports.formatting import tr

PresetRole = Qt.ItemDataRole.UserRole + 1


def preset_title(preset: Preset) -> str:
    return QCoreApplication.translate("ReportPresets", preset.title)


class PresetsPanel(QWidget):
    preset_requested = Signal(str, object, object)  # preset key, campaign code or None, email code or None
    comparison_requested = Signal(list)  # campaign codes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pickers = ReportPickers()
        self.list = QListWidget()
        self.list.setObjectName("presets")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        for preset in PRESETS:
            description = QCoreApplication.translate("ReportPresets", preset.description)
            item = QListWidgetItem(preset_title(preset))
            item.setData(PresetRole, preset.key.value)
            item.setToolTip(description)
            self.list.addItem(item)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * (len(PRESETS) + 1) + 8)
        self.description = QLabel()
        self.description.setObjectName("presetDescription")
        self.description.setWordWrap(True)
        self.subject_label = QLabel()
        self.subject = QComboBox()
        self.subject.setObjectName("presetSubject")
        self.run_button = QPushButton(tr("Show this report"))
        self.run_button.setObjectName("runPreset")

        self.compare = CodePicker(tr("Filter campaigns"), POST_CODE)
        self.compare.setObjectName("compareCampaigns")
        self.compare.list.setMaximumHeight(self.compare.list.fontMetrics().height() * 8 + 18)
        self.compare_note = QLabel()
        self.compare_note.setWordWrap(True)
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.setObjectName("compareButton")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.subject)
        layout.addWidget(self.run_button)
        layout.addSpacing(12)
        heading = QLabel(tr("Compare campaigns side by side"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.compare)
        layout.addWidget(self.compare_note)
        layout.addWidget(self.compare_button)
        layout.addStretch(1)

        self.list.currentRowChanged.connect(lambda _row: self._show_subject())
        self.run_button.clicked.connect(self._run)
        self.list.itemDoubleClicked.connect(lambda _item: self._run())
        self.compare.changed.connect(self._update_compare)
        self.compare_button.clicked.connect(self._compare)
        self.list.setCurrentRow(0)
        self._update_compare()

    def set_pickers(self, pickers: ReportPickers) -> None:
        self._pickers = pickers
        self.compare.set_items([(i.code, i.name) for i in pickers.campaigns])
        self._show_subject()

    def current(self) -> Preset:
        key = self.list.currentItem().data(PresetRole) if self.list.currentItem() else PRESETS[0].key.value
        return next(p for p in PRESETS if p.key == key)

    def select(self, key: PresetKey | str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(PresetRole) == PresetKey(key).value:
                self.list.setCurrentRow(row)

    def _subjects(self, preset: Preset) -> list[PickItem]:
        if preset.subject is Subject.EMAIL:
            return list(self._pickers.emails)
        if preset.subject is Subject.AB_CAMPAIGN:
            return [i for i in self._pickers.campaigns if i.kind is DraftKind.AB_CAMPAIGNS]
        if preset.subject is Subject.CAMPAIGN:
            return list(self._pickers.campaigns)
        return []

    def _show_subject(self) -> None:
        preset = self.current()
        self.description.setText(QCoreApplication.translate("ReportPresets", preset.description))
        items = self._subjects(preset)
        self.subject.clear()
        if not preset.subject_required and preset.subject is not Subject.NONE:
            self.subject.addItem(tr("All campaigns"), None)
        for item in items:
            self.subject.addItem(item.name, item.code)
        labels = {
            Subject.EMAIL: tr("Email"),
            Subject.AB_CAMPAIGN: tr("A/B campaign"),
            Subject.CAMPAIGN: tr("Campaign"),
        }
        self.subject_label.setText(labels.get(preset.subject, ""))
        shown = preset.subject is not Subject.NONE
        self.subject.setVisible(shown)
        self.subject_label.setVisible(shown)
        missing = preset.subject_required and not items
        self.run_button.setEnabled(not missing)
        if missing:
            self.subject_label.setText(
                tr("No published {0} in this account yet: publish or pull one to use this report.").format(
                    labels[preset.subject].lower()
                )
            )
            self.subject_label.setWordWrap(True)

    def set_subject(self, code: str) -> None:
        index = self.subject.findData(code)
        if index >= 0:
            self.subject.setCurrentIndex(index)

    def _run(self) -> None:
        if not self.run_button.isEnabled():
            return
        preset = self.current()
        code = self.subject.currentData() if preset.subject is not Subject.NONE else None
        campaign = code if preset.subject in (Subject.CAMPAIGN, Subject.AB_CAMPAIGN) else None
        email = code if preset.subject is Subject.EMAIL else None
        self.preset_requested.emit(preset.key.value, campaign, email)

    def _update_compare(self) -> None:
        count = len(self.compare.selected())
        self.compare_button.setEnabled(MIN_COMPARED <= count <= MAX_COMPARED)
        if count > MAX_COMPARED:
            self.compare_note.setText(
                tr("Up to {0} campaigns: uncheck {1}.").format(MAX_COMPARED, count - MAX_COMPARED)
            )
        else:
            self.compare_note.setText(
                tr("Check {0} to {1} campaigns ({2} checked).").format(MIN_COMPARED, MAX_COMPARED, count)
            )

    def _compare(self) -> None:
        if self.compare_button.isEnabled():
            self.comparison_requested.emit(list(self.compare.selected()))
