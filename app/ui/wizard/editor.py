"""The editor of the three campaign kinds: the campaign wizard inside the editors' machinery.

:class:`~app.ui.editors.base.DraftEditor` does what every editor does (load the draft,
hand each change to the autosaver, show the server's refusal at the fields and in the
header, follow the draft as it is published or pulled); this editor gives it one input,
the wizard's whole setup, written through the payload builder of the campaign's kind.
Publishing goes through the review: what it finds blocking keeps the draft from being sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.domain.campaign_payloads import build_payload, convert, setup_from_payload
from app.domain.drafts import Draft, DraftState
from app.domain.kinds import DraftKind
from app.services.autosave import Autosaver
from app.services.campaign_control import CampaignAction, status_of
from app.services.workspace_service import WorkspaceService
from app.ui.campaigns.actions import CampaignActionsBar, Target
from app.ui.editors.base import DraftEditor
from app.ui.editors.field_row import FieldRow
from app.ui.editors.inputs import FieldInput
from app.ui.editors.payload_state import PayloadState
from app.ui.wizard.context import WizardContext, WizardServices
from app.ui.wizard.findings import blocking
from app.ui.wizard.wizard import CampaignWizard, Step

SETUP_KEY = "$setup"  # the one input's key: no wire field has it


class SetupInput(FieldInput):
    """The whole campaign as one input: read into the wizard, written through the builder."""

    def __init__(self, editor: CampaignWizardEditor) -> None:
        super().__init__(SETUP_KEY)
        self._editor = editor
        self.hide()

    def _set(self, payload: Mapping[str, Any]) -> None:
        self._editor.show_payload(payload)

    def write(self, state: PayloadState) -> bool:
        built = build_payload(self._editor.context.setup)
        changed = False
        for key in sorted(set(state.current) | set(built)):
            if key in built:
                changed = state.apply(key, built[key], lambda _value: False) or changed
            else:  # the builder left it out: it was never there
                changed = state.apply(key, None, lambda value: value is None) or changed
        return changed

    def has_content(self) -> bool:
        return self._editor.context.setup.has_message

    def changed_by_user(self) -> None:
        self._changed()


class CampaignWizardEditor(DraftEditor):
    open_requested = Signal(int)  # another draft to show: the kind changed, or a duplicate

    def __init__(
        self,
        kind: DraftKind,
        *,
        workspace: WorkspaceService,
        autosaver: Autosaver,
        services: WizardServices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, workspace=workspace, autosaver=autosaver, parent=parent)
        self.setObjectName(f"campaignEditor_{kind.value}")
        self.services = services
        self.context = WizardContext(services, kind, self)
        self.header.publish.hide()  # publishing is the review's, at its end
        self.control_bar: CampaignActionsBar | None = None
        if services.control is not None:
            self.control_bar = CampaignActionsBar(services.control, autosaver.runner, duplicate=True)
            self.control_bar.open_requested.connect(self.open_requested)
            self._layout.addWidget(self.control_bar)
        self.wizard = CampaignWizard(self.context, self)
        self.wizard.set_can_start(services.control is not None)
        self.input = SetupInput(self)
        self._register(self.input, FieldRow(SETUP_KEY, self.input), self.wizard.rows())
        self._layout.addWidget(self.input)
        self._set_body(self.wizard)
        self.context.setup_edited.connect(self.input.changed_by_user)
        self.wizard.kind_page.change_requested.connect(self._change_kind)
        self.wizard.save_clicked.connect(self._save)
        self.wizard.publish_clicked.connect(self._on_publish)
        self.wizard.publish_and_start_clicked.connect(self._publish_and_start)
        self.wizard.currentIdChanged.connect(lambda _id: self._update_buttons())
        self.context.facts_changed.connect(self._update_buttons)
        self.context.setup_edited.connect(self._update_buttons)
        if services.control is not None:
            services.control.waiting.connect(self._on_waiting)
            services.control.finished.connect(self._on_control_finished)

    # -- the draft -------------------------------------------------------------------------

    def load(self, draft: Draft) -> None:
        self.context.facts = type(self.context.facts)()
        super().load(draft)
        if self.context.setup.is_fresh:
            self.wizard.open_at_start()
        else:
            self.wizard.advance()
            first = next(iter(self._server_errors), None)
            if first is not None:
                self.wizard.show_field(first)  # where the server's refusal is
        self._update_buttons()

    def show_payload(self, payload: Mapping[str, Any]) -> None:
        """The payload loaded or refreshed: into the wizard's setup and its pages."""
        draft = self._draft
        self.context.remote_id = draft.remote_id if draft is not None else None
        self.context.setup = setup_from_payload(self.kind, payload)
        self.wizard.reload()
        self._update_actions()

    def _after_fill(self) -> None:
        self._update_buttons()

    def _validate(self) -> None:
        """The pages check their fields on Next and the review checks the whole; nothing
        is flagged while the user is still choosing."""
        self._remark()

    def _problems(self) -> dict[str, list[str]]:
        return blocking(self.context, build_payload(self.context.setup), datetime.now(UTC))

    def _reveal(self, row: FieldRow) -> None:
        step = self.wizard.page_of_row(row)  # type: ignore[arg-type]
        if step is not None:
            self.wizard.go_to(step)

    def _show_state(self, draft: Draft) -> None:
        super()._show_state(draft)
        self.context.remote_id = draft.remote_id
        self._update_actions()
        self._update_buttons()

    # -- the review's buttons ----------------------------------------------------------------

    def _update_buttons(self) -> None:
        publish, start = self.wizard.publish_buttons()
        blocked = self.wizard.review_page.blocked
        draft = self._draft
        conflict = draft is not None and draft.state is DraftState.CONFLICT
        for button in (publish, start):
            button.setEnabled(not blocked and not conflict and draft is not None)
        if conflict:
            tip = self.tr("Resolve the conflict first (the banner above).")
        elif blocked:
            tip = self.tr("Fix what the review lists first.")
        else:
            tip = ""
        publish.setToolTip(tip or self.tr("Send the campaign to the server; it waits there until started."))
        start.setToolTip(tip or self.tr("Send the campaign to the server and start it."))
        if draft is not None and draft.state is DraftState.PUBLISHED:
            publish.setToolTip(self.tr("Nothing to publish: the server has this version."))
            publish.setEnabled(False)
            control = self.services.control
            why = None if control is None else control.reason(
                CampaignAction.START, status_of(draft), published=draft.remote_id is not None)
            if why is not None:  # running, paused or archived: there is nothing to start
                start.setEnabled(False)
                start.setToolTip(why)
            elif not blocked:
                start.setToolTip(self.tr("The server has this version: start it."))

    def _save(self) -> None:
        task = self._autosaver.spawn_flush()
        self.wizard.review_page.set_status(self.tr("Saving…"))

        def saved(done: Any) -> None:
            if done.cancelled() or done.exception() is not None:
                return  # the header says what went wrong
            self.wizard.review_page.set_status(self.tr("Saved on this computer: nothing was sent."))

        task.add_done_callback(saved)

    def _publish_and_start(self) -> None:
        control = self.services.control
        draft = self._draft
        if control is None or draft is None:
            return
        problems = self._problems()
        if problems:
            self._on_publish()  # says which fields, goes to the first
            return
        local_id = draft.local_id
        self.wizard.review_page.set_status(self.tr("Publishing, then starting…"))

        async def run() -> None:
            await self._autosaver.flush()
            if self._autosaver.is_pending(local_id):
                return  # not saved: the header says why
            result = await control.publish_and_start(local_id)
            if shiboken6.isValid(self) and local_id == self.local_id:
                self.wizard.review_page.set_status(result.message)

        self._autosaver.runner.spawn(run(), name=f"publish-and-start-{local_id}")

    def _on_waiting(self, local_id: int, text: str) -> None:
        if local_id == self.local_id:
            self.wizard.review_page.set_status(text)

    def _on_control_finished(self, results: list[Any]) -> None:
        mine = [r for r in results if r.local_id == self.local_id]
        if mine and self.wizard.step == Step.REVIEW:
            self.wizard.review_page.set_status(mine[-1].message)

    def _update_actions(self) -> None:
        draft = self._draft
        if self.control_bar is None:
            return
        self.control_bar.setVisible(draft is not None and draft.remote_id is not None)
        if draft is not None:
            target = Target(draft.local_id, draft.title, status_of(draft), draft.remote_id is not None)
            self.control_bar.set_targets([target])

    # -- another kind ----------------------------------------------------------------------

    def _change_kind(self, kind_value: str) -> None:
        draft = self._draft
        if draft is None or draft.remote_id is not None:
            return
        target = DraftKind(kind_value)
        new_setup = convert(self.context.setup, target)
        old_id = draft.local_id

        async def change() -> None:
            await self._autosaver.flush()
            created = await self._workspace.create_draft(target, build_payload(new_setup))
            self._autosaver.forget(old_id)
            await self._workspace.delete_draft(old_id)
            if shiboken6.isValid(self):
                self.unload()
                self.open_requested.emit(created.local_id)

        self._autosaver.runner.spawn(change(), name=f"campaign-kind-{old_id}")
        # The kind page stays until the new draft opens in the wizard of its kind.
        QTimer.singleShot(0, lambda: self.wizard.kind_page.note.setText(self.tr("Making the new draft…")))
