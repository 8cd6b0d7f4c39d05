"""One language's page of the email editor: the subject, then the bodies in tabs (HTML, AMP,
plain text, HTML file), each in the code editor."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.field_labels import LOCALIZED_LABELS
from app.domain.languages import Language, SuffixStyle, field_name
from app.ui.editors.code_input import CodeInput
from app.ui.editors.field_row import FieldRow
from app.ui.editors.inputs import FieldInput, TextInput
from app.ui.editors.package_input import PackageInput


class Part(StrEnum):
    """A part of one language's email, by its wire base name."""

    SUBJECT = "subject"
    HTML = "text_html"
    AMP = "x_amp_html"
    PLAIN = "text_plain"
    FILE = "file_html"


BODY_PARTS: Final = (Part.HTML, Part.AMP, Part.PLAIN, Part.FILE)
_PLACEHOLDERS: Final = {
    Part.HTML: "Write the HTML body, or import an HTML file under HTML file",
    Part.AMP: "Optional: the AMP for Email version, shown by clients that support it",
    Part.PLAIN: "The plain-text version for clients that show no HTML: write it, or make it from the HTML",
}


def part_label(part: Part) -> str:
    return QCoreApplication.translate("FieldLabels", LOCALIZED_LABELS[part.value])


class LanguagePage(QWidget):
    """``inputs`` are registered with the editor by ``register``; the page only lays them out."""

    body_changed = Signal(str)  # the Part shown in the body tabs
    make_plain_requested = Signal()

    def __init__(
        self,
        language: Language | None,
        register: Callable[[FieldInput, FieldRow], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.inputs: dict[Part, FieldInput] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)

        subject = TextInput(self.key(Part.SUBJECT))
        self.inputs[Part.SUBJECT] = subject
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = FieldRow(subject.key, subject)
        register(subject, row)
        form.addRow(part_label(Part.SUBJECT), row)
        layout.addLayout(form)

        self.bodies = QTabWidget()
        self.bodies.setObjectName("bodyTabs")
        self.bodies.setDocumentMode(True)
        self._parts: list[Part] = []
        for part in BODY_PARTS:
            widget = self._body(part, register)
            self.bodies.addTab(widget, part_label(part))
            self._parts.append(part)
        layout.addWidget(self.bodies, 1)
        self.bodies.currentChanged.connect(lambda index: self.body_changed.emit(self._parts[index].value))

    def key(self, part: Part) -> str:
        return field_name(part.value, self.language, SuffixStyle.EMAIL)

    def code(self, part: Part) -> CodeInput:
        field = self.inputs[part]
        assert isinstance(field, CodeInput)
        return field

    @property
    def package(self) -> PackageInput:
        field = self.inputs[Part.FILE]
        assert isinstance(field, PackageInput)
        return field

    def current_part(self) -> Part:
        return self._parts[self.bodies.currentIndex()]

    def show_part(self, part: Part) -> None:
        if part in self._parts:
            self.bodies.setCurrentIndex(self._parts.index(part))

    def refresh_marks(self) -> None:
        """A dot on each body tab that has content."""
        for index, part in enumerate(self._parts):
            text = part_label(part) + (" •" if self.inputs[part].has_content() else "")
            if self.bodies.tabText(index) != text:
                self.bodies.setTabText(index, text)

    def _body(self, part: Part, register: Callable[[FieldInput, FieldRow], None]) -> QWidget:
        key = self.key(part)
        field: FieldInput
        if part is Part.FILE:
            field = PackageInput(key)
        else:
            placeholder = QCoreApplication.translate("EmailEditor", _PLACEHOLDERS[part])
            field = CodeInput(key, mode="plain" if part is Part.PLAIN else "html", placeholder=placeholder)
        self.inputs[part] = field
        row = FieldRow(key, field)
        register(field, row)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 4, 0, 0)
        pane_layout.addWidget(row, 1)
        if part is Part.PLAIN:
            make = QPushButton(QCoreApplication.translate("EmailEditor", "Make from the HTML"))
            make.setObjectName("makePlain")
            make.setToolTip(
                QCoreApplication.translate(
                    "EmailEditor",
                    "Write this plain text from the HTML body: links as text (url), tables flattened",
                )
            )
            make.clicked.connect(self.make_plain_requested)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(make)
            pane_layout.addLayout(buttons)
            self.make_plain = make
        return pane
