"""The segment editor: name, tags, limit, and the condition as JSON in the code editor, checked
as it is typed, with Format; and Generate, which asks the server to build the segment's list
of profiles, with where that stands (generating, when it was last generated, its size).

Generate needs the segment on the server: for a draft never published it is disabled and says
so. The server generates the version it has, so a draft with unpublished changes says that
too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import Draft, DraftState
from app.domain.kinds import DraftKind
from app.services.audience_service import AudienceError, GenerationState, generation_seen
from app.ui.audience.background import run_for
from app.ui.audience.plurals import counted
from app.ui.editors.base import DraftEditor, label_of, translate
from app.ui.editors.code_input import CodeInput
from app.ui.editors.field_row import HELP_STYLE, FieldRow
from app.ui.editors.inputs import FieldInput, IntInput, TextInput
from app.ui.editors.special_inputs import local_text
from app.ui.text_colors import show_plain, show_problem

if TYPE_CHECKING:
    from app.services.audience_service import AudienceService
    from app.services.autosave import Autosaver
    from app.services.workspace_service import WorkspaceService

CONDITION_EXAMPLE = '{\n  "and": [\n    {"field": "city", "op": "eq", "value": "Paris"}\n  ]\n}'


class SegmentEditor(DraftEditor):
    def __init__(
        self,
        *,
        workspace: WorkspaceService,
        autosaver: Autosaver,
        audience: AudienceService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(DraftKind.SEGMENTS, workspace=workspace, autosaver=autosaver, parent=parent)
        self._audience = audience
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = TextInput("name", self.tr("What this audience is, e.g. Paris VIPs"))
        self.tags = TextInput(
            "tags", translate("EditorPlaceholders", "Words to find this by, separated by commas")
        )
        self.limit = IntInput("segment_limit", self.tr("No limit"))
        for field in (self.name, self.tags, self.limit):
            form.addRow(label_of(field.key, self.kind), self._row(field))
        limit_help = self._rows["segment_limit"].help
        limit_help.setText(self.tr("At most this many profiles are put in the segment when it is generated."))
        limit_help.show()
        layout.addLayout(form)

        self.generation = QFrame()
        self.generation.setObjectName("segmentGeneration")
        self.generation.setFrameShape(QFrame.Shape.StyledPanel)
        generation_layout = QHBoxLayout(self.generation)
        texts = QVBoxLayout()
        self.generation_state = QLabel()
        self.generation_state.setObjectName("generationState")
        self.generation_state.setWordWrap(True)
        self.generation_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generation_note = QLabel()
        self.generation_note.setObjectName("generationNote")
        self.generation_note.setWordWrap(True)
        self.generation_note.setStyleSheet(HELP_STYLE)
        texts.addWidget(self.generation_state)
        texts.addWidget(self.generation_note)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("generateSegment")
        self.generate_button.setToolTip(
            self.tr("Ask the server to build the list of profiles in this segment")
        )
        generation_layout.addLayout(texts, 1)
        generation_layout.addWidget(self.generate_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.generation)

        caption = QHBoxLayout()
        condition_label = QLabel(label_of("condition", self.kind) + " " + self.tr("(JSON)"))
        caption.addWidget(condition_label)
        caption.addStretch(1)
        self.condition = CodeInput("condition", mode="json", placeholder=CONDITION_EXAMPLE)
        self.format_button = QPushButton(self.tr("Format"))
        self.format_button.setObjectName("formatCondition")
        self.format_button.setToolTip(
            self.tr("Lay the JSON out with one value per line ({0})").format(
                self.condition.editor.format_action.shortcut().toString()
            )
        )
        caption.addWidget(self.format_button)
        condition_label.setBuddy(self.condition.editor)
        layout.addLayout(caption)
        layout.addWidget(self._row(self.condition), 1)
        self._set_body(body)

        self.format_button.clicked.connect(self.condition.editor.format_action.trigger)
        self.generate_button.clicked.connect(self.generate)
        if audience is not None:
            audience.generation_changed.connect(self._on_generation)
        self._show_generation()

    def _row(self, field: FieldInput) -> FieldRow:
        row = FieldRow(field.key, field)
        self._register(field, row)
        return row

    # -- hints -----------------------------------------------------------------------------

    def _problems(self) -> dict[str, list[str]]:
        problems = super()._problems()
        if self.condition.problem:  # where the JSON breaks, not only that it does
            problems["condition"] = [self.condition.problem]
        return problems

    def _after_fill(self) -> None:
        self._update_format()

    def _after_edit(self, field: FieldInput) -> None:
        if field is self.condition:
            self._update_format()

    def _update_format(self) -> None:
        ok = self.condition.problem is None and self.condition.has_content()
        self.format_button.setEnabled(ok)

    # -- generation ------------------------------------------------------------------------

    def _show_state(self, draft: Draft) -> None:
        super()._show_state(draft)
        self._show_generation()

    def unload(self) -> None:
        super().unload()
        self._show_generation()

    def _on_generation(self, local_id: int, _state: GenerationState) -> None:
        if local_id == self.local_id:
            self._show_generation()

    def generate(self) -> None:
        local_id = self.local_id
        audience = self._audience
        if local_id is None or audience is None or not self.generate_button.isEnabled():
            return
        self.generate_button.setEnabled(False)
        run_for(
            self._autosaver.runner, self, lambda: audience.generate_segment(local_id),
            name="generate-segment", on_done=lambda _state: self._show_generation(),
            on_error=self._generation_failed, expected=(AudienceError,),
        )  # fmt: skip

    def _generation_failed(self, error: BaseException) -> None:
        self._show_generation()
        if self.generation_state.text() == "" and isinstance(error, AudienceError):
            self._say(error.message, problem=True)

    def _show_generation(self) -> None:
        draft = self._draft
        audience = self._audience
        state = audience.generation(draft.local_id) if audience is not None and draft is not None else None
        seen = generation_seen(draft.payload if draft is not None else {})
        generating = state is not None and state.generating
        self.generate_button.setEnabled(
            draft is not None and draft.remote_id is not None and audience is not None and not generating
        )
        if draft is None:
            self._say("")
            self.generation_note.clear()
            return
        if draft.remote_id is None:
            self._say(self.tr("Not generated: the segment is not on the server yet."))
            self.generation_note.setText(
                self.tr(
                    "Publish the segment first; then Generate asks the server to build its list of profiles."
                )
            )
            self.generate_button.setToolTip(self.tr("Publish the segment first"))
            return
        self.generate_button.setToolTip(
            self.tr("Ask the server to build the list of profiles in this segment")
        )
        if audience is None:
            self.generation_note.setText(self.tr("Generating needs a connection to the account."))
        elif draft.state in (DraftState.MODIFIED, DraftState.CONFLICT, DraftState.FAILED):
            self.generation_note.setText(
                self.tr(
                    "The server generates the version it has: publish your changes first to generate with "
                    "them."
                )
            )
        else:
            self.generation_note.setText(
                self.tr("Generating builds the segment's list of profiles again, as the condition says.")
            )
        if generating:
            self._say(self.tr("Generating…"))
            return
        at = state.generated_at if state is not None and state.generated_at is not None else seen[0]
        size = state.size if state is not None and state.generated_at is not None else seen[1]
        if state is not None and state.message:
            self._say(state.message, problem=True)
        elif at is None:
            self._say(self.tr("Not generated yet."))
        elif size is None:
            self._say(self.tr("Generated {0}.").format(local_text(at, short=True)))
        else:
            self._say(
                counted(self.tr("Generated {0}: %Ln profile(s).", "", size), size).format(
                    local_text(at, short=True)
                )
            )

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.generation_state.setText(text)
        if problem:
            show_problem(self.generation_state)
        else:
            show_plain(self.generation_state)
