"""The account's declared profile fields: the list with where each came from, adding, changing
and removing one (names checked as typed), and the sample profile dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.profile_fields import FieldOrigin, ProfileFieldType
from app.ui.audience.declared_fields_model import NAME, ORIGIN, TYPE
from app.ui.audience.profile_fields_panel import ProfileFieldsPanel
from app.ui.audience.sample_profile import SampleProfileDialog
from tests.gui.audience.conftest import AudienceEnv, wait_until


async def _demo(env: AudienceEnv) -> int:
    demo = await env.runner.call(lambda ws: ws.accounts.demo())
    await env.accounts.select(demo.id)
    return demo.id


def _panel(env: AudienceEnv) -> ProfileFieldsPanel:
    panel = ProfileFieldsPanel(env.audience.fields, env.tasks)
    env.keep(panel)
    panel.resize(900, 600)
    panel.show()
    return panel


def _rows(panel: ProfileFieldsPanel) -> list[tuple[str, str, str]]:
    model = panel.model
    return [tuple(model.index(r, c).data() for c in (NAME, TYPE, ORIGIN)) for r in range(model.rowCount())]


def test_add_change_and_remove_fields(qtbot, qloop, qtmodeltester, env):
    async def scenario() -> None:
        await _demo(env)
        await env.audience.fields.learn_from_echo({"city": "Rome"}, {"city": "Rome"})
        panel = _panel(env)
        await wait_until(lambda: panel.model.rowCount() == 1)
        assert _rows(panel) == [("city", "Text", "Learned from the server")]
        qtmodeltester.check(panel.model)
        assert not panel.save_button.isEnabled()

        panel.name.setText("first name")
        assert panel.name_message.full_text.startswith("Use Latin letters")
        assert not panel.save_button.isEnabled()
        panel.name.setText("city")
        assert "already in the list" in panel.name_message.full_text
        panel.name.setText("level")
        panel.type.setCurrentIndex(panel.type.findData(ProfileFieldType.INT))
        assert panel.name_message.full_text == "" and panel.save_button.isEnabled()
        panel.save_button.click()
        await wait_until(lambda: panel.model.rowCount() == 2)
        assert _rows(panel) == [
            ("city", "Text", "Learned from the server"),
            ("level", "Whole number", "Typed by you"),
        ]
        assert panel.name.text() == ""

        panel.view.selectRow(0)
        panel.edit_button.click()
        assert panel.name.text() == "city" and panel.save_button.text() == "Save"
        assert not panel.save_button.isEnabled()  # nothing changed yet
        panel.name.setText("town")
        panel.save_button.click()  # a rename: the new name, the old one gone
        await wait_until(lambda: [r[0] for r in _rows(panel)] == ["level", "town"])
        declared = {f.name: f.origin for f in await env.audience.fields.declared_fields()}
        assert declared == {"level": FieldOrigin.USER, "town": FieldOrigin.USER}

        panel.view.selectRow(0)
        panel.remove_button.click()
        box = panel._confirm
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "“level”" in box.text()
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        cancel.click()
        await wait_until(lambda: not box.isVisible())
        assert panel.model.rowCount() == 2
        panel.remove_button.click()
        box = panel._confirm
        assert box is not None
        next(b for b in box.buttons() if b.text() == "Remove").click()
        await wait_until(lambda: [r[0] for r in _rows(panel)] == ["town"])

    qloop.run(scenario(), timeout=30)


def test_the_sample_profile_is_typed_by_field(qtbot, qloop, env):
    async def scenario() -> None:
        await _demo(env)
        fields = env.audience.fields
        await fields.declare("first_name", ProfileFieldType.STRING)
        await fields.declare("age", ProfileFieldType.INT)
        await fields.declare("vip", ProfileFieldType.BOOL)
        await fields.set_sample_profile({"first_name": "Anna", "age": 30, "coupon": "SPRING"})
        panel = _panel(env)
        panel.sample_button.click()
        dialog = panel.sample_dialog
        assert isinstance(dialog, SampleProfileDialog)
        assert dialog.isVisible() and not dialog.isModal()
        await wait_until(lambda: set(dialog.inputs) == {"first_name", "age", "vip"})
        assert dialog.inputs["first_name"].text() == "Anna"
        assert dialog.inputs["age"].text() == "30"
        assert dialog.extra.rows() == [("coupon", "SPRING")]  # not declared: kept as a text row

        age = dialog.inputs["age"]
        assert age.line is not None
        age.line.setText("thirty")
        assert "whole number" in dialog.rows["age"].message_text()
        assert not dialog.save_button.isEnabled()
        age.line.setText("31")
        dialog.inputs["vip"].set_value(True)
        dialog.extra.add_row("city", "Rome", edit=False)
        saved: list[dict] = []
        dialog.saved.connect(saved.append)
        dialog.save_button.click()
        await wait_until(lambda: not dialog.isVisible())
        assert dialog.result() == QDialog.DialogCode.Accepted
        expected = {"first_name": "Anna", "age": 31, "vip": True, "coupon": "SPRING", "city": "Rome"}
        assert saved == [expected]
        assert await fields.sample_profile() == expected

        # A field declared while it is open gets its typed row; what was typed stays.
        panel.open_sample_profile()
        assert panel.sample_dialog is dialog
        await wait_until(lambda: dialog.save_button.isEnabled())
        dialog.inputs["first_name"].set_value("Bella")
        await fields.declare("city", ProfileFieldType.STRING)
        await wait_until(lambda: "city" in dialog.inputs)
        assert dialog.inputs["city"].text() == "Rome"
        assert dialog.inputs["first_name"].text() == "Bella"
        assert ("city", "Rome") not in dialog.extra.rows()
        dialog.reject()
        assert await fields.sample_profile() == expected  # Cancel stores nothing

    qloop.run(scenario(), timeout=30)
