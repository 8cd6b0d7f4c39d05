"""Make errors in asyncio callbacks and Qt slots visible instead of lost.

qasync runs coroutines on the Qt event loop. An exception in a callback would otherwise
go to asyncio's default handler (stderr only) and one in a plain Qt slot to stderr as
well; here both are logged and handed to the window, which shows them to the user.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

log = logging.getLogger("app.errors")

Report = Callable[[str], None]


def install_loop_exception_handler(loop: asyncio.AbstractEventLoop, report: Report) -> None:
    def handle(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        message = str(context.get("message") or "Unexpected error")
        if isinstance(error, asyncio.CancelledError):
            return
        log.error("event loop: %s", message, exc_info=error)
        report(f"{message}: {error}" if error is not None else message)

    loop.set_exception_handler(handle)


def install_excepthook(report: Report) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unhandled exception", exc_info=(kind, error, tb))
        report(f"{kind.__name__}: {error}")

    sys.excepthook = hook
