"""Enumerations of the provider's API (API-NOTES, "Enumerations")."""

from __future__ import annotations

from enum import StrEnum


class MessageType(StrEnum):
    EMAIL = "L"
    WEB_PUSH = "W"
    GC_NOTIFIER = "G"
    SMS = "S"


class SourceType(StrEnum):
    UPLOADED = "U"
    SEGMENT = "S"
    API = "A"


class WinParameter(StrEnum):
    OPEN = "O"
    CLICK = "C"
    CLICK_TO_OPEN = "U"


class PostType(StrEnum):
    ONE_TIME = "S"
    AB = "B"
    AUTOMATED = "A"
    SEQUENTIAL = "C"
    API = "P"
    TEST = "T"
    UNKNOWN = "U"


class CampaignStatus(StrEnum):
    """Our reading of a campaign's life; the reference names the actions, not the states."""

    NEW = "new"
    RUNNING = "running"
    PAUSED = "paused"
    ARCHIVED = "archived"
