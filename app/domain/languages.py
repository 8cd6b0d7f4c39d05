"""The ten content languages and how each resource spells their field suffixes.

The provider is inconsistent about Chinese: emails use ``_zh`` while categories use
``_zn`` (API-NOTES quirk 2). Every place that builds a per-language field name goes
through :func:`field_name`, so the quirk lives here and nowhere else.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from app.domain.sentences import translatable


class Language(StrEnum):
    RU = "ru"
    EN = "en"
    DE = "de"
    FR = "fr"
    IT = "it"
    ES = "es"
    TR = "tr"
    PL = "pl"
    ZH = "zh"
    KO = "ko"


LANGUAGES: Final[tuple[Language, ...]] = tuple(Language)

# English names, for display they go through Qt's translation in the UI layer.
LANGUAGE_NAMES: Final[dict[Language, str]] = translatable(
    "Languages",
    {
        Language.RU: "Russian",
        Language.EN: "English",
        Language.DE: "German",
        Language.FR: "French",
        Language.IT: "Italian",
        Language.ES: "Spanish",
        Language.TR: "Turkish",
        Language.PL: "Polish",
        Language.ZH: "Chinese",
        Language.KO: "Korean",
    },
)


class SuffixStyle(StrEnum):
    """How a resource spells the Chinese suffix."""

    EMAIL = "email"  # subject_zh, text_html_zh ...
    CATEGORY = "category"  # title_zn, description_zn


def suffix(language: Language | str, style: SuffixStyle) -> str:
    """The wire suffix of ``language`` for a resource, e.g. ``zn`` for a category's Chinese."""
    lang = Language(language)
    if lang is Language.ZH and style is SuffixStyle.CATEGORY:
        return "zn"
    return lang.value


def field_name(base: str, language: Language | str | None, style: SuffixStyle) -> str:
    """``field_name("title", "zh", CATEGORY) == "title_zn"``; ``None`` gives the default field."""
    if language is None:
        return base
    return f"{base}_{suffix(language, style)}"


def localized_fields(base: str, style: SuffixStyle) -> tuple[str, ...]:
    """The default field followed by its ten per-language variants, in wire spelling."""
    return (base, *(field_name(base, lang, style) for lang in LANGUAGES))
