"""The kind of campaign: one-time, A/B test or automated, each explained.

A draft's kind is fixed when it is created (New campaign asks first). While the campaign
was never published, choosing another kind here and pressing Next makes a new draft of
that kind with everything both kinds have (email, audience, settings, start time) and
removes this one; a campaign on the server keeps its kind (the server has no way to
change it), and the page says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from app.domain.kinds import CAMPAIGN_KINDS, DraftKind
from app.ui.wizard.context import WizardContext
from app.ui.wizard.pages.base import CampaignPage, help_label

ORDER = (DraftKind.CAMPAIGNS, DraftKind.AB_CAMPAIGNS, DraftKind.AUTO_CAMPAIGNS)


class KindPage(CampaignPage):
    change_requested = Signal(str)  # the DraftKind value to turn this draft into

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context, self.tr("What kind of campaign?"),
                         self.tr("You can change it until the campaign is published."))  # fmt: skip
        self.group = QButtonGroup(self)
        self.buttons: dict[DraftKind, QRadioButton] = {}
        texts = {
            DraftKind.CAMPAIGNS: (
                self.tr("One-time campaign"),
                self.tr("Sends one email to an audience once: at a time you choose, or when you start it."),
            ),
            DraftKind.AB_CAMPAIGNS: (
                self.tr("A/B test"),
                self.tr("Sends to a share of the audience first, measures opens or clicks, then sends the "
                        "version that did best to everyone else."),
            ),
            DraftKind.AUTO_CAMPAIGNS: (
                self.tr("Automated campaign"),
                self.tr("Sends again and again on a schedule (every Monday at 9:00, say), or whenever "
                        "it is triggered, to a segment or an API source."),
            ),
        }  # fmt: skip
        for kind in ORDER:
            title, explanation = texts[kind]
            button = QRadioButton(title)
            button.setObjectName(f"kind_{kind.value}")
            self.group.addButton(button)
            self.buttons[kind] = button
            self.body_layout.addWidget(button)
            note = help_label(explanation)
            note.setContentsMargins(24, 0, 0, 8)
            self.body_layout.addWidget(note)
        self.note = help_label()
        self.note.setObjectName("kindNote")
        self.body_layout.addWidget(self.note)
        self.body_layout.addStretch(1)
        self.group.buttonToggled.connect(lambda _b, _on: self._explain())

    @property
    def chosen(self) -> DraftKind:
        for kind, button in self.buttons.items():
            if button.isChecked():
                return kind
        return self.context.kind

    def choose(self, kind: DraftKind) -> None:
        self.buttons[kind].setChecked(True)

    def show_setup(self) -> None:
        self.buttons[self.context.kind].setChecked(True)
        published = self.context.remote_id is not None
        for kind, button in self.buttons.items():
            button.setEnabled(kind is self.context.kind or not published)
        self._explain()

    def _explain(self) -> None:
        kind = self.context.kind
        if self.context.remote_id is not None:
            text = self.tr(
                "This campaign is on the server as a {kind}: its kind can no longer change. "
                "Duplicate it from the list to set up a copy of another kind."
            ).format(kind=_noun(kind))
        elif self.chosen is not kind:
            text = self.tr(
                "Next makes a new {kind} draft with the same email, audience and settings, "
                "and removes this {old} draft."
            ).format(kind=_noun(self.chosen), old=_noun(kind))
        else:
            text = ""
        self.note.setText(text)

    def validatePage(self) -> bool:
        chosen = self.chosen
        if chosen is not self.context.kind and chosen in CAMPAIGN_KINDS and self.context.remote_id is None:
            self.change_requested.emit(chosen.value)
            return False  # this draft is replaced: the new one opens in its own wizard
        return True


def _noun(kind: DraftKind) -> str:
    names = {
        DraftKind.CAMPAIGNS: QCoreApplication.translate("KindPage", "one-time campaign"),
        DraftKind.AB_CAMPAIGNS: QCoreApplication.translate("KindPage", "A/B test"),
        DraftKind.AUTO_CAMPAIGNS: QCoreApplication.translate("KindPage", "automated campaign"),
    }
    return names[kind]
