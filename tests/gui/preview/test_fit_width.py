"""A desktop preview narrower than an email is drawn smaller to fit, not cut by a scroll bar;
the phone width is always drawn at its real size."""

from __future__ import annotations

from app.ui.preview.pane import PreviewPane
from app.ui.preview.toolbar import WidthMode
from tests.gui.preview.support import run_js, show

EMAIL = (
    '<!DOCTYPE html><html><body style="margin:0">'
    '<table role="presentation" width="600" style="width:600px"><tr><td>Spring sale: '
    "everything at half price this weekend.</td></tr></table></body></html>"
)
OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"


def test_a_narrow_desktop_preview_shows_the_whole_width_of_the_email(qtbot, pane: PreviewPane):
    pane.resize(420, 600)
    show(qtbot, pane, EMAIL)
    qtbot.waitUntil(lambda: pane.stage.view().zoomFactor() < 1.0)
    assert run_js(qtbot, pane.page(), OVERFLOW) <= 0  # nothing to scroll sideways to
    assert run_js(qtbot, pane.page(), "window.innerWidth") >= 600

    pane.resize(900, 600)  # room enough: real size
    qtbot.waitUntil(lambda: pane.stage.view().zoomFactor() == 1.0)


def test_the_phone_width_is_never_scaled(qtbot, pane: PreviewPane):
    pane.resize(420, 600)
    show(qtbot, pane, EMAIL)
    qtbot.waitUntil(lambda: pane.stage.view().zoomFactor() < 1.0)
    pane.set_width_mode(WidthMode.MOBILE)
    qtbot.waitUntil(lambda: pane.stage.view().zoomFactor() == 1.0)
    show(qtbot, pane, EMAIL.replace("Spring", "Summer"))  # a refresh keeps it at real size
    assert pane.stage.view().zoomFactor() == 1.0


def test_a_very_narrow_pane_stops_at_half_size(qtbot, pane: PreviewPane):
    pane.resize(200, 600)
    show(qtbot, pane, EMAIL)
    qtbot.waitUntil(lambda: pane.stage.view().zoomFactor() == 0.5)
