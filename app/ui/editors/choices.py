"""The letters of the API's enumerations, as a content editor reads them."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from app.domain.enums import MessageType, SourceType, WinParameter

_NAMES: Final[dict[str, dict[str, str]]] = {
    "message_type": {
        MessageType.EMAIL: "Email",
        MessageType.WEB_PUSH: "Web push",
        MessageType.GC_NOTIFIER: "GC notifier",
        MessageType.SMS: "SMS",
    },
    "source_type": {
        SourceType.SEGMENT: "A segment",
        SourceType.UPLOADED: "An uploaded address list",
        SourceType.API: "An API source",
    },
    "win_parameter": {
        WinParameter.OPEN: "Most opens",
        WinParameter.CLICK: "Most clicks",
        WinParameter.CLICK_TO_OPEN: "Best click-to-open rate",
    },
}
_NAMES["messages_type"] = _NAMES["message_type"]


def choice_labels(key: str, values: tuple[str, ...]) -> list[tuple[str, str]]:
    """``[(wire value, label)]`` in the schema's order; unknown letters shown as they are."""
    names = _NAMES.get(key, {})
    return [
        (value, QCoreApplication.translate("Choices", names[value]) if value in names else value)
        for value in values
    ]
