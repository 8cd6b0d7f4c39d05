"""The window keeps processing events while a slow request is in flight."""

from __future__ import annotations

import http.server
import itertools
import json
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from app.api.client import ApiClient
from app.services.tasks import TaskRunner
from app.ui.main_window import MainWindow

DELAY = 1.5


class _SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(DELAY)
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

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    async def fetch() -> list[dict[str, object]]:
        async with ApiClient(slow_server, "demo", "not-a-real-secret") as client:
            return await client.categories.list()

    async def scenario() -> list[dict[str, object]]:
        timer.start()
        task = runner.spawn(fetch(), name="slow-fetch")
        # typing while the request is in flight reaches the widget at once
        qtbot.keyClicks(editor, "Hello")
        assert editor.text() == "Hello"
        assert not task.done()
        result = await task
        timer.stop()
        return result

    started = time.perf_counter()
    result = qloop.run(scenario())
    elapsed = time.perf_counter() - started

    assert result == [{"category": 1, "title": "Slow but fine"}]
    assert elapsed >= DELAY
    # the timer kept firing the whole time: no gap longer than a few frames
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > DELAY / 0.010 * 0.5
    assert max(gaps) < 0.2
