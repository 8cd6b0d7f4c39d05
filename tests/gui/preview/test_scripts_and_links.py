"""The preview runs no script of the email and never navigates: a click on a link asks, then
opens it outside the app."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWidgets import QMessageBox

from app.ui.preview.engine import SETTINGS
from app.ui.preview.pane import PreviewPane
from tests.gui.preview.support import TIMEOUT_MS, WEBENGINE_HEADLESS_NOISE, page_html, run_js, show

pytestmark = WEBENGINE_HEADLESS_NOISE

SCRIPTED = """<!doctype html><html lang="en"><head><title>Original</title>
<script>document.title = 'script ran'; document.documentElement.setAttribute('data-js', 'head');</script>
</head><body onload="document.body.setAttribute('data-onload', 'yes')">
<p id="p">Text</p><img src="missing.png" alt="" onerror="document.title = 'onerror ran'">
<a id="js" href="javascript:document.title='link ran';void(0)" style="display:block;height:40px">run</a>
<script>document.getElementById('p').textContent = 'changed by script';</script>
</body></html>"""

LINKS = """<!doctype html><html lang="en"><body style="margin:0">
<a id="web" href="https://example.com/offer?id=7" style="display:block;height:50px">Offer</a>
<a id="blank" href="https://example.com/new" target="_blank" style="display:block;height:50px">New window</a>
<a id="mail" href="mailto:help@example.com" style="display:block;height:50px">Mail us</a>
<a id="file" href="terms.html" style="display:block;height:50px">Terms</a>
<a id="anchor" href="#bottom" style="display:block;height:50px">Down</a>
<div style="height:3000px"></div><p id="bottom">Bottom</p>
</body></html>"""


class OpenedUrls(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[OpenedUrls]:
    """What QDesktopServices would hand to the system (browser, mail app), caught instead."""
    receiver = OpenedUrls()
    for scheme in ("http", "https", "mailto", "tel"):
        QDesktopServices.setUrlHandler(scheme, receiver, "open")
    try:
        yield receiver
    finally:
        for scheme in ("http", "https", "mailto", "tel"):
            QDesktopServices.unsetUrlHandler(scheme)


def click_element(qtbot, pane: PreviewPane, element_id: str) -> None:
    script = f"JSON.stringify(document.getElementById('{element_id}').getBoundingClientRect())"
    box = json.loads(run_js(qtbot, pane.page(), script))
    target = pane.stage.view().focusProxy()
    QTest.mouseClick(
        target,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(int(box["x"]) + 5, int(box["y"]) + 5),
    )


def prompt(pane: PreviewPane) -> QMessageBox:
    box = pane.link_prompt().current()
    assert box is not None
    return box


def test_no_script_of_the_email_runs(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, SCRIPTED, keep_scroll=False)
    assert run_js(qtbot, pane.page(), "document.title") == "Original"
    assert run_js(qtbot, pane.page(), "document.getElementById('p').textContent") == "Text"
    assert run_js(qtbot, pane.page(), "String(document.documentElement.getAttribute('data-js'))") == "null"
    assert run_js(qtbot, pane.page(), "String(document.body.getAttribute('data-onload'))") == "null"
    serialized = page_html(qtbot, pane.page())
    assert '<p id="p">Text</p>' in serialized

    click_element(qtbot, pane, "js")
    qtbot.wait(300)
    assert run_js(qtbot, pane.page(), "document.title") == "Original"
    assert pane.link_prompt().current() is None


def test_a_click_on_a_link_asks_and_opens_it_in_the_browser(
    qtbot, pane: PreviewPane, opened: OpenedUrls
) -> None:
    show(qtbot, pane, LINKS, keep_scroll=False)
    shown = pane.page().url()
    click_element(qtbot, pane, "web")
    qtbot.waitUntil(lambda: pane.link_prompt().current() is not None, timeout=TIMEOUT_MS)
    box = prompt(pane)
    assert box.isVisible()
    assert "https://example.com/offer?id=7" in box.informativeText()
    assert opened.urls == []  # nothing opens before the answer
    assert pane.page().url() == shown

    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=TIMEOUT_MS)
    assert opened.urls == [QUrl("https://example.com/offer?id=7")]
    assert pane.page().url() == shown
    assert run_js(qtbot, pane.page(), "document.getElementById('web').textContent") == "Offer"


def test_cancel_opens_nothing(qtbot, pane: PreviewPane, opened: OpenedUrls) -> None:
    show(qtbot, pane, LINKS, keep_scroll=False)
    click_element(qtbot, pane, "mail")
    qtbot.waitUntil(lambda: pane.link_prompt().current() is not None, timeout=TIMEOUT_MS)
    box = prompt(pane)
    assert "help@example.com" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.link_prompt().current() is None, timeout=TIMEOUT_MS)
    qtbot.wait(100)
    assert opened.urls == []


def test_a_link_to_a_new_window_asks_too(qtbot, pane: PreviewPane, opened: OpenedUrls) -> None:
    show(qtbot, pane, LINKS, keep_scroll=False)
    click_element(qtbot, pane, "blank")
    qtbot.waitUntil(lambda: pane.link_prompt().current() is not None, timeout=TIMEOUT_MS)
    box = prompt(pane)
    assert "https://example.com/new" in box.informativeText()
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=TIMEOUT_MS)
    assert opened.urls == [QUrl("https://example.com/new")]


def test_a_link_to_a_file_next_to_the_email_says_why_it_cannot_open(
    qtbot, pane: PreviewPane, opened: OpenedUrls
) -> None:
    show(qtbot, pane, LINKS, keep_scroll=False)
    click_element(qtbot, pane, "file")
    qtbot.waitUntil(lambda: pane.link_prompt().current() is not None, timeout=TIMEOUT_MS)
    box = prompt(pane)
    assert "terms.html" in box.informativeText()
    assert (
        box.defaultButton() is None
        or box.buttonRole(box.defaultButton()) != QMessageBox.ButtonRole.AcceptRole
    )
    box.accept()
    qtbot.wait(100)
    assert opened.urls == []


def test_an_anchor_within_the_email_scrolls_without_asking(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, LINKS, keep_scroll=False)
    click_element(qtbot, pane, "anchor")
    qtbot.waitUntil(lambda: float(run_js(qtbot, pane.page(), "window.scrollY")) > 1000, timeout=TIMEOUT_MS)
    assert pane.link_prompt().current() is None


def test_every_page_is_off_the_record_and_locked_down(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, "<p>Hi</p>", keep_scroll=False)
    page = pane.page()
    assert page.profile().isOffTheRecord()
    settings = page.settings()
    for attribute, on in SETTINGS.items():
        assert settings.testAttribute(attribute) is on, attribute
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls)
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled)
