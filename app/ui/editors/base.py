"""What every draft editor does: load a draft, autosave each edit, show where it stands.

Subclasses build the form and register each input with its row (:meth:`_register`); the
base keeps the payload (:class:`PayloadState`), hands every change to the autosaver,
checks it with the domain's validation (hints, never blocking), shows the server's
errors next to the fields, and follows the draft's state through ``draft_changed``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.drafts import Draft, DraftError
from app.domain.field_messages import with_label
from app.domain.kinds import DraftKind
from app.domain.publish_checks import first_problem, publish_problems
from app.domain.wire import parse_wire_datetime
from app.services.publishing import NOT_SENT
from app.ui.domain_text import label_text, message_text
from app.ui.editors.field_row import FieldRow
from app.ui.editors.header import EditorHeader
from app.ui.editors.inputs import FieldInput
from app.ui.editors.payload_state import PayloadState
from app.ui.editors.special_inputs import JsonInput, local_text

if TYPE_CHECKING:
    from app.services.autosave import Autosaver
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService

log = logging.getLogger(__name__)
GENERAL_KEYS = frozenset({"non_field_errors", "detail", "__all__"})


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_message(message: str) -> str:
    """A server's or our own field message in the form's plain, translated words."""
    return message_text(message)


def label_of(key: str, kind: DraftKind) -> str:
    return label_text(key, kind.schema)


def flatten_errors(fields: Mapping[str, Any]) -> dict[str, list[str]]:
    """Server field errors as ``{wire key: [messages]}``; a nested object's errors
    (``{"config": {"min_send_interval": [...]}}``) become ``config.min_send_interval``."""
    flat: dict[str, list[str]] = {}
    for key, value in fields.items():
        if isinstance(value, Mapping):
            for inner, messages in flatten_errors(value).items():
                flat[f"{key}.{inner}"] = messages
        elif isinstance(value, list | tuple):
            flat[key] = [str(v) for v in value if not isinstance(v, Mapping)]
            for item in value:
                if isinstance(item, Mapping):
                    for inner, messages in flatten_errors(item).items():
                        flat.setdefault(f"{key}.{inner}", []).extend(messages)
        elif value is not None:
            flat[key] = [str(value)]
    return flat


class DraftEditor(QWidget):
    publish_requested = Signal(int)  # local_id, after its last edits are saved
    resolve_requested = Signal(int)  # local_id: open the conflict dialog

    def __init__(
        self,
        kind: DraftKind,
        *,
        workspace: WorkspaceService,
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._workspace = workspace
        self._autosaver = autosaver
        self._draft: Draft | None = None
        self._state = PayloadState()
        self._inputs: list[FieldInput] = []
        self._rows: dict[str, FieldRow] = {}
        self._server_errors: dict[str, list[str]] = {}
        self._shown_error: DraftError | None = None
        self._refreshing = False
        self._refresh_again = False
        self._marked: set[str] = set()
        self._publishing: asyncio.Task[None] | None = None

        self._layout = QVBoxLayout(self)
        self.header = EditorHeader()
        self._layout.addWidget(self.header)
        self.header.publish_clicked.connect(self._on_publish)
        self.header.resolve_clicked.connect(self._on_resolve)
        workspace.draft_changed.connect(self._on_draft_changed)
        autosaver.saved.connect(self._on_saved)
        autosaver.save_failed.connect(self._on_save_failed)
        self.setEnabled(False)

    # -- the public face --------------------------------------------------------------------

    @property
    def local_id(self) -> int | None:
        return None if self._draft is None else self._draft.local_id

    @property
    def tasks(self) -> TaskRunner:
        """The app's task runner (background work started from this editor)."""
        return self._autosaver.runner

    @property
    def draft(self) -> Draft | None:
        """The draft as last loaded or refreshed (its payload may be behind the form)."""
        return self._draft

    @property
    def payload(self) -> dict[str, Any]:
        """The wire payload as the form has it now."""
        return self._state.snapshot()

    def load(self, draft: Draft) -> None:
        """Show ``draft``; writes nothing. Flush the autosaver before switching drafts."""
        self._draft = draft
        self._shown_error = None
        self._fill(draft.payload)
        self._autosaver.remember(draft.local_id, draft.payload)
        self.header.set_save_status("")
        self._show_state(draft)
        self.show_errors(draft.last_error)
        self.setEnabled(True)

    def unload(self) -> None:
        """Show no draft any more (the account changed, the draft is gone): nothing can be typed
        into it. What was typed before is still saved by the autosaver."""
        self._draft = None
        self._shown_error = None
        self.setEnabled(False)

    def show_errors(self, error: DraftError | None) -> None:
        """The refusal in a sentence at the top, each field's message beside its field."""
        self._shown_error = error
        self._server_errors = flatten_errors(error.fields) if error is not None else {}
        for key, row in self._rows.items():
            row.set_server_errors([field_message(m) for m in self._server_errors.get(key, [])])
        self.header.set_error(self._error_sentence(error))
        self._remark(force=True)

    def _error_sentence(self, error: DraftError | None) -> str:
        if error is None:
            return ""
        fields = {key: messages for key, messages in self._server_errors.items() if messages}
        if not fields:
            return translate("Publishing", error.message)  # ours are marked; the server's stay as sent
        general = [" ".join(field_message(m) for m in fields.pop(key)) for key in GENERAL_KEYS & set(fields)]
        labels = [label_of(key, self.kind) for key in fields]
        if error.message == NOT_SENT:
            lines = [self.tr("Not published: fix these fields first: {0}.").format(", ".join(labels))]
        elif labels:
            sentence = self.tr(
                "The server did not accept this draft. Fix these fields, then publish again: {0}."
            )
            lines = [sentence.format(", ".join(labels))]
        else:
            lines = [self.tr("The server did not accept this draft.")]
        lines += general
        # Fields this form does not show get their message here, with their label.
        for key, messages in fields.items():
            if key not in self._rows:
                lines.append(
                    with_label(label_of(key, self.kind), " ".join(field_message(m) for m in messages))
                )
        return "\n".join(lines)

    def row(self, key: str) -> FieldRow:
        """The row of a wire field (``subject_zh``, ``config.min_send_interval``)."""
        return self._rows[key]

    def go_to_field(self, key: str) -> None:
        """Show the field (its tab, its place in a long form) and put the cursor in it."""
        row = self._rows.get(key)
        if row is None:
            return
        self._reveal(row)
        field = row.field
        target = field.focus_target() if isinstance(field, FieldInput) else field
        target.setFocus()

    def _reveal(self, row: FieldRow) -> None:
        """Hook: make ``row`` visible (switch to its tab, scroll to it)."""

    def field(self, key: str) -> FieldInput:
        field = self._rows[key].field
        assert isinstance(field, FieldInput)
        return field

    # -- for subclasses ---------------------------------------------------------------------

    def _set_body(self, body: QWidget) -> None:
        self._layout.addWidget(body, 1)

    def _register(self, field: FieldInput, row: FieldRow, extra_rows: Mapping[str, FieldRow] = {}) -> None:
        self._inputs.append(field)
        self._rows[field.key] = row
        self._rows.update(extra_rows)
        field.edited.connect(lambda: self._on_edited(field))

    def _after_fill(self) -> None:
        """Hook: the form shows a new payload (tab markers...)."""

    def _after_edit(self, field: FieldInput) -> None:
        """Hook: the user changed ``field``."""

    def _errors_changed(self, errors: Mapping[str, list[str]]) -> None:
        """Hook: server errors or hints moved (tab markers...)."""

    def _error_keys(self) -> set[str]:
        """Fields with a server error or a hint (to mark their tabs)."""
        return set(self._server_errors) | {key for key, row in self._rows.items() if row.hints}

    # -- editing ----------------------------------------------------------------------------

    def _fill(self, payload: Mapping[str, Any]) -> None:
        self._state = PayloadState(payload)
        for field in self._inputs:
            field.read(self._state.current)
        self._update_title()
        self._update_info()
        self._validate()
        self._after_fill()

    def _on_edited(self, field: FieldInput) -> None:
        draft = self._draft
        if draft is None:
            return
        if draft.account_id != self._workspace.account_id:
            # Never write into another account's draft, whatever still shows it.
            self._refuse_foreign(draft)
            return
        if not field.write(self._state):
            return
        self._autosaver.edited(draft.local_id, self._state.current)
        if self._autosaver.is_pending(draft.local_id):
            self.header.set_save_status(self.tr("Saving…"))
        else:
            self.header.set_save_status(self.tr("Saved"))
        if self._server_errors.pop(field.key, None) is not None:
            self._rows[field.key].set_server_errors([])
        self._update_title()
        self._validate()
        self._after_edit(field)

    def _refuse_foreign(self, draft: Draft) -> None:
        log.warning("edit refused: draft %d is not of the current account", draft.local_id)
        self.unload()
        self.header.set_error(self.tr("This draft belongs to another account: choose it in the list again."))

    def _update_title(self) -> None:
        self.header.set_title(self.kind.title_of(self._state.current))

    def _update_info(self) -> None:
        """What only the server sets (ID, status, times), on one quiet line."""
        payload = self._state.current
        parts: list[str] = []
        for key in self.kind.schema.read_only:
            value = payload.get(key)
            if value is None or value == "" or key == "project_id":
                continue
            label = label_of(key, self.kind)
            if isinstance(value, str) and key.endswith("_at"):
                with contextlib.suppress(ValueError):  # shown as the server wrote it
                    value = local_text(parse_wire_datetime(value), short=True)
            elif key == "status" and self.kind.is_campaign:
                from app.ui.campaigns.list_model import status_label  # the list's words for it

                value = status_label(str(value))
            parts.append(f"{label}: {value}")
        self.header.set_info("  ·  ".join(parts))

    def _validate(self) -> None:
        hints = self._problems()
        for field in self._inputs:
            if isinstance(field, JsonInput) and field.problem:
                hints[field.key] = [field.problem]
        for key, row in self._rows.items():
            messages = hints.get(key)
            row.set_hints([field_message(m) for m in messages] if messages else [])
        self._remark()

    def _problems(self) -> dict[str, list[str]]:
        """What the form flags now: the hints while typing, and what stops a publish."""
        return publish_problems(self.kind, self._state.current, categories=self._known_categories())

    def _known_categories(self) -> set[int] | None:
        """Hook: the account's category ids where the form knows them (the email's picker)."""
        return None

    def _remark(self, *, force: bool = False) -> None:
        marked = self._error_keys()
        if force or marked != self._marked:  # re-marking every tab on each keystroke is not free
            self._marked = marked
            self._errors_changed(self._server_errors)

    # -- following the draft ----------------------------------------------------------------

    def _show_state(self, draft: Draft) -> None:
        self.header.set_state(draft.state, draft.changed_on_server, self.kind.singular, queued=draft.queued)

    def _on_saved(self, local_id: int) -> None:
        if local_id == self.local_id and not self._autosaver.is_pending(local_id):
            self.header.set_save_status(self.tr("Saved"))

    def _on_save_failed(self, local_id: int, message: str) -> None:
        if local_id == self.local_id:
            self.header.set_save_status(
                self.tr("Not saved: %s. Your text is kept; trying again.") % message, problem=True
            )

    def _on_draft_changed(self, local_id: int) -> None:
        if local_id != self.local_id:
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        try:
            self._autosaver.runner.spawn(self._refresh(local_id), name=f"editor-refresh-{local_id}")
        except RuntimeError:  # shutting down, or no loop running
            self._refreshing = False
            raise

    async def _refresh(self, local_id: int) -> None:
        try:
            while True:
                self._refresh_again = False
                try:
                    draft = await self._workspace.get_draft(local_id)
                except Exception as exc:  # deleted meanwhile: say so, keep nothing editable
                    log.info("draft %d could not be refreshed: %s", local_id, exc)
                    if shiboken6.isValid(self) and local_id == self.local_id:
                        self.header.set_error(self.tr("This draft no longer exists."))
                        self.setEnabled(False)
                    return
                if not shiboken6.isValid(self) or local_id != self.local_id:
                    return  # closed or switched to another draft meanwhile
                self._apply_refresh(draft)
                if not self._refresh_again:
                    return
        finally:
            if shiboken6.isValid(self):
                self._refreshing = False

    def _apply_refresh(self, draft: Draft) -> None:
        self._draft = draft
        self._show_state(draft)
        if draft.last_error != self._shown_error:
            self.show_errors(draft.last_error)
        current = self._state.current
        ours = self._autosaver.stored(draft.local_id)
        if draft.payload == current or draft.payload == ours or self._autosaver.is_pending(draft.local_id):
            return
        # Changed elsewhere (published, merged, pulled) while nothing of ours is unsaved.
        self._fill(draft.payload)
        self._autosaver.remember(draft.local_id, draft.payload)

    def _on_publish(self) -> None:
        draft = self._draft
        if draft is None:
            return
        problems = self._problems()
        if problems:  # it would be refused: say which fields, go to the first, send nothing
            labels = ", ".join(label_of(key, self.kind) for key in problems)
            self.header.set_error(self.tr("Not published: fix these fields first: {0}.").format(labels))
            first = first_problem(problems, list(self._rows))
            if first is not None:
                self.go_to_field(first)
            return
        self.header.publish.setEnabled(False)
        task = self._autosaver.spawn_flush()
        local_id = draft.local_id

        def flushed(done: asyncio.Task[None]) -> None:
            if local_id != self.local_id or self._draft is None:
                return
            self._show_state(self._draft)
            if done.cancelled() or done.exception() is not None or self._autosaver.is_pending(local_id):
                return  # the save status says what went wrong
            self.publish_requested.emit(local_id)

        task.add_done_callback(flushed)

    def _on_resolve(self) -> None:
        if self.local_id is not None:
            self.resolve_requested.emit(self.local_id)
