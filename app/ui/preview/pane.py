"""The live preview of an email: an inbox line, then the email as a mail client renders it,
safely (see ``engine`` and ``request_guard``), at desktop or phone width, light or dark.

The pane renders no templates: the editor renders them through the authoring service and
passes the resulting HTML to ``show_html`` (or to ``request_html``, which waits until typing
pauses). What the editor remembers per email, it tells the pane: the package images
(``set_images``), the sender and subject (``set_envelope``) and whether the user allowed
remote content (``set_remote_content_allowed``; the pane asks with ``remote_content_requested``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Final

import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.ui.pages.empty_state import EmptyState
from app.ui.preview.engine import PreviewEngine, shared_preview_engine
from app.ui.preview.inbox_line import InboxLine
from app.ui.preview.link_prompt import LinkPrompt
from app.ui.preview.page import PreviewPage
from app.ui.preview.preheader import preheader_text
from app.ui.preview.remote_bar import RemoteContentBar
from app.ui.preview.scheme import document_url
from app.ui.preview.served_document import DocumentPreparer
from app.ui.preview.toolbar import MOBILE_WIDTH, PreviewToolbar, WidthMode
from app.ui.preview.view_stage import LoadRequest, ViewStage

DEBOUNCE_MS: Final = 300
BUSY_AFTER_MS: Final = 400
# A desktop client gives an email (600 pixels wide by convention) about this much room. A
# narrower pane draws the desktop layout smaller to fit, as a desktop client would show it,
# rather than cutting it with a scroll bar; never below half size, where text is unreadable.
DESKTOP_WIDTH: Final = 640
SMALLEST_ZOOM: Final = 0.5


class PreviewPane(QWidget):
    rendered = Signal(bool)  # the latest document shown finished loading (and whether it did)
    remote_content_requested = Signal()  # the user chose to load remote content for this email

    def __init__(self, parent: QWidget | None = None, *, engine: PreviewEngine | None = None) -> None:
        super().__init__(parent)
        self._engine = engine if engine is not None else shared_preview_engine()
        self._key = self._engine.new_pane_key()
        self.destroyed.connect(partial(_release, self._engine, self._key))
        self._html = ""
        self._images: dict[str, bytes] = {}
        self._images_revision = 0
        self._serial = 0
        self._token = 0
        self._remote_allowed = False
        self._blocked_this_load = False
        self._queued_html: str | None = None
        self._queued_keep_scroll = True

        self.toolbar = PreviewToolbar(self)
        self.remote_bar = RemoteContentBar(self)
        self.remote_bar.hide()
        self.inbox_line = InboxLine()
        self.stage = ViewStage(self._engine)
        self._links = LinkPrompt(self)
        self._preparer = DocumentPreparer(self)
        self.empty_state = EmptyState(
            self.tr("Nothing to preview"),
            self.tr("The HTML body of this email is empty: write or import one."),
        )

        self._column = QFrame()
        column = QVBoxLayout(self._column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.inbox_line)
        column.addWidget(self.stage, 1)
        frame = QWidget()
        centring = QHBoxLayout(frame)
        centring.setContentsMargins(0, 0, 0, 0)
        centring.addWidget(self._column, 0, Qt.AlignmentFlag.AlignHCenter)
        self._content = QStackedWidget()
        self._content.addWidget(frame)
        self._content.addWidget(self.empty_state)
        self._content.setCurrentWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.remote_bar)
        layout.addWidget(self._content, 1)
        self._apply_width(WidthMode.DESKTOP)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._show_queued)
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.setInterval(BUSY_AFTER_MS)
        self._busy.timeout.connect(partial(self.toolbar.set_busy, True))

        self.toolbar.width_mode_changed.connect(self.set_width_mode)
        self.toolbar.dark_mode_changed.connect(self.set_dark_mode)
        self.remote_bar.load_requested.connect(self._remote_content_chosen)
        self.stage.finished.connect(self._loaded)
        self.stage.link_clicked.connect(self._links.ask, Qt.ConnectionType.QueuedConnection)
        self._engine.guard.blocked.connect(self._request_blocked, Qt.ConnectionType.QueuedConnection)

    # -- the public surface

    def show_html(self, html: str, *, keep_scroll: bool = True) -> None:
        """Show ``html`` now. ``keep_scroll``: a refresh of the email shown, which keeps its
        scroll position; False for another email or language, which starts at the top."""
        self._debounce.stop()
        self._queued_html = None
        self._queued_keep_scroll = True
        self._html = html
        self.inbox_line.set_preheader(preheader_text(html))
        if not html.strip():
            self._preparer.cancel()
            self.stage.cancel_pending()
            self.remote_bar.hide()
            self.toolbar.set_too_wide(None)
            self._content.setCurrentWidget(self.empty_state)
            self._token += 1
            QTimer.singleShot(0, self, partial(self._loaded, self._token, True))
            return
        if not keep_scroll:
            self._serial += 1
        self._load(keep_scroll)

    def request_html(self, html: str, *, keep_scroll: bool = True) -> None:
        """Show ``html`` once ``DEBOUNCE_MS`` pass without another request (typing paused)."""
        self._queued_html = html
        self._queued_keep_scroll = self._queued_keep_scroll and keep_scroll
        self._debounce.start()

    def set_images(self, images: Mapping[str, bytes]) -> None:
        """The HTML package's images, by the relative name the HTML uses (``logo.png``,
        ``images/logo.png``). The email shown is refreshed with them."""
        images = dict(images)
        if images == self._images:
            return
        self._images = images
        self._images_revision += 1
        self._engine.documents.set_images(self._key, images)
        if self._html.strip():
            self._load(keep_scroll=True)

    def set_remote_content_allowed(self, allowed: bool) -> None:
        """Whether this email may load remote images and styles (the editor remembers it per
        email and says so whenever it shows another one)."""
        if allowed == self._remote_allowed:
            return
        self._remote_allowed = allowed
        self._engine.guard.set_remote_allowed(self._key, allowed)
        if allowed:
            self.remote_bar.hide()
        if self._html.strip():
            self._load(keep_scroll=True)

    def remote_content_allowed(self) -> bool:
        return self._remote_allowed

    def set_envelope(self, from_address: str, subject: str) -> None:
        self.inbox_line.set_envelope(from_address, subject)

    def width_mode(self) -> WidthMode:
        return self.toolbar.width_mode()

    def set_width_mode(self, mode: WidthMode) -> None:
        if self.toolbar.width_mode() is not mode:
            self.toolbar.set_width_mode(mode)  # comes back here through its signal
            return
        if self._apply_width(mode):
            self._options_changed()

    def dark_mode(self) -> bool:
        return self.toolbar.dark_button.isChecked()

    def set_dark_mode(self, on: bool) -> None:
        if self.toolbar.dark_button.isChecked() != on:
            self.toolbar.set_dark_mode(on)  # comes back here through its signal
            return
        self._options_changed()

    def page(self) -> PreviewPage:
        """The page on screen (it is replaced from time to time: ask again)."""
        return self.stage.page()

    def link_prompt(self) -> LinkPrompt:
        return self._links

    # -- inside

    def _apply_width(self, mode: WidthMode) -> bool:
        mobile = mode is WidthMode.MOBILE
        # A phone is a frame around exactly its width; a desktop client fills the pane.
        self._column.setFrameShape(QFrame.Shape.StyledPanel if mobile else QFrame.Shape.NoFrame)
        if mobile:
            self._column.setFixedWidth(MOBILE_WIDTH + 2 * self._column.frameWidth())
        else:
            self._column.setMinimumWidth(0)
            self._column.setMaximumWidth(16_777_215)
        self._column.parentWidget().layout().setAlignment(  # type: ignore[union-attr]
            self._column, Qt.AlignmentFlag.AlignHCenter if mobile else Qt.AlignmentFlag(0)
        )
        self.inbox_line.set_compact(mobile)
        self._fit_zoom()
        return True

    def _fit_zoom(self) -> None:
        width = self._content.width()
        fit = 1.0 if self.width_mode() is WidthMode.MOBILE or width <= 0 else width / DESKTOP_WIDTH
        self.stage.set_zoom(round(max(SMALLEST_ZOOM, min(1.0, fit)), 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_zoom()

    def _options_changed(self) -> None:
        # Phones have overlay scroll bars: the email gets all of its 375 pixels.
        self.stage.set_options(dark=self.dark_mode(), scrollbars=self.width_mode() is WidthMode.DESKTOP)
        if self._html.strip():
            self._load(keep_scroll=True)

    def _show_queued(self) -> None:
        if self._queued_html is not None:
            self.show_html(self._queued_html, keep_scroll=self._queued_keep_scroll)

    def _load(self, keep_scroll: bool) -> None:
        self._token += 1
        self._blocked_this_load = False
        if not self._busy.isActive() and not self.toolbar.busy_label.isVisible():
            self._busy.start()
        self._preparer.prepare(
            self._html,
            remote_allowed=self._remote_allowed,
            dark=self.dark_mode(),
            done=partial(self._prepared, keep_scroll, self._token),
        )

    def _prepared(self, keep_scroll: bool, token: int, data: bytes) -> None:
        self._engine.documents.set_html(self._key, data)
        url = document_url(self._key, self._images_revision, self._serial)
        self._content.setCurrentIndex(0)
        self.stage.load(LoadRequest(url, keep_scroll, token))

    def _loaded(self, token: int, ok: bool) -> None:
        if token != self._token:
            return  # a document the user has already replaced
        self._busy.stop()
        self.toolbar.set_busy(False)
        if not self._blocked_this_load:
            self.remote_bar.hide()
        self._check_width(ok)
        self.rendered.emit(ok)

    def _check_width(self, loaded: bool) -> None:
        if not loaded or self.width_mode() is not WidthMode.MOBILE:
            self.toolbar.set_too_wide(None)
            return
        self.page().runJavaScript(
            "document.documentElement.scrollWidth",
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            partial(_show_width, self),
        )

    def _request_blocked(self, pane_key: str, _url: QUrl) -> None:
        if pane_key != self._key or self._remote_allowed:
            return
        self._blocked_this_load = True
        self.remote_bar.show()

    def _remote_content_chosen(self) -> None:
        self.remote_content_requested.emit()
        self.set_remote_content_allowed(True)


def _show_width(pane: PreviewPane, width: object) -> None:
    if shiboken6.isValid(pane) and pane.width_mode() is WidthMode.MOBILE and isinstance(width, int | float):
        pane.toolbar.set_too_wide(int(width) if width > MOBILE_WIDTH else None)


def _release(engine: PreviewEngine, pane_key: str) -> None:
    if shiboken6.isValid(engine):
        engine.release(pane_key)
