"""The preview's own URL scheme: every document and package image is served through it.

``setHtml`` gives up silently above 2 MB; a scheme handler has no limit, gives each pane an
address of its own (so the request guard knows which email a request belongs to) and lets
relative image names (``logo.png``, ``images/logo.png``) resolve against the document.

A document lives at ``cs-preview://<pane>-<images revision>/?v=<serial>``: the images
revision changes the origin when the package's images change (Chromium's memory cache keys
on the URL), the serial makes a different email a new navigation rather than a reload.

Chromium reads the list of schemes once, when it starts: ``register_preview_scheme`` must run
before the ``QApplication`` exists (``app/main.py`` and ``tests/conftest.py`` do).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

PREVIEW_SCHEME: Final = "cs-preview"
DOCUMENT_PATH: Final = "/"


def register_preview_scheme() -> bool:
    """Register the scheme with Qt WebEngine (once; later calls do nothing). Returns whether
    it is registered: False when a QApplication already existed, which is too late."""
    if is_preview_scheme_registered():
        return True
    if QCoreApplication.instance() is not None:
        return False
    scheme = QWebEngineUrlScheme(PREVIEW_SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    QWebEngineUrlScheme.registerScheme(scheme)
    return True


def is_preview_scheme_registered() -> bool:
    return QWebEngineUrlScheme.schemeByName(PREVIEW_SCHEME.encode()).name().data() == PREVIEW_SCHEME.encode()


def document_url(pane_key: str, images_revision: int, serial: int) -> QUrl:
    return QUrl(f"{PREVIEW_SCHEME}://{pane_key}-{images_revision}{DOCUMENT_PATH}?v={serial}")


def pane_key_of(url: QUrl) -> str | None:
    """The pane a preview URL belongs to; None for any other URL."""
    if url.scheme() != PREVIEW_SCHEME:
        return None
    key, dash, _revision = url.host().rpartition("-")
    return key if dash and key else None


def same_email(first: QUrl, second: QUrl) -> bool:
    """Both addresses show the same email of the same pane (its images may have changed)."""
    key = pane_key_of(first)
    return key is not None and key == pane_key_of(second) and first.query() == second.query()


def same_document(first: QUrl, second: QUrl) -> bool:
    """Equal but for the fragment (an in-page anchor stays in the same document)."""
    return _without_fragment(first) == _without_fragment(second)


def _without_fragment(url: QUrl) -> tuple[str, str, int, str, str]:
    return (url.scheme(), url.host(), url.port(), url.path(), url.query())
