"""What the preview shows: big documents, package images, widths, dark mode, the scroll
position across refreshes, only the latest of many refreshes, and a fresh page now and then."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import Qt
from PySide6.QtWebEngineCore import QWebEngineSettings

from app.ui.preview.pane import PreviewPane
from app.ui.preview.toolbar import MOBILE_WIDTH, WidthMode
from app.ui.preview.view_stage import RECYCLE_EVERY
from tests.gui.preview.support import (
    TIMEOUT_MS,
    WEBENGINE_HEADLESS_NOISE,
    long_email,
    png,
    run_js,
    scroll_y,
    show,
)

pytestmark = WEBENGINE_HEADLESS_NOISE


def text_of(qtbot, pane: PreviewPane, element_id: str) -> str:
    return str(run_js(qtbot, pane.page(), f"String(document.getElementById('{element_id}')?.textContent)"))


def scroll_to(qtbot, pane: PreviewPane, y: int) -> None:
    run_js(qtbot, pane.page(), f"window.scrollTo(0, {y})")
    qtbot.waitUntil(lambda: abs(pane.page().scrollPosition().y() - y) < 1, timeout=TIMEOUT_MS)


def test_rendered_reports_a_loaded_document(qtbot, pane: PreviewPane) -> None:
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS) as blocker:
        pane.show_html("<p id='hello'>Hello</p>")
    assert blocker.args == [True]
    assert text_of(qtbot, pane, "hello") == "Hello"


def test_a_document_over_2_mb_is_shown(qtbot, pane: PreviewPane) -> None:
    rows = "".join(
        f"<tr><td>Row {i} of a very long table that makes this email big</td></tr>" for i in range(40_000)
    )
    html = f"<!doctype html><html><body><table>{rows}</table><p id='end'>The end</p></body></html>"
    assert len(html.encode()) > 2 * 1024 * 1024
    show(qtbot, pane, html, keep_scroll=False)
    assert text_of(qtbot, pane, "end") == "The end"
    assert int(run_js(qtbot, pane.page(), "document.querySelectorAll('tr').length")) == 40_000


def test_non_ascii_text_arrives_intact(qtbot, pane: PreviewPane) -> None:
    show(
        qtbot,
        pane,
        "<meta charset='windows-1251'><p id='t'>Привет, 你好, 안녕하세요 ✓</p>",
        keep_scroll=False,
    )
    assert text_of(qtbot, pane, "t") == "Привет, 你好, 안녕하세요 ✓"


def test_package_images_are_served_by_their_relative_names(qtbot, pane: PreviewPane) -> None:
    pane.set_images({"logo.png": png(4, 3), "images/banner.png": png(7, 5)})
    show(
        qtbot,
        pane,
        "<img id='a' src='logo.png' alt=''><img id='b' src='images/banner.png' alt=''>"
        "<img id='c' src='./logo.png' alt=''><img id='d' src='missing.png' alt=''>",
        keep_scroll=False,
    )
    widths = run_js(qtbot, pane.page(), "[...document.images].map(i => i.naturalWidth).join(',')")
    assert widths == "4,7,4,0"

    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.set_images({"logo.png": png(9, 9), "images/banner.png": png(7, 5)})  # a new package
    assert run_js(qtbot, pane.page(), "document.getElementById('a').naturalWidth") == 9


def test_mobile_width_is_that_of_a_phone(qtbot, pane: PreviewPane) -> None:
    html = long_email("wide")
    show(qtbot, pane, html, keep_scroll=False)
    desktop_width = run_js(qtbot, pane.page(), "document.documentElement.clientWidth")
    assert desktop_width > MOBILE_WIDTH

    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        qtbot.mouseClick(pane.toolbar.mobile_button, Qt.MouseButton.LeftButton)
    assert pane.width_mode() is WidthMode.MOBILE
    assert run_js(qtbot, pane.page(), "document.documentElement.clientWidth") == MOBILE_WIDTH
    assert run_js(qtbot, pane.page(), "window.innerWidth") == MOBILE_WIDTH
    assert pane.inbox_line.width() == MOBILE_WIDTH

    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.set_width_mode(WidthMode.DESKTOP)
    assert pane.toolbar.desktop_button.isChecked()
    assert run_js(qtbot, pane.page(), "document.documentElement.clientWidth") == desktop_width


def test_dark_mode_applies_the_emails_dark_styles_and_darkens_the_rest(qtbot, pane: PreviewPane) -> None:
    html = """<style>#t { color: rgb(1, 2, 3) }
      @media (prefers-color-scheme: dark) { #t { color: rgb(200, 201, 202) } }
      @media screen and (prefers-color-scheme: light) { #u { color: rgb(4, 5, 6) } }</style>
      <p id="t">Dark aware</p><p id="u">Light only</p>"""
    show(qtbot, pane, html, keep_scroll=False)
    color = "getComputedStyle(document.getElementById('{0}')).color"
    assert run_js(qtbot, pane.page(), color.format("t")) == "rgb(1, 2, 3)"
    assert run_js(qtbot, pane.page(), color.format("u")) == "rgb(4, 5, 6)"
    assert not pane.page().settings().testAttribute(QWebEngineSettings.WebAttribute.ForceDarkMode)

    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        qtbot.mouseClick(pane.toolbar.dark_button, Qt.MouseButton.LeftButton)
    assert pane.dark_mode()
    assert run_js(qtbot, pane.page(), color.format("t")) == "rgb(200, 201, 202)"
    assert run_js(qtbot, pane.page(), color.format("u")) != "rgb(4, 5, 6)"
    assert pane.page().settings().testAttribute(QWebEngineSettings.WebAttribute.ForceDarkMode)

    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.set_dark_mode(False)
    assert not pane.toolbar.dark_button.isChecked()
    assert run_js(qtbot, pane.page(), color.format("t")) == "rgb(1, 2, 3)"


def test_a_refresh_keeps_the_scroll_position_and_another_email_starts_at_the_top(
    qtbot, pane: PreviewPane
) -> None:
    show(qtbot, pane, long_email("first"), keep_scroll=False)
    scroll_to(qtbot, pane, 1500)

    show(qtbot, pane, long_email("edited"))
    assert text_of(qtbot, pane, "p0") == "edited paragraph 0"
    assert scroll_y(qtbot, pane.page()) == 1500

    show(qtbot, pane, long_email("another email"), keep_scroll=False)
    assert text_of(qtbot, pane, "p0") == "another email paragraph 0"
    assert scroll_y(qtbot, pane.page()) == 0


def test_the_scroll_position_survives_a_new_page(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, long_email("v0"), keep_scroll=False)
    scroll_to(qtbot, pane, 900)
    first_page = pane.page()
    for version in range(1, RECYCLE_EVERY + 2):
        show(qtbot, pane, long_email(f"v{version}"))
    assert pane.page() is not first_page
    assert text_of(qtbot, pane, "p3") == f"v{RECYCLE_EVERY + 1} paragraph 3"
    assert scroll_y(qtbot, pane.page()) == 900


def test_refreshes_asked_while_loading_show_only_the_latest(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, "<p id='v'>start</p>", keep_scroll=False)
    outcomes: list[bool] = []
    pane.rendered.connect(outcomes.append)
    with qtbot.waitSignal(pane.page().loadStarted, timeout=TIMEOUT_MS):
        pane.show_html("<p id='v'>version 0</p>")
    for version in range(1, 10):  # while version 0 loads
        pane.show_html(f"<p id='v'>version {version}</p>")
    qtbot.waitUntil(lambda: bool(outcomes), timeout=TIMEOUT_MS)
    qtbot.wait(500)  # any further load would report by now
    assert outcomes == [True]
    assert text_of(qtbot, pane, "v") == "version 9"


def test_many_refreshes_keep_working_on_fresh_pages(qtbot, pane: PreviewPane) -> None:
    pages = set()
    for version in range(3 * RECYCLE_EVERY + 3):
        show(qtbot, pane, f"<p id='v'>version {version}</p>", keep_scroll=version > 0)
        pages.add(id(pane.page()))
    assert len(pages) >= 3
    assert text_of(qtbot, pane, "v") == f"version {3 * RECYCLE_EVERY + 2}"
    assert len(pane.stage.findChildren(type(pane.stage.view()))) <= 2  # old views are gone


def test_request_html_waits_for_typing_to_pause(qtbot, pane: PreviewPane) -> None:
    outcomes: list[bool] = []
    pane.rendered.connect(outcomes.append)
    for letter in "typing":
        pane.request_html(f"<p id='v'>{letter}</p>")
        qtbot.wait(20)
    assert outcomes == []
    qtbot.waitUntil(lambda: bool(outcomes), timeout=TIMEOUT_MS)
    assert text_of(qtbot, pane, "v") == "g"


def test_an_empty_body_shows_why_the_preview_is_empty(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, "<p>Something</p>", keep_scroll=False)
    assert not pane.empty_state.isVisible()
    show(qtbot, pane, "   \n", keep_scroll=False)
    assert pane.empty_state.isVisible()
    show(qtbot, pane, "<p>Back</p>", keep_scroll=False)
    assert not pane.empty_state.isVisible()


def test_the_inbox_line_shows_sender_subject_and_preheader(qtbot, pane: PreviewPane) -> None:
    pane.set_envelope("news@starfall.example", "Season 7 is live")
    show(
        qtbot,
        pane,
        "<html><head><title>Ignored</title></head><body>"
        "<div style='display:none'>Twelve new star systems&zwnj;&nbsp;&zwnj;&nbsp;</div>"
        "<h1>A new frontier</h1></body></html>",
        keep_scroll=False,
    )
    line = pane.inbox_line
    assert line.sender_address() == "news@starfall.example"
    assert line.subject() == "Season 7 is live"
    assert line.preheader() == "Twelve new star systems A new frontier"
    assert "Season 7 is live" in line.accessibleDescription()
    assert line.isVisible()


def test_a_renderer_that_dies_is_replaced_and_the_email_shown_again(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, "<p id='v'>survivor</p>", keep_scroll=False)
    dead = pane.page()
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS) as blocker:
        os.kill(dead.renderProcessPid(), signal.SIGKILL)
    assert blocker.args == [True]
    assert pane.page() is not dead
    assert text_of(qtbot, pane, "v") == "survivor"
    show(qtbot, pane, "<p id='v'>and it goes on</p>")
    assert text_of(qtbot, pane, "v") == "and it goes on"


def test_an_email_wider_than_a_phone_is_pointed_out(qtbot, pane: PreviewPane) -> None:
    pane.set_width_mode(WidthMode.MOBILE)
    fixed = "<body style='margin:0'><table width='600'><tr><td>Fixed desktop layout</td></tr></table></body>"
    show(qtbot, pane, fixed, keep_scroll=False)
    qtbot.waitUntil(pane.toolbar.notice_label.isVisible, timeout=TIMEOUT_MS)
    assert "600" in pane.toolbar.notice_label.text()

    show(qtbot, pane, "<table width='100%'><tr><td>Fluid layout</td></tr></table>", keep_scroll=False)
    qtbot.waitUntil(lambda: not pane.toolbar.notice_label.isVisible(), timeout=TIMEOUT_MS)
    pane.set_width_mode(WidthMode.DESKTOP)
    assert not pane.toolbar.notice_label.isVisible()


def test_another_email_starts_at_the_top_even_when_refreshed_at_once(qtbot, pane: PreviewPane) -> None:
    show(qtbot, pane, long_email("first"), keep_scroll=False)
    scroll_to(qtbot, pane, 1200)
    pane.show_html(long_email("second"), keep_scroll=False)
    show(qtbot, pane, long_email("second, edited"))  # before the second email had loaded
    assert text_of(qtbot, pane, "p0") == "second, edited paragraph 0"
    assert scroll_y(qtbot, pane.page()) == 0
