"""A preview page never navigates: it loads the documents the pane gives it, and turns every
link the user clicks (in the page, in a new window, in a frame) into a question."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
)

from app.ui.preview.scheme import same_document

NavigationType = QWebEnginePage.NavigationType


class PreviewPage(QWebEnginePage):
    link_clicked = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self._expected: QUrl | None = None
        self.newWindowRequested.connect(self._new_window_requested)
        self.permissionRequested.connect(self._deny)

    def expect(self, url: QUrl) -> None:
        """The next navigation of the main frame to ``url`` is ours: let it through once."""
        self._expected = QUrl(url)

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if navigation_type == NavigationType.NavigationTypeLinkClicked:
            if is_main_frame and url.hasFragment() and same_document(url, self.url()):
                return True  # an anchor within the email
            self.link_clicked.emit(url)
            return False
        if not is_main_frame:
            return True  # a frame of the email: the request guard decides what it may load
        if self._expected is not None and same_document(url, self._expected):
            self._expected = None
            return True
        return False  # meta refresh, form submission, history: the preview stays where it is

    def javaScriptConsoleMessage(self, *_args: object) -> None:
        """Scripts do not run; whatever Chromium still reports here is not the user's concern."""

    def _new_window_requested(self, request: QWebEngineNewWindowRequest) -> None:
        self.link_clicked.emit(request.requestedUrl())  # never opened: nothing handles it

    @staticmethod
    def _deny(permission: QWebEnginePermission) -> None:
        permission.deny()
