"""One web view of the preview: its own page, safe per-page options, and a context menu that
copies instead of navigating."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.preview.engine import PreviewEngine
from app.ui.preview.page import PreviewPage

WebAction = QWebEnginePage.WebAction
Attribute = QWebEngineSettings.WebAttribute


class PreviewView(QWebEngineView):
    link_clicked = Signal(QUrl)

    def __init__(
        self, engine: PreviewEngine, *, dark: bool, scrollbars: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview_page = PreviewPage(engine.profile, self)
        settings = self.preview_page.settings()
        settings.setAttribute(Attribute.ForceDarkMode, dark)
        settings.setAttribute(Attribute.ShowScrollBars, scrollbars)
        self.setPage(self.preview_page)
        self.setAcceptDrops(False)  # a file dropped here belongs to the editor, not the email
        self.preview_page.link_clicked.connect(self.link_clicked)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.pageAction(WebAction.Copy))
        request = self.lastContextMenuRequest()
        link = request.linkUrl() if request is not None else QUrl()
        if link.isValid() and not link.isEmpty():
            menu.addAction(self.tr("Open Link…"), lambda: self.link_clicked.emit(link))
            menu.addAction(self.pageAction(WebAction.CopyLinkToClipboard))
        menu.addSeparator()
        menu.addAction(self.pageAction(WebAction.SelectAll))
        menu.popup(event.globalPos())
