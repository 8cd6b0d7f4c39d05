"""The one-profile form against the sandbox: declared fields typed by their type, free
name = value rows, what the server stored and what it dropped, refusals at their field."""

from __future__ import annotations

from PySide6.QtTest import QTest

from app.domain.profile_fields import FieldOrigin, ProfileFieldType
from app.ui.audience.one_profile import OneProfilePanel
from tests.gui.audience.conftest import AudienceEnv, wait_until


def _panel(env: AudienceEnv) -> OneProfilePanel:
    panel = OneProfilePanel(env.audience, env.tasks)
    env.keep(panel)
    panel.resize(1000, 700)
    panel.show()
    return panel


def _stored_rows(panel: OneProfilePanel) -> dict[str, str]:
    table = panel.stored
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_a_profile_is_saved_and_the_answer_shows_what_was_kept(qtbot, qloop, env, server, server_data):
    async def scenario() -> None:
        await env.use(server)
        await env.audience.fields.declare("age", ProfileFieldType.INT)
        await env.audience.fields.declare("vip", ProfileFieldType.BOOL)
        await env.audience.fields.declare("birthday", ProfileFieldType.DATE)
        panel = _panel(env)
        await wait_until(lambda: set(panel.field_inputs) == {"age", "vip", "birthday"})
        assert not panel.no_fields.isVisible()
        assert not panel.send_button.isEnabled()  # nobody named yet
        assert "at least one of these" in panel.who_message.text()

        panel.identifiers["email"].setText("lena@example.com")
        panel.identifiers["phone"].setText("+79990001122")
        age = panel.field_inputs["age"]
        assert age.line is not None
        QTest.keyClicks(age.line, "3x1")  # the validator keeps letters out of a whole number
        assert age.line.text() == "31"
        panel.field_inputs["vip"].set_value(True)
        birthday = panel.field_inputs["birthday"]
        assert birthday.line is not None
        birthday.line.setText("1994-13-01")
        assert "year-month-day" in panel.field_rows["birthday"].message_text()
        assert not panel.send_button.isEnabled()
        birthday.line.setText("1994-02-01")
        assert panel.field_rows["birthday"].message_text() == ""
        panel.extra.add_row("city", "Kazan", edit=False)
        panel.extra.add_row("nickname", "Lenka", edit=False)
        assert panel.send_button.isEnabled()

        panel.send_button.click()
        await wait_until(lambda: panel.dropped.isVisible())
        assert panel.status.text() == "Saved. The server's answer is on the right."
        assert _stored_rows(panel) == {
            "Phone": "+79990001122", "Email": "lena@example.com", "age": "31", "vip": "true",
            "birthday": "1994-02-01", "city": "Kazan",
        }  # fmt: skip
        assert "Not stored: nickname." in panel.dropped.text()
        assert "Declare them in the provider's project settings" in panel.dropped.text()
        assert server_data.profile("email", "lena@example.com") == {
            "phone": "+79990001122", "email": "lena@example.com",
            "fields": {"age": 31, "vip": True, "birthday": "1994-02-01", "city": "Kazan"},
        }  # fmt: skip
        # city came back stored: the account learns it, and the form offers it typed.
        await wait_until(lambda: "city" in panel.field_inputs)
        declared = {f.name: f.origin for f in await env.audience.fields.declared_fields()}
        assert declared["city"] is FieldOrigin.SERVER and "nickname" not in declared
        assert panel.field_inputs["age"].text() == "31"  # what was typed stays
        assert "“city” is a declared field" in panel.extra_message.text()  # its row is now a duplicate

    qloop.run(scenario(), timeout=60)


def test_a_refused_value_is_shown_at_its_field(qtbot, qloop, env, server):
    async def scenario() -> None:
        await env.use(server)
        panel = _panel(env)
        await wait_until(lambda: panel.no_fields.isVisible())
        panel.identifiers["uid"].setText("u-9")
        panel.extra.add_row("age", "forty", edit=False)  # age is an Int on the server
        panel.send_button.click()
        await wait_until(lambda: panel.status.text().startswith("The server did not take the profile."))
        assert "forty" in panel.status.text() or "age" in panel.status.text()
        assert panel.send_button.isEnabled()  # fix it and try again
        assert panel.stored.rowCount() == 0

    qloop.run(scenario(), timeout=60)


def test_bad_names_in_the_free_rows_block_sending(qtbot, qloop, env, server):
    async def scenario() -> None:
        await env.use(server)
        panel = _panel(env)
        await wait_until(lambda: panel.no_fields.isVisible())
        panel.identifiers["uid"].setText("u-1")
        panel.extra.add_row("first name", "Ann", edit=False)
        assert not panel.send_button.isEnabled()
        assert "Field “first name”: Use Latin letters" in panel.extra_message.text()
        panel.extra.set_rows([("first_name", "Ann"), ("first_name", "Anna")])
        assert "“first_name” is there twice" in panel.extra_message.text()
        panel.extra.table.selectRow(1)
        panel.extra.remove_button.click()
        assert panel.extra.rows() == [("first_name", "Ann")]
        assert panel.send_button.isEnabled()
        panel.clear_button.click()
        assert panel.identifier_values() == {} and panel.extra.rows() == []

    qloop.run(scenario(), timeout=60)


def test_without_a_connection_the_form_says_what_to_do(qtbot, qloop, env):
    async def scenario() -> None:
        demo = await env.runner.call(lambda ws: ws.accounts.demo())
        await env.accounts.select(demo.id)  # the demo server is not running in tests
        panel = _panel(env)
        panel.identifiers["email"].setText("x@example.com")
        panel.send_button.click()
        await wait_until(lambda: "demo server is not running yet" in panel.status.text())
        assert panel.send_button.isEnabled()

    qloop.run(scenario(), timeout=30)
