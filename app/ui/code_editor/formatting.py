"""Format off the UI thread: a large document takes a few hundred milliseconds to format,
so it runs on a worker thread and the result is picked up by a timer on the UI thread
(no Qt object is touched from the worker)."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from app.authoring.html_format import FormatError, format_html, format_json

# Smaller documents are formatted at once: quicker than a round trip through the worker.
IN_PLACE_LIMIT: Final = 40_000
_POLL_MS: Final = 15
_executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="code-format")

FORMATTERS: Final[dict[str, Callable[[str], str]]] = {"html": format_html, "json": format_json}


class FormatJob(QObject):
    """One Format request; ``finished(text, error)``: the formatted text (error None), or
    the FormatError and an empty text."""

    finished = Signal(str, object)

    def __init__(self, mode: str, text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._formatter = FORMATTERS[mode]
        self._text = text
        self._future: concurrent.futures.Future[str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        if len(self._text) <= IN_PLACE_LIMIT:
            try:
                result = self._formatter(self._text)
            except FormatError as error:
                self.finished.emit("", error)
            else:
                self.finished.emit(result, None)
            return
        self._future = _executor.submit(self._formatter, self._text)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._future is not None and self._timer.isActive()

    def _poll(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._timer.stop()
        error = future.exception()
        if isinstance(error, FormatError):
            self.finished.emit("", error)
        elif error is not None:
            raise error  # a bug in the formatter: reported like any other
        else:
            self.finished.emit(future.result(), None)
