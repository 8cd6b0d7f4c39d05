"""Preferences: the UI language is chosen in a dialog, stored in QSettings, and applied by
install_translations at the next start (dates and numbers included)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import i18n_build
from app.i18n import LANGUAGE_SETTING, chosen_language, install_translations, remove_translations
from app.ui.main_window import MainWindow
from app.ui.preferences_dialog import PreferencesDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def restored_locale(qapp: QApplication) -> Iterator[None]:
    """install_translations may change the default locale and the installed catalogues."""
    before = QLocale()
    try:
        yield
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)


def make_dialog(qtbot, settings: QSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: PreferencesDialog, language: str | None) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))


def press(dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(button).click()


def test_the_languages_are_offered_in_their_own_names_and_the_system_comes_first(qtbot, settings):
    dialog = make_dialog(qtbot, settings)

    items = [
        (dialog.language.itemText(i), dialog.language.itemData(i)) for i in range(dialog.language.count())
    ]
    assert [data for _text, data in items] == [None, "en", "ru"]
    assert items[0][0].startswith("As the system")
    assert items[1][0] == "English"
    assert items[2][0] == "Русский"
    assert dialog.selected_language() is None  # nothing chosen yet: follow the system
    assert "restart" in dialog.note.text()


def test_choosing_russian_is_stored_and_said_to_apply_after_a_restart(qtbot, settings):
    dialog = make_dialog(qtbot, settings)

    choose(dialog, "ru")
    assert dialog.note.text() == "Campaign Studio will appear in Русский when you restart it."
    press(dialog, QDialogButtonBox.StandardButton.Ok)

    assert not dialog.isVisible()
    assert settings.value(LANGUAGE_SETTING) == "ru"
    reopened = make_dialog(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert reopened.selected_language() == "ru"
    assert reopened.language.currentText() == "Русский"


def test_cancel_keeps_the_stored_language(qtbot, settings):
    settings.setValue(LANGUAGE_SETTING, "en")
    dialog = make_dialog(qtbot, settings)
    assert dialog.selected_language() == "en"

    choose(dialog, "ru")
    press(dialog, QDialogButtonBox.StandardButton.Cancel)

    assert chosen_language(settings) == "en"


def test_going_back_to_the_system_language_forgets_the_choice(qtbot, settings):
    settings.setValue(LANGUAGE_SETTING, "ru")
    dialog = make_dialog(qtbot, settings)

    choose(dialog, None)
    assert "follow the system language" in dialog.note.text()
    press(dialog, QDialogButtonBox.StandardButton.Ok)

    assert not settings.contains(LANGUAGE_SETTING)
    assert chosen_language(settings) is None


def test_an_unknown_stored_language_is_ignored(qtbot, settings):
    settings.setValue(LANGUAGE_SETTING, "xx")

    assert chosen_language(settings) is None
    assert make_dialog(qtbot, settings).selected_language() is None


def test_the_start_up_applies_the_chosen_language_with_its_dates_and_numbers(qapp, settings, restored_locale):
    assert i18n_build.main() == 0  # the compiled catalogue, as `make` builds it
    settings.setValue(LANGUAGE_SETTING, "ru")

    install_translations(qapp, settings=settings)

    assert QCoreApplication.translate("Actions", "&File") == "&Файл"
    assert QLocale().language() == QLocale.Language.Russian
    assert QLocale().toString(1234.5, "f", 1) == "1\xa0234,5"


def test_english_chosen_shows_the_source_texts(qapp, settings, restored_locale):
    settings.setValue(LANGUAGE_SETTING, "en")

    install_translations(qapp, settings=settings)

    assert QCoreApplication.translate("Actions", "&File") == "&File"
    assert QLocale().language() == QLocale.Language.English


def test_the_edit_menu_opens_preferences_without_taking_another_actions_keys(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    actions = window.window_actions

    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert actions.preferences in edit_menu.actions()
    assert actions.preferences.shortcuts() == []
    assert actions.accounts.shortcuts()[0] == QKeySequence("Ctrl+,")  # still the accounts'
    mnemonics = [a.text().lower().split("&")[1][:1] for a in edit_menu.actions() if "&" in a.text()]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics

    actions.preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # the window waits, the app does not
    dialog.reject()
