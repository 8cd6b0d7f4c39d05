"""The right-hand side of a draft section: the selected draft's editor, or what to do.

Editors come from a factory (the shell passes the editors' ``editor_for``), one per kind,
made the first time a draft of that kind is opened and reused after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.domain.drafts import Draft
from app.domain.kinds import DraftKind
from app.ui.pages.empty_state import EmptyState


class LoadableEditor(Protocol):
    def load(self, draft: Draft) -> None: ...


def _unload(widget: QWidget) -> None:
    unload = getattr(widget, "unload", None)
    if unload is not None:
        unload()


EditorFactory = Callable[[DraftKind, QWidget], QWidget]


class EditorArea(QStackedWidget):
    editor_created = Signal(QWidget)

    def __init__(self, factory: EditorFactory | None, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._editors: dict[DraftKind, QWidget] = {}
        self._local_id: int | None = None
        t = QCoreApplication.translate
        self.empty = EmptyState(t("EditorArea", "Nothing selected"), empty_text)
        self.empty.setObjectName("editorEmpty")
        self.many = EmptyState()
        self.many.setObjectName("editorMany")
        self.unavailable = EmptyState(
            t("EditorArea", "No editor yet"),
            t(
                "EditorArea",
                "This kind of draft cannot be edited in this version; it is listed so you can publish it.",
            ),
        )
        for page in (self.empty, self.many, self.unavailable):
            self.addWidget(page)
        self.setCurrentWidget(self.empty)

    @property
    def local_id(self) -> int | None:
        """The draft the editor shows, if any."""
        return self._local_id

    def editor(self, kind: DraftKind) -> QWidget | None:
        """The editor of `kind`, made on first use; None without a factory."""
        if kind not in self._editors and self._factory is not None:
            widget = self._factory(kind, self)
            self._editors[kind] = widget
            self.addWidget(widget)
            self.editor_created.emit(widget)
        return self._editors.get(kind)

    def show_draft(self, draft: Draft) -> QWidget | None:
        widget = self.editor(draft.kind)
        self._local_id = draft.local_id
        if widget is None:
            self.setCurrentWidget(self.unavailable)
            return None
        cast(LoadableEditor, widget).load(draft)
        self.setCurrentWidget(widget)
        return widget

    def show_empty(self) -> None:
        self._local_id = None
        self._unload_current()
        self.setCurrentWidget(self.empty)

    def show_many(self, title: str, text: str) -> None:
        self._local_id = None
        self._unload_current()
        self.many.set_text(title, text)
        self.setCurrentWidget(self.many)

    def close_all(self) -> None:
        """No editor keeps a draft (another account was chosen): each is emptied, nothing
        can be typed into the old drafts; the empty state shows."""
        for widget in self._editors.values():
            _unload(widget)
        self.show_empty()

    def _unload_current(self) -> None:
        widget = self.current_editor()
        if widget is not None:
            _unload(widget)

    def current_editor(self) -> QWidget | None:
        widget = self.currentWidget()
        return widget if widget in self._editors.values() else None
