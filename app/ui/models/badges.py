"""The badges a draft's row shows: its state, and what else the editor should know at a glance.

Colours come in a light and a dark pair, each chosen for a contrast ratio of at least 4.5:1
between the text and its pill, so a badge reads the same in both colour schemes.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.drafts import DraftRow, DraftState


class Badge(StrEnum):
    LOCAL = "local"
    MODIFIED = "modified"
    PUBLISHED = "published"
    CONFLICT = "conflict"
    FAILED = "failed"
    CHANGED_ON_SERVER = "changed_on_server"
    PENDING = "pending"


class BadgeColors(NamedTuple):
    background: QColor
    text: QColor


def _pair(background: str, text: str) -> BadgeColors:
    return BadgeColors(QColor(background), QColor(text))


# (light, dark) per badge
_COLORS: Final[dict[Badge, tuple[BadgeColors, BadgeColors]]] = {
    Badge.LOCAL: (_pair("#e3e8ef", "#2b3440"), _pair("#3a4350", "#e6eaf0")),
    Badge.MODIFIED: (_pair("#fff0d1", "#6e4400"), _pair("#5a4210", "#ffe2a8")),
    Badge.PUBLISHED: (_pair("#dcf2e3", "#1b5a31"), _pair("#1f4d2e", "#c8f0d5")),
    Badge.CONFLICT: (_pair("#ece2fb", "#55278f"), _pair("#4a2d73", "#eadcff")),
    Badge.FAILED: (_pair("#fde0df", "#8a1c1c"), _pair("#6b2222", "#ffd6d6")),
    Badge.CHANGED_ON_SERVER: (_pair("#dbeafb", "#174778"), _pair("#1e3f66", "#d3e6ff")),
    Badge.PENDING: (_pair("#d6f0f3", "#0c4f58"), _pair("#174b52", "#c9f1f6")),
}

_STATE_BADGE: Final[dict[str, Badge]] = {
    DraftState.LOCAL: Badge.LOCAL,
    DraftState.MODIFIED: Badge.MODIFIED,
    DraftState.PUBLISHED: Badge.PUBLISHED,
    DraftState.CONFLICT: Badge.CONFLICT,
    DraftState.FAILED: Badge.FAILED,
}

# Problems first when a list is sorted by status.
STATE_RANK: Final[dict[str, int]] = {
    DraftState.CONFLICT: 0,
    DraftState.FAILED: 1,
    DraftState.MODIFIED: 2,
    DraftState.LOCAL: 3,
    DraftState.PUBLISHED: 4,
}


def state_badge(state: str, pending: bool) -> Badge:
    """The one badge that names where a draft stands; a publish waiting in the outbox says
    so instead of "Not published" or "Edited" (a conflict still needs the user first)."""
    if pending and state != DraftState.CONFLICT:
        return Badge.PENDING
    return _STATE_BADGE.get(state, Badge.LOCAL)


def badges_of(row: DraftRow, pending: bool) -> tuple[Badge, ...]:
    """The state's badge first, then "changed on server"."""
    badges = [state_badge(row.state, pending)]
    if row.changed_on_server and row.state != DraftState.CONFLICT:
        badges.append(Badge.CHANGED_ON_SERVER)
    return tuple(badges)


def badge_colors(badge: Badge, dark: bool) -> BadgeColors:
    light_pair, dark_pair = _COLORS[badge]
    return dark_pair if dark else light_pair


_label_cache: dict[Badge, str] = {}


def clear_label_cache() -> None:
    """After a change of language."""
    _label_cache.clear()


def badge_label(badge: Badge) -> str:
    """The badge's text (cached: every visible row asks on every paint)."""
    if not _label_cache:
        _label_cache.update(_labels())
    return _label_cache[badge]


def _labels() -> dict[Badge, str]:
    # The one set of names for where a draft stands: lists, editor headers and dialogs.
    t = QCoreApplication.translate
    return {
        Badge.LOCAL: t("Badge", "Not published"),
        Badge.MODIFIED: t("Badge", "Edited"),
        Badge.PUBLISHED: t("Badge", "Published"),
        Badge.CONFLICT: t("Badge", "Conflict"),
        Badge.FAILED: t("Badge", "Failed"),
        Badge.CHANGED_ON_SERVER: t("Badge", "Changed on server"),
        Badge.PENDING: t("Badge", "Waiting to publish"),
    }


def badge_tooltip(badge: Badge) -> str:
    t = QCoreApplication.translate
    tips = {
        Badge.LOCAL: t("Badge", "Only on this computer: it has never been published."),
        Badge.MODIFIED: t("Badge", "Edited since it was last published: publish to send your changes."),
        Badge.PUBLISHED: t("Badge", "The same as the server's copy."),
        Badge.CONFLICT: t(
            "Badge", "Someone else changed it on the server too: open it and choose which changes to keep."
        ),
        Badge.FAILED: t(
            "Badge", "The server refused the last publish: open it to see why, fix, publish again."
        ),
        Badge.CHANGED_ON_SERVER: t(
            "Badge", "The server's copy changed since you last pulled; publishing will ask you to merge."
        ),
        Badge.PENDING: t(
            "Badge",
            "Waiting in the outbox: it is sent as soon as the server can be reached. "
            "File > Waiting to Publish shows what waits.",
        ),
    }
    return tips[badge]
