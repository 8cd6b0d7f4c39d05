"""Helpers of the preview tests: a local web server that records what reaches it, waiting for
a document, and asking the page about its DOM (offscreen, ``grab()`` of a web view is blank)."""

from __future__ import annotations

import http.server
import threading
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from app.ui.preview.pane import PreviewPane

TIMEOUT_MS = 30_000

# Qt WebEngine probes for a GPU once per process and says so on a machine without one.
WEBENGINE_HEADLESS_NOISE = pytest.mark.qt_log_ignore(
    r"^QRhiGles2: Failed to create",
    r"^Failed to create RHI for backend",
    r"^This plugin does not support createPlatformVulkanInstance",
    r"^QVulkanInstance: Failed to initialize Vulkan",
    r"^GBM is not supported with the current configuration",
    r"^GPUInfo not initialized",
)


def png(width: int, height: int, color: str = "#3366cc") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


class RecordingServer:
    """A threaded HTTP server on 127.0.0.1 that records every connection and request path."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.connections = 0
        self._lock = threading.Lock()
        recorder = self
        image = png(2, 2)

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with recorder._lock:
                    recorder.paths.append(self.path)
                if self.path.startswith(("/css", "/import")):
                    body, kind = b"p { margin: 0 }", "text/css"
                elif self.path.startswith(("/iframe", "/refresh")):
                    body, kind = b"<!doctype html><p>remote</p>", "text/html"
                else:
                    body, kind = image, "image/png"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: Any) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request: Any, client_address: Any) -> bool:
                with recorder._lock:
                    recorder.connections += 1
                return True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def received(self) -> set[str]:
        with self._lock:
            return set(self.paths)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def show(qtbot: Any, pane: PreviewPane, html: str, *, keep_scroll: bool = True) -> None:
    """Show ``html`` and wait until it has loaded."""
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS) as blocker:
        pane.show_html(html, keep_scroll=keep_scroll)
    assert blocker.args == [True]


def run_js(qtbot: Any, page: QWebEnginePage, script: str) -> Any:
    """Evaluate ``script`` in the application's own world (the page's scripts stay off)."""
    results: list[Any] = []
    page.runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT_MS)
    return results[0]


def page_html(qtbot: Any, page: QWebEnginePage) -> str:
    results: list[str] = []
    page.toHtml(results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT_MS)
    return results[0]


def scroll_y(qtbot: Any, page: QWebEnginePage) -> float:
    return float(run_js(qtbot, page, "window.scrollY"))


def long_email(marker: str, paragraphs: int = 200) -> str:
    body = "".join(
        f"<p id='p{i}' style='height:40px;margin:0'>{marker} paragraph {i}</p>" for i in range(paragraphs)
    )
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'></head><body>{body}</body></html>"
