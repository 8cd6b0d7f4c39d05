"""The QWizard of a campaign: kind → message → audience → schedule → A/B test (A/B only) →
settings → review, with the steps listed beside it.

It lives inside the campaign editor, not as a window: there is nothing to cancel or
finish (every choice is saved as it is made), Esc closes nothing, and Enter in a field
does not turn the page. Back keeps what was typed (pages never reset their fields). A step
in the list can be clicked: back to any page, or forward as far as the pages allow.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QListWidget, QListWidgetItem, QVBoxLayout, QWidget, QWizard

from app.domain.kinds import DraftKind
from app.ui.wizard.context import WizardContext
from app.ui.wizard.pages.ab_page import AbTestPage
from app.ui.wizard.pages.audience_page import AudiencePage
from app.ui.wizard.pages.base import CampaignPage
from app.ui.wizard.pages.kind_page import KindPage
from app.ui.wizard.pages.message_page import MessagePage
from app.ui.wizard.pages.review_page import ReviewPage
from app.ui.wizard.pages.schedule_page import SchedulePage
from app.ui.wizard.pages.settings_page import SettingsPage
from app.ui.wizard.rows import WizardRow


class Step(IntEnum):
    KIND = 0
    MESSAGE = 1
    AUDIENCE = 2
    SCHEDULE = 3
    AB_TEST = 4
    SETTINGS = 5
    REVIEW = 6


SAVE = QWizard.WizardButton.CustomButton1
PUBLISH = QWizard.WizardButton.CustomButton2
PUBLISH_AND_START = QWizard.WizardButton.CustomButton3


class CampaignWizard(QWizard):
    save_clicked = Signal()
    publish_clicked = Signal()
    publish_and_start_clicked = Signal()

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignWizard")
        self.setWindowFlags(Qt.WindowType.Widget)  # a part of the editor, not a dialog
        self.context = context
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        for option in (QWizard.WizardOption.NoCancelButton, QWizard.WizardOption.NoDefaultButton,
                       QWizard.WizardOption.NoBackButtonOnStartPage):  # fmt: skip
            self.setOption(option, True)
        self.kind_page = KindPage(context)
        self.message_page = MessagePage(context)
        self.audience_page = AudiencePage(context)
        self.schedule_page = SchedulePage(context)
        self.ab_page = AbTestPage(context) if context.kind is DraftKind.AB_CAMPAIGNS else None
        self.settings_page = SettingsPage(context)
        self.review_page = ReviewPage(context)
        self.pages: dict[Step, CampaignPage] = {
            Step.KIND: self.kind_page,
            Step.MESSAGE: self.message_page,
            Step.AUDIENCE: self.audience_page,
            Step.SCHEDULE: self.schedule_page,
            Step.SETTINGS: self.settings_page,
            Step.REVIEW: self.review_page,
        }
        if self.ab_page is not None:
            self.pages[Step.AB_TEST] = self.ab_page
        for step in sorted(self.pages):
            self.setPage(int(step), self.pages[step])
        self.setStartId(int(Step.KIND))
        self.setButtonText(SAVE, self.tr("Save draft"))
        self.setButtonText(PUBLISH, self.tr("Publish"))
        self.setButtonText(PUBLISH_AND_START, self.tr("Publish and start"))
        for which, name in ((SAVE, "saveDraft"), (PUBLISH, "publishCampaign"),
                            (PUBLISH_AND_START, "publishAndStart")):  # fmt: skip
            self.button(which).setObjectName(name)
        self._can_start = True
        self._button_layout: list[QWizard.WizardButton] = []
        self.customButtonClicked.connect(self._on_custom)
        self.steps = QListWidget()
        self.steps.setObjectName("wizardSteps")
        self.steps.setFrameShape(QListWidget.Shape.NoFrame)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setStyleSheet("QListWidget#wizardSteps { background: transparent; }"
                                 " QListWidget#wizardSteps::item { padding: 4px 6px; }")  # fmt: skip
        for step in sorted(self.pages):
            item = QListWidgetItem(self._step_name(step))
            item.setData(Qt.ItemDataRole.UserRole, int(step))
            self.steps.addItem(item)
        bold = self.steps.font()
        bold.setBold(True)
        names = [self.steps.item(i).text() for i in range(self.steps.count())]
        widest = max(QFontMetrics(bold).horizontalAdvance(name) for name in names)
        self.steps.setFixedWidth(widest + 32)
        self.steps.setFixedHeight(self.steps.sizeHintForRow(0) * self.steps.count() + 8)
        side = QWidget(self)  # the steps at the top of the side, not centred beside a long page
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        side_layout.addWidget(self.steps)
        side_layout.addStretch(1)
        self.setSideWidget(side)
        self._side = side  # PySide does not hand it to the wizard: keep it alive
        self.steps.itemClicked.connect(lambda item: self.go_to(Step(item.data(Qt.ItemDataRole.UserRole))))
        self.currentIdChanged.connect(self._on_page)
        self.review_page.go_to_field.connect(self.show_field)
        # What a page shows grows as it is filled in (a time chosen, a file read): fit again after.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_side)
        context.setup_edited.connect(self._fit_timer.start)
        context.facts_changed.connect(self._fit_timer.start)
        self._on_page(self.currentId())

    def _step_name(self, step: Step) -> str:
        return {
            Step.KIND: self.tr("Kind"),
            Step.MESSAGE: self.tr("Email"),
            Step.AUDIENCE: self.tr("Audience"),
            Step.SCHEDULE: self.tr("Schedule"),
            Step.AB_TEST: self.tr("A/B test"),
            Step.SETTINGS: self.tr("Settings"),
            Step.REVIEW: self.tr("Review"),
        }[step]

    # -- room --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_side()

    def _fit_side(self) -> None:
        """The steps step aside when the page would not fit beside them (a narrow editor, a
        longer language): a page scrolled sideways hides the ends of its lines."""
        page = self.currentPage()
        if not isinstance(page, CampaignPage):
            return
        side = self._side.sizeHint().width()
        chrome = 32  # the wizard's margins and the page's scroll bar
        fits = page.needed_width() + side + chrome <= self.width()
        if self._side.isVisibleTo(self) != fits:
            self._side.setVisible(fits)
        self._fit_buttons()

    # -- not a dialog ----------------------------------------------------------------------

    def reject(self) -> None:
        """Esc: nothing to close, everything is saved already."""

    def done(self, result: int) -> None:
        """Never hide: the editor shows the wizard for as long as the draft is open."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    # -- navigation ------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return Step(self.currentId())

    def nextId(self) -> int:
        order = sorted(self.pages)
        current = self.step
        later = [s for s in order if s > current]
        return int(later[0]) if later else -1

    def reload(self) -> None:
        """The setup changed under the pages (loaded, refreshed): every page visited shows it."""
        for step in self.visitedIds():
            page = self.pages.get(Step(step))
            if page is not None:
                page.load()

    def open_at_start(self) -> None:
        self.restart()
        self._on_page(self.currentId())

    def advance(self, until: Step = Step.REVIEW) -> Step:
        """From the start, forward through the pages that pass their checks: the first
        with a problem stops it (its reasons show at its fields)."""
        self.restart()
        while self.step < until:
            before = self.step
            self.next()
            if self.step == before:
                break
        return self.step

    def go_to(self, target: Step) -> None:
        if target not in self.pages:
            return
        if int(target) in self.visitedIds() and target <= self.step:
            while self.step > target:
                self.back()
            return
        while self.step < target:
            before = self.step
            self.next()
            if self.step == before:
                return  # that page needs something first: its message says what

    def page_of_row(self, row: WizardRow) -> Step | None:
        for step, page in self.pages.items():
            if row in page.rows.values():
                return step
        return None

    def show_field(self, key: str) -> None:
        """Go to the page of a wire field and put the cursor in it."""
        for step, page in self.pages.items():
            row = page.rows.get(key)
            if row is not None:
                self.go_to(step)
                if self.step == step:
                    row.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def rows(self) -> dict[str, WizardRow]:
        """Every field of every page, by wire key (for the server's messages)."""
        found: dict[str, WizardRow] = {}
        for page in self.pages.values():
            found.update(page.rows)
        return found

    # -- buttons ---------------------------------------------------------------------------

    def _on_page(self, page_id: int) -> None:
        on_review = page_id == int(Step.REVIEW)
        for option in (QWizard.WizardOption.HaveCustomButton1, QWizard.WizardOption.HaveCustomButton2,
                       QWizard.WizardOption.HaveCustomButton3):  # fmt: skip
            self.setOption(option, on_review)
        self._set_buttons(page_id, with_back=True)
        self.setOption(QWizard.WizardOption.HaveCustomButton3, on_review and self._can_start)
        for index in range(self.steps.count()):
            item = self.steps.item(index)
            step = item.data(Qt.ItemDataRole.UserRole)
            font = item.font()
            font.setBold(step == page_id)
            item.setFont(font)
        row = next((i for i in range(self.steps.count())
                    if self.steps.item(i).data(Qt.ItemDataRole.UserRole) == page_id), -1)  # fmt: skip
        self.steps.setCurrentRow(row)
        self._fit_timer.start()

    def _set_buttons(self, page_id: int, *, with_back: bool) -> None:
        layout = [QWizard.WizardButton.Stretch]
        if with_back:
            layout.append(QWizard.WizardButton.BackButton)
        if page_id == int(Step.REVIEW):
            layout += [SAVE, PUBLISH, PUBLISH_AND_START] if self._can_start else [SAVE, PUBLISH]
        else:
            layout.append(QWizard.WizardButton.NextButton)
        if layout != self._button_layout:
            self._button_layout = layout
            self.setButtonLayout(layout)

    def _fit_buttons(self) -> None:
        """On the review, Back steps aside when the four buttons would not fit in a row (the
        steps beside the page still lead back to any page)."""
        page_id = self.currentId()
        if page_id != int(Step.REVIEW):
            return
        shown = [SAVE, PUBLISH, PUBLISH_AND_START] if self._can_start else [SAVE, PUBLISH]
        widths = [self.button(b).sizeHint().width() for b in (QWizard.WizardButton.BackButton, *shown)]
        room = self.width() - 24 - 8 * len(widths)
        self._set_buttons(page_id, with_back=sum(widths) <= room or not self._side.isVisibleTo(self))

    def set_can_start(self, can: bool) -> None:
        """Whether Publish and start is offered (it needs the server's campaign control)."""
        self._can_start = can
        self._on_page(self.currentId())

    def publish_buttons(self) -> tuple[QAbstractButton, QAbstractButton]:
        return self.button(PUBLISH), self.button(PUBLISH_AND_START)

    def _on_custom(self, which: object) -> None:
        button = which if isinstance(which, QWizard.WizardButton) else QWizard.WizardButton(which)
        if button == SAVE:
            self.save_clicked.emit()
        elif button == PUBLISH:
            self.publish_clicked.emit()
        elif button == PUBLISH_AND_START:
            self.publish_and_start_clicked.emit()
