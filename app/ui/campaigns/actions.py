"""Start, Pause, Resume, Archive and Duplicate for the campaigns selected (one or several).

An action is enabled when it applies to at least one of them and is applied to those only;
when it applies to none, its tooltip says why (the status, or "publish it first"). Start
and Archive ask first. What the server answered is shown in words, refusals included, and
the campaigns' state is refreshed from the server by the control service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.services.campaign_control import ActionResult, CampaignAction, CampaignControl
from app.services.tasks import TaskRunner
from app.ui.editors.field_row import HELP_STYLE
from app.ui.pages.sections import plural
from app.ui.text_colors import problem_style


@dataclass(frozen=True, slots=True)
class Target:
    """A campaign the actions may apply to."""

    local_id: int
    title: str
    status: str | None  # the server's status; None while never published
    published: bool


_CONFIRMED = frozenset({CampaignAction.START, CampaignAction.ARCHIVE})


class CampaignActionsBar(QWidget):
    open_requested = Signal(int)  # a duplicate was made: show it
    message = Signal(str)  # what happened, for a status bar

    def __init__(self, control: CampaignControl, tasks: TaskRunner, *, duplicate: bool = True,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("campaignActions")
        self._control = control
        self._tasks = tasks
        self._targets: list[Target] = []
        self._busy = False
        self._box: QMessageBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[CampaignAction, QPushButton] = {}
        for action, text in (
            (CampaignAction.START, self.tr("Start")),
            (CampaignAction.PAUSE, self.tr("Pause")),
            (CampaignAction.RESUME, self.tr("Resume")),
            (CampaignAction.ARCHIVE, self.tr("Archive")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.request(a))
            self.buttons[action] = button
            layout.addWidget(button)
        self.duplicate = QPushButton(self.tr("Duplicate"))
        self.duplicate.setObjectName("action_duplicate")
        self.duplicate.setToolTip(self.tr("A new draft with the same settings, to change and publish"))
        self.duplicate.setVisible(duplicate)
        self.duplicate.clicked.connect(self._duplicate)
        layout.addWidget(self.duplicate)
        self.result = QLabel()
        self.result.setObjectName("actionResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result, 1)
        control.busy_changed.connect(self._set_busy)
        self._update()

    # -- what it acts on -------------------------------------------------------------------

    @property
    def targets(self) -> list[Target]:
        return list(self._targets)

    def set_targets(self, targets: Sequence[Target]) -> None:
        self._targets = list(targets)
        self._update()

    def applicable(self, action: CampaignAction) -> list[Target]:
        reason = self._control.reason
        return [t for t in self._targets if reason(action, t.status, published=t.published) is None]

    def _update(self) -> None:
        for action, button in self.buttons.items():
            fits = self.applicable(action)
            button.setEnabled(bool(fits) and not self._busy)
            if self._busy:
                button.setToolTip(self.tr("Working…"))
            elif not self._targets:
                button.setToolTip(self.tr("Select a campaign first."))
            elif not fits:
                # The reason of the first: with several, they share it or the first one stands for them.
                first = self._targets[0]
                button.setToolTip(self._control.reason(action, first.status, published=first.published) or "")
            elif len(fits) < len(self._targets):
                some = QT_TRANSLATE_NOOP("CampaignActionsBar", "Applies to %Ln of the campaigns selected.")
                button.setToolTip(plural("CampaignActionsBar", some, len(fits)))
            else:
                button.setToolTip("")
        self.duplicate.setEnabled(len(self._targets) == 1 and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    # -- acting ----------------------------------------------------------------------------

    def request(self, action: CampaignAction) -> None:
        """As a click: asks first for Start and Archive."""
        fits = self.applicable(action)
        if not fits:
            return
        if action not in _CONFIRMED:
            self._run(action, fits)
            return
        names = ", ".join(f"“{t.title}”" for t in fits[:3]) + (" …" if len(fits) > 3 else "")
        if action is CampaignAction.START:
            title = self.tr("Start sending?")
            source = QT_TRANSLATE_NOOP(
                "CampaignActionsBar", "Start %Ln campaign(s) now? Emails go out as scheduled: {names}"
            )
            text = plural("CampaignActionsBar", source, len(fits)).format(names=names)
            yes = self.tr("Start")
        else:
            title = self.tr("Archive?")
            source = QT_TRANSLATE_NOOP(
                "CampaignActionsBar",
                "Archive %Ln campaign(s)? An archived campaign stops and cannot be changed or started again: "
                "{names}",
            )
            text = plural("CampaignActionsBar", source, len(fits)).format(names=names)
            yes = self.tr("Archive")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        # open(), not exec(): a nested event loop would stall the app's coroutines.
        box.finished.connect(lambda _r: self._run(action, fits) if box.clickedButton() is confirm else None)
        box.open()
        self._box = box

    def confirm_box(self) -> QMessageBox | None:
        """The open confirmation, if any (tests)."""
        return self._box if self._box is not None and self._box.isVisible() else None

    def _run(self, action: CampaignAction, targets: list[Target]) -> None:
        ids = [t.local_id for t in targets]
        self._show("", problem=False)
        try:
            self._tasks.spawn(self._apply(action, ids), name=f"campaign-{action.value}")
        except RuntimeError:  # shutting down
            return

    async def _apply(self, action: CampaignAction, ids: list[int]) -> None:
        results = await self._control.apply(action, ids)
        if shiboken6.isValid(self):
            self.show_results(results)

    def show_results(self, results: Sequence[ActionResult]) -> None:
        failed = [r for r in results if not r.done]
        if not results:
            return
        details = "\n".join(r.message for r in results)
        if failed:
            many = QT_TRANSLATE_NOOP("CampaignActionsBar", "%Ln campaign(s) refused: point here to read why.")
            text = failed[0].message if len(failed) == 1 else plural("CampaignActionsBar", many, len(failed))
        else:
            many = QT_TRANSLATE_NOOP("CampaignActionsBar", "Done for %Ln campaign(s).")
            count = len(results)
            text = results[0].message if count == 1 else plural("CampaignActionsBar", many, count)
        self._show(text, problem=bool(failed), details=details)
        self.message.emit(text)

    def _show(self, text: str, *, problem: bool, details: str = "") -> None:
        self.result.setText(text)
        self.result.setToolTip(details)
        self.result.setStyleSheet(problem_style(self) if problem else HELP_STYLE)

    def _duplicate(self) -> None:
        if len(self._targets) != 1:
            return
        local_id = self._targets[0].local_id

        async def duplicate() -> None:
            draft = await self._control.duplicate(local_id)
            if not shiboken6.isValid(self):
                return
            self._show(self.tr("A copy is ready as a new draft: “{title}”.").format(title=draft.title),
                       problem=False)  # fmt: skip
            self.open_requested.emit(draft.local_id)

        try:
            self._tasks.spawn(duplicate(), name="campaign-duplicate")
        except RuntimeError:
            return
