"""What each draft section lists and what it says when it is empty."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from app.domain.kinds import DraftKind

PUBLISH_SHORTCUT = "Ctrl+Shift+P"


def shortcut_text(key: QKeySequence.StandardKey | str) -> str:
    """How the platform spells a shortcut in text ("Ctrl+N", "⌘N")."""
    sequence = QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


@dataclass(frozen=True)
class DraftSection:
    key: str
    title: str
    kinds: tuple[DraftKind, ...]
    noun_plural: str  # lower case, in running text: "emails"
    filter_hint: str
    empty_title: str
    empty_text: str
    no_match_text: str  # "%1" is the filter text

    @property
    def mixed(self) -> bool:
        return len(self.kinds) > 1


def draft_sections() -> list[DraftSection]:
    """The four draft sections, in navigation order, with texts in the current language."""
    t = QCoreApplication.translate
    new = shortcut_text(QKeySequence.StandardKey.New)
    pull = shortcut_text(QKeySequence.StandardKey.Refresh) or "F5"
    return [
        DraftSection(
            "emails",
            t("Sections", "Emails"),
            (DraftKind.EMAILS,),
            t("Sections", "emails"),
            t("Sections", "Filter emails by name or subject"),
            t("Sections", "No emails yet"),
            t("Sections", "Press %1 to write your first email, or Pull (%2) to fetch the ones on the server.")
            .replace("%1", new)
            .replace("%2", pull),
            t("Sections", "No email matches “%1”. Press Esc to clear the filter."),
        ),
        DraftSection(
            "categories",
            t("Sections", "Categories"),
            (DraftKind.CATEGORIES,),
            t("Sections", "categories"),
            t("Sections", "Filter categories by title"),
            t("Sections", "No categories yet"),
            t(
                "Sections",
                "Categories group your emails by topic. Press %1 to create one, "
                "or Pull (%2) to fetch the ones on the server.",
            )
            .replace("%1", new)
            .replace("%2", pull),
            t("Sections", "No category matches “%1”. Press Esc to clear the filter."),
        ),
        DraftSection(
            "segments",
            t("Sections", "Segments"),
            (DraftKind.SEGMENTS,),
            t("Sections", "segments"),
            t("Sections", "Filter segments by name or tag"),
            t("Sections", "No segments yet"),
            t(
                "Sections",
                "A segment picks who receives a campaign. Press %1 to define one, "
                "or Pull (%2) to fetch the ones on the server.",
            )
            .replace("%1", new)
            .replace("%2", pull),
            t("Sections", "No segment matches “%1”. Press Esc to clear the filter."),
        ),
        DraftSection(
            "campaigns",
            t("Sections", "Campaigns"),
            (DraftKind.CAMPAIGNS, DraftKind.AB_CAMPAIGNS, DraftKind.AUTO_CAMPAIGNS),
            t("Sections", "campaigns"),
            t("Sections", "Filter campaigns by tag"),
            t("Sections", "No campaigns yet"),
            t(
                "Sections",
                "A campaign sends an email to a segment: once, as an A/B test, or automatically "
                "on a schedule. Press %1 to set one up, or Pull (%2) to fetch the ones on the server.",
            )
            .replace("%1", new)
            .replace("%2", pull),
            t("Sections", "No campaign matches “%1”. Press Esc to clear the filter."),
        ),
    ]


def new_draft_label(kind: DraftKind) -> str:
    """The New menu's entry for a kind."""
    t = QCoreApplication.translate
    labels = {
        DraftKind.EMAILS: t("Sections", "Email"),
        DraftKind.CATEGORIES: t("Sections", "Category"),
        DraftKind.SEGMENTS: t("Sections", "Segment"),
        DraftKind.CAMPAIGNS: t("Sections", "One-time campaign"),
        DraftKind.AB_CAMPAIGNS: t("Sections", "A/B test campaign"),
        DraftKind.AUTO_CAMPAIGNS: t("Sections", "Automated campaign"),
    }
    return labels[kind]


def plural(context: str, source: object, n: int) -> str:
    """A translated count ("%Ln email(s)"); in English without a translation file, the
    "(s)", "(es)" and "y(ies)" of the source become the right form."""
    text = QCoreApplication.translate(context, str(source), None, n)
    if "(" in text:
        many = n != 1
        for source_form, one, other in (("y(ies)", "y", "ies"), ("(es)", "", "es"), ("(s)", "", "s")):
            text = text.replace(source_form, other if many else one)
    return text


def count_text(section_key: str, n: int) -> str:
    """ "1 email", "10,000 emails" (the number in the user's locale)."""
    sources = {
        "emails": QT_TRANSLATE_NOOP("Sections", "%Ln email(s)"),
        "categories": QT_TRANSLATE_NOOP("Sections", "%Ln category(ies)"),
        "segments": QT_TRANSLATE_NOOP("Sections", "%Ln segment(s)"),
        "campaigns": QT_TRANSLATE_NOOP("Sections", "%Ln campaign(s)"),
        "selected": QT_TRANSLATE_NOOP("Sections", "%Ln draft(s)"),
    }
    return plural("Sections", sources.get(section_key, sources["selected"]), n)
