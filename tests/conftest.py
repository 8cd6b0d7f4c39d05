"""Shared fixtures: headless Qt, the sandbox over loopback, the test keyring."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import settings
from PySide6.QtCore import QCoreApplication, Qt

from app.ui.preview import register_preview_scheme

# Property tests on a machine busy with other work: no per-example deadline (a wall-clock
# bound), and a failure prints the blob that replays it (@reproduce_failure).
settings.register_profile("suite", deadline=None, print_blob=True)
settings.load_profile("suite")

# Tests are headless on purpose; a test that needs a real display is marked `display`.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")

# Qt WebEngine (the email preview), before pytest-qt creates the QApplication: as root Chromium
# starts only without its sandbox (never relaxed for normal users); OpenGL contexts are shared;
# the preview's URL scheme is registered.
_chromium_flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in _chromium_flags:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{_chromium_flags} --no-sandbox".strip()

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
register_preview_scheme()

SandboxFactory = Callable[..., Any]


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Any]:
    """One empty sandbox for the whole run (no faults, everyone allowed). Tests that
    need a clean or special server use `sandbox_factory` instead."""
    from app.sandbox.launcher import start_sandbox

    running = start_sandbox(declare_fields=("pole1:String", "pole2:Int", "city:String"))
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def sandbox_factory() -> Iterator[SandboxFactory]:
    """Start sandboxes with any options of `start_sandbox`; all stopped after the test."""
    from app.sandbox.launcher import start_sandbox

    started: list[Any] = []

    def make(**options: Any) -> Any:
        running = start_sandbox(**options)
        started.append(running)
        return running

    try:
        yield make
    finally:
        for running in started:
            running.stop()
