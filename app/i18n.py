"""Translations: one installer for the app, ``tr`` for code outside QObjects, pseudo-locale.

``.ts`` sources live in ``translations/`` and are compiled to ``.qm`` by
``python -m app.i18n_build`` (``make`` does it); compiled files are not committed.
The pseudo-locale stretches every string by a third and brackets it, so clipped or
hard-coded text shows up when looking at the window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import translations_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        stretched = source + "~" * max(1, len(source) // 3)
        return f"[{stretched}]"

    def isEmpty(self) -> bool:
        return False


def install_translations(
    app: QCoreApplication, *, locale: QLocale | None = None, pseudo: bool = False
) -> None:
    locale = locale or QLocale()
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
