"""A language's HTML file (``file_html``, ``file_html_de``...): a whole HTML page or a ZIP of
one page and its images, sent as a data URL. Shown as a line saying what it holds, with
Import, Export and Remove; reading and writing files is the editor's (through a service)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.dataurl import ZIP, decoded_size
from app.ui.editors.field_row import HELP_STYLE
from app.ui.editors.inputs import FieldInput
from app.ui.editors.payload_state import PayloadState, blank_text


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"


class PackageInput(FieldInput):
    import_requested = Signal(str)  # the field's key
    export_requested = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self._value: str | None = None
        self.summary = QLabel()
        self.summary.setObjectName(f"summary_{key}")
        self.summary.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "An HTML file replaces the HTML body for this language when the provider sends it. "
                "Import a .html file or a .zip with one page and its images."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HELP_STYLE)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importPackage")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportPackage")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removePackage")
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.box_layout.addWidget(self.summary)
        self.box_layout.addLayout(buttons)
        self.box_layout.addWidget(self.note)
        self.box_layout.addStretch(1)
        self.import_button.clicked.connect(lambda: self.import_requested.emit(self.key))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.key))
        self.remove_button.clicked.connect(lambda: self.set_value(None))
        self._show()

    def value(self) -> str | None:
        return self._value

    def set_value(self, data_url: str | None) -> None:
        """As the user would: the form writes it and saves."""
        if data_url != self._value:
            self._value = data_url
            self._show()
            self._changed()

    def _set(self, payload: Mapping[str, Any]) -> None:
        value = payload.get(self.key)
        self._value = value if isinstance(value, str) and value else None
        self._show()

    def write(self, state: PayloadState) -> bool:
        return state.apply(self.key, self._value, blank_text)

    def has_content(self) -> bool:
        return self._value is not None

    def focus_target(self) -> QWidget:
        return self.import_button

    def _show(self) -> None:
        has = self._value is not None
        self.export_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if not has:
            self.summary.setText(self.tr("No HTML file for this language."))
            return
        assert self._value is not None
        # Told from the data URL's head and length: decoding a big file waits for the preview.
        is_zip = self._value[:40].lower().startswith(f"data:{ZIP}")
        kind = self.tr("A ZIP of a page and its images") if is_zip else self.tr("An HTML page")
        self.summary.setText(self.tr("{0}, {1}.").format(kind, _size(decoded_size(self._value))))
