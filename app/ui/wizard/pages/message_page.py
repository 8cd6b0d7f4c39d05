"""The email a campaign sends, picked by internal name and subject among the account's emails
(published ones and local drafts; a local draft is published first), with a small preview
and the email editor's checks.

With the email services (the authoring service and the sample profile) the preview is the
email editor's own pane, rendered the same way, and the checks are the editor's; without
them (tests, a build without the web engine) the subject, sender and plain text show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import DraftState
from app.services.campaign_catalog import EmailChoice
from app.services.campaign_catalog import EmailPreview as EmailPreview_
from app.services.tasks import TaskRunner
from app.ui.domain_text import finding_text
from app.ui.models.badges import badge_label, state_badge
from app.ui.pages.deferred_task import spawn_soon
from app.ui.wizard.context import WizardContext
from app.ui.wizard.pages.base import CampaignPage, help_label

if TYPE_CHECKING:
    from app.ui.editors.email_editor import EmailServices
    from app.ui.editors.email_preview import EmailPreview

LOCAL_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class EmailPreviewBox(QGroupBox):
    """Subject, sender and a preview of the chosen email, and what its checks found."""

    def __init__(
        self, services: EmailServices | None, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self._services = services
        self._tasks = tasks
        self._driver: EmailPreview | None = None
        self._checked: int | None = None
        layout = QVBoxLayout(self)
        details = QFormLayout()
        self.subject = QLabel()
        self.subject.setObjectName("previewSubject")
        self.subject.setWordWrap(True)
        self.from_label = QLabel()
        self.from_label.setObjectName("previewSender")
        details.addRow(self.tr("Subject:"), self.subject)
        details.addRow(self.tr("From:"), self.from_label)
        layout.addLayout(details)
        self.pane_box = QVBoxLayout()
        layout.addLayout(self.pane_box)
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(120)
        self.text.setMaximumHeight(220)
        layout.addWidget(self.text)
        self.checks = QLabel()
        self.checks.setObjectName("previewChecks")
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.checks)
        self.note = help_label()
        self.note.setObjectName("previewNote")
        layout.addWidget(self.note)
        self.show_preview(None)

    def _pane(self) -> EmailPreview | None:
        """The email editor's preview pane, made when first needed (it starts the web engine)."""
        if self._services is None:
            return None
        if self._driver is None:
            from app.ui.editors.email_language_page import Part
            from app.ui.editors.email_preview import EmailPreview
            from app.ui.preview import PreviewPane

            pane = PreviewPane()
            pane.setMinimumHeight(260)
            self.pane_box.addWidget(pane)
            self._part = Part.HTML
            authoring = self._services.authoring
            self._driver = EmailPreview(pane, authoring, self._tasks, lambda: self._sample, self)
            self._sample: dict[str, Any] = {}
        return self._driver

    def show_preview(self, preview: EmailPreview_ | None, *, local: bool = False) -> None:
        if preview is None:
            self.subject.setText(self.tr("(choose an email)"))
            self.from_label.setText("")
            self.text.setPlainText("")
            self.text.setVisible(self._services is None)
            self.checks.setText("")
            self.note.setText("")
            return
        self.subject.setText(preview.subject or self.tr("(no subject)"))
        self.from_label.setText(preview.from_address)
        self.note.setText(
            self.tr("A local draft: it is published first, then this campaign.") if local else ""
        )
        driver = self._pane()
        if driver is None:
            self.text.setVisible(True)
            self.text.setPlainText(preview.plain_text or self.tr("(this email has no plain-text version)"))
            return
        self.text.setVisible(False)
        driver.show(preview.payload, None, self._part, email=preview.local_id)
        if self._checked != preview.local_id:
            self._checked = preview.local_id
            self.checks.setText(self.tr("Checking the email…"))
            spawn_soon(self._tasks, self, lambda: self._check(preview), "wizard-email-checks")

    async def _check(self, preview: EmailPreview_) -> None:
        services = self._services
        assert services is not None
        declared = [field.name for field in await services.profile_fields.declared_fields()]
        self._sample = await services.profile_fields.sample_profile()
        channel = f"wizard-{id(self)}"
        findings = await services.authoring.check(dict(preview.payload), declared, channel=channel)
        if findings is None or not shiboken6.isValid(self) or self._checked != preview.local_id:
            return
        self.show_findings(findings)

    def show_findings(self, findings: list[Any]) -> None:
        if not findings:
            self.checks.setText(self.tr("The email's checks found nothing to fix."))
            return
        marks = {"error": "✖", "warning": "⚠"}
        shown = [
            f"{marks.get(str(f.severity), 'ℹ')} {finding_text(f)}" for f in findings[:5]
        ]
        more = len(findings) - len(shown)
        if more > 0:
            shown.append(self.tr("… and {n} more: open the email to see them all.").format(n=more))
        self.checks.setText(self.tr("The email's checks:") + "\n" + "\n".join(shown))


