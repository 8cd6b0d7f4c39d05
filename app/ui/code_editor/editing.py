"""What happens to the editor's text as a whole: loading, whole-text changes made as one
undoable edit (only the part that differs is replaced, so colours, marks and the view
above it stay), Format, and the notice about lines too long to edit comfortably."""

from __future__ import annotations

import contextlib
import re
from functools import partial
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from app.authoring.html_format import FormatError
from app.ui.code_editor.formatting import FormatJob
from app.ui.code_editor.highlighting import SMALL_DOCUMENT
from app.ui.code_editor.utf16 import OffsetMap, has_astral, utf16_length

if TYPE_CHECKING:
    from app.ui.code_editor.editor import CodeEditor

LONG_LINE_NOTICE: Final = 10_000
_SPACE: Final = re.compile(r"\s+")
_WORD: Final = re.compile(r"\S+")
# Qt takes about a second per 10 MB to insert a text: above this, say so before it starts.
HUGE_PASTE: Final = 2_000_000
_RECHECK_MS: Final = 400


def common_affixes(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and (after it) the common suffix; bisection over slice
    comparisons, which run at C speed even for half a megabyte."""
    limit = min(len(old), len(new))
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    prefix = low
    low, high = 0, limit - prefix
    while low < high:
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    return prefix, low


def same_place(old: str, new: str, index: int) -> int:
    """The index in ``new`` with as many non-whitespace characters before it as ``index``
    has in ``old`` (texts that differ in whitespace only)."""
    wanted = len(old[:index]) - sum(len(m.group()) for m in _SPACE.finditer(old, 0, index))
    if wanted <= 0:
        return 0
    seen = 0
    for word in _WORD.finditer(new):
        if seen + len(word.group()) >= wanted:
            return word.start() + wanted - seen
        seen += len(word.group())
    return len(new)


def longest_line(text: str) -> tuple[int, int]:
    """(1-based line number, length) of the longest line."""
    lengths = [len(line) for line in text.split("\n")]
    length = max(lengths)
    return lengths.index(length) + 1, length


class DocumentEdits(QObject):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._loading = False
        self.count = 0  # changes of the text so far: a Format result for an older text is dropped
        self._job: FormatJob | None = None
        self._error_at: tuple[int, int] = (1, 1)
        self._long_line_dismissed = False
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(_RECHECK_MS)
        self._recheck.timeout.connect(self.check_long_lines)
        # The text as Python has it, kept up to date edit by edit: reading the whole document
        # back from Qt costs milliseconds per keystroke at 500 KB. None: read it afresh.
        self._mirror: str | None = None
        self._mirror_off = False  # the text has characters beyond U+FFFF: offsets would drift
        self._paste: tuple[QTextCursor, str] | None = None
        self._paste_timer = QTimer(self)
        self._paste_timer.setSingleShot(True)
        self._paste_timer.setInterval(30)  # time for the notice to be painted
        self._paste_timer.timeout.connect(self._paste_now)
        editor.document().contentsChange.connect(self._on_change)
        editor.banner.dismissed.connect(self._on_dismissed)

    @property
    def loading(self) -> bool:
        return self._loading

    def text(self) -> str:
        if self._mirror is not None:
            return self._mirror
        text = self._editor.document().toRawText().replace("\u2029", "\n")
        if not self._mirror_off:
            if has_astral(text):
                self._mirror_off = True
            else:
                self._mirror = text
        return text

    def _follow(self, position: int, removed: int, added: int) -> None:
        text = self._mirror
        if text is None:
            return
        document = self._editor.document()
        length = document.characterCount() - 1  # Qt counts the last line's end too
        end = min(position + added, length)
        piece = ""
        if end > position:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            piece = cursor.selectedText().replace("\u2029", "\n")
        if has_astral(piece):
            self._mirror, self._mirror_off = None, True
            return
        text = text[:position] + piece + text[position + removed :]
        self._mirror = text if len(text) == length else None  # out of step: read afresh next time

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if not (removed or added):
            return  # formats only
        self.count += 1
        if self._loading:
            self._mirror, self._mirror_off = None, False
        else:
            self._follow(position, removed, added)
        editor = self._editor
        editor.marks.text_changed()
        editor.finder.text_changed()
        if not self._loading:
            editor.text_edited.emit()
            block = editor.document().findBlock(position)
            if block.length() > LONG_LINE_NOTICE or editor.banner.kind == "long-line":
                self._recheck.start()

    # -- whole-text changes -----------------------------------------------------------------

    def load(self, text: str) -> None:
        editor = self._editor
        highlighter = editor.highlighter
        self._loading = True
        try:
            if len(text) > SMALL_DOCUMENT:
                with highlighter.unhooked():
                    QPlainTextEdit.setPlainText(editor, text)
                highlighter.highlight_later(0, editor.blockCount() - 1)
            else:
                QPlainTextEdit.setPlainText(editor, text)
        finally:
            self._loading = False
        editor.mark_lines({})
        editor.banner.clear()
        self._long_line_dismissed = False
        self.check_long_lines(text)

    def apply(self, text: str) -> None:
        editor = self._editor
        old = editor.text()
        if old == text:
            return
        prefix, suffix = common_affixes(old, text)
        start = utf16_length(old[:prefix])
        end = start + utf16_length(old[prefix : len(old) - suffix])
        insert = text[prefix : len(text) - suffix]
        document = editor.document()
        scroll = editor.verticalScrollBar().value()
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        large = len(insert) + end - start > SMALL_DOCUMENT
        with editor.highlighter.unhooked() if large else contextlib.nullcontext():
            cursor.beginEditBlock()
            cursor.insertText(insert)
            cursor.endEditBlock()
        if large:
            editor.highlighter.highlight_later(
                document.findBlock(start).blockNumber(), document.findBlock(cursor.position()).blockNumber()
            )
        editor.verticalScrollBar().setValue(scroll)
        self.check_long_lines(text)

    def insert(self, cursor: QTextCursor, text: str) -> None:
        """Insert ``text`` at ``cursor`` as typing would; a large text (a paste) is coloured
        in the background instead of all at once."""
        if len(text) <= SMALL_DOCUMENT:
            cursor.insertText(text)
            return
        if len(text) > HUGE_PASTE and self._paste is None:
            megabytes = self._editor.locale().toString(len(text) / 1_000_000, "f", 1)
            self._editor.banner.show_message("pasting", self.tr("Pasting {0} MB of text…").format(megabytes))
            self._paste = (QTextCursor(cursor), text)  # a cursor follows edits made meanwhile
            self._paste_timer.start()
            return
        self._insert_large(cursor, text)

    def _insert_large(self, cursor: QTextCursor, text: str) -> None:
        document = self._editor.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        with self._editor.highlighter.unhooked():
            cursor.insertText(text)
        self._editor.highlighter.highlight_later(first, document.findBlock(cursor.position()).blockNumber())
        self.check_long_lines()

    def _paste_now(self) -> None:
        if self._paste is None:
            return
        cursor, text = self._paste
        self._paste = None
        self._editor.banner.clear("pasting")
        self._insert_large(cursor, text)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()

    # -- Format -----------------------------------------------------------------------------

    def format(self) -> None:
        editor = self._editor
        if not editor.can_format or (self._job is not None and self._job.running):
            return
        job = FormatJob(editor.mode, editor.text(), self)
        job.finished.connect(partial(self._formatted, self.count, job))
        self._job = job
        job.start()
        if job.running:
            editor.banner.show_message("formatting", self.tr("Formatting…"))

    def _formatted(self, count: int, job: FormatJob, text: str, error: FormatError | None) -> None:
        editor = self._editor
        job.deleteLater()
        if job is self._job:
            self._job = None
        editor.banner.clear("formatting")
        if error is not None:
            self._error_at = (error.line, error.column)
            editor.banner.show_message(
                "format-error",
                self.tr("Not formatted: this JSON does not parse at line {0}, column {1}.").format(
                    error.line, error.column
                ),
                self.tr("Show"),
            )
            return
        if count != self.count:
            editor.banner.show_message(
                "format-stale",
                self.tr("The text changed while it was being formatted, so it was left as it is."),
                self.tr("Format"),
            )
            return
        editor.banner.clear()
        self._format_keeping_place(text)

    def _format_keeping_place(self, text: str) -> None:
        """Apply a formatted text with the cursor on the same character and that line at
        the same height on screen: Format changes whitespace only, so the place is the
        same count of non-whitespace characters from the start."""
        editor = self._editor
        old = editor.text()
        cursor = editor.textCursor()
        index = OffsetMap(old).to_index(cursor.position())
        row = cursor.blockNumber() - editor.firstVisibleBlock().blockNumber()
        self.apply(text)
        position = OffsetMap(text).to_utf16(same_place(old, text, index))
        cursor = editor.textCursor()
        cursor.setPosition(min(position, editor.document().characterCount() - 1))
        editor.setTextCursor(cursor)
        if not editor.soft_wrap:  # without wrapping the scroll bar counts lines
            editor.verticalScrollBar().setValue(max(0, cursor.blockNumber() - row))
        editor.ensureCursorVisible()

    def banner_action(self) -> None:
        kind = self._editor.banner.kind
        if kind in ("long-line", "format-stale"):
            self.format()
        elif kind == "format-error":
            self._editor.banner.clear()
            self._editor.go_to_line(*self._error_at)

    # -- long lines -------------------------------------------------------------------------

    def check_long_lines(self, text: str | None = None) -> None:
        editor = self._editor
        banner = editor.banner
        if banner.kind not in ("", "long-line"):
            return
        line, length = longest_line(editor.text() if text is None else text)
        if length <= LONG_LINE_NOTICE or self._long_line_dismissed:
            banner.clear("long-line")
            return
        locale = editor.locale()
        if editor.can_format:
            message = self.tr(
                "Line {0} is very long ({1} characters), which makes editing slow. "
                "Format breaks it into readable lines."
            )
            action = self.tr("Format")
        else:
            message = self.tr("Line {0} is very long ({1} characters), which makes editing slow.")
            action = ""
        banner.show_message(
            "long-line", message.format(locale.toString(line), locale.toString(length)), action
        )

    def _on_dismissed(self, kind: str) -> None:
        if kind == "long-line":
            self._long_line_dismissed = True
