"""The strip left of the text: line numbers, and a dot on each marked line whose tooltip
is the finding. Clicking a number selects its line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:
    from app.ui.code_editor.editor import CodeEditor

MARK_SPACE = 14
PADDING = 8


class Gutter(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._digits = 0
        self.setObjectName("code_editor_gutter")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def width_for(self, lines: int) -> int:
        digits = max(3, len(str(max(1, lines))))
        return MARK_SPACE + self.fontMetrics().horizontalAdvance("9") * digits + PADDING

    def sizeHint(self) -> QSize:
        return QSize(self.width_for(self.editor.blockCount()), 0)

    def block_at(self, y: int) -> int:
        """The block number at height ``y`` of the gutter, or -1."""
        cursor = self.editor.cursorForPosition(QPoint(0, y))
        block = cursor.block()
        top = self.editor.block_top(block)
        if top <= y < top + self.editor.blockBoundingRect(block).height():
            return block.blockNumber()
        return -1

    def paintEvent(self, event: QPaintEvent) -> None:
        editor = self.editor
        theme = editor.theme
        painter = QPainter(self)
        painter.fillRect(event.rect(), theme.gutter_background)
        marks = editor.marks.by_block()
        current = editor.textCursor().blockNumber()
        block = editor.firstVisibleBlock()
        top = editor.block_top(block)
        line_height = self.fontMetrics().height()
        number_width = self.width() - MARK_SPACE - PADDING // 2
        bottom_limit = event.rect().bottom()
        font = painter.font()
        while block.isValid() and top <= bottom_limit:
            height = round(editor.blockBoundingRect(block).height())
            if block.isVisible() and top + height >= event.rect().top():
                number = block.blockNumber()
                mark = marks.get(number)
                if mark is not None:
                    color = theme.severity[mark[0]]
                    painter.fillRect(QRect(0, top, self.width(), height), theme.severity_line[mark[0]])
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(color)
                    radius = min(4, line_height // 3)
                    center = QPoint(MARK_SPACE // 2 + 1, top + line_height // 2)
                    painter.drawEllipse(center, radius, radius)
                font.setBold(number == current)
                painter.setFont(font)
                painter.setPen(theme.gutter_current if number == current else theme.gutter_text)
                painter.drawText(
                    QRect(MARK_SPACE, top, number_width, line_height),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    str(number + 1),
                )
            top += height
            block = block.next()
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            number = self.block_at(event.pos().y())  # type: ignore[attr-defined]
            mark = self.editor.marks.at_block(number) if number >= 0 else None
            if mark is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), mark[1], self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.block_at(round(event.position().y()))
        if number < 0 or event.button() != Qt.MouseButton.LeftButton:
            return
        block = self.editor.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
