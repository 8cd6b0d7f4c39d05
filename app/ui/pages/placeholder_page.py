"""Sections whose features come later (Audience, Reports): what they will hold, and what
to do until then."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.pages.empty_state import EmptyState


class PlaceholderPage(QWidget):
    def __init__(self, key: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{key}")
        self.key = key
        self.empty_state = EmptyState(title, text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_state)


def audience_page(parent: QWidget | None = None) -> PlaceholderPage:
    t = QCoreApplication.translate
    return PlaceholderPage(
        "audience",
        t("Placeholders", "Audience is coming"),
        t(
            "Placeholders",
            "This is where you will look up subscribers, see the fields their profiles carry, "
            "and import or update lists of them. Until then, manage subscribers in your email "
            "service's own dashboard; to choose who receives a campaign, draft a segment under "
            "Segments.",
        ),
        parent,
    )


def reports_page(parent: QWidget | None = None) -> PlaceholderPage:
    t = QCoreApplication.translate
    return PlaceholderPage(
        "reports",
        t("Placeholders", "Reports are coming"),
        t(
            "Placeholders",
            "This is where you will see how your campaigns did: deliveries, opens, clicks and "
            "unsubscribes, by day and by language. Until then, your email service's own "
            "dashboard has these figures for every campaign you publish from here.",
        ),
        parent,
    )
