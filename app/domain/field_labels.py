"""Human labels for wire field names: ``text_html_de`` reads "HTML body [German]".

Used wherever a field name reaches the user: server field errors, validation messages,
the conflict dialog. :func:`label_sentence` is the label as a :class:`Sentence` the UI
translates ("FieldLabels", the language in "Languages", a campaign option's in
"CampaignConfig"); :func:`field_label` is its English text.
"""

from __future__ import annotations

from typing import Final

from app.domain.campaign_config import FLAG_HELP
from app.domain.languages import LANGUAGE_NAMES, Language
from app.domain.schema import ResourceSchema
from app.domain.sentences import QT_TRANSLATE_NOOP, Sentence, translatable

CONTEXT: Final = "FieldLabels"
LANGUAGES_CONTEXT: Final = "Languages"
OPTIONS_CONTEXT: Final = "CampaignConfig"
CONFIG_PREFIX: Final = "config."

# Per-language bases, both spellings of Chinese accepted (``_zh`` emails, ``_zn`` categories).
LOCALIZED_LABELS: Final[dict[str, str]] = translatable(
    "FieldLabels",
    {
        "subject": "Subject",
        "text_html": "HTML body",
        "text_plain": "Plain-text body",
        "x_amp_html": "AMP body",
        "file_html": "HTML file",
        "title": "Title",
        "description": "Description",
    },
)
DEFAULT_VARIANT: Final = QT_TRANSLATE_NOOP("FieldLabels", "default")

LABELS: Final[dict[str, str]] = translatable(
    "FieldLabels",
    {
        "id": "ID",
        "category": "Category",
        "from_address": "From address",
        "internal_name": "Internal name",
        "is_urgent": "Transactional email",
        "not_add_unsubscr_link": "No unsubscribe link",
        "not_add_web_view_link": "No web-version link",
        "in_archive": "Archived",
        "name": "Name",
        "tags": "Tags",
        "condition": "Conditions",
        "segment_limit": "Profile limit",
        "message_type": "Message type",
        "messages_type": "Message type",
        "message_id": "Email",
        "source_type": "Audience source",
        "source_id": "Audience",
        "source_uploaded_csv": "Address list file",
        "additional_source_file": "Additional parameters file",
        "config": "Sending options",
        "priority": "Priority",
        "planned_at": "Start time",
        "send_during_hours": "Spread sending over (hours)",
        "start_immediately": "Start right after publishing",
        "ab_percent": "Test group size (%)",
        "win_parameter": "Winner chosen by",
        "test_planned_at": "Test start time",
        "main_planned_at": "Main send start time",
        "active": "Enabled",
        "crontab": "Schedule",
        "run_from": "Active from",
        "run_to": "Active until",
        "status": "Status",
        "project_id": "Project",
        "created_at": "Created",
        "updated_at": "Last changed",
        "generated_at": "Generated",
        "size": "Profiles",
        # Shapes of server errors that belong to no one field.
        "non_field_errors": "General",
        "detail": "General",
    },
)

_SUFFIX_LANGUAGE: Final[dict[str, Language]] = {lang.value: lang for lang in Language} | {"zn": Language.ZH}


def split_localized(name: str) -> tuple[str, Language | None] | None:
    """``("subject", Language.DE)`` for ``subject_de``, ``("title", None)`` for ``title``;
    None for a field that is not per-language."""
    if name in LOCALIZED_LABELS:
        return name, None
    base, _, code = name.rpartition("_")
    if base in LOCALIZED_LABELS and code in _SUFFIX_LANGUAGE:
        return base, _SUFFIX_LANGUAGE[code]
    return None


def _humanize(name: str) -> str:
    return name.replace("_", " ").strip().capitalize() or name


def label_sentence(name: str, schema: ResourceSchema | None = None) -> Sentence:
    """The label of a wire field, for the UI to translate; pass the schema to name its id
    field "ID" (a category's id is ``category``, which in an email means the category)."""
    if schema is not None and name == schema.id_field:
        return Sentence(LABELS["id"], context=CONTEXT)
    localized = split_localized(name)
    if localized is not None:
        base, language = localized
        variant = (
            Sentence(DEFAULT_VARIANT, context=CONTEXT)
            if language is None
            else Sentence(LANGUAGE_NAMES[language], context=LANGUAGES_CONTEXT)
        )
        part = Sentence(LOCALIZED_LABELS[base], context=CONTEXT)
        return Sentence("{part} [{variant}]", {"part": part, "variant": variant}, context=CONTEXT)
    if name.startswith(CONFIG_PREFIX):
        flag = name.removeprefix(CONFIG_PREFIX)
        help_ = FLAG_HELP.get(flag)
        if help_ is not None:
            return Sentence(help_.label, context=OPTIONS_CONTEXT)
        options = Sentence(LABELS["config"], context=CONTEXT)
        values = {"options": options, "option": _humanize(flag)}
        return Sentence("{options}: {option}", values, context=CONTEXT)
    known = LABELS.get(name)
    return Sentence(known or _humanize(name), context=CONTEXT)


def field_label(name: str, schema: ResourceSchema | None = None) -> str:
    """The English label of a wire field (see :func:`label_sentence`)."""
    return str(label_sentence(name, schema))
