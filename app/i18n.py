"""Translations: one installer for the app, ``tr`` for code outside QObjects, pseudo-locale.

``.ts`` sources live in ``translations/`` and are compiled to ``.qm`` by
``python -m app.i18n_build`` (``make`` does it); compiled files are not committed.
The pseudo-locale stretches every string by a third and brackets it, so clipped or
hard-coded text shows up when looking at the window.

The UI language follows the system locale unless the user chose one in Preferences
(``LANGUAGE_SETTING`` in the app's QSettings); a choice applies from the next start, and
then also decides how dates and numbers are written (``QLocale.setDefault``).
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.resources import translations_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive

UI_LANGUAGES: Final = ("en", "ru")  # offered in Preferences: the languages the app is translated into
LANGUAGE_SETTING: Final = "ui/language"  # one of UI_LANGUAGES; absent (or "") follows the system


def chosen_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in Preferences, or None to follow the system."""
    value = (settings if settings is not None else QSettings()).value(LANGUAGE_SETTING, "")
    return value if isinstance(value, str) and value in UI_LANGUAGES else None


def set_chosen_language(language: str | None, settings: QSettings | None = None) -> None:
    """Remember the UI language for the next start (None: follow the system)."""
    if language is not None and language not in UI_LANGUAGES:
        raise ValueError(f"not a UI language: {language!r}")
    settings = settings if settings is not None else QSettings()
    if language is None:
        settings.remove(LANGUAGE_SETTING)
    else:
        settings.setValue(LANGUAGE_SETTING, language)
    settings.sync()


def ui_locale(settings: QSettings | None = None) -> QLocale:
    """The locale the UI starts in: the one chosen in Preferences, else the system's."""
    language = chosen_language(settings)
    return QLocale(language) if language is not None else QLocale()


def _codes(locale: QLocale) -> list[str]:
    return [name.replace("_", "-").split("-")[0].lower() for name in locale.uiLanguages()]


def ui_language(locale: QLocale) -> str:
    """The one of UI_LANGUAGES the app speaks for ``locale``: its first preferred language the
    app is translated into, else English."""
    return next((code for code in _codes(locale) if code in UI_LANGUAGES), "en")


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def pseudo_padding(length: int) -> str:
    """About 40% more, as translations often run (Russian, German): short texts padded with
    tildes, long ones with words of tildes, so wrapped labels can still break lines where a
    real translation would."""
    extra = max(1, round(length * 0.4))
    if extra <= 4:
        return "~" * extra
    return " " + " ".join("~" * min(4, extra - i) for i in range(0, extra, 5))


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        return f"[{source}{pseudo_padding(len(source))}]"

    def isEmpty(self) -> bool:
        return False


def install_translations(
    app: QCoreApplication,
    *,
    locale: QLocale | None = None,
    pseudo: bool = False,
    settings: QSettings | None = None,
) -> None:
    """Qt's and our catalogues for ``locale``; without one, for the language chosen in
    Preferences (``settings``, the app's QSettings by default), else the system's."""
    if locale is None:
        locale = ui_locale(settings)
        if chosen_language(settings) is not None:
            QLocale.setDefault(locale)  # dates and numbers in the chosen language too
    language = ui_language(locale)
    if language not in _codes(locale) and locale.language() != QLocale.Language.C:
        # A system in a language the app is not translated into gets English throughout:
        # Qt's own buttons too (not German "Abbrechen" beside English text), and month and
        # day names; the region's conventions stay (English as written in Germany: 24 hours).
        locale = QLocale(QLocale.Language.English, locale.territory())
        QLocale.setDefault(locale)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    ours = QTranslator(app)
    if ours.load(locale, "campaign_studio", "_", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.debug("no translation for %s", locale.name())
    if pseudo:
        fake = PseudoTranslator(app)
        app.installTranslator(fake)
        _installed.append(fake)


def remove_translations(app: QCoreApplication) -> None:
    """Uninstall what :func:`install_translations` installed (tests; switching language)."""
    while _installed:
        app.removeTranslator(_installed.pop())
