from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.ui.preview.pane import PreviewPane
from tests.gui.preview.support import RecordingServer


@pytest.fixture
def pane(qtbot) -> PreviewPane:
    pane = PreviewPane()
    pane.resize(900, 700)
    qtbot.addWidget(pane)
    pane.show()
    return pane


@pytest.fixture
def remote() -> Iterator[RecordingServer]:
    server = RecordingServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(autouse=True)
def _delete_closed_panes(qapp) -> Iterator[None]:
    """Delete the panes pytest-qt closed (and their pages, and so their renderers) before the
    next test, rather than whenever an event loop next runs."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
