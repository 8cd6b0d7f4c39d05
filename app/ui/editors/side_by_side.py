"""Side by side for translators: a source language, read only, beside the one being edited:
its subject, the same part's text and its preview, scrolled together with the edited text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.languages import Language
from app.ui.code_editor import CodeEditor
from app.ui.editors.email_language_page import Part
from app.ui.editors.email_preview import effective
from app.ui.editors.language_tabs import VARIANTS, variant_name


class SideBySide(QWidget):
    source_changed = Signal(object)  # the source Language | None
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySide")
        self.source = QComboBox()
        self.source.setObjectName("sourceLanguage")
        for language in VARIANTS:
            self.source.addItem(variant_name(language), language.value if language else "")
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close side by side"))
        close.clicked.connect(self.closed)
        self.subject = QLineEdit()
        self.subject.setObjectName("sourceSubject")
        self.subject.setReadOnly(True)
        self.text = CodeEditor("html")
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview_box = QVBoxLayout()
        self.preview_box.setContentsMargins(0, 0, 0, 0)
        previews = QWidget()
        previews.setLayout(self.preview_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text)
        split.addWidget(previews)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Beside:")))
        head.addWidget(self.source, 1)
        head.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.subject)
        layout.addWidget(split, 1)
        self._linked: QScrollBar | None = None
        self._following = False
        self.source.currentIndexChanged.connect(lambda _i: self.source_changed.emit(self.language()))
        self.text.verticalScrollBar().valueChanged.connect(self._source_scrolled)

    def language(self) -> Language | None:
        code = self.source.currentData()
        return Language(code) if code else None

    def set_language(self, language: Language | None) -> None:
        self.source.setCurrentIndex(VARIANTS.index(language))

    def add_preview(self, widget: QWidget) -> None:
        self.preview_box.addWidget(widget)

    def show_source(self, payload: Mapping[str, Any], part: Part) -> None:
        language = self.language()
        subject, _ = effective(payload, Part.SUBJECT.value, language)
        if self.subject.text() != subject:
            self.subject.setText(subject)
        base = Part.HTML if part in (Part.SUBJECT, Part.FILE) else part
        text, _ = effective(payload, base.value, language)
        self.text.set_mode("plain" if base is Part.PLAIN else "html")
        if self.text.text() != text:
            self.text.load_text(text)

    def link_scroll(self, bar: QScrollBar | None) -> None:
        """Scroll together with the edited text (by the same share of their length)."""
        if self._linked is not None:
            self._linked.valueChanged.disconnect(self._edited_scrolled)
        self._linked = bar
        if bar is not None:
            bar.valueChanged.connect(self._edited_scrolled)
            self._edited_scrolled(bar.value())

    def _edited_scrolled(self, _value: int) -> None:
        if self._linked is not None:
            self._follow(self._linked, self.text.verticalScrollBar())

    def _source_scrolled(self, _value: int) -> None:
        if self._linked is not None:
            self._follow(self.text.verticalScrollBar(), self._linked)

    def _follow(self, leader: QScrollBar, follower: QScrollBar) -> None:
        if self._following:  # the follower moving back to the leader: not an echo
            return
        span = leader.maximum() - leader.minimum()
        share = (leader.value() - leader.minimum()) / span if span > 0 else 0.0
        target = follower.minimum() + round(share * (follower.maximum() - follower.minimum()))
        self._following = True
        try:
            follower.setValue(target)
        finally:
            self._following = False
