"""The email as an inbox lists it: sender, subject and preheader, cut to the width as a mail
client cuts them. Wide, the subject and preheader share one line (a desktop client); narrow,
each has its own (a phone)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN: Final = 8
SPACING: Final = 2
SEPARATOR: Final = " – "


class InboxLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sender = ""
        self._subject = ""
        self._preheader = ""
        self._compact = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._describe()

    # -- what it shows

    def set_envelope(self, sender: str, subject: str) -> None:
        self._sender, self._subject = sender.strip(), " ".join(subject.split())
        self._changed()

    def set_preheader(self, text: str) -> None:
        self._preheader = text
        self._changed()

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self.updateGeometry()
        self._changed()

    def sender_address(self) -> str:
        return self._sender

    def subject(self) -> str:
        return self._subject

    def preheader(self) -> str:
        return self._preheader

    def _changed(self) -> None:
        self._describe()
        self.update()

    def _describe(self) -> None:
        sender = self._sender or self.tr("(no sender address)")
        subject = self._subject or self.tr("(no subject)")
        tip = self.tr("How an inbox lists this email: the sender, the subject and the first text of the body")
        self.setToolTip(f"{tip}\n\n{sender}\n{subject}\n{self._preheader}".rstrip())
        self.setAccessibleName(self.tr("Inbox preview"))
        self.setAccessibleDescription(f"{sender}. {subject}. {self._preheader}".rstrip(". "))

    # -- drawing

    def _lines(self) -> int:
        return 3 if self._compact else 2

    def sizeHint(self) -> QSize:
        height = QFontMetrics(self._bold()).lineSpacing() * self._lines() + SPACING * (self._lines() - 1)
        return QSize(240, height + 2 * MARGIN + 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.sizeHint().height())

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        bold, plain = self._bold(), QFont(self.font())
        line_height = QFontMetrics(bold).lineSpacing()
        avatar = line_height * 2
        left = MARGIN + avatar + MARGIN
        width = max(0, self.width() - left - MARGIN)
        self._draw_avatar(painter, QRect(MARGIN, MARGIN, avatar, avatar), bold)
        rows = [
            QRect(left, MARGIN + i * (line_height + SPACING), width, line_height)
            for i in range(self._lines())
        ]
        text, muted = (
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.PlaceholderText),
        )
        sender = self._sender or self.tr("(no sender address)")
        self._draw(painter, rows[0], sender, bold, text if self._sender else muted)
        subject = self._subject or self.tr("(no subject)")
        used = self._draw(
            painter, rows[1], subject, bold if self._compact else plain, text if self._subject else muted
        )
        if not self._preheader:
            return
        if self._compact:
            self._draw(painter, rows[2], self._preheader, plain, muted)
            return
        rest = rows[1].adjusted(used, 0, 0, 0)
        if rest.width() > QFontMetrics(plain).horizontalAdvance(SEPARATOR + "M…"):
            self._draw(painter, rest, SEPARATOR + self._preheader, plain, muted)

    @staticmethod
    def _draw(painter: QPainter, rect: QRect, text: str, font: QFont, color: QColor) -> int:
        """Draws ``text`` cut to ``rect``; returns the width it took."""
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        return metrics.horizontalAdvance(shown)

    def _draw_avatar(self, painter: QPainter, rect: QRect, font: QFont) -> None:
        palette = self.palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(rect)
        initial = next((c for c in self._sender if c.isalnum()), "?").upper()
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), initial)
        painter.restore()
