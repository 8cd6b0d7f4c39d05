"""The window keeps processing events while a slow request is in flight.

The slow server does not answer until the window's own timer has ticked a number of times:
the request can only finish if the event loop ran while it was in flight, however busy the
machine. How long the loop went without a tick is measured by
tests/benchmarks/test_ui_responsiveness.py."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from app.api.client import ApiClient
from app.services.tasks import TaskRunner
from app.ui.main_window import MainWindow

TICKS = 30  # timer ticks the loop must run while the request waits
PATIENCE = 60.0  # how long the server waits for them before it answers anyway


class _SlowHandler(http.server.BaseHTTPRequestHandler):
    release: ClassVar[threading.Event] = threading.Event()
    released_in_time: ClassVar[list[bool]] = []

    def do_GET(self) -> None:
        self.released_in_time.append(self.release.wait(PATIENCE))
        body = json.dumps([{"category": 1, "title": "Slow but fine"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def slow_server() -> Iterator[str]:
    _SlowHandler.release.clear()
    _SlowHandler.released_in_time.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1/"
    finally:
        server.shutdown()
        server.server_close()


def test_window_stays_responsive_during_a_slow_request(qtbot, qloop, slow_server):
    window = MainWindow()
    editor = QLineEdit()
    window.add_section("emails", "Emails", editor)
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner()

    ticks_in_flight = 0
    task_box: list[asyncio.Task[list[dict[str, object]]]] = []

    def tick() -> None:
        nonlocal ticks_in_flight
        if task_box and not task_box[0].done():
            ticks_in_flight += 1
            if ticks_in_flight >= TICKS:
                _SlowHandler.release.set()  # only a loop that kept running gets here

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    async def fetch() -> list[dict[str, object]]:
        async with ApiClient(slow_server, "demo", "not-a-real-secret") as client:
            return await client.categories.list()

    async def scenario() -> list[dict[str, object]]:
        timer.start()
        task = runner.spawn(fetch(), name="slow-fetch")
        task_box.append(task)
        # typing while the request is in flight reaches the widget at once
        qtbot.keyClicks(editor, "Hello")
        assert editor.text() == "Hello"
        assert not task.done()
        result = await task
        timer.stop()
        return result

    result = qloop.run(scenario(), timeout=PATIENCE + 30)

    assert result == [{"category": 1, "title": "Slow but fine"}]
    # the server answered because the timer ticked while it waited, not after its patience ran out
    assert _SlowHandler.released_in_time == [True]
    assert ticks_in_flight >= TICKS
