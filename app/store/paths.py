"""Where the workspace and the logs live: platformdirs folders, or one given explicitly."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "CampaignStudio"
APP_AUTHOR = "CampaignStudio"
DATABASE_FILE = "workspace.sqlite3"
LOCK_FILE = "workspace.lock"


def default_workspace_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/CampaignStudio on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def workspace_dir(override: str | Path | None = None) -> Path:
    """The folder given by `--workspace DIR`, else the per-user default."""
    if override is None or str(override) == "":
        return default_workspace_dir()
    return Path(override).expanduser().resolve()


def database_path(directory: Path) -> Path:
    return directory / DATABASE_FILE


def lock_path(directory: Path) -> Path:
    return directory / LOCK_FILE


def log_dir() -> Path:
    """The per-user log folder (e.g. ~/.local/state/CampaignStudio/log on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
