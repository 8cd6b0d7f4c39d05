"""The preview's browser: one off-the-record profile for the whole app, with the request
guard, the scheme handler and safe settings, shared by every preview pane.

Settings live here, in one place. Off by default and kept off: JavaScript (also for
``javascript:`` links), windows opened by script, plugins and the PDF viewer, local content
reaching remote or file URLs, DNS prefetching, hyperlink auditing (pings), storage, WebGL,
screen capture, full screen, navigation by dropping a file, error pages, and taking the
keyboard focus when a document loads (the user is typing in the editor beside it).
"""

from __future__ import annotations

import itertools

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile, QWebEngineSettings

from app.ui.preview.documents import DocumentStore, PreviewSchemeHandler
from app.ui.preview.request_guard import RequestGuard
from app.ui.preview.scheme import PREVIEW_SCHEME, is_preview_scheme_registered

Attribute = QWebEngineSettings.WebAttribute

SETTINGS: dict[Attribute, bool] = {
    Attribute.JavascriptEnabled: False,
    Attribute.JavascriptCanOpenWindows: False,
    Attribute.JavascriptCanAccessClipboard: False,
    Attribute.JavascriptCanPaste: False,
    Attribute.AllowWindowActivationFromJavaScript: False,
    Attribute.LocalContentCanAccessRemoteUrls: False,
    Attribute.LocalContentCanAccessFileUrls: False,
    Attribute.PluginsEnabled: False,
    Attribute.PdfViewerEnabled: False,
    Attribute.AutoLoadIconsForPage: False,
    Attribute.TouchIconsEnabled: False,
    Attribute.DnsPrefetchEnabled: False,
    Attribute.HyperlinkAuditingEnabled: False,
    Attribute.LocalStorageEnabled: False,
    Attribute.WebGLEnabled: False,
    Attribute.ScreenCaptureEnabled: False,
    Attribute.FullScreenSupportEnabled: False,
    Attribute.NavigateOnDropEnabled: False,
    Attribute.ErrorPageEnabled: False,
    Attribute.FocusOnNavigationEnabled: False,
    Attribute.AllowRunningInsecureContent: False,
    Attribute.AllowGeolocationOnInsecureOrigins: False,
    Attribute.WebRTCPublicInterfacesOnly: True,
    Attribute.PlaybackRequiresUserGesture: True,
    Attribute.BackForwardCacheEnabled: False,  # old versions would only hold memory
    Attribute.AutoLoadImages: True,  # the guard decides which images load
}


class PreviewEngine(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not is_preview_scheme_registered():
            raise RuntimeError("register_preview_scheme() must run before the QApplication is created")
        self.profile = QWebEngineProfile(self)  # no storage name: off the record
        self.profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        self.profile.setSpellCheckEnabled(False)
        settings = self.profile.settings()
        for attribute, on in SETTINGS.items():
            settings.setAttribute(attribute, on)
        self.documents = DocumentStore()
        self._handler = PreviewSchemeHandler(self.documents, self)
        self.profile.installUrlSchemeHandler(PREVIEW_SCHEME.encode(), self._handler)
        self.guard = RequestGuard(self)
        self.profile.setUrlRequestInterceptor(self.guard)
        self.profile.downloadRequested.connect(self._refuse_download)
        self._keys = itertools.count(1)

    def new_pane_key(self) -> str:
        return f"p{next(self._keys)}"

    def release(self, pane_key: str) -> None:
        """Forget what a pane showed (it is gone)."""
        self.documents.drop(pane_key)
        self.guard.forget(pane_key)

    @staticmethod
    def _refuse_download(download: QWebEngineDownloadRequest) -> None:
        download.cancel()


_shared: PreviewEngine | None = None


def shared_preview_engine() -> PreviewEngine:
    """The app's preview engine, created on first use and owned by the application."""
    global _shared
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = PreviewEngine(QCoreApplication.instance())
    return _shared
