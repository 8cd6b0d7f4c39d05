"""The A/B test itself: how big the test group is (slider and number), how the winner is
chosen (opens, clicks, click-to-open, each explained), and whether the groups are big
enough to decide anything (about 500 people per variant, when the audience size is known)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.campaign_review import MIN_PER_VARIANT, VARIANTS
from app.domain.enums import WinParameter
from app.ui.text_colors import hint_style
from app.ui.wizard.context import WizardContext
from app.ui.wizard.pages.base import CampaignPage, form, help_label


class AbTestPage(CampaignPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context, self.tr("How is the test run?"),
                         self.tr("How many people get the test, and what makes a version win."))  # fmt: skip
        layout = form()
        self.body_layout.addLayout(layout)
        share = QWidget()
        line = QHBoxLayout(share)
        line.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("abSlider")
        self.slider.setRange(1, 99)
        self.slider.setPageStep(5)
        self.spin = QSpinBox()
        self.spin.setObjectName("abPercent")
        self.spin.setRange(1, 99)
        self.spin.setSuffix(" %")
        line.addWidget(self.slider, 1)
        line.addWidget(self.spin)
        layout.addRow(self.tr("Test group:"), self.row("ab_percent", share, self.tr(
            "The share of the audience that gets the test; everyone else gets the winner.")))  # fmt: skip
        self.groups = QLabel()
        self.groups.setObjectName("abGroups")
        self.groups.setWordWrap(True)
        layout.addRow(self.groups)
        self.sample = QLabel()
        self.sample.setObjectName("abSampleWarning")
        self.sample.setWordWrap(True)
        self.sample.setStyleSheet(hint_style(self))
        layout.addRow(self.sample)

        criteria = QWidget()
        criteria_layout = QVBoxLayout(criteria)
        criteria_layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.criteria: dict[WinParameter, QRadioButton] = {}
        for value, title, explanation in (
            (WinParameter.OPEN, self.tr("Most opens"),
             self.tr("The version more people opened wins: a test of the subject line and sender.")),
            (WinParameter.CLICK, self.tr("Most clicks"),
             self.tr("The version more people clicked in wins: a test of what the email says and shows.")),
            (WinParameter.CLICK_TO_OPEN, self.tr("Best click-to-open rate"),
             self.tr("Of the people who opened it, the version more of them clicked in wins: the content "
                     "judged apart from the subject.")),
        ):  # fmt: skip
            button = QRadioButton(title)
            button.setObjectName(f"win_{value.value}")
            self.group.addButton(button)
            self.criteria[value] = button
            criteria_layout.addWidget(button)
            note = help_label(explanation)
            note.setContentsMargins(24, 0, 0, 4)
            criteria_layout.addWidget(note)
        layout.addRow(self.tr("Winner:"), self.row("win_parameter", criteria))
        self.body_layout.addStretch(1)
        self.slider.valueChanged.connect(self._on_share)
        self.spin.valueChanged.connect(self._on_share)
        self.group.buttonToggled.connect(self._on_criterion)
        context.facts_changed.connect(self._explain)

    def show_setup(self) -> None:
        percent = self.setup.ab_percent
        shown = percent if percent is not None else 20
        self.slider.setValue(shown)
        self.spin.setValue(shown)
        if percent is None:
            self.spin.setSpecialValueText("")
        for value, button in self.criteria.items():
            button.setChecked(self.setup.win_parameter is value)
        if self.setup.win_parameter is None:
            self.group.setExclusive(False)
            for button in self.criteria.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        self._explain()

    def initializePage(self) -> None:
        super().initializePage()
        if self.setup.ab_percent is None:  # what the slider shows is what is kept
            self.write(ab_percent=self.spin.value())

    def _on_share(self, value: int) -> None:
        for widget in (self.slider, self.spin):
            if widget.value() != value:
                widget.blockSignals(True)
                widget.setValue(value)
                widget.blockSignals(False)
        self.write(ab_percent=value)
        self._explain()

    def _on_criterion(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            value = next(v for v, b in self.criteria.items() if b is button)
            self.write(win_parameter=value)

    def _explain(self) -> None:
        size = self.context.facts.audience_size
        percent = self.setup.ab_percent or self.spin.value()
        if size is None:
            self.groups.setText(self.tr("The audience's size is not known, so the groups cannot be counted."))
            self.sample.hide()
            return
        loc = self.locale()
        test = size * percent // 100
        per_variant = test // VARIANTS
        groups = self.tr("Test: {test} of {size} people, about {each} per version; the winner goes to the "
                         "other {rest}.")  # fmt: skip
        numbers = {"test": test, "size": size, "each": per_variant, "rest": size - test}
        self.groups.setText(groups.format(**{name: loc.toString(n) for name, n in numbers.items()}))
        small = per_variant < MIN_PER_VARIANT
        self.sample.setVisible(small)
        if small:
            warning = self.tr("With fewer than {minimum} people per version the winner is mostly chance: "
                              "test on a larger share, or choose a larger audience.")  # fmt: skip
            self.sample.setText(warning.format(minimum=loc.toString(MIN_PER_VARIANT)))

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.setup.ab_percent is None:
            found["ab_percent"] = self.tr("Choose how big the test group is.")
        if self.setup.win_parameter is None:
            found["win_parameter"] = self.tr("Choose how the winner is picked.")
        return found

    def warnings(self) -> dict[str, str]:
        return {"ab_percent": self.sample.text()} if self.sample.isVisibleTo(self) else {}
