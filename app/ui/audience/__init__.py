"""The Audience section. Its page loads when the section is first shown, not while the
window starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.main_window import UiServices


def audience_section(services: UiServices) -> QWidget:
    """The section's page, on the window's audience service (or one of its own for the page)."""
    from app.services.audience_service import AudienceService
    from app.ui.audience.page import AudiencePage

    audience = services.audience
    if audience is None:
        audience = AudienceService(services.workspace, services.accounts)
    page = AudiencePage(audience, services.tasks, open_accounts=services.open_accounts)
    if audience.parent() is None:
        audience.setParent(page)
    return page
