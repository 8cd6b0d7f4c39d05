"""The Audience section: what it offers with an account, what it says without one, the import
wizard opened from it, and its place in the main window."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.domain.profile_fields import ProfileFieldType
from app.ui.audience.import_wizard import ImportWizard
from app.ui.audience.page import AudiencePage
from app.ui.main_window import MainWindow, UiServices
from tests.gui.audience.conftest import AudienceEnv, wait_until


def _page(env: AudienceEnv, **options) -> AudiencePage:
    page = AudiencePage(env.audience, env.tasks, **options)
    env.keep(page)
    page.resize(1100, 750)
    page.show()
    return page


def test_without_an_account_it_says_how_to_choose_one(qtbot, qloop, env, server):
    opened: list[bool] = []

    async def scenario() -> None:
        page = _page(env, open_accounts=lambda: opened.append(True))
        assert not page.has_account
        assert page.empty_state.isVisible()
        assert page.empty_state.title() == "Choose an account"
        buttons = [
            b for b in page.empty_state.findChildren(type(page.import_button)) if b.text() == "Accounts…"
        ]
        assert len(buttons) == 1
        buttons[0].click()
        assert opened == [True]

        await env.use(server, name="Shop")
        assert page.has_account and page.content.isVisible()
        assert page.account_line.text() == "Audience of Shop"
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
            "One profile",
            "Events",
            "Profile fields",
        ]

    qloop.run(scenario(), timeout=30)


def test_import_profiles_opens_one_wizard_at_a_time(qtbot, qloop, env, server):
    async def scenario() -> None:
        await env.use(server, name="Shop")
        page = _page(env)
        page.import_button.click()
        wizard = page.wizard
        assert isinstance(wizard, ImportWizard) and wizard.isVisible()
        assert not wizard.isModal()  # the app stays usable while a file is imported
        assert wizard.windowTitle() == "Import profiles into Shop"
        assert page.open_import() is wizard
        wizard.reject()
        await wait_until(lambda: page.wizard is None)
        again = page.open_import()
        assert again is not wizard and again.isVisible()

    qloop.run(scenario(), timeout=30)


def test_the_window_shows_the_section_on_its_audience_service(qtbot, qloop, env, tmp_path):
    async def scenario() -> None:
        demo = await env.runner.call(lambda ws: ws.accounts.demo())
        await env.accounts.select(demo.id)
        window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        env.keep(window)
        window.attach(UiServices(env.workspace, env.accounts, env.tasks, audience=env.audience))
        window.show()
        window.show_section("audience")
        page = window.current_page()
        assert isinstance(page, AudiencePage) and page.has_account
        await env.audience.fields.declare("first_name", ProfileFieldType.STRING)
        await wait_until(lambda: page.profile_fields.model.rowCount() == 1)  # the shared service's signal
        assert page.one_profile.field_inputs.keys() == {"first_name"}

    qloop.run(scenario(), timeout=30)
