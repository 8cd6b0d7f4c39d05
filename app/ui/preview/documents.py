"""What each preview pane currently shows, and the scheme handler that serves it.

The handler answers on the UI thread (Qt WebEngine calls it there) from bytes prepared by
the pane, so it never does more than copy them into a buffer.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlSchemeHandler

from app.ui.preview.scheme import DOCUMENT_PATH, pane_key_of

HTML_TYPE = b"text/html; charset=utf-8"


@dataclass
class _Entry:
    html: bytes = b""
    images: Mapping[str, bytes] = field(default_factory=dict)


class DocumentStore:
    """The document and package images of each pane, by pane key."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    def set_html(self, key: str, html: bytes) -> None:
        self._entries.setdefault(key, _Entry()).html = html

    def set_images(self, key: str, images: Mapping[str, bytes]) -> None:
        self._entries.setdefault(key, _Entry()).images = images

    def drop(self, key: str) -> None:
        self._entries.pop(key, None)

    def html(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        return entry.html if entry is not None else None

    def image(self, key: str, name: str) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        return entry.images.get(name.removeprefix("./"))


def image_type(name: str) -> bytes:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return (guessed or "application/octet-stream").encode()


class PreviewSchemeHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, documents: DocumentStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents = documents

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        key = pane_key_of(url)
        if key is None or job.requestMethod() != QByteArray(b"GET"):
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        path = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
        if path == DOCUMENT_PATH:
            self._reply(job, HTML_TYPE, self._documents.html(key))
        else:
            name = path.removeprefix("/")
            self._reply(job, image_type(name), self._documents.image(key, name))

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, content_type: bytes, data: bytes | None) -> None:
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(job)  # the job owns it: it lives until Chromium has read it
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(content_type, buffer)
