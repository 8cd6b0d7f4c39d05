"""The build backend (``pyproject.toml``: ``build-backend``): setuptools, plus the data files.

The app's data lives beside the package, in ``resources/`` and ``translations/`` (a checkout
runs from there), which setuptools would leave out of a wheel. So the wheel gets them added
inside the package, as ``app/_data/resources/...`` and ``app/_data/translations/*.qm`` (the
.ts sources compiled with lrelease, from PySide6, asked for as a build requirement), where
``app/resources.py`` looks first. The sdist gets what a wheel is built from: the resources,
the .ts sources and this backend. Editable installs are setuptools' own: they run from the
checkout.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401 - PEP 517 hooks passed through unchanged
    build_editable,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_files import ROOT, add_to_sdist, add_to_wheel, compile_translations, runtime_resources

PACKAGE_DATA = "app/_data"  # app/resources.py: WHEEL_DATA
LRELEASE_REQUIREMENT = "PySide6-Essentials>=6.5"  # lrelease; any Qt 6 makes the same .qm files
SDIST_EXTRA = ("packaging/wheel_backend.py", "packaging/data_files.py")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE_REQUIREMENT]


def build_wheel(
    wheel_directory: str, config_settings: dict[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    name: str = _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    with tempfile.TemporaryDirectory(prefix="campaign-studio-qm-") as qm_dir:
        files = {f"{PACKAGE_DATA}/{p.relative_to(ROOT).as_posix()}": p for p in runtime_resources(ROOT)}
        for qm in compile_translations(Path(qm_dir), ROOT):
            files[f"{PACKAGE_DATA}/translations/{qm.name}"] = qm
        add_to_wheel(Path(wheel_directory) / name, files)
    return name


def build_sdist(sdist_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    name: str = _setuptools.build_sdist(sdist_directory, config_settings)
    files = [*runtime_resources(ROOT), *sorted((ROOT / "translations").glob("*.ts"))]
    files += [ROOT / extra for extra in SDIST_EXTRA]
    add_to_sdist(Path(sdist_directory) / name, {path.relative_to(ROOT).as_posix(): path for path in files})
    return name
