"""The import wizard's words for what the import knows by name: encodings, delimiters, why a
row is rejected, the import's phases, counts and durations."""

from __future__ import annotations

import codecs
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.import_service import DelimiterSource, EncodingSource, ImportPhase, ProblemKind
from app.ui.audience.plurals import counted

CONTEXT: Final = "ImportWizard"

# Encodings spreadsheets are saved in, by the Python codec name the import takes.
ENCODINGS: Final = (
    ("utf-8", "Unicode (UTF-8)"),
    ("utf-8-sig", "Unicode (UTF-8 with a byte order mark)"),
    ("utf-16", "Unicode (UTF-16)"),
    ("cp1251", "Cyrillic (Windows-1251)"),
    ("koi8-r", "Cyrillic (KOI8-R)"),
    ("cp866", "Cyrillic (DOS 866)"),
    ("mac-cyrillic", "Cyrillic (Mac)"),
    ("cp1252", "Western European (Windows-1252)"),
    ("iso8859-15", "Western European (ISO 8859-15)"),
    ("cp1250", "Central European (Windows-1250)"),
    ("iso8859-2", "Central European (ISO 8859-2)"),
    ("cp1254", "Turkish (Windows-1254)"),
    ("gb18030", "Chinese, simplified (GB 18030)"),
    ("big5", "Chinese, traditional (Big5)"),
    ("euc_kr", "Korean (EUC-KR)"),
    ("iso8859-1", "Latin-1 (ISO 8859-1)"),
)
DELIMITER_NAMES: Final = (
    (",", "Comma ( , )"),
    (";", "Semicolon ( ; )"),
    ("\t", "Tab"),
    ("|", "Vertical bar ( | )"),
)
_REASONS: Final = {
    ProblemKind.UNREADABLE: "Cannot be read (a stray quote or a line far too long)",
    ProblemKind.RAGGED: "More or fewer values than the file has columns",
    ProblemKind.NO_IDENTIFIER: "No user ID, phone, email or web push token",
    ProblemKind.EMAIL: "Not a valid email address",
    ProblemKind.PHONE: "Not a valid phone number",
    ProblemKind.VALUE: "A value that does not fit its field's type",
    ProblemKind.SERVER: "Refused by the server",
    ProblemKind.FILE: "A problem with the file",
    ProblemKind.MAPPING: "A problem with the column mapping",
}
_PHASES: Final = {
    ImportPhase.CHECKING: "Checking the whole file…",
    ImportPhase.READING: "Reading and checking the rows…",
    ImportPhase.SENDING: "Sending the profiles…",
    ImportPhase.STOPPING: "Stopping: waiting for the server to answer the batches already sent…",
}


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def encoding_label(codec: str) -> str:
    try:
        canonical = codecs.lookup(codec).name
    except LookupError:
        return codec
    for name, label in ENCODINGS:
        if name == canonical:
            return t(label)
    return codec


def delimiter_label(delimiter: str) -> str:
    for value, label in DELIMITER_NAMES:
        if value == delimiter:
            return t(label)
    return f"“{delimiter}”"


def encoding_note(codec: str, source: EncodingSource) -> str:
    """How the encoding was found, and whether to check it."""
    name = encoding_label(codec)
    if source is EncodingSource.BOM:
        return t("Encoding: {0}, marked at the start of the file.").format(name)
    if source is EncodingSource.UTF8:
        return t("Encoding: {0}.").format(name)
    if source is EncodingSource.DETECTED:
        return t("Encoding: {0}, a best guess. If letters look wrong in the preview, choose another.").format(
            name
        )
    return t("Encoding: {0}, as you chose.").format(name)


def delimiter_note(delimiter: str, source: DelimiterSource) -> str:
    name = delimiter_label(delimiter)
    if source is DelimiterSource.SNIFFED:
        return t("Columns separated by: {0}.").format(name)
    if source is DelimiterSource.DEFAULT:
        return t(
            "Columns separated by: {0} (the file shows no other separator; it may have one column)."
        ).format(name)
    return t("Columns separated by: {0}, as you chose.").format(name)


def reason_label(kind: ProblemKind) -> str:
    return t(_REASONS.get(kind, kind.value))


def phase_text(phase: ImportPhase) -> str:
    return t(_PHASES[phase])


def count(n: int) -> str:
    """A count with the locale's grouping: 1 000 000 in Russian, 1,000,000 in English."""
    return QLocale().toString(n)


def rows_text(n: int) -> str:
    return counted(QCoreApplication.translate(CONTEXT, "%Ln row(s)", "", n), n)


def duration_text(seconds: float) -> str:
    """About how long: "less than a minute", "about 3 minutes", "about 2 hours"."""
    if seconds < 45:
        return t("less than a minute")
    minutes = round(seconds / 60)
    if minutes < 90:
        return counted(
            QCoreApplication.translate(CONTEXT, "about %n minute(s)", "", max(minutes, 1)), minutes
        )
    hours = round(minutes / 60)
    return counted(QCoreApplication.translate(CONTEXT, "about %n hour(s)", "", hours), hours)