class MessagePage(CampaignPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context, self.tr("Which email does it send?"),
                         self.tr("Pick an email by its internal name or subject."))  # fmt: skip
        self.filter = QLineEdit()
        self.filter.setObjectName("emailFilter")
        self.filter.setPlaceholderText(self.tr("Find an email by name or subject"))
        self.filter.setClearButtonEnabled(True)
        self.list = QTreeWidget()
        self.list.setObjectName("emailList")
        self.list.setHeaderLabels([self.tr("Internal name"), self.tr("Subject"), self.tr("State")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(160)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = help_label()
        self.empty.setObjectName("emailEmpty")
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.filter)
        box_layout.addWidget(self.list)
        box_layout.addWidget(self.empty)
        self.body_layout.addWidget(self.row("message_id", box))
        self.preview = EmailPreviewBox(context.services.email, context.services.autosaver.runner)
        self.body_layout.addWidget(self.preview)
        self.body_layout.addStretch(1)
        self._emails: list[EmailChoice] | None = None
        self._preview_of: int | None = None
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._on_current)

    # -- loading ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        super().initializePage()
        self.reload()

    def reload(self) -> None:
        if self._emails is None:
            self.empty.setText(self.tr("Loading the emails…"))
        self.context.spawn(self._load(), "wizard-emails")

    async def _load(self) -> None:
        emails = await self.context.services.catalog.emails()
        if not shiboken6.isValid(self):
            return  # the wizard closed meanwhile
        self._emails = emails
        self._fill()

    def _fill(self) -> None:
        emails = self._emails or []
        self._loading = True
        try:
            self.list.clear()
            for email in emails:
                if email.state is DraftState.LOCAL:
                    state = self.tr("Local draft: published first")
                else:
                    state = badge_label(state_badge(email.state, False))
                item = QTreeWidgetItem([email.name, email.subject, state])
                item.setData(0, LOCAL_ROLE, email.local_id)
                item.setToolTip(0, email.name)
                item.setToolTip(1, email.subject)
                self.list.addTopLevelItem(item)
        finally:
            self._loading = False
        if not emails:
            self.empty.setText(self.tr("There are no emails in this account yet: write one under Emails, "
                                       "or Pull (F5) to fetch the server's."))  # fmt: skip
        else:
            self.empty.setText("")
        self.show_setup()
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            assert item is not None
            haystack = f"{item.text(0)}\n{item.text(1)}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    # -- the setup -------------------------------------------------------------------------

    def _chosen(self) -> EmailChoice | None:
        if self._emails is None:
            return None
        setup = self.setup
        for email in self._emails:
            if setup.message_local_id is not None and email.local_id == setup.message_local_id:
                return email
            published = email.remote_id is not None and email.remote_id == setup.message_id
            if setup.message_local_id is None and published:
                return email
        return None

    def show_setup(self) -> None:
        chosen = self._chosen()
        was = self._loading
        self._loading = True
        try:
            self.list.clearSelection()
            for index in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(index)
                assert item is not None
                if chosen is not None and item.data(0, LOCAL_ROLE) == chosen.local_id:
                    self.list.setCurrentItem(item)
                    self.list.scrollToItem(item)
        finally:
            self._loading = was
        self._learn(chosen)

    def _learn(self, chosen: EmailChoice | None) -> None:
        if self._emails is None:
            return  # not known yet
        setup = self.setup
        gone = chosen is None and setup.message_local_id is not None
        # An email the workspace has not pulled has its number only: the review says "#41".
        self.context.learnt(message_name=chosen.name if chosen is not None else None, email_gone=gone)
        if chosen is not None and chosen.local_id != self._preview_of:
            self._preview_of = chosen.local_id
            self.context.spawn(self._show_preview(chosen), "wizard-email-preview")
        elif chosen is None:
            self._preview_of = None
            self.preview.show_preview(None)
            if setup.message_id is not None and not gone:
                missing = self.tr("Email #{id} is not in this workspace: Pull (F5) to see it.")
                self.preview.note.setText(missing.format(id=setup.message_id))

    async def _show_preview(self, chosen: EmailChoice) -> None:
        preview = await self.context.services.catalog.email_preview(chosen.local_id)
        if shiboken6.isValid(self) and self._preview_of == chosen.local_id:
            self.preview.show_preview(preview, local=chosen.is_local)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._loading or item is None or self._emails is None:
            return
        local_id = item.data(0, LOCAL_ROLE)
        email = next((e for e in self._emails if e.local_id == local_id), None)
        if email is None:
            return
        if email.is_local:
            self.write(message_id=None, message_local_id=email.local_id)
        else:
            self.write(message_id=email.remote_id, message_local_id=None)
        self._learn(email)

    def select_email(self, local_id: int) -> None:
        """Choose an email as a click would (tests)."""
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, LOCAL_ROLE) == local_id:
                self.list.setCurrentItem(item)
                return
        raise KeyError(local_id)

    # -- checks ----------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        if not self.setup.has_message:
            return {"message_id": self.tr("Choose the email this campaign sends.")}
        if self.context.facts.email_gone:
            return {"message_id": self.tr("The email draft chosen was deleted: choose another.")}
        return {}
