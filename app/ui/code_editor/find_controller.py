"""Find and replace over one editor: the matches of the bar's query, kept current as the
text changes, stepped through, highlighted where they are on screen, and replaced one at
a time or all at once (one undo step)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.ui.code_editor.find_bar import FindBar
from app.ui.code_editor.search import Matches, find_all, replace_all, replacement_at
from app.ui.code_editor.utf16 import OffsetMap

if TYPE_CHECKING:
    from app.ui.code_editor.editor import CodeEditor

# Above this size the count follows typing after a short pause rather than per keystroke.
LIVE_LIMIT: Final = 200_000
_DEBOUNCE_MS: Final = 150


class FindController(QObject):
    def __init__(self, editor: CodeEditor, bar: FindBar) -> None:
        super().__init__(editor)
        self._editor = editor
        self.bar = bar
        self._pattern: re.Pattern[str] | None = None
        self.matches = Matches([])
        self._origin = 0  # where the search started: typing a query finds from here
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self._refresh_after_edit)
        self._move_on_refresh = False
        bar.query_changed.connect(self._on_query_changed)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.replace_requested.connect(self.replace_one)
        bar.replace_all_requested.connect(self.replace_all)
        bar.closed.connect(self._on_closed)

    @property
    def active(self) -> bool:
        return not self.bar.isHidden() and self._pattern is not None

    def open(self, *, replacing: bool) -> None:
        cursor = self._editor.textCursor()
        selected = cursor.selectedText()
        text = selected if selected and "\u2029" not in selected else None
        self._origin = cursor.selectionStart()
        self.bar.open(replacing=replacing and not self._editor.isReadOnly(), text=text)
        self._refresh(move=False)

    # -- matching ---------------------------------------------------------------------------

    def _on_query_changed(self) -> None:
        if self._editor.document().characterCount() > LIVE_LIMIT:
            self._move_on_refresh = True
            self._timer.start()
        else:
            self._refresh(move=True)

    def text_changed(self) -> None:
        if not self.bar.isHidden():
            self._timer.start()

    def _refresh_after_edit(self) -> None:
        move, self._move_on_refresh = self._move_on_refresh, False
        self._refresh(move=move)

    def _refresh(self, *, move: bool) -> None:
        query = self.bar.query()
        self._pattern = None
        self.matches = Matches([])
        if query.text:
            try:
                self._pattern = query.compile()
            except re.error as error:
                self.bar.show_error(str(error))
                self._editor.refresh_selections()
                return
            self.matches = find_all(self._editor.text(), query)
        if move and self.matches.spans:
            self._select(self.matches.index_at_or_after(self._origin), keep_origin=True)
        else:
            self._show_count()
            self._editor.refresh_selections()

    def current_index(self) -> int:
        cursor = self._editor.textCursor()
        return self.matches.index_of(cursor.selectionStart(), cursor.selectionEnd())

    def _show_count(self) -> None:
        index = self.current_index()
        self.bar.show_count(index + 1, len(self.matches), self.matches.capped)

    def _select(self, index: int, *, keep_origin: bool = False) -> None:
        if index < 0:
            self._show_count()
            return
        start, end = self.matches.spans[index]
        cursor = self._editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        if not keep_origin:
            self._origin = start
        self._show_count()
        self._editor.refresh_selections()

    def next(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._refresh(move=False)
        cursor = self._editor.textCursor()
        after = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
        self._select(self.matches.index_at_or_after(after))

    def previous(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._refresh(move=False)
        self._select(self.matches.index_before(self._editor.textCursor().selectionStart()))

    # -- replacing --------------------------------------------------------------------------

    def replace_one(self) -> None:
        """Replace the selected match and go to the next; with no match selected, go to it."""
        if self._editor.isReadOnly() or self._pattern is None:
            return
        index = self.current_index()
        if index < 0:
            self.next()
            return
        start, end = self.matches.spans[index]
        text = self._editor.text()
        offsets = OffsetMap(text)
        try:
            new = replacement_at(
                text, self._pattern, offsets.to_index(start), offsets.to_index(end),
                self.bar.replacement(), self.bar.query().regex,
            )  # fmt: skip
        except (re.error, IndexError) as error:
            self.bar.show_error(str(error))
            return
        if new is None:
            self._refresh(move=False)
            return
        cursor = self._editor.textCursor()
        cursor.insertText(new)  # one undo step, and text_edited like typing
        self._editor.setTextCursor(cursor)
        self._refresh(move=False)
        self._select(self.matches.index_at_or_after(cursor.position()))

    def replace_all(self) -> None:
        if self._editor.isReadOnly() or self._pattern is None:
            return
        try:
            new, count = replace_all(
                self._editor.text(), self._pattern, self.bar.replacement(), self.bar.query().regex
            )
        except (re.error, IndexError) as error:
            self.bar.show_error(str(error))
            return
        if count:
            self._editor.replace_all_text(new)
        self._refresh(move=False)
        self.bar.show_replaced(count)

    # -- showing ----------------------------------------------------------------------------

    def selections(self, start: int, end: int) -> list[QTextEdit.ExtraSelection]:
        """The matches between document positions ``start`` and ``end`` (what is on screen)."""
        if not self.active or not self.matches.spans:
            return []
        theme = self._editor.theme
        current = self.current_index()
        plain = QTextCharFormat()
        plain.setBackground(theme.match)
        strong = QTextCharFormat()
        strong.setBackground(theme.current_match)
        selections: list[QTextEdit.ExtraSelection] = []
        document = self._editor.document()
        for span in self.matches.between(start, end):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            is_current = current >= 0 and span == self.matches.spans[current]
            selection.format = strong if is_current else plain
            selections.append(selection)
        return selections

    def _on_closed(self) -> None:
        self._timer.stop()
        self._pattern = None
        self.matches = Matches([])
        self._editor.refresh_selections()
        self._editor.setFocus()
