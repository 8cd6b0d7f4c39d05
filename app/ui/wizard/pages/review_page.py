"""The whole campaign in sentences, what blocks it and what to look at, before anything is sent.

Findings are the domain's review (:func:`app.domain.campaign_review.review`), what the
pages found out (a segment deleted on the server, a file that cannot be read) and what
the server would refuse anyway (the editors' publish checks). Each says where to fix it;
an error keeps Publish and Publish and start disabled, a warning does not.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel

from app.domain import crontab
from app.domain.campaign_payloads import build_payload
from app.domain.campaign_review import ERROR, WARNING
from app.domain.campaign_summary import summary
from app.ui.theme import is_dark
from app.ui.wizard.context import WizardContext
from app.ui.wizard.findings import Shown, collect
from app.ui.wizard.formatting import day_names, month_names, sentence_text
from app.ui.wizard.pages.base import CampaignPage, help_label


class ReviewPage(CampaignPage):
    go_to_field = Signal(str)  # a wire key: show its page and put the cursor in it

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context, self.tr("Check and send"),
                         self.tr("Nothing is sent until you publish."))  # fmt: skip
        self.body_layout.addWidget(_heading(self.tr("The campaign in short")))
        self.sentences = QLabel()
        self.sentences.setObjectName("reviewSentences")
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)
        self.sentences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.sentences)
        self.body_layout.addSpacing(8)
        self.body_layout.addWidget(_heading(self.tr("Checks")))
        self.findings_label = QLabel()
        self.findings_label.setObjectName("reviewFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.linkActivated.connect(self._on_link)
        self.body_layout.addWidget(self.findings_label)
        self.status = help_label()
        self.status.setObjectName("reviewStatus")
        self.body_layout.addWidget(self.status)
        self.body_layout.addStretch(1)
        self.shown: list[Shown] = []
        context.facts_changed.connect(self._refresh_if_shown)
        context.setup_edited.connect(self._refresh_if_shown)

    def _on_link(self, link: str) -> None:
        self.go_to_field.emit(link.removeprefix("field:"))

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.load()

    @property
    def blocked(self) -> bool:
        return any(item.severity == ERROR for item in self.shown)

    def show_setup(self) -> None:
        now = datetime.now(UTC)
        payload = build_payload(self.setup)
        zone = self.context.zone
        words = None
        expr = self.setup.crontab
        if expr and crontab.error_of(expr) is None:
            locale = QLocale()
            words = crontab.describe(expr, locale_code=locale.name(), day_names=day_names(locale),
                                     month_names=month_names(locale))  # fmt: skip
        lines = summary(self.context.kind.value, payload, self.context.review_facts(words), now=now)
        self.sentences.setText("".join(f"<p>{html.escape(sentence_text(s, zone))}</p>" for s in lines))
        self.shown = collect(self.context, payload, now)
        self._show_findings()

    def _show_findings(self) -> None:
        dark = is_dark(self.palette())
        red, amber = ("#ef5350", "#ffb74d") if dark else ("#c62828", "#b26a00")
        if not self.shown:
            self.findings_label.setText(
                "<p>" + html.escape(self.tr("Everything is set: nothing stops this campaign.")) + "</p>"
            )
            return
        parts = []
        errors = sum(1 for item in self.shown if item.severity == ERROR)
        if errors:
            parts.append(f"<p><b>{html.escape(self.tr('Fix these before publishing:'))}</b></p>")
        items = []
        for item in self.shown:
            colour, mark = (red, "✖") if item.severity == ERROR else (amber, "⚠")
            link = html.escape(self.tr("Go there"))
            items.append(
                f"<li><span style='color:{colour}'>{mark}</span> {html.escape(item.text)} "
                f"<a href='field:{html.escape(item.field)}'>{link}</a></li>"
            )
        parts.append("<ul style='margin-left:0'>" + "".join(items) + "</ul>")
        if not errors:
            parts.insert(0, f"<p>{html.escape(self.tr('Worth a look (publishing is still possible):'))}</p>")
        self.findings_label.setText("".join(parts))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def validatePage(self) -> bool:
        return not self.blocked

    def warnings_shown(self) -> list[Shown]:
        return [item for item in self.shown if item.severity == WARNING]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
