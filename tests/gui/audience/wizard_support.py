"""Driving the import wizard as a person does: its buttons, its combos, waiting for each step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from app.ui.audience.import_wizard import ImportWizard
from app.ui.audience.import_wizard.state import MAPPING, REPORT, SUMMARY
from tests.gui.audience.conftest import AudienceEnv, wait_until


def open_wizard(env: AudienceEnv) -> ImportWizard:
    """The wizard over a window standing in for the app's (closing the last window would stop
    the event loop)."""
    host = QWidget()
    host.setWindowTitle("Campaign Studio")
    env.keep(host)
    host.show()
    current = env.accounts.current
    wizard = ImportWizard(
        env.audience.imports, env.tasks, account_name=current.name if current else "", parent=host
    )
    wizard.show()
    return wizard


def click_next(wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    which = QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} is not available on {page.title()}"
    button.click()


async def choose_file(wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.set_path(path)
    await wait_until(lambda: not wizard.file_page.busy)


async def to_mapping(wizard: ImportWizard, path: Path) -> None:
    await choose_file(wizard, path)
    assert wizard.file_page.isComplete(), wizard.file_page.message.text()
    click_next(wizard)
    assert wizard.currentId() == MAPPING
    await wait_until(lambda: bool(wizard.mapping_page.pickers))


async def to_report(wizard: ImportWizard) -> None:
    click_next(wizard)
    assert wizard.currentId() == REPORT
    await wait_until(lambda: wizard.state.report is not None or wizard.report_page.message.isVisible())


async def import_and_wait(wizard: ImportWizard, within: float = 30.0) -> None:
    click_next(wizard)  # Import
    await wait_until(lambda: wizard.currentId() == SUMMARY, within=within)


def targets(wizard: ImportWizard) -> list[str]:
    return [str(picker.target()) for picker in wizard.mapping_page.pickers]
