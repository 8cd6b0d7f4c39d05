"""The email's category, picked by name from the account's categories (never typed as a number).

A category that is still a local draft can be chosen: the email then names it by local id
(``$category_local_id``) and publishing sends the category first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.annotations import CATEGORY_LOCAL_ID
from app.domain.category import CategoryChoice
from app.ui.editors.inputs import FieldInput
from app.ui.editors.payload_state import PayloadState, blank_text

Choice = tuple[str, int]  # ("remote", category id) or ("local", local draft id)


def ui_language() -> str:
    """The UI language's code ("de"), to name categories in it."""
    return QLocale().name().split("_")[0]


class CategoryInput(FieldInput):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("category", parent)
        self.combo = QComboBox()
        self.combo.setObjectName("field_category")
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box_layout.addWidget(self.combo)
        self._choices: list[CategoryChoice] = []
        self._known = False
        self._fill(None)
        self.combo.currentIndexChanged.connect(self._changed)

    @property
    def known_ids(self) -> set[int] | None:
        """The account's published category ids; None until the list was loaded or while it
        is empty (never pulled: only the server can tell)."""
        ids = {c.remote_id for c in self._choices if c.remote_id is not None}
        return ids if self._known and ids else None

    def set_choices(self, choices: Sequence[CategoryChoice], payload: Mapping[str, Any]) -> None:
        """The account's categories; ``payload`` is re-read so the choice stays shown."""
        self._choices = list(choices)
        self._known = True
        self.read(payload)

    def choice(self) -> Choice | None:
        data = self.combo.currentData()
        return tuple(data) if isinstance(data, list | tuple) else None

    def select(self, choice: Choice) -> None:
        """Choose as the user would (emits ``edited``)."""
        index = self.combo.findData(list(choice))
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _fill(self, current: Choice | None) -> None:
        language = ui_language()
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("Choose a category…"), None)
            named = sorted(self._choices, key=lambda c: c.title_in(language).casefold())
            for choice in named:
                title = choice.title_in(language) or self.tr("Untitled category")
                if choice.remote_id is None:
                    self.combo.addItem(
                        self.tr("{0} (not published yet)").format(title), ["local", choice.local_id]
                    )
                else:
                    self.combo.addItem(title, ["remote", choice.remote_id])
            if current is not None and self.combo.findData(list(current)) < 0:
                # A value the account's list does not have (not pulled yet, or deleted): kept as it is.
                kind, number = current
                text = (
                    self.tr("Category {0} (not in this account's list)").format(number)
                    if kind == "remote"
                    else self.tr("A category draft that was deleted")
                )
                self.combo.addItem(text, list(current))
            index = self.combo.findData(list(current)) if current is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(False)

    def _set(self, payload: Mapping[str, Any]) -> None:
        local = payload.get(CATEGORY_LOCAL_ID)
        remote = payload.get("category")
        current: Choice | None = None
        if isinstance(local, int) and not isinstance(local, bool):
            current = ("local", local)
        elif isinstance(remote, int) and not isinstance(remote, bool):
            current = ("remote", remote)
        self._fill(current)

    def write(self, state: PayloadState) -> bool:
        choice = self.choice()
        remote = choice[1] if choice is not None and choice[0] == "remote" else None
        local = choice[1] if choice is not None and choice[0] == "local" else None
        changed = state.apply("category", remote, blank_text)
        return state.apply(CATEGORY_LOCAL_ID, local, blank_text) or changed

    def has_content(self) -> bool:
        return self.choice() is not None

    def focus_target(self) -> QWidget:
        return self.combo
