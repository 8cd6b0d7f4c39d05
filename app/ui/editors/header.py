"""The top of every editor: title, state badge, save status, the server's sentence,
the "changed on the server" banner and the Publish button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.drafts import DraftState
from app.ui.models.badges import Badge, badge_colors, badge_label, badge_tooltip, state_badge
from app.ui.theme import is_dark


class EditorHeader(QWidget):
    publish_clicked = Signal()
    resolve_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badge: Badge | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("stateBadge")
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.publish = QPushButton(self.tr("Publish"))
        self.publish.setObjectName("publishButton")
        self.publish.setToolTip(self.tr("Send this draft to the server"))
        top.addWidget(self.title, 1)
        top.addWidget(self.save_status)
        top.addWidget(self.badge)
        top.addWidget(self.publish)
        outer.addLayout(top)
        self.info = QLabel()
        self.info.setObjectName("serverInfo")
        self.info.setStyleSheet("color: palette(placeholder-text);")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setWordWrap(True)  # a segment's line (created, changed, generated, size) runs long
        self.info.hide()
        outer.addWidget(self.info)

        self.error = QLabel()
        self.error.setObjectName("lastError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(
            "QLabel { color: #c62828; border: 1px solid #e57373; border-radius: 4px; padding: 6px; }"
        )
        self.error.hide()
        outer.addWidget(self.error)

        self.banner = QFrame()
        self.banner.setObjectName("serverBanner")
        self.banner.setStyleSheet(
            "#serverBanner { background: rgba(255, 179, 0, 0.18); border: 1px solid #ffb300;"
            " border-radius: 4px; }"
        )
        banner_line = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.resolve = QPushButton(self.tr("Resolve…"))
        self.resolve.setObjectName("resolveButton")
        banner_line.addWidget(self.banner_text, 1)
        banner_line.addWidget(self.resolve)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.publish.clicked.connect(self.publish_clicked)
        self.resolve.clicked.connect(self.resolve_clicked)

    def set_title(self, title: str) -> None:
        self.title.setText(title)

    def set_state(
        self, state: DraftState, changed_on_server: bool, kind_name: str, *, queued: bool = False
    ) -> None:
        """Where the draft stands, named as the lists name it (one name per state)."""
        self._badge = state_badge(state, queued)
        self._paint_badge()
        if state is DraftState.CONFLICT:
            self.banner_text.setText(
                self.tr(
                    "Conflict: this %s was also changed on the server. Choose, field by field, "
                    "what to keep before publishing."
                )
                % kind_name.lower()
            )
            self.banner.show()
        elif changed_on_server:
            self.banner_text.setText(
                self.tr(
                    "Changed on the server: someone edited this %s since you started. "
                    "Review the differences and merge them into your draft."
                )
                % kind_name.lower()
            )
            self.banner.show()
        else:
            self.banner.hide()
        self.publish.setEnabled(state not in (DraftState.PUBLISHED, DraftState.CONFLICT))
        if state is DraftState.CONFLICT:
            self.publish.setToolTip(self.tr("Resolve the conflict first"))
        elif state is DraftState.PUBLISHED:
            self.publish.setToolTip(self.tr("Nothing to publish: the server has this version"))
        else:
            self.publish.setToolTip(self.tr("Send this draft to the server"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._badge is not None:
            self._paint_badge()

    def _paint_badge(self) -> None:
        badge = self._badge
        assert badge is not None
        colors = badge_colors(badge, is_dark(self.palette()))
        self.badge.setText(badge_label(badge))
        self.badge.setToolTip(badge_tooltip(badge))
        self.badge.setStyleSheet(
            f"QLabel {{ color: {colors.text.name()}; background: {colors.background.name()};"
            " border-radius: 8px; padding: 2px 8px; }"
        )

    def set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_save_status(self, text: str, problem: bool = False) -> None:
        if text != self.save_status.text():
            self.save_status.setText(text)
        style = "color: #c62828;" if problem else "color: palette(placeholder-text);"
        if style != self.save_status.styleSheet():  # style sheets are slow to apply: not per keystroke
            self.save_status.setStyleSheet(style)
