"""The one place that decides which requests of a preview reach the network.

Turning JavaScript and image loading off is not enough: stylesheets, iframes, CSS
``url()``, ``@import``, posters, ``srcset`` and prefetch hints are still fetched. Every
request of the preview profile passes through here (Qt WebEngine calls the interceptor on
the UI thread) and is refused unless it is the pane's own document or package image, or
inline data, or a remote resource of a pane whose email the user allowed to load remote
content. Even then the main frame never leaves the preview, and pings, reports, sockets and
local files stay refused.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from app.ui.preview.scheme import PREVIEW_SCHEME, pane_key_of

ResourceType = QWebEngineUrlRequestInfo.ResourceType

INLINE_SCHEMES: Final = frozenset({"data", "about", "blob"})
REMOTE_SCHEMES: Final = frozenset({"http", "https"})
# Remote or not, these are never what a reader of the email asked to see.
NEVER: Final = frozenset(
    {
        ResourceType.ResourceTypeMainFrame,
        ResourceType.ResourceTypePing,
        ResourceType.ResourceTypeCspReport,
        ResourceType.ResourceTypeWebSocket,
        ResourceType.ResourceTypeServiceWorker,
        ResourceType.ResourceTypeSharedWorker,
        ResourceType.ResourceTypeWorker,
        ResourceType.ResourceTypeScript,
        ResourceType.ResourceTypePluginResource,
        ResourceType.ResourceTypeObject,
    }
)


class RequestGuard(QWebEngineUrlRequestInterceptor):
    # A remote request of this pane was refused: the pane offers to load remote content.
    blocked = Signal(str, QUrl)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._remote_allowed: set[str] = set()

    def set_remote_allowed(self, pane_key: str, allowed: bool) -> None:
        if allowed:
            self._remote_allowed.add(pane_key)
        else:
            self._remote_allowed.discard(pane_key)

    def forget(self, pane_key: str) -> None:
        self._remote_allowed.discard(pane_key)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        pane = pane_key_of(info.firstPartyUrl())
        if self.allows(url, pane, info.resourceType()):
            return
        info.block(True)
        if pane is not None and url.scheme() in REMOTE_SCHEMES and pane not in self._remote_allowed:
            self.blocked.emit(pane, url)

    def allows(self, url: QUrl, pane: str | None, resource: ResourceType) -> bool:
        """Whether a request for ``url`` made by the document of ``pane`` may go out."""
        if pane is None:  # not from a preview document: nothing of ours asked for it
            return False
        scheme = url.scheme()
        if scheme == PREVIEW_SCHEME:
            return pane_key_of(url) == pane
        if scheme in INLINE_SCHEMES:
            return resource != ResourceType.ResourceTypeMainFrame
        if resource in NEVER:
            return False
        return scheme in REMOTE_SCHEMES and pane in self._remote_allowed
