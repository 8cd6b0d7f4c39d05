"""The translation catalogues match the code and are complete.

A .ts file is out of date when lupdate (run the way ``make ts`` runs it, into a temporary
copy) would add or drop a message; Russian must have no unfinished or vanished message;
no translation may lose a placeholder of its source, and plurals need every form.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))  # the scripts, not PyPI's `packaging`

import ts_fill  # noqa: E402
import update_ts  # noqa: E402

CATALOGUES = sorted(update_ts.TS_DIR.glob(f"{update_ts.PREFIX}*.ts"))
RUSSIAN = update_ts.TS_DIR / f"{update_ts.PREFIX}ru.ts"

Key = tuple[str, str, str, bool]  # context, source, disambiguation, plural


def active_keys(catalogue: ts_fill.Catalogue) -> set[Key]:
    return {
        (message.context, message.source, message.comment, message.numerus)
        for message in catalogue.messages()
        if message.state not in ts_fill.GONE
    }


def describe(keys: set[Key], limit: int = 15) -> str:
    shown = [
        f"  {context}: {source!r}{' (plural)' if plural else ''}"
        for context, source, _, plural in sorted(keys)
    ]
    more = f"\n  … and {len(keys) - limit} more" if len(keys) > limit else ""
    return "\n".join(shown[:limit]) + more


@pytest.fixture(scope="session")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ts_fill.Catalogue]:
    """Every committed catalogue refreshed from app/ by lupdate, in a temporary folder."""
    destination = tmp_path_factory.mktemp("ts")
    written = update_ts.refresh({path.name: path for path in CATALOGUES}, destination)
    return {path.name: ts_fill.Catalogue(path) for path in written}


def test_russian_is_a_catalogue():
    assert RUSSIAN in CATALOGUES
    assert ts_fill.Catalogue(RUSSIAN).plural_forms == 3


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
def test_catalogue_is_up_to_date_with_the_code(path: Path, refreshed: dict[str, ts_fill.Catalogue]):
    committed = active_keys(ts_fill.Catalogue(path))
    current = active_keys(refreshed[path.name])
    added, dropped = current - committed, committed - current
    assert not added and not dropped, (
        f"{path.name} is out of date with the code: run `make ts`, then translate and "
        f"`python packaging/ts_fill.py drop-obsolete`.\n"
        f"lupdate would add {len(added)}:\n{describe(added)}\n"
        f"and drop {len(dropped)}:\n{describe(dropped)}"
    )


def test_russian_has_no_unfinished_or_vanished_message():
    catalogue = ts_fill.Catalogue(RUSSIAN)
    unfinished = [m for m in catalogue.messages() if m.state == "unfinished"]
    gone = [m for m in catalogue.messages() if m.state in ts_fill.GONE]
    assert not unfinished, f"{len(unfinished)} unfinished, e.g. " + "; ".join(
        f"{m.context}: {m.source!r}" for m in unfinished[:10]
    )
    assert not gone, f"{len(gone)} vanished, e.g. " + "; ".join(
        f"{m.context}: {m.source!r}" for m in gone[:10]
    )


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
def test_translations_keep_placeholders_and_plural_forms(path: Path):
    catalogue = ts_fill.Catalogue(path)
    broken: list[str] = []
    for message in catalogue.messages():
        if message.state or not any(message.forms):
            continue  # unfinished or gone: the test above speaks for Russian
        forms = message.forms
        if message.numerus and len(forms) != catalogue.plural_forms:
            broken.append(f"{message.context}: {message.source!r} has {len(forms)} plural forms")
        for form in forms:
            lost = ts_fill.lost_placeholders(message.source, form)
            if lost:
                broken.append(f"{message.context}: {message.source!r} -> {form!r} loses {', '.join(lost)}")
    assert not broken, "\n".join(broken)


def test_plural_messages_are_the_counted_ones():
    """A source with %n is numerus (else Russian cannot say 1/2/5), and the other way round."""
    wrong = [
        f"{m.context}: {m.source!r}"
        for m in ts_fill.Catalogue(RUSSIAN).messages()
        if m.numerus != ("%n" in m.source.replace("%L", "%"))
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("source", "translation", "lost"),
    [
        ("Hello {0}", "Привет", ["{0}"]),
        ("Hello {name}", "Привет, {name}", []),
        ("{0} of {1}", "{1} из {0}", []),
        ("%Ln draft(s)", "%n черновиков", []),
        ("Delete “%1”?", "Удалить?", ["%1"]),
        ("line %d: %s", "строка %d", ["%s"]),
        ("{0}, {0}", "{0}", ["{0}"]),
    ],
)
def test_lost_placeholders(source: str, translation: str, lost: list[str]):
    assert ts_fill.lost_placeholders(source, translation) == lost


def test_fill_writes_translations_and_refuses_a_lost_placeholder(tmp_path: Path):
    copy = tmp_path / RUSSIAN.name
    copy.write_bytes(RUSSIAN.read_bytes())
    catalogue = ts_fill.Catalogue(copy)
    plural = next(m for m in catalogue.messages() if m.numerus)
    single = next(m for m in catalogue.messages() if not m.numerus and "{0}" in m.source)
    with pytest.raises(SystemExit, match="loses"):
        catalogue.apply({single.context: {single.key: "без подстановки"}})
    with pytest.raises(SystemExit, match="plural forms"):
        catalogue.apply({plural.context: {plural.key: ["%n", "%n"]}})
    assert copy.read_bytes() == RUSSIAN.read_bytes()  # nothing written on a refusal
    written = catalogue.apply({single.context: {single.key: "Новое {0}"}})
    assert written == 1
    again = next(
        m for m in ts_fill.Catalogue(copy).messages() if m.key == single.key and m.context == single.context
    )
    assert again.forms == ["Новое {0}"] and again.state == ""


def test_saving_unchanged_changes_no_byte(tmp_path: Path):
    """ts_fill writes the file as lupdate does, so `make ts` after it shows no reformatting."""
    copy = tmp_path / RUSSIAN.name
    copy.write_bytes(RUSSIAN.read_bytes())
    ts_fill.Catalogue(copy).save()
    assert copy.read_bytes() == RUSSIAN.read_bytes()


def test_lupdate_step_finds_our_shorthands(tmp_path: Path):
    """Imported shorthands, constant contexts, constant texts, counted translate calls and
    tables of texts looked up by key reach lupdate."""
    package = tmp_path / "app"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "texts.py").write_text(
        "from typing import Final\n"
        "from PySide6.QtCore import QCoreApplication\n"
        'CONTEXT: Final = "Wizard"\n'
        "def t(text):\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        "def rows(n):\n"
        '    return QCoreApplication.translate(CONTEXT, "%Ln row(s)", "", n)\n'
        '_PHASES = {1: "Sending the profiles…", 2: QT_TRANSLATE_NOOP("Wizard", "Stopping…")}\n'
        'TYPES: Final = {"int": "Whole number"}\n'
        'NOTE: Final = "Without dates the server reports on the last week."\n'
        "def phase(key):\n"
        "    return t(_PHASES[key])\n"
        'IDS = {"uid": "User ID"}\n'
        'CHOICES = {"kind": {1: "A segment"}, "win": {2: "Most opens"}}\n'
        "def choice(key, value):\n"
        "    names = CHOICES.get(key, {})\n"
        '    return QCoreApplication.translate("Choices", names[value])\n'
        'ENCODINGS = (("utf-8", "Unicode (UTF-8)"), ("cp1251", "Cyrillic (Windows-1251)"))\n'
        "def identifier(key):\n"
        "    label = IDS.get(key)\n"
        '    return QCoreApplication.translate("Identifiers", label) if label else key\n'
    )
    (package / "ui" / "page.py").write_text(
        "from app.ui import texts\n"
        "from app.ui.texts import t as say\n"
        'LABEL = texts.t("Choose the file")\n'
        'TITLE = say("Import profiles")\n'
        "from app.ui.texts import NOTE, TYPES\n"
        "HINT = say(NOTE)\n"
        "NAMES = [say(label) for _, label in texts.ENCODINGS]\n"
        'PROBLEM = QCoreApplication.translate("Problems", NOTE)\n'
        "def type_label(kind):\n"
        '    return QCoreApplication.translate("FieldTypes", TYPES.get(kind, kind))\n'
    )
    target = tmp_path / "out" / "campaign_studio_ru.ts"
    [written] = update_ts.refresh({target.name: target}, tmp_path / "out", package=package)
    found = {(m.context, m.source, m.numerus) for m in ts_fill.Catalogue(written).messages()}
    assert found == {
        ("Wizard", "Choose the file", False),
        ("Wizard", "Import profiles", False),
        ("Wizard", "%Ln row(s)", True),
        ("Wizard", "Sending the profiles…", False),  # looked up in a table of texts
        ("Wizard", "Stopping…", False),  # marked in the table already: found once
        ("FieldTypes", "Whole number", False),  # a table imported from another module
        ("Wizard", "Without dates the server reports on the last week.", False),  # a constant's text
        ("Problems", "Without dates the server reports on the last week.", False),
        ("Identifiers", "User ID", False),  # through a variable
        ("Wizard", "Unicode (UTF-8)", False),  # a loop over pairs, through the module
        ("Choices", "A segment", False),  # a table of tables
        ("Choices", "Most opens", False),
        ("Wizard", "Cyrillic (Windows-1251)", False),
    }
