"""In a longer language the query panel widens to what it holds: nothing is cut at its
right edge (it never scrolls sideways)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from tests.gui.reports.conftest import wait_until
from tests.gui.test_translations import pseudo  # noqa: F401 - the fixture


def test_the_query_panel_shows_its_whole_width_in_a_longer_language(qloop, make_env, pseudo):  # noqa: F811
    env = make_env(None, select=False)
    page = env.page
    assert "~" in page.tabs.tabText(0)
    areas = [page.tabs.widget(i) for i in range(page.tabs.count())]
    areas = [area for area in areas if isinstance(area, QScrollArea)]
    assert len(areas) == 2  # Build and Presets
    for area in areas:
        page.tabs.setCurrentWidget(area)
        qloop.run(wait_until(lambda a=area: a.viewport().width() > 0))
        content = area.widget()
        assert content.minimumSizeHint().width() <= area.viewport().width()
        assert area.geometry().right() <= page.tabs.width()  # the area itself is not cut either
