"""Logging for the app: a rotating file in the user log folder and stderr.

Every handler carries the secret-redacting filter, so a secret that slips into a log
record (an exception message, a URL with credentials) is masked before it is written.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path | None, level: int = logging.INFO) -> Path | None:
    """Send the app's log to stderr and, when ``log_dir`` is given, to a rotating file."""
    from app.api.redaction import RedactingFilter

    root = logging.getLogger()
    root.setLevel(level)
    redact = RedactingFilter()
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    log_file = None
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / "campaign-studio.log"
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        )
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(redact)
        root.addHandler(handler)
    # qasync's debug log prints every callback with its arguments: loop internals, never the
    # user's business, and a way for values handed to worker threads to reach the log.
    logging.getLogger("qasync").setLevel(logging.INFO)
    # httpx logs every request at INFO; keep that out of the user's log unless debugging.
    if level > logging.DEBUG:
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("httpcore").setLevel(logging.WARNING)
    return log_file
