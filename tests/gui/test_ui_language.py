"""The app speaks one language at a time: a system in a language it is not translated into
gets English throughout, Qt's own buttons and dates included; Russian gets Russian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.i18n import install_translations, remove_translations, ui_language

QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    try:
        yield
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        box.deleteLater()


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_DE", "en"), ("fr_FR", "en"), ("uk_UA", "en"), ("en_GB", "en"), ("ru_RU", "ru")],
)
def test_the_ui_language_is_the_first_the_app_speaks(system, expected):
    assert ui_language(QLocale(system)) == expected


@pytest.mark.skipif(not (QT_TRANSLATIONS / "qtbase_de.qm").exists(), reason="Qt ships no German here")
def test_a_german_system_gets_english_qt_buttons_and_dates(qapp, restored):
    install_translations(qapp, locale=QLocale("de_DE"))
    assert cancel_text().replace("&", "") == "Cancel"  # not "Abbrechen" beside English text
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().monthName(3) == "March"
    assert QLocale().toString(QTime(14, 5), QLocale.FormatType.ShortFormat) == "14:05"  # as in Germany


@pytest.mark.skipif(not (QT_TRANSLATIONS / "qtbase_ru.qm").exists(), reason="Qt ships no Russian here")
def test_a_russian_system_gets_russian_qt_buttons(qapp, restored):
    install_translations(qapp, locale=QLocale("ru_RU"))
    assert cancel_text().replace("&", "") == "Отмена"
