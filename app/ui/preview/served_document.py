"""The bytes the scheme handler serves for an email: its HTML with the preview's rewrites,
encoded as UTF-8 (the handler declares that charset, which overrides the email's own).

About 10 ms a megabyte of work in C loops that hold the interpreter: a pasted 20 MB
document would freeze the window for a fifth of a second. Documents longer than
``SLICE_CHARS`` are therefore prepared a slice per turn of the event loop, each slice cut
just before a ``<`` so that no tag (and no CSS media query) is split between two slices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from PySide6.QtCore import QObject, QTimer

from app.ui.preview.document_rewrites import with_color_scheme, without_connection_hints

SLICE_CHARS: Final = 256 * 1024


def served_slices(html: str, *, remote_allowed: bool, dark: bool) -> Iterator[bytes]:
    start = 0
    while start < len(html):
        end = html.find("<", start + SLICE_CHARS)
        end = len(html) if end == -1 else end
        piece = html[start:end]
        if not remote_allowed:
            piece = without_connection_hints(piece)
        yield with_color_scheme(piece, dark=dark).encode("utf-8", "replace")
        start = end


def served_bytes(html: str, *, remote_allowed: bool, dark: bool) -> bytes:
    return b"".join(served_slices(html, remote_allowed=remote_allowed, dark=dark))


class DocumentPreparer(QObject):
    """Prepares one document at a time; a new one cancels the one being prepared."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slices: Iterator[bytes] | None = None
        self._parts: list[bytes] = []
        self._done: Callable[[bytes], None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def prepare(self, html: str, *, remote_allowed: bool, dark: bool, done: Callable[[bytes], None]) -> None:
        """Call ``done`` with the served bytes: at once for a document of one slice, else
        after a few turns of the event loop."""
        self.cancel()
        if len(html) <= SLICE_CHARS:
            done(served_bytes(html, remote_allowed=remote_allowed, dark=dark))
            return
        self._slices = served_slices(html, remote_allowed=remote_allowed, dark=dark)
        self._done = done
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._slices, self._parts, self._done = None, [], None

    def is_busy(self) -> bool:
        return self._slices is not None

    def _step(self) -> None:
        if self._slices is None or self._done is None:
            self._timer.stop()
            return
        piece = next(self._slices, None)
        if piece is not None:
            self._parts.append(piece)
            return
        data, done = b"".join(self._parts), self._done
        self.cancel()
        done(data)
