"""The base of the editor's highlighters: incremental, and never a long freeze.

Each block (line) is highlighted from the state the previous one ended in, and its own end
state is stored with ``setCurrentBlockState``; Qt re-highlights the next line only while
the end state differs, so a keystroke usually costs one line.

Loading a large document would still highlight every line at once. Instead the text goes
in with the highlighter unhooked, its lines are left pending (state -1, as Qt leaves a
line never highlighted), and a zero-delay timer highlights them in slices of a few
milliseconds, top to bottom, so the editor stays responsive. Lines from the *frontier* on
stay pending even when an edit reaches them, which stops Qt's cascade there. A palette
change restyles large documents the same way, one slice at a time.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from typing import ClassVar, Final

from PySide6.QtCore import SIGNAL, SLOT, QObject, QTimer, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.ui.code_editor.syntax_theme import SyntaxTheme
from app.ui.code_editor.utf16 import as_utf16_units

PENDING: Final = -1  # what Qt stores for a line never highlighted
DONE: Final = 1 << 62
SLICE_S: Final = 0.008
CHUNK_BLOCKS: Final = 24
# Beyond this many characters a line is shown as plain text past that point (as VS Code
# does): highlighting a minified 500 KB line costs far more than one frame per keystroke.
LONG_LINE: Final = 20_000
# Documents up to this many characters are highlighted at once when loaded.
SMALL_DOCUMENT: Final = 60_000

# How QSyntaxHighlighter hears of edits (a string connection, so it can be undone and redone).
_CHANGE: Final = SIGNAL("contentsChange(int,int,int)")
_REFORMAT: Final = SLOT("_q_reformatBlocks(int,int,int)")
_TEMPLATE_OPEN: Final = re.compile(r"\{[{%#]")
_TEMPLATE_CLOSE: Final = {1: "}}", 2: "%}", 3: "#}"}
_TEMPLATE_KIND: Final = {"{{": 1, "{%": 2, "{#": 3}
_TEMPLATE_KEYWORD: Final = re.compile(r"[-+~]?\s*([A-Za-z_]\w*)")
_TEMPLATE_STRING: Final = re.compile(r"\"[^\"]*\"?|'[^']*'?")


class IncrementalHighlighter(QSyntaxHighlighter):
    """Subclasses implement :meth:`highlight`; states they return must be >= 0."""

    finished = Signal()  # every line carries its colours
    language: ClassVar[str] = ""

    def __init__(self, parent: QObject, theme: SyntaxTheme) -> None:
        super().__init__(parent)
        self.fmt: dict[str, QTextCharFormat] = theme.formats
        self.blocks_highlighted = 0  # lines actually highlighted (tests count them)
        self._frontier = DONE
        self._pending_end = -1
        self._restyle_at: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._continue)

    # -- for the editor ---------------------------------------------------------------------

    def attach(self, document: QTextDocument) -> None:
        """Highlight ``document``: at once when small, else in the background."""
        if document.characterCount() > SMALL_DOCUMENT:
            self.highlight_later(0, document.blockCount() - 1)
        self.setDocument(document)

    @contextlib.contextmanager
    def unhooked(self) -> Iterator[None]:
        """Qt does not highlight what changes meanwhile: call :meth:`highlight_later` for it."""
        document = self.document()
        hooked = document is not None and QObject.disconnect(document, _CHANGE, self, _REFORMAT)
        try:
            yield
        finally:
            if hooked:
                QObject.connect(document, _CHANGE, self, _REFORMAT)

    def highlight_later(self, first: int, last: int) -> None:
        """Lines ``first`` to ``last`` are highlighted in the background from now on. Those
        between them must be new (a load, an insertion: Qt creates them pending); the two
        ends, which may be old lines changed, are made pending here."""
        document = self.document()
        if document is not None:
            for number in {first, last}:
                block = document.findBlockByNumber(number)
                if block.isValid():
                    block.setUserState(PENDING)  # stops Qt's cascade until the frontier passes
        if self._frontier != DONE:  # a pass is under way: its lines may have moved, go on to the end
            last = max(last, document.blockCount() - 1 if document is not None else last)
        self._frontier = min(self._frontier, max(0, first))
        self._pending_end = max(self._pending_end, last)
        self._timer.start()

    def set_theme(self, theme: SyntaxTheme) -> None:
        self.fmt = theme.formats
        document = self.document()
        if document is None:
            return
        if document.characterCount() <= SMALL_DOCUMENT:
            self.rehighlight()
            return
        self._restyle_at = 0
        self._timer.start()

    @property
    def is_complete(self) -> bool:
        return self._frontier == DONE and self._restyle_at is None

    # -- QSyntaxHighlighter -----------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        if self._frontier != DONE and self.currentBlock().blockNumber() >= self._frontier:
            self.setCurrentBlockState(PENDING)
            return
        self.blocks_highlighted += 1
        previous = self.previousBlockState()
        text = as_utf16_units(text)  # setFormat counts UTF-16 units
        if len(text) > LONG_LINE:
            text = text[:LONG_LINE]
        self.setCurrentBlockState(self.highlight(text, previous if previous >= 0 else 0))

    def highlight(self, text: str, state: int) -> int:
        """Colour ``text`` (one line) starting in ``state``; return the state it ends in."""
        raise NotImplementedError

    # -- template tags, shared by the HTML and plain-text highlighters ----------------------

    @staticmethod
    def template_openers(text: str) -> list[int]:
        return [m.start() for m in _TEMPLATE_OPEN.finditer(text)] if "{" in text else []

    def open_template(self, text: str, i: int) -> int:
        """``{{``, ``{%`` or ``{#`` at ``i``: colour the opener, return its kind (1..3)."""
        kind = _TEMPLATE_KIND[text[i : i + 2]]
        self.setFormat(i, 2, self.fmt["template_comment" if kind == 3 else "template_keyword"])
        return kind

    def template_body(self, text: str, i: int, kind: int, opened_at: int = -1) -> tuple[int, int]:
        """Inside a template tag from ``i``: colour up to its closer; returns the position
        after it and the kind still open (0 once closed)."""
        closer = _TEMPLATE_CLOSE[kind]
        end = text.find(closer, i)
        stop = len(text) if end < 0 else end
        fmt = self.fmt["template_comment" if kind == 3 else "template"]
        self.setFormat(i, stop - i, fmt)
        if kind != 3 and stop > i:
            if kind == 2 and opened_at == i:
                keyword = _TEMPLATE_KEYWORD.match(text, i, stop)
                if keyword is not None:
                    self.setFormat(
                        keyword.start(1), keyword.end(1) - keyword.start(1), self.fmt["template_keyword"]
                    )
            if "'" in text[i:stop] or '"' in text[i:stop]:
                for string in _TEMPLATE_STRING.finditer(text, i, stop):
                    self.setFormat(string.start(), string.end() - string.start(), self.fmt["string"])
        if end < 0:
            return len(text), kind
        self.setFormat(end, 2, self.fmt["template_comment" if kind == 3 else "template_keyword"])
        return end + 2, 0

    # -- the background pass ----------------------------------------------------------------

    def _continue(self) -> None:
        document = self.document()
        if document is None:
            return
        deadline = time.perf_counter() + SLICE_S
        last = min(self._pending_end, document.blockCount() - 1)
        while self._frontier <= last:
            start = self._frontier
            self._frontier = start + CHUNK_BLOCKS
            if self._frontier > last:
                # The last slice: let Qt's cascade run on past it while states change.
                self._frontier, self._pending_end = DONE, -1
            # Cascades over the chunk (each line's state changes from pending) and stops
            # at the new frontier, whose line stays pending.
            self.rehighlightBlock(document.findBlockByNumber(start))
            if time.perf_counter() > deadline:
                break
        if self._frontier != DONE:
            self._timer.start()
            return
        if self._restyle_at is not None:
            block = document.findBlockByNumber(self._restyle_at)
            while block.isValid():
                self.rehighlightBlock(block)
                block = block.next()
                if time.perf_counter() > deadline:
                    break
            if block.isValid():
                self._restyle_at = block.blockNumber()
                self._timer.start()
                return
            self._restyle_at = None
        self.finished.emit()
