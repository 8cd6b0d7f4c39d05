"""What every page of the campaign wizard does: show the setup, write the user's choices
into it, and check its fields when Next is pressed, with the reason at the field."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from app.domain.campaign_payloads import CampaignSetup
from app.ui.editors.field_row import HELP_STYLE
from app.ui.wizard.context import WizardContext
from app.ui.wizard.rows import WizardRow


def help_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return layout


class CampaignPage(QWizardPage):
    """A page bound to the wizard's :class:`WizardContext`; subclasses build ``body``."""

    def __init__(self, context: WizardContext, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.context = context
        self._loading = False
        self.rows: dict[str, WizardRow] = {}
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def needed_width(self) -> int:
        """The width the page's fields need to show without scrolling sideways."""
        return self.body.minimumSizeHint().width()

    @property
    def setup(self) -> CampaignSetup:
        return self.context.setup

    def row(self, key: str, field: QWidget, help_text: str = "") -> WizardRow:
        row = WizardRow(key, field, help_text)
        self.rows[key] = row
        return row

    # -- the setup -------------------------------------------------------------------------

    def load(self) -> None:
        """Show the setup as it is now (never writes)."""
        self._loading = True
        try:
            self.show_setup()
        finally:
            self._loading = False

    def show_setup(self) -> None:
        raise NotImplementedError

    def write(self, **values: object) -> None:
        """The user chose: into the setup, and saved."""
        if self._loading:
            return
        self.setup.update(**values)
        for key in values:
            row = self.rows.get(key)
            if row is not None and row.problem:
                row.set_problem("")  # fixed, or changed: checked again on Next
        self.context.edited()

    # -- checks ----------------------------------------------------------------------------

    def problems(self) -> Mapping[str, str]:
        """Field key -> why Next cannot go on (translated)."""
        return {}

    def warnings(self) -> Mapping[str, str]:
        """Field key -> what the user should know, without stopping them."""
        return {}

    def check(self, *, show: bool = True) -> bool:
        problems = self.problems()
        if show:
            warnings = self.warnings()
            for key, row in self.rows.items():
                row.set_problem(problems.get(key, ""))
                row.set_hints([warnings[key]] if key in warnings else [])
            first = next((self.rows[k] for k in self.rows if k in problems), None)
            if first is not None:
                first.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return not problems

    def validatePage(self) -> bool:
        return self.check()

    def initializePage(self) -> None:
        self.load()

    def cleanupPage(self) -> None:
        """Back keeps everything typed on this page (QWizard would reset its fields)."""
