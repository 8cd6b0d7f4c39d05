"""Merging a draft in conflict: base, mine and theirs side by side, a choice per field.

Fields changed on only one side are applied already (and can still be switched); fields
changed on both sides wait for a choice. Apply writes the merge through
``WorkspaceService.resolve_conflict``: the draft becomes "modified" (ready to publish) with
the server's copy as its new base. Open with ``open()`` (never ``exec()``).
"""

from __future__ import annotations

import difflib
import json
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts import Draft
from app.domain.payload_diff import Change, FieldChange, Side, merge, three_way
from app.ui.domain_text import label_text

if TYPE_CHECKING:
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService

log = logging.getLogger(__name__)

LONG_TEXT: Final = 80  # longer values (HTML bodies...) get scrolling text boxes
CHANGED_LINE: Final = QColor(255, 213, 79, 110)
CHOSEN_STYLE: Final = "background: rgba(76, 175, 80, 0.16); border: 1px solid #66bb6a; border-radius: 3px;"
CELL_STYLE: Final = "border: 1px solid transparent; border-radius: 3px;"
TEXT_STYLE: Final = "border: 1px solid palette(mid); border-radius: 3px;"
COLUMNS: Final = (Side.BASE, Side.MINE, Side.THEIRS)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def local_keys(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k.startswith("$")}


def wire_only(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if not k.startswith("$")}


def display(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, dict | list):
        return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)
    return str(value)


def _changed_lines(base: list[str], other: list[str], *, in_base: bool) -> set[int]:
    lines: set[int] = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, base, other, autojunk=False).get_opcodes():
        if tag != "equal":
            lines.update(range(i1, i2) if in_base else range(j1, j2))
    return lines


class _TextCell(QPlainTextEdit):
    """A long value, read-only, its lines that differ from the base highlighted."""

    def __init__(self, text: str, changed: set[int]) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setPlainText(text)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setMinimumHeight(150)
        self.setMaximumHeight(260)
        selections = []
        document = self.document()
        for number in sorted(changed):
            block = document.findBlockByNumber(number)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(CHANGED_LINE)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.setExtraSelections(selections)


class _Row:
    """One changed field: its three values and, unless both sides agree, a choice."""

    def __init__(
        self, change: FieldChange, grid: QGridLayout, line: int, on_choice: Callable[[], None]
    ) -> None:
        self.change = change
        self.cells: dict[Side, QWidget] = {}
        label = QLabel(label_text(change.name))  # the id field never differs: no schema needed
        label.setWordWrap(True)
        label.setToolTip(change.name)
        font = label.font()
        font.setBold(change.is_conflict)
        label.setFont(font)
        grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
        texts = {side: display(change.value(side)) for side in COLUMNS}
        long = any("\n" in t or len(t) > LONG_TEXT for t in texts.values())
        base_lines = texts[Side.BASE].splitlines()
        boxes: list[_TextCell] = []
        for column, side in enumerate(COLUMNS, start=1):
            cell: QWidget
            if long:
                lines = texts[side].splitlines()
                if side is Side.BASE:
                    changed = _changed_lines(base_lines, texts[Side.MINE].splitlines(), in_base=True)
                    changed |= _changed_lines(base_lines, texts[Side.THEIRS].splitlines(), in_base=True)
                else:
                    changed = _changed_lines(base_lines, lines, in_base=False)
                box = _TextCell(texts[side], changed)
                box.setStyleSheet(f"QPlainTextEdit {{ {TEXT_STYLE} }}")
                boxes.append(box)
                cell = box
            else:
                value = QLabel(texts[side] or _tr("(empty)"))
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if not texts[side]:
                    value.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
                cell = QFrame()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(4, 2, 4, 2)
                cell_layout.addWidget(value)
            cell.setObjectName(f"{side.value}_{change.name}")
            grid.addWidget(cell, line, column)
            self.cells[side] = cell
        _sync_scrolling(boxes)

        self.group = QButtonGroup()
        self.buttons: dict[Side, QRadioButton] = {}
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        if change.change is Change.BOTH_SAME:
            same = QLabel(_tr("Same change on both sides"))
            same.setWordWrap(True)
            choice_layout.addWidget(same)
        else:
            for side, text in ((Side.MINE, _tr("Mine")), (Side.THEIRS, _tr("Theirs"))):
                button = QRadioButton(text)
                button.setObjectName(f"choose_{side.value}_{change.name}")
                self.group.addButton(button)
                self.buttons[side] = button
                choice_layout.addWidget(button)
                button.toggled.connect(lambda _on: self._highlight())
                button.toggled.connect(lambda _on: on_choice())
            if change.change is Change.MINE:
                self.buttons[Side.MINE].setChecked(True)
            elif change.change is Change.THEIRS:
                self.buttons[Side.THEIRS].setChecked(True)
        choice_layout.addStretch(1)
        grid.addWidget(choice, line, 4)
        self._highlight()

    @property
    def choice(self) -> Side | None:
        for side, button in self.buttons.items():
            if button.isChecked():
                return side
        return None

    def choose(self, side: Side) -> None:
        if side in self.buttons:
            self.buttons[side].setChecked(True)

    def _highlight(self) -> None:
        chosen = self.choice if self.buttons else Side.MINE
        for side in (Side.MINE, Side.THEIRS):
            cell = self.cells[side]
            text_box = isinstance(cell, QPlainTextEdit)
            style = CHOSEN_STYLE if side is chosen else TEXT_STYLE if text_box else CELL_STYLE
            # ".QFrame": the frame itself, not the QLabel (a QFrame too) inside it.
            selector = "QPlainTextEdit" if text_box else ".QFrame"
            cell.setStyleSheet(f"{selector} {{ {style} }}")


