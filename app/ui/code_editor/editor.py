"""The code editor of email bodies and segment conditions: a QPlainTextEdit with syntax
colours, line numbers, marks, find and replace, go to line, indentation and Format.

For other parts: :meth:`load_text` shows a text as loaded (undo cleared, no
``text_edited``); :meth:`replace_all_text` changes it as an edit the user can undo;
:meth:`text` (and ``toPlainText``) give the text exactly, non-breaking spaces included;
``text_edited`` follows every change of the text but loading.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontDatabase,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QVBoxLayout, QWidget

from app.ui.code_editor import decorations, indentation
from app.ui.code_editor.banner import Banner
from app.ui.code_editor.editing import DocumentEdits
from app.ui.code_editor.find_bar import FindBar
from app.ui.code_editor.find_controller import FindController
from app.ui.code_editor.go_to_line import GoToLineBar
from app.ui.code_editor.gutter import Gutter
from app.ui.code_editor.highlighting import IncrementalHighlighter
from app.ui.code_editor.html_syntax import HtmlHighlighter
from app.ui.code_editor.json_syntax import JsonHighlighter
from app.ui.code_editor.marks import LineMarks
from app.ui.code_editor.plain_syntax import PlainHighlighter
from app.ui.code_editor.syntax_theme import SyntaxTheme
from app.ui.code_editor.utf16 import utf16_length

MODES: Final = ("html", "plain", "json")
_HIGHLIGHTERS: Final[dict[str, type[IncrementalHighlighter]]] = {
    "html": HtmlHighlighter,
    "plain": PlainHighlighter,
    "json": JsonHighlighter,
}
_FOLLOW_UP: Final = {"amp": "html"}  # AMP is HTML to the editor


class CodeEditor(QPlainTextEdit):
    text_edited = Signal()  # typing, paste, undo, Format, replace_all_text: all but load_text

    def __init__(self, mode: str = "html", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = self._checked_mode(mode)
        self._current_line: QTextEdit.ExtraSelection | None = None
        self._mark_selections: list[QTextEdit.ExtraSelection] = []
        self._margins = (-1, -1)
        self._cursor_block = -1
        self.theme = SyntaxTheme.from_palette(self.palette())
        self.marks = LineMarks(self.document())
        self.gutter = Gutter(self)
        self._bars = QWidget(self)
        self._bars.setObjectName("code_editor_bars")
        bars_layout = QVBoxLayout(self._bars)
        bars_layout.setContentsMargins(0, 0, 0, 0)
        bars_layout.setSpacing(0)
        self.banner = Banner()
        self.go_to_line_bar = GoToLineBar()
        self.find_bar = FindBar()
        for bar in (self.banner, self.go_to_line_bar, self.find_bar):
            bar.setFont(QGuiApplication.font())  # not the editor's monospace
            bar.hide()
            bars_layout.addWidget(bar)
            bar.installEventFilter(self)
        self.finder = FindController(self, self.find_bar)
        self.edits = DocumentEdits(self)
        self.highlighter: IncrementalHighlighter = _HIGHLIGHTERS[self._mode](self, self.theme)
        self.highlighter.attach(self.document())

        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.set_soft_wrap(self._mode == "plain")
        self._build_actions()
        self._apply_theme()

        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self.refresh_selections)
        self.go_to_line_bar.go.connect(self.go_to_line)
        self.go_to_line_bar.closed.connect(self.setFocus)
        self.banner.action_clicked.connect(self.edits.banner_action)
        self._update_margins()
        self._on_cursor_moved()

    # -- the public face --------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """ "html" (also for AMP), "plain" or "json"; the text stays, its colours change."""
        mode = self._checked_mode(mode)
        if mode == self._mode:
            return
        self._mode = mode
        old = self.highlighter
        old.setDocument(None)
        old.deleteLater()
        self.highlighter = _HIGHLIGHTERS[mode](self, self.theme)
        self.highlighter.attach(self.document())
        self.format_action.setEnabled(self.can_format)

    def text(self) -> str:
        """The text exactly as typed (``QPlainTextEdit.toPlainText`` turns non-breaking
        spaces into spaces, which would change an email's text on the next save)."""
        return self.edits.text()

    def toPlainText(self) -> str:
        return self.text()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.format_action.setEnabled(self.can_format)

    def setPlainText(self, text: str) -> None:
        self.load_text(text)

    def load_text(self, text: str) -> None:
        """Show ``text`` as freshly loaded: undo history cleared, marks dropped, no
        ``text_edited``."""
        self.edits.load(text)

    def replace_all_text(self, text: str) -> None:
        """Change the whole text to ``text`` as one edit the user can undo."""
        self.edits.apply(text)

    def go_to_line(self, line: int, column: int | None = None) -> None:
        """Put the cursor on ``line`` (1-based, clamped to the text) at ``column`` (1-based
        characters; the start of the line when None or 0) and show it in the middle."""
        document = self.document()
        line = min(max(1, line), document.blockCount())
        block = document.findBlockByNumber(line - 1)
        cursor = QTextCursor(block)
        if column:
            offset = utf16_length(block.text()[: max(0, column - 1)])  # characters, as Python counts
            cursor.setPosition(block.position() + min(offset, block.length() - 1))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_lines(self, marks: Mapping[int, tuple[str, str]]) -> None:
        """``{line: (severity, message)}`` with 1-based lines and "error", "warning" or
        "info": a dot in the gutter, a tinted and underlined line, the message on hover.
        Replaces the marks shown before; an empty mapping clears them."""
        self.marks.set(marks)
        self._build_mark_selections()
        self.refresh_selections()
        self.gutter.update()

    def set_soft_wrap(self, wrap: bool) -> None:
        self.setLineWrapMode(
            QPlainTextEdit.LineWrapMode.WidgetWidth if wrap else QPlainTextEdit.LineWrapMode.NoWrap
        )
        if hasattr(self, "soft_wrap_action"):
            self.soft_wrap_action.setChecked(wrap)

    @property
    def soft_wrap(self) -> bool:
        return self.lineWrapMode() != QPlainTextEdit.LineWrapMode.NoWrap

    @property
    def can_format(self) -> bool:
        return self._mode in ("html", "json") and not self.isReadOnly()

    def format_text(self) -> None:
        """Format the whole text (HTML or JSON) as one undo step; never done on its own."""
        self.edits.format()

    def open_find(self, *, replacing: bool = False) -> None:
        self.go_to_line_bar.hide()
        self.finder.open(replacing=replacing)

    def open_go_to_line(self) -> None:
        self.find_bar.hide()
        self.go_to_line_bar.open(self.textCursor().blockNumber() + 1, self.blockCount())

    # -- actions ----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        slot: object,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.find_action = self._action(self.tr("Find…"), QKeySequence.StandardKey.Find, self.open_find)
        self.replace_action = self._action(
            self.tr("Replace…"), "Ctrl+H", lambda: self.open_find(replacing=True)
        )
        self.find_next_action = self._action(self.tr("Find next"), "F3", self._find_next)
        self.find_previous_action = self._action(self.tr("Find previous"), "Shift+F3", self._find_previous)
        self.go_to_line_action = self._action(self.tr("Go to line…"), "Ctrl+G", self.open_go_to_line)
        self.format_action = self._action(self.tr("Format"), "Ctrl+Shift+I", self.format_text)
        self.format_action.setEnabled(self.can_format)
        self.soft_wrap_action = self._action(
            self.tr("Soft wrap"), "Alt+Z", lambda checked: self.set_soft_wrap(bool(checked)), checkable=True
        )
        self.soft_wrap_action.setChecked(self.soft_wrap)

    def _find_next(self) -> None:
        if self.find_bar.isHidden():
            self.open_find()
        self.finder.next()

    def _find_previous(self) -> None:
        if self.find_bar.isHidden():
            self.open_find()
        self.finder.previous()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly() or not source.hasText():
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        self.edits.insert(cursor, source.text())  # the plain text, as QPlainTextEdit pastes
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        for action in (self.find_action, self.replace_action, self.go_to_line_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.format_action)
        menu.addAction(self.soft_wrap_action)
        menu.popup(event.globalPos())  # not exec(): no nested event loop under qasync

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Escape and self._close_bars():
            return
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        cursor = self.textCursor()
        shift_only = modifiers == Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (plain or shift_only):
            # Shift+Enter would insert a Unicode line separator: in HTML, never wanted.
            indentation.new_line(cursor, self._mode)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            return
        if key == Qt.Key.Key_Tab and plain:
            if indentation.spans_lines(cursor):
                self.setTextCursor(indentation.shift_lines(cursor, outward=False))
            else:
                indentation.insert_indent(cursor)
                self.setTextCursor(cursor)
            return
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift_only):
            lines = indentation.shift_lines(cursor, outward=True)
            if indentation.spans_lines(cursor):
                self.setTextCursor(lines)
            return
        if key == Qt.Key.Key_Backspace and plain and indentation.remove_indent_step(cursor):
            self.setTextCursor(cursor)
            return
        super().keyPressEvent(event)

    def _close_bars(self) -> bool:
        closed = False
        if not self.find_bar.isHidden():
            self.find_bar.close_bar()
            closed = True
        if not self.go_to_line_bar.isHidden():
            self.go_to_line_bar.close_bar()
            closed = True
        return closed

    # -- painting and layout ----------------------------------------------------------------

    def block_top(self, block: QTextBlock) -> int:
        return round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())

    def _bars_height(self) -> int:
        visible = any(not bar.isHidden() for bar in (self.banner, self.go_to_line_bar, self.find_bar))
        return self._bars.sizeHint().height() if visible else 0

    def _update_margins(self, *_args: object) -> None:
        width = self.gutter.width_for(self.blockCount())
        top = self._bars_height()
        if (width, top) != self._margins:  # each change relayouts the viewport
            self._margins = (width, top)
            self.setViewportMargins(width, top, 0, 0)
        self._place_children()

    def _place_children(self) -> None:
        rect = self.contentsRect()
        width, top = self._margins
        # Never hidden (a bar shown in a hidden parent gets no Show event): zero high instead.
        self._bars.setGeometry(QRect(rect.left(), rect.top(), rect.width(), top))
        self.gutter.setGeometry(QRect(rect.left(), rect.top() + top, width, rect.height() - top))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_children()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched in (self.banner, self.go_to_line_bar, self.find_bar) and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.LayoutRequest,
        ):
            self._update_margins()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
        elif event.type() == QEvent.Type.FontChange:
            self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
            self._update_margins()

    def _apply_theme(self) -> None:
        theme = SyntaxTheme.from_palette(self.palette())
        self.theme = theme
        self.highlighter.set_theme(theme)
        self.banner.set_theme(theme)
        self.find_bar.set_problem_color(theme.severity["error"])
        self._build_mark_selections()
        self._on_cursor_moved()
        self.gutter.update()

    # -- extra selections: current line, marks, matches -------------------------------------

    def _on_cursor_moved(self) -> None:
        cursor = self.textCursor()
        if cursor.blockNumber() != self._cursor_block:  # its number is drawn bold in the gutter
            self._cursor_block = cursor.blockNumber()
            self.gutter.update()
        self._current_line = decorations.current_line(cursor, self.theme)
        self.refresh_selections()

    def _build_mark_selections(self) -> None:
        self._mark_selections = decorations.marked_lines(self.document(), self.marks.by_block(), self.theme)

    def refresh_selections(self, *_args: object) -> None:
        selections = [self._current_line] if self._current_line is not None else []
        selections += self._mark_selections
        if self.finder.active:
            first = self.firstVisibleBlock()
            bottom = self.cursorForPosition(QPoint(0, self.viewport().height())).block()
            end = bottom.position() + bottom.length()
            selections += self.finder.selections(first.position(), end)
        self.setExtraSelections(selections)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.marks:
            position = event.pos()  # type: ignore[attr-defined]
            block = self.cursorForPosition(position).block()
            mark = self.marks.at_block(block.blockNumber())
            top = self.block_top(block)
            if mark is not None and top <= position.y() < top + self.blockBoundingRect(block).height():
                QToolTip.showText(event.globalPos(), mark[1], self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    @staticmethod
    def _checked_mode(mode: str) -> str:
        mode = _FOLLOW_UP.get(mode, mode)
        if mode not in MODES:
            raise ValueError(f"unknown editor mode {mode!r}: use one of {', '.join(MODES)} (or amp)")
        return mode
