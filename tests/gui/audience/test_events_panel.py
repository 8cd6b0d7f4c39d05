"""Sending test events against the sandbox: the payload checked as typed in the code editor's
JSON mode, the session's history with the server's answers, Send again and Copy into the form."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.audience.event_history import NAME, RESULT, EventHistoryModel
from app.ui.audience.events_panel import EventsPanel
from tests.gui.audience.conftest import AudienceEnv, wait_until
from tests.gui.editing_support import type_text


def _panel(env: AudienceEnv) -> EventsPanel:
    panel = EventsPanel(env.audience, env.tasks)
    env.keep(panel)
    panel.resize(1100, 700)
    panel.show()
    return panel


def test_send_see_the_answer_and_send_again(qtbot, qloop, env, server, server_data):
    async def scenario() -> None:
        await env.use(server)
        panel = _panel(env)
        assert panel.empty_history.isVisible() and not panel.detail.isVisible()
        assert not panel.send_button.isEnabled()
        QTest.keyClicks(panel.name, "cart_abandoned")
        assert panel.send_button.isEnabled()  # an empty payload is sent as {}
        panel.payload.setFocus()
        type_text(panel.payload, '{"uid": "u1", "items": [1, 2')
        assert panel.payload_message.text().startswith("Not valid JSON yet (line 1, column ")
        assert not panel.send_button.isEnabled()
        assert not panel.format_button.isEnabled()
        await wait_until(lambda: bool(panel.payload.marks))  # the line is marked once typing pauses
        type_text(panel.payload, "]}")
        assert panel.payload_message.text() == ""
        assert panel.send_button.isEnabled()
        panel.format_button.click()
        await wait_until(lambda: "\n" in panel.payload.text())

        QTest.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: panel.model.rowCount() == 1)
        await wait_until(lambda: panel.status.text().startswith("The server took event #1"))
        assert panel.model.index(0, RESULT).data() == "Taken"
        assert panel.detail.isVisible() and "#1 “cart_abandoned”" in panel.detail_title.text()
        shown = json.loads(panel.detail.text())
        assert shown["sent"] == {"name": "cart_abandoned", "payload": {"uid": "u1", "items": [1, 2]}}
        assert shown["answer"] == {"name": "cart_abandoned", "payload": {"uid": "u1", "items": [1, 2]}}

        panel.resend_button.click()
        await wait_until(lambda: panel.model.rowCount() == 2)
        assert panel.model.index(0, RESULT).data() == "Taken (sent again, as #1)"
        assert server_data.events() == [("cart_abandoned", {"uid": "u1", "items": [1, 2]})] * 2

        panel.name.clear()
        panel.payload.load_text("")
        panel.view.selectRow(1)
        panel.reuse_button.click()
        assert panel.name.text() == "cart_abandoned"
        assert json.loads(panel.payload.text()) == {"uid": "u1", "items": [1, 2]}

    qloop.run(scenario(), timeout=60)


def test_a_refused_event_is_in_the_history_with_the_reason(qtbot, qloop, env, server):
    async def scenario() -> None:
        await env.use(server)
        panel = _panel(env)
        panel.name.setText("signup")
        panel.payload.replace_all_text('"just text"')
        assert (
            panel.payload_message.text()
            == 'The server usually expects an object here, such as {"uid": "u1"}.'
        )
        assert panel.send_button.isEnabled()  # a hint: the server has the last word
        panel.send()
        await wait_until(lambda: panel.model.rowCount() == 1)
        result = panel.model.index(0, RESULT).data()
        assert result.startswith("Not taken: The server did not take the event."), result
        assert panel.status.text().startswith("Event #1 was not taken")
        shown = json.loads(panel.detail.text())
        assert shown["not_taken"].startswith("The server did not take the event.")
        assert list(shown["fields"]) == ["payload"]

    qloop.run(scenario(), timeout=60)


def test_the_history_survives_the_panel(qtbot, qloop, qtmodeltester, env, server):
    async def scenario() -> None:
        await env.use(server)
        await env.audience.send_event("signup", {"uid": "a"})
        await env.audience.send_event("purchase", {"uid": "a", "sum": 10})
        panel = _panel(env)  # built later, as when the section is opened again
        assert [panel.model.index(r, NAME).data() for r in range(2)] == ["purchase", "signup"]  # newest first
        qtmodeltester.check(panel.model)

    qloop.run(scenario(), timeout=60)
    qtmodeltester.check(EventHistoryModel())
