"""BENCH slow_request_max_tick_gap_ms: while a request takes 1.5 s, the longest the UI
thread goes without running a 10 ms timer (target: a few frames, under 200 ms).

The window of tests/gui/test_async_bridge.py (which checks that the loop runs at all during
the request, with no wall-clock bound) with a server that simply sleeps. Also printed: the
ticks seen against the ones a free loop would run (1.0 = none missed).
"""

from __future__ import annotations

import asyncio
import http.server
import itertools
import json
import threading
import time
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from app.api.client import ApiClient
from app.services.tasks import TaskRunner
from app.ui.main_window import MainWindow
from tests.gui.conftest import QLoop

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


@pytest.fixture
def qloop(qapp) -> Iterator[QLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield QLoop(loop)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def test_slow_request_max_tick_gap(qtbot, qloop, slow_server):
    window = MainWindow()
    window.add_section("emails", "Emails", QLineEdit())
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    async def fetch() -> None:
        async with ApiClient(slow_server, "demo", "not-a-real-secret") as client:
            await client.categories.list()

    async def scenario() -> float:
        timer.start()
        started = time.perf_counter()
        await runner.spawn(fetch(), name="slow-fetch")
        elapsed = time.perf_counter() - started
        timer.stop()
        return elapsed

    elapsed = qloop.run(scenario())
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"BENCH slow_request_max_tick_gap_ms {max(gaps) * 1000:.0f} ms")
    print(f"BENCH slow_request_ticks_ratio {len(ticks) / (elapsed / 0.010):.2f} x")