def _sync_scrolling(boxes: list[_TextCell]) -> None:
    """Scrolling one of a row's boxes scrolls the others to the same place."""
    for box in boxes:
        for other in boxes:
            if other is box:
                continue
            box.verticalScrollBar().valueChanged.connect(other.verticalScrollBar().setValue)
            box.horizontalScrollBar().valueChanged.connect(other.horizontalScrollBar().setValue)


class ConflictDialog(QDialog):
    resolved = Signal(int)  # local_id, after the merge is stored

    def __init__(
        self,
        draft: Draft,
        *,
        workspace: WorkspaceService,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._workspace = workspace
        self._runner = runner
        self._base = wire_only(draft.base or {})
        self._mine = wire_only(draft.payload)
        self._theirs = wire_only(draft.theirs or {})
        self.diff = three_way(self._base, self._mine, self._theirs, schema=draft.kind)
        self.setWindowTitle(self.tr("Resolve the conflict: %s") % draft.title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1180, 760)

        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shortcuts = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep all mine"))
        self.keep_mine.setToolTip(self.tr("Keep your version of every field changed on both sides"))
        self.take_theirs = QPushButton(self.tr("Take all theirs"))
        self.take_theirs.setToolTip(self.tr("Take the server's version of every field changed on both sides"))
        shortcuts.addWidget(self.keep_mine)
        shortcuts.addWidget(self.take_theirs)
        shortcuts.addStretch(1)
        layout.addLayout(shortcuts)

        # Made before the rows: choosing in a row updates them.
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("conflictStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)

        self.rows: dict[str, _Row] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(0, 140)
        line = self._add_section(grid, 0, self.tr("Changed on both sides: choose what to keep"),
                                 [c for c in self.diff if c.is_conflict])
        self._add_section(grid, line, self.tr("Changed on one side only: applied already"),
                          [c for c in self.diff if not c.is_conflict])
        grid.setRowStretch(grid.rowCount(), 1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.keep_mine.clicked.connect(lambda: self.choose_all(Side.MINE))
        self.take_theirs.clicked.connect(lambda: self.choose_all(Side.THEIRS))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.keep_mine.setEnabled(self.diff.has_conflicts)
        self.take_theirs.setEnabled(self.diff.has_conflicts)
        self._update()

    def _intro(self) -> str:
        if draft_has_nothing_to_merge(self.draft):
            return self.tr("The server's copy has not changed since your last publish: nothing to merge.")
        return self.tr(
            "You changed this %s, and so did someone on the server since you last published or pulled it. "
            "For each field changed on both sides, choose the version to keep. Changes made on one side "
            "only are applied already; you can still switch them. Nothing is sent until you publish."
        ) % self.draft.kind.singular.lower()

    def _add_section(self, grid: QGridLayout, line: int, title: str, changes: list[FieldChange]) -> int:
        if not changes:
            return line
        heading = QLabel(f"<b>{title}</b>")
        grid.addWidget(heading, line, 0, 1, 5)
        line += 1
        for column, text in enumerate(
            (self.tr("Field"), self.tr("Last published (base)"), self.tr("Mine"),
             self.tr("Theirs (on the server now)"), self.tr("Keep")),
        ):  # fmt: skip
            header = QLabel(text)
            header.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(header, line, column)
        line += 1
        for change in changes:
            self.rows[change.name] = _Row(change, grid, line, self._update)
            line += 1
        return line

    # -- choosing ---------------------------------------------------------------------------

    def choose(self, name: str, side: Side) -> None:
        self.rows[name].choose(side)

    def choose_all(self, side: Side) -> None:
        for row in self.rows.values():
            if row.change.is_conflict:
                row.choose(side)

    @property
    def undecided(self) -> list[str]:
        return [name for name, row in self.rows.items() if row.change.is_conflict and row.choice is None]

    def choices(self) -> dict[str, Side]:
        return {name: side for name, row in self.rows.items() if (side := row.choice) is not None}

    def merged(self) -> dict[str, Any]:
        """The payload the draft becomes: the merge, plus its local ``$`` annotations."""
        result = merge(self._base, self._mine, self._theirs, self.choices(), schema=self.draft.kind)
        # What only the server sets (updated_at, status...) is now what the server says.
        for key in self.draft.kind.schema.read_only:
            if key in self._theirs:
                result[key] = self._theirs[key]
        return {**result, **local_keys(self.draft.payload)}

    def _update(self) -> None:
        undecided = self.undecided
        can_apply = not undecided and self.draft.theirs is not None
        self.apply_button.setEnabled(can_apply)
        if undecided:
            self.status.setText(self.tr("%n field(s) still need a choice.", "", len(undecided)))
        else:
            self.status.setText("")

    # -- applying ---------------------------------------------------------------------------

    def apply(self) -> None:
        if self.undecided or self.draft.theirs is None:
            return
        merged = self.merged()
        self._set_busy(True)
        self.status.setText(self.tr("Saving the merge…"))
        self._runner.spawn(self._store(merged, dict(self.draft.theirs)), name="resolve-conflict")

    async def _store(self, merged: dict[str, Any], theirs: dict[str, Any]) -> None:
        try:
            await self._workspace.resolve_conflict(self.draft.local_id, merged, theirs)
        except Exception as exc:  # the draft stays in conflict; say so and let them retry
            log.warning("resolving draft %d failed: %s", self.draft.local_id, exc)
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self.status.setText(self.tr("The merge could not be saved: %s. Try again.") % exc)
            return
        if shiboken6.isValid(self):  # closed meanwhile: the merge is stored all the same
            self.resolved.emit(self.draft.local_id)
            self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.apply_button.setEnabled(not busy)
        self.keep_mine.setEnabled(not busy and self.diff.has_conflicts)
        self.take_theirs.setEnabled(not busy and self.diff.has_conflicts)


def draft_has_nothing_to_merge(draft: Draft) -> bool:
    return draft.theirs is None


async def open_conflict_dialog(
    local_id: int,
    *,
    workspace: WorkspaceService,
    runner: TaskRunner,
    parent: QWidget | None = None,
) -> ConflictDialog:
    """Fetch the draft and open its dialog (window-modal, non-blocking); returns it."""
    draft = await workspace.get_draft(local_id)
    dialog = ConflictDialog(draft, workspace=workspace, runner=runner, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
