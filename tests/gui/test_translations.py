"""Translations reach the window: the compiled Russian catalogue, plural forms, and the
pseudo-locale that stretches every text to show clipped layouts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app import i18n_build
from app.i18n import install_translations, remove_translations
from app.resources import translations_dir
from app.ui.main_window import MainWindow
from app.ui.pages.sections import plural

RU_QM = translations_dir() / "campaign_studio_ru.qm"


@pytest.fixture(scope="module")
def compiled() -> Path:
    """The build step `make` runs (lrelease on translations/*.ts; fresh files are skipped)."""
    assert i18n_build.main() == 0
    assert RU_QM.exists(), "lrelease did not produce the Russian catalogue"
    return RU_QM


@pytest.fixture
def russian(qapp: QApplication, compiled: Path) -> Iterator[None]:
    install_translations(qapp, locale=QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        yield
    finally:
        remove_translations(qapp)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, locale=QLocale(QLocale.Language.English), pseudo=True)
    try:
        yield
    finally:
        remove_translations(qapp)


def make_window(qtbot, tmp_path: Path) -> MainWindow:
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_english_without_a_catalogue(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert menu_titles(window) == ["&File", "&Edit", "&Account", "&Help"]
    assert plural("Sections", "%Ln email(s)", 1) == "1 email"


def test_russian_menus_actions_and_status_bar(russian, qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert menu_titles(window) == ["&Файл", "&Правка", "&Учётная запись", "&Справка"]
    assert window.window_actions.publish.text() == "&Опубликовать выбранные"
    assert window.window_actions.pull.toolTip().startswith("Получить то, что есть на сервере")
    window.status.set_account(None)
    assert window.status.account_label.text() == "Нет учётной записи"


def test_russian_plurals_take_three_forms(russian):
    assert plural("Sections", "%Ln email(s)", 1) == "1 письмо"
    assert plural("Sections", "%Ln email(s)", 3) == "3 письма"
    assert plural("Sections", "%Ln email(s)", 11) == "11 писем"
    assert plural("Sections", "%Ln email(s)", 21) == "21 письмо"


def test_pseudo_locale_stretches_the_window_text(qtbot, tmp_path, pseudo):
    window = make_window(qtbot, tmp_path)
    titles = menu_titles(window)
    assert titles == ["[&File~~]", "[&Edit~~]", "[&Account~~~]", "[&Help~~]"]
    assert window.windowTitle().startswith("[Campaign Studio ~")
    stretched = window.menuBar().sizeHint().width()
    remove_translations(QApplication.instance())
    plain = make_window(qtbot, tmp_path).menuBar().sizeHint().width()
    assert stretched > plain * 1.2


def accelerator(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def test_russian_menus_have_unique_accelerators(russian, qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    menus = window.menuBar().actions()
    titles = [accelerator(action.text()) for action in menus]
    assert None not in titles and len(set(titles)) == len(titles), menu_titles(window)
    for menu_action in menus:
        texts = [action.text() for action in menu_action.menu().actions() if not action.isSeparator()]
        keys = [accelerator(text) for text in texts]
        assert None not in keys, texts
        assert len(set(keys)) == len(keys), f"{menu_action.text()}: {texts}"
        assert all("а" <= key <= "я" or key == "ё" for key in keys if key), texts  # a Russian letter


def test_russian_reaches_imported_shorthands_and_counted_calls(russian):
    """Messages lupdate only finds through update_ts's rewriting are translated at run time."""
    from app.ui.audience.import_wizard import texts
    from app.ui.reports.formatting import tr as reports_tr

    assert reports_tr("Build") == "Конструктор"  # `tr` imported from reports.formatting
    assert texts.t("Import profiles") == "Импорт профилей"  # context given as a constant
    assert texts.rows_text(2) == "2 строки"  # translate(CONTEXT, "%Ln row(s)", "", n)
    assert texts.rows_text(5) == "5 строк"
