"""Where the app's data files live: ``resources/`` (icons, the caniemail data set) and the
compiled ``translations/*.qm``. The one place that knows the three layouts:

- a checkout (editable install included): the repository's own folders, beside ``app/``;
- an installed wheel: ``app/_data/resources`` and ``app/_data/translations``, which the build
  backend (``packaging/wheel_backend.py``) copies into the wheel;
- the PyInstaller bundle: the same two folders in ``sys._MEIPASS`` (``packaging/campaign-studio.spec``).
"""

from __future__ import annotations

import sys
from pathlib import Path

WHEEL_DATA = "_data"  # inside the app package of an installed wheel


def data_root() -> Path:
    """The folder that holds ``resources/`` and ``translations/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    installed = package / WHEEL_DATA
    if installed.is_dir():
        return installed
    return package.parent


def layout() -> str:
    """Which of the three the app runs from: "bundle", "wheel" or "checkout"."""
    if getattr(sys, "_MEIPASS", None) is not None:
        return "bundle"
    return "wheel" if data_root().name == WHEEL_DATA else "checkout"


def resource_path(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return data_root() / "translations"
