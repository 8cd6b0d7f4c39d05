"""The import wizard end to end against the sandbox: a Windows spreadsheet export (cp1251,
semicolons), a UTF-8 one with a BOM, and a file with bad rows; the validation report, the
rejects file, the summary and what the server stored."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QWizard

from app.domain.profile_fields import FieldOrigin, ProfileFieldType
from app.services.import_service import ImportOutcome, ProblemKind
from app.ui.audience.import_wizard.state import FILE, MAPPING, SUMMARY
from tests.gui.audience.conftest import wait_until
from tests.gui.audience.files import bad_rows, bom_export, cp1251_export
from tests.gui.audience.wizard_support import (
    choose_file,
    click_next,
    import_and_wait,
    open_wizard,
    targets,
    to_mapping,
    to_report,
)


def test_a_windows_export_in_cp1251_with_semicolons(qtbot, qloop, env, server, server_data, tmp_path):
    path = cp1251_export(tmp_path)

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        assert wizard.windowTitle() == "Import profiles into Sandbox"
        await choose_file(wizard, path)
        page = wizard.file_page
        assert page.isComplete(), page.message.text()
        assert "Cyrillic (Windows-1251)" in page.format_note.text()
        assert "Semicolon" in page.format_note.text()
        table = page.preview_table
        assert [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())] == [
            "Телефон", "E-mail", "Имя", "Город", "Возраст", "Ник",
        ]  # fmt: skip
        assert table.item(1, 3).text() == "Санкт-Петербург"
        assert table.verticalHeaderItem(0).text() == "2"  # the spreadsheet's row numbers
        for column, longest in ((0, "8 (916) 555-01-02"), (1, "sergei@example.ru"), (3, "Санкт-Петербург")):
            assert table.columnWidth(column) > table.fontMetrics().horizontalAdvance(longest)  # not cut off

        # Read as Latin-1 by mistake, the letters are wrong; choosing back fixes them.
        page.encoding.setCurrentIndex(page.encoding.findData("iso8859-1"))
        await wait_until(lambda: page.isComplete() and "Latin-1" in page.format_note.text())
        assert page.preview_table.item(1, 3).text() != "Санкт-Петербург"
        page.encoding.setCurrentIndex(page.encoding.findData("cp1251"))
        await wait_until(
            lambda: page.isComplete() and "(Windows-1251), as you chose" in page.format_note.text()
        )
        assert page.preview_table.item(1, 3).text() == "Санкт-Петербург"

        click_next(wizard)
        mapping = wizard.mapping_page
        await wait_until(lambda: bool(mapping.pickers))
        assert targets(wizard) == ["phone", "email", "skip", "skip", "skip", "skip"]  # by their names
        assert mapping.region_row.isVisible()  # a phone column: numbers without +7 need a country
        mapping.region.setCurrentIndex(mapping.region.findData("RU"))
        mapping.pickers[2].choose("custom")
        assert mapping.pickers[2].name.isVisible()
        assert not mapping.isComplete()  # a field named by hand needs its name
        assert "Type a field name" in mapping.problems.text()
        mapping.pickers[2].name.setText("first_name")
        mapping.pickers[3].choose("custom")
        mapping.pickers[3].name.setText("city")
        mapping.pickers[4].choose("custom")
        mapping.pickers[4].name.setText("age")
        mapping.pickers[4].type.setCurrentIndex(mapping.pickers[4].type.findData(ProfileFieldType.INT))
        mapping.pickers[5].choose("custom")
        mapping.pickers[5].name.setText("nickname")  # the project does not declare it
        assert mapping.isComplete(), mapping.problems.text()

        await to_report(wizard)
        report = wizard.state.report
        assert report is not None and report.rows == 5 and report.rejected == 0
        assert wizard.report_page.ready_label.text() == "5"
        assert wizard.report_page.rejects_text.text() == "No row is rejected."
        await import_and_wait(wizard)
        summary = wizard.state.summary
        assert summary is not None and summary.outcome is ImportOutcome.COMPLETED
        summary_page = wizard.summary_page
        assert summary_page.headline.text() == "The import is complete."
        assert summary_page.values["rows"].text() == "5"
        assert summary_page.values["sent"].text() == "5"
        assert summary_page.values["rejected"].text() == "0"
        assert "nickname" in summary_page.dropped.text()
        assert "Declare them in the provider's project settings" in summary_page.dropped.text()
        assert not summary_page.resume_button.isVisible()
        assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()

        olga = server_data.profile("phone", "+79165550102")  # 8 (916)… read as a Russian number
        assert olga == {
            "phone": "+79165550102", "email": "olga@example.ru",
            "fields": {"first_name": "Ольга", "city": "Санкт-Петербург", "age": 29},
        }  # fmt: skip
        maria = server_data.profile("email", "maria@example.ru")
        assert maria is not None and "age" not in maria["fields"]  # an empty cell sends nothing
        declared = {f.name: (f.type, f.origin) for f in await env.audience.fields.declared_fields()}
        assert declared["age"] == (ProfileFieldType.INT, FieldOrigin.SERVER)  # learned from the answer
        assert "nickname" not in declared

        click_next_finish = wizard.button(QWizard.WizardButton.FinishButton)
        click_next_finish.click()
        await wait_until(lambda: not wizard.isVisible())

    qloop.run(scenario(), timeout=90)


def test_a_utf8_export_with_a_bom_maps_declared_fields_by_themselves(
    qtbot, qloop, env, server, server_data, tmp_path
):
    path = bom_export(tmp_path)

    async def scenario() -> None:
        await env.use(server)
        for name, kind in (("first_name", ProfileFieldType.STRING), ("city", ProfileFieldType.STRING),
                           ("vip", ProfileFieldType.BOOL), ("birthday", ProfileFieldType.DATE)):  # fmt: skip
            await env.audience.fields.declare(name, kind)
        wizard = open_wizard(env)
        await to_mapping(wizard, path)
        assert "marked at the start of the file" in wizard.file_page.format_note.text()
        assert targets(wizard) == [
            "uid",
            "email",
            "field:first_name",
            "field:city",
            "field:vip",
            "field:birthday",
        ]
        assert not wizard.mapping_page.region_row.isVisible()  # no phone column
        await to_report(wizard)
        assert wizard.state.report is not None and wizard.state.report.rejected == 0
        await import_and_wait(wizard)
        assert wizard.state.summary is not None and wizard.state.summary.sent == 3
        assert wizard.summary_page.dropped.text() == "The server stored every field that was sent."
        assert server_data.profile("uid", "c-2") == {
            "uid": "c-2", "email": "bruno@example.com",
            "fields": {"first_name": "Bruno", "city": "Köln", "vip": False, "birthday": "1985-12-01"},
        }  # fmt: skip
        assert server_data.profile("uid", "c-3")["fields"]["first_name"] == "Chloé"

    qloop.run(scenario(), timeout=90)


def test_bad_rows_are_reported_with_their_rows_and_reasons(qtbot, qloop, env, server, server_data, tmp_path):
    path = bad_rows(tmp_path)

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        await to_mapping(wizard, path)
        assert targets(wizard) == ["uid", "email", "skip", "skip"]
        wizard.mapping_page.pickers[2].choose("custom")
        wizard.mapping_page.pickers[2].name.setText("age")
        wizard.mapping_page.pickers[2].type.setCurrentIndex(
            wizard.mapping_page.pickers[2].type.findData(ProfileFieldType.INT)
        )
        wizard.mapping_page.pickers[3].choose("custom")
        wizard.mapping_page.pickers[3].name.setText("city")
        await to_report(wizard)
        report = wizard.state.report
        assert report is not None, wizard.report_page.message.text()
        assert (report.rows, report.rejected, report.merged) == (8, 5, 1)
        assert dict(report.rejected_by_kind) == {
            ProblemKind.EMAIL: 1, ProblemKind.NO_IDENTIFIER: 1, ProblemKind.VALUE: 1,
            ProblemKind.RAGGED: 1, ProblemKind.UNREADABLE: 1,
        }  # fmt: skip
        page = wizard.report_page
        assert page.ready_label.text() == "3"
        assert page.rejected_label.text() == "5"
        reasons = {
            page.reasons.item(r, 0).text(): page.reasons.item(r, 1).text()
            for r in range(page.reasons.rowCount())
        }
        assert reasons["Not a valid email address"] == "1"
        assert reasons["More or fewer values than the file has columns"] == "1"
        samples = [(page.samples.item(r, 0).text(), page.samples.item(r, 1).text())
                   for r in range(page.samples.rowCount())]  # fmt: skip
        assert [row for row, _why in samples] == ["3", "4", "5", "6", "7"]
        assert "forty" in samples[2][1] and "whole number" in samples[2][1]
        rejects = tmp_path / "with problems.rejected.csv"
        assert str(rejects) in page.rejects_text.text()
        assert page.open_rejects.isEnabled()  # the check wrote it already

        await import_and_wait(wizard)
        summary = wizard.state.summary
        assert summary is not None
        assert (summary.rows, summary.sent, summary.rejected, summary.merged) == (8, 3, 5, 1)
        summary_page = wizard.summary_page
        assert summary_page.values["merged"].text() == "1"
        assert str(rejects) in summary_page.rejects_text.text()
        with rejects.open(encoding="utf-8-sig", newline="") as handle:
            written = list(csv.reader(handle))
        assert written[0] == ["row", "line", "reason", "uid", "email", "age", "city"]
        assert [line[0] for line in written[1:]] == ["3", "4", "5", "6", "7"]
        assert written[1][3:] == ["u2", "not-an-email", "31", "Paris"]
        assert all(line[2] for line in written[1:])  # every row says why
        assert server_data.count() == 2  # u1 (merged) and u7
        assert server_data.profile("uid", "u1") == {
            "uid": "u1", "email": "a1b@example.com", "fields": {"age": 33, "city": "Turin"},
        }  # fmt: skip
        assert server_data.profile("uid", "u2") is None

    qloop.run(scenario(), timeout=90)


def test_mapping_problems_sit_at_the_column_and_block_next(qtbot, qloop, env, server, tmp_path):
    path = bad_rows(tmp_path)

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        await to_mapping(wizard, path)
        mapping = wizard.mapping_page
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        assert next_button.isEnabled()
        mapping.pickers[2].choose("email")  # the age column as a second email
        assert not next_button.isEnabled()
        assert "imported as this too" in mapping.pickers[2].message.full_text
        assert "imported as this too" in mapping.pickers[1].message.full_text
        assert "are both mapped to email" in mapping.problems.text()
        mapping.pickers[2].choose("skip")
        mapping.pickers[0].choose("skip")
        mapping.pickers[1].choose("skip")
        assert not next_button.isEnabled()
        assert "No column is mapped to an identifier" in mapping.problems.text()
        mapping.pickers[1].choose("custom")
        mapping.pickers[1].name.setText("2nd")
        assert "cannot be a field name" in mapping.problems.text()
        assert mapping.pickers[1].message.full_text.startswith("Use Latin letters")
        mapping.pickers[1].choose("email")
        assert next_button.isEnabled()
        assert all(picker.message.full_text == "" for picker in mapping.pickers)

        # Back to the file and on again: the same columns keep the mapping.
        wizard.back()
        assert wizard.currentId() == FILE
        click_next(wizard)
        assert wizard.currentId() == MAPPING
        assert targets(wizard) == ["skip", "email", "skip", "skip"]

    qloop.run(scenario(), timeout=60)


def test_files_that_cannot_be_imported_say_why(qtbot, qloop, env, server, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    header_only = tmp_path / "header.csv"
    header_only.write_text("uid,email\n", encoding="utf-8")

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        page = wizard.file_page
        for path, words in (
            (empty, "empty"),
            (binary, "not a text"),
            (tmp_path / "missing.csv", "does not exist"),
            (header_only, "no rows of profiles"),
        ):
            await choose_file(wizard, path)
            shown = page.message.text() + page.preview_note.text()
            assert words in shown.lower(), shown
            assert not page.isComplete()
            assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    qloop.run(scenario(), timeout=60)


def test_the_summary_is_the_last_page(qtbot, qloop, env, server, tmp_path):
    path = bom_export(tmp_path)

    async def scenario() -> None:
        await env.use(server)
        wizard = open_wizard(env)
        await to_mapping(wizard, path)
        await to_report(wizard)
        await import_and_wait(wizard)
        assert wizard.currentId() == SUMMARY
        assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
        assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()

    qloop.run(scenario(), timeout=60)
