"""Stopping an import and going on with it: Stop on the upload page, Resume from the summary,
the offer to resume when the same file is chosen again, and closing the wizard mid-import
(it asks first; a confirmed close stops after the batches in flight)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard

from app.services.import_service import ImportOutcome
from app.ui.audience.import_wizard.state import SUMMARY, UPLOAD
from tests.gui.audience.conftest import wait_until
from tests.gui.audience.files import many_rows
from tests.gui.audience.wizard_support import click_next, open_wizard, to_mapping, to_report

ROWS = 400


async def _start_slow_import(wizard, path) -> None:
    """One profile per request, one request at a time: slow enough to stop part-way."""
    await to_mapping(wizard, path)
    mapping = wizard.mapping_page
    mapping.advanced_button.click()
    assert mapping.advanced.isVisible()
    mapping.batch_size.setValue(1)
    mapping.concurrency.setValue(1)
    await to_report(wizard)
    assert wizard.state.report is not None and wizard.state.report.rows == ROWS
    click_next(wizard)  # Import
    assert wizard.currentId() == UPLOAD
    upload = wizard.upload_page
    await wait_until(
        lambda: "Sent: " in upload.counts.text() and not upload.counts.text().startswith("Sent: 0.")
    )


def test_stop_then_resume_from_the_summary_sends_only_the_rest(
    qtbot, qloop, env, server, server_data, tmp_path
):
    path = many_rows(tmp_path, ROWS)

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        await _start_slow_import(wizard, path)
        upload = wizard.upload_page
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        upload.stop_button.click()
        assert upload.stop_button.text() == "Stop now"
        assert "Waiting for the server" in upload.stop_note.text()
        await wait_until(lambda: wizard.currentId() == SUMMARY, within=30)
        stopped = wizard.state.summary
        assert stopped is not None and stopped.outcome is ImportOutcome.CANCELLED
        assert 0 < stopped.sent < ROWS
        assert server_data.count() == stopped.sent  # what was counted as sent is there, nothing more
        summary = wizard.summary_page
        assert summary.headline.text() == "The import was stopped."
        assert summary.resume_button.isVisible()

        summary.resume_button.click()
        assert wizard.currentId() == UPLOAD
        await wait_until(lambda: wizard.currentId() == SUMMARY, within=60)
        done = wizard.state.summary
        assert done is not None and done.outcome is ImportOutcome.COMPLETED, done
        assert done.sent == ROWS
        assert done.resumed_batches == stopped.batches  # confirmed batches were not sent again
        assert "not sent again" in summary.detail.text()
        assert server_data.count() == ROWS
        assert not summary.resume_button.isVisible()

    qloop.run(scenario(), timeout=120)


def test_choosing_a_stopped_file_again_offers_to_resume(qtbot, qloop, env, server, server_data, tmp_path):
    path = many_rows(tmp_path, ROWS)

    async def scenario() -> None:
        await env.use(server)
        first = open_wizard(env)
        await _start_slow_import(first, path)
        first.upload_page.stop()
        await wait_until(lambda: first.currentId() == SUMMARY, within=30)
        stopped = first.state.summary
        assert stopped is not None and stopped.resumable
        first.button(QWizard.WizardButton.FinishButton).click()

        second = open_wizard(env)
        page = second.file_page
        page.set_path(path)
        await wait_until(lambda: page.resume_box.isVisible(), within=20)
        assert page.resume_button.isVisible()
        assert f"after {stopped.sent} row" in page.resume_text.text().replace(",", "")  # "1 row", "2 rows"
        page.resume_button.click()
        assert second.currentId() == UPLOAD  # straight on, with the settings it was started with
        assert not second.button(QWizard.WizardButton.BackButton).isEnabled()
        await wait_until(lambda: second.currentId() == SUMMARY, within=60)
        done = second.state.summary
        assert done is not None and done.outcome is ImportOutcome.COMPLETED
        assert done.sent == ROWS and server_data.count() == ROWS

        third = open_wizard(env)
        third.file_page.set_path(path)
        await wait_until(lambda: third.file_page.resume_box.isVisible(), within=20)
        assert "was imported into this account" in third.file_page.resume_text.text()
        assert not third.file_page.resume_button.isVisible()

    qloop.run(scenario(), timeout=150)


def test_closing_mid_import_asks_and_stops_after_the_batches_in_flight(
    qtbot, qloop, env, server, server_data, tmp_path
):
    path = many_rows(tmp_path, ROWS)

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        await _start_slow_import(wizard, path)

        wizard.reject()  # Esc, Cancel or the window's close button
        box = wizard._asking
        assert box is not None and box.isVisible()
        assert wizard.isVisible() and wizard.upload_page.running
        keep = next(b for b in box.buttons() if b.text() == "Keep importing")
        keep.click()
        await wait_until(lambda: not box.isVisible())
        assert wizard.upload_page.running and wizard.isVisible()

        wizard.reject()
        box = wizard._asking
        assert box is not None and box.isVisible()
        stop = next(b for b in box.buttons() if b.text() == "Stop and close")
        assert box.buttonRole(stop) is QMessageBox.ButtonRole.DestructiveRole
        stop.click()
        await wait_until(lambda: not wizard.isVisible(), within=30)
        assert not env.audience.imports.running
        sent = server_data.count()
        assert 0 < sent < ROWS
        saved = await env.audience.imports.saved_progress(path)
        assert saved is not None and not saved.finished and saved.rows_sent == sent  # resumable

    qloop.run(scenario(), timeout=120)


def test_closing_during_the_check_closes_at_once(qtbot, qloop, env, server, tmp_path):
    path = many_rows(tmp_path, 20)

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        await to_mapping(wizard, path)
        click_next(wizard)
        wizard.reject()  # nothing was sent: no question
        assert not wizard.isVisible()
        assert wizard._asking is None
        await wait_until(lambda: not env.audience.imports.running)

    qloop.run(scenario(), timeout=60)
