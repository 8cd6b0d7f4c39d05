"""Nothing of an email reaches the network until the user allows remote content for it.

A local server records every connection and request; the email asks for it in every way an
HTML email can.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.preview.pane import PreviewPane
from app.ui.preview.served_document import SLICE_CHARS
from tests.gui.preview.support import TIMEOUT_MS, WEBENGINE_HEADLESS_NOISE, RecordingServer, run_js, show

pytestmark = WEBENGINE_HEADLESS_NOISE

# What a mail client that shows remote content loads.
CONTENT = ("/img", "/css", "/iframe", "/bg", "/import", "/poster", "/srcset")
# What no mail client does: run scripts, follow a refresh, fetch icons for a tab.
NEVER = ("/script", "/refresh", "/favicon", "/touch-icon")


def tracking_email(remote: RecordingServer) -> str:
    r = remote.url
    return f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url={r("/refresh")}">
<link rel="stylesheet" href="{r("/css")}">
<link rel="icon" href="{r("/favicon")}">
<link rel="apple-touch-icon" href="{r("/touch-icon")}">
<link rel="prefetch" href="{r("/prefetch")}">
<link rel="preload" as="image" href="{r("/preload")}">
<link rel="dns-prefetch" href="{r("/dns")}">
<link rel="preconnect" href="{r("/preconnect")}">
<style>@import url("{r("/import")}"); body {{ background-image: url("{r("/bg")}"); }}</style>
<script src="{r("/script")}"></script>
</head><body>
<p id="text">Hello</p>
<img src="{r("/img")}" alt="tracking pixel" width="1" height="1">
<img srcset="{r("/srcset")} 2x" alt="retina">
<iframe src="{r("/iframe")}"></iframe>
<video poster="{r("/poster")}"></video>
</body></html>"""


def test_no_connection_until_remote_content_is_allowed_then_the_content_loads(
    qtbot, pane: PreviewPane, remote: RecordingServer
) -> None:
    show(qtbot, pane, tracking_email(remote), keep_scroll=False)
    qtbot.wait(500)  # room for anything late (prefetch, preconnect) to misbehave
    assert remote.paths == []
    assert remote.connections == 0
    assert pane.remote_bar.isVisible()
    assert run_js(qtbot, pane.page(), "document.getElementById('text').textContent") == "Hello"

    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.set_remote_content_allowed(True)
    qtbot.waitUntil(lambda: set(CONTENT) <= remote.received(), timeout=TIMEOUT_MS)
    assert not pane.remote_bar.isVisible()
    assert not remote.received() & set(NEVER)
    assert pane.page().url().scheme() == "cs-preview"  # the refresh never navigated


def test_the_bar_allows_remote_content_for_this_email(
    qtbot, pane: PreviewPane, remote: RecordingServer
) -> None:
    show(qtbot, pane, f'<p>Hi</p><img src="{remote.url("/img")}" alt="">', keep_scroll=False)
    qtbot.waitUntil(pane.remote_bar.isVisible, timeout=TIMEOUT_MS)
    with qtbot.waitSignals([pane.remote_content_requested, pane.rendered], timeout=TIMEOUT_MS):
        qtbot.mouseClick(pane.remote_bar.button, Qt.MouseButton.LeftButton)
    assert pane.remote_content_allowed()
    qtbot.waitUntil(lambda: "/img" in remote.received(), timeout=TIMEOUT_MS)


def test_allowing_one_email_leaves_another_pane_blocked(
    qtbot, pane: PreviewPane, remote: RecordingServer
) -> None:
    other = PreviewPane()
    qtbot.addWidget(other)
    other.show()
    pane.set_remote_content_allowed(True)
    show(qtbot, pane, f'<img src="{remote.url("/img")}" alt="">', keep_scroll=False)
    qtbot.waitUntil(lambda: "/img" in remote.received(), timeout=TIMEOUT_MS)

    show(qtbot, other, f'<img src="{remote.url("/other")}" alt="">', keep_scroll=False)
    qtbot.wait(300)
    assert "/other" not in remote.received()
    assert other.remote_bar.isVisible()


def test_an_email_without_remote_content_shows_no_bar(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, "<p>Only text, and an inline image <img alt='' src='data:image/gif;base64,"
         "R0lGODlhAQABAAAAACw='></p>", keep_scroll=False)  # fmt: skip
    assert not pane.remote_bar.isVisible()


def test_taking_the_permission_back_blocks_again(qtbot, pane: PreviewPane, remote: RecordingServer) -> None:
    pane.set_remote_content_allowed(True)
    show(qtbot, pane, f'<img src="{remote.url("/first")}" alt="">', keep_scroll=False)
    qtbot.waitUntil(lambda: "/first" in remote.received(), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.set_remote_content_allowed(False)
    show(qtbot, pane, f'<img src="{remote.url("/second")}" alt="">', keep_scroll=False)
    qtbot.wait(300)
    assert "/second" not in remote.received()


def test_a_long_email_is_guarded_to_its_last_line(qtbot, pane: PreviewPane, remote: RecordingServer) -> None:
    filler = "<p>" + "A long newsletter paragraph. " * 40 + "</p>"
    tail = (
        f'<link rel="preconnect" href="{remote.url("/late")}">'
        f'<img src="{remote.url("/late-img")}" alt=""><p id="end">End</p>'
    )
    html = "<!doctype html><body>" + filler * (3 * SLICE_CHARS // len(filler)) + tail + "</body>"
    show(qtbot, pane, html, keep_scroll=False)
    assert run_js(qtbot, pane.page(), "document.getElementById('end').textContent") == "End"
    qtbot.wait(500)
    assert remote.connections == 0
