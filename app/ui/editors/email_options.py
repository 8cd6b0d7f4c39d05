"""The email's four options, folded into one line that says which are on; opened, each
check box comes with the sentence that explains it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QToolButton, QVBoxLayout, QWidget

from app.domain.field_labels import LABELS
from app.ui.editors.field_row import FieldRow
from app.ui.editors.inputs import BoolInput

FLAGS: Final = ("is_urgent", "not_add_unsubscr_link", "not_add_web_view_link", "in_archive")

# The sentence under each option: what it does for the person who gets the email.
FLAG_EXPLANATIONS: Final = {
    "is_urgent": "Marks the email as transactional (an order confirmation, a password reset), not marketing.",
    "not_add_unsubscr_link": "The provider adds no unsubscribe link: put one in the body yourself, "
    "unless nobody may opt out of this email.",
    "not_add_web_view_link": "The provider adds no “View in browser” link to the email.",
    "in_archive": "Archived: kept for the record and set aside from the emails in use.",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("EmailOptions", text)


class OptionsPanel(QWidget):
    """Folded: "Options: none" or "Options: No unsubscribe link, Archived"; unfolded: the boxes."""

    def __init__(
        self, register: Callable[[BoolInput, FieldRow], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("optionsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.boxes: list[BoolInput] = []
        self.details = QWidget()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(18, 0, 0, 0)
        for index, key in enumerate(FLAGS):
            box = BoolInput(key, QCoreApplication.translate("FieldLabels", LABELS[key]))
            row = FieldRow(key, box, QCoreApplication.translate("EmailFlags", FLAG_EXPLANATIONS[key]))
            register(box, row)
            box.box.toggled.connect(self._summarise)
            grid.addWidget(row, index // 2, index % 2)
            self.boxes.append(box)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.toggle.toggled.connect(self._unfold)
        self._summarise()

    def refresh(self) -> None:
        """After the form was filled from a payload."""
        self._summarise()

    def set_unfolded(self, unfolded: bool) -> None:
        self.toggle.setChecked(unfolded)

    def _unfold(self, unfolded: bool) -> None:
        self.details.setVisible(unfolded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)

    def _summarise(self, *_args: object) -> None:
        on: Sequence[str] = [box.box.text() for box in self.boxes if box.box.isChecked()]
        text = _t("Options: {0}").format(", ".join(on)) if on else _t("Options: none set")
        self.toggle.setText(text)
        self.toggle.setToolTip(_t("Show the email's options and what each does"))
