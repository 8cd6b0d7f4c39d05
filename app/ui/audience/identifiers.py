"""How the four identifiers of a profile are called in the app."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

_LABELS: Final = {
    "uid": "User ID",
    "phone": "Phone",
    "email": "Email",
    "wp_token": "Web push token",
}


def identifier_label(key: str) -> str:
    """``uid`` -> "User ID"; an unknown key as it is."""
    label = _LABELS.get(key)
    return QCoreApplication.translate("ProfileIdentifiers", label) if label else key
