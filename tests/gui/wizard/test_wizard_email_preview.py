"""The message page with the email editor's own preview pane and checks."""

from __future__ import annotations

import asyncio

from app.domain.kinds import DraftKind
from app.services.authoring_service import AuthoringService
from app.services.profile_fields_service import ProfileFieldsService
from app.ui.editors.email_editor import EmailServices
from app.ui.wizard.editor import CampaignWizardEditor
from app.ui.wizard.wizard import Step
from tests.gui.wizard.support import WizardEnv, wait_until


def test_the_chosen_email_is_previewed_and_checked(qtbot, qloop, env: WizardEnv):
    async def scenario() -> None:
        account = env.workspace.account_id
        html = "<!doctype html><html><body><h1>Spring sale</h1><p>Hello {{ first_name }}</p></body></html>"
        emails = [
            {"id": 501, "category": 1, "from_address": "news@example.com", "internal_name": "Spring sale",
             "subject": "30% off", "text_html": html},
            {"id": 502, "category": 1, "from_address": "news@example.com", "internal_name": "Empty draft"},
        ]  # fmt: skip
        assert account is not None
        await env.pull(DraftKind.EMAILS, emails)
        services = env.services
        services.email = EmailServices(AuthoringService(), ProfileFieldsService(env.workspace))
        editor = CampaignWizardEditor(DraftKind.CAMPAIGNS, workspace=env.workspace, autosaver=env.autosaver,
                                      services=services)  # fmt: skip
        env.widgets.append(editor)
        editor.resize(1100, 900)
        editor.show()
        editor.load(await env.workspace.create_draft(DraftKind.CAMPAIGNS, {"message_type": "L"}))
        page = editor.wizard.message_page
        assert editor.wizard.step is Step.MESSAGE
        await wait_until(lambda: page.list.topLevelItemCount() == 2)
        spring = await env.draft_of(DraftKind.EMAILS, 501)
        page.select_email(spring.local_id)
        box = page.preview
        await wait_until(lambda: box._driver is not None)
        pane = box._driver.pane
        shown: list[str] = []

        def read() -> None:
            pane.page().toHtml(shown.append)

        await wait_until(lambda: (read(), any("Spring sale" in h for h in shown))[1], 30)
        assert "Hello" in next(h for h in shown if "Spring sale" in h)
        await wait_until(lambda: not box.checks.text().startswith("Checking"), 30)
        assert box.subject.text() == "30% off" and box.from_label.text() == "news@example.com"
        assert not box.text.isVisible()  # the pane shows the email, not its plain text
        empty = await env.draft_of(DraftKind.EMAILS, 502)
        page.select_email(empty.local_id)
        await wait_until(lambda: "no body yet" in box.checks.text(), 30)
        assert box.checks.text().startswith("The email's checks:")
        await asyncio.sleep(0.2)

    qloop.run(scenario(), timeout=90)
