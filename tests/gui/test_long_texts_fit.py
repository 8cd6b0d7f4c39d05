"""Longer texts (translations often run 40% longer than English; the pseudo-locale stretches
every text by that much) wrap or widen their column instead of pushing the window past a
laptop screen or hiding behind a scroll bar."""

from __future__ import annotations

from app.services.autosave import Autosaver
from app.ui.editors import EmailEditor
from tests.gui.test_list_page import env, wait_until  # noqa: F401 - the fixture
from tests.gui.test_main_window import make_window, settings_path, shown  # noqa: F401 - a fixture
from tests.gui.test_translations import pseudo  # noqa: F401 - the fixture

LAPTOP_WIDTH = 1366


def test_the_navigation_is_as_wide_as_its_longest_section_name(qloop, env, settings_path, pseudo):  # noqa: F811
    window = make_window(env, settings_path)
    window.resize(LAPTOP_WIDTH, 768)
    shown(qloop, window)
    nav = window._nav
    assert "~" in nav.item(0).text()  # stretched indeed
    qloop.run(wait_until(lambda: nav.viewport().width() >= nav.sizeHintForColumn(0)))
    assert not nav.horizontalScrollBar().isVisible()


def test_the_email_editor_fits_a_laptop_screen_in_a_longer_language(qtbot, qloop, env, pseudo):  # noqa: F811
    editor = EmailEditor(workspace=env.workspace, autosaver=Autosaver(env.workspace, env.tasks))
    qtbot.addWidget(editor)
    assert "~" in editor.glance.text()
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.minimumSizeHint().width() < LAPTOP_WIDTH - 500  # beside the navigation and the list
    for widget in (editor.glance, editor.side_toggle, editor.inline):
        geometry = widget.geometry()
        qtbot.waitUntil(lambda w=widget: w.mapTo(editor, w.rect().topRight()).x() <= editor.width())
        assert geometry.width() >= widget.sizeHint().width() - 1  # whole, not squeezed
