"""The Reports section. Its page (and QtCharts with it) loads when the section is first
shown, not while the window starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.main_window import UiServices


def reports_section(services: UiServices) -> QWidget:
    """The section's page, with its report service (which lives as long as the page)."""
    from app.services.report_service import ReportService
    from app.ui.reports.page import ReportsPage

    service = ReportService(services.workspace, services.accounts, services.tasks)
    page = ReportsPage(service, services.tasks, open_accounts=services.open_accounts)
    service.setParent(page)
    return page
