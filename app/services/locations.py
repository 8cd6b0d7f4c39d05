"""Where the app keeps things on this computer, for Help > About (the UI never reads the store)."""

from __future__ import annotations

from pathlib import Path

from app.store.paths import log_dir


def log_folder() -> Path:
    """The folder of the app's log files."""
    return log_dir()
