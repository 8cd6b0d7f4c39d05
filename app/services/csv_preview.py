"""A first look at an address list before it goes with a campaign: the encoding and delimiter
found (both can be overridden), the first rows, the email column, the row count, and what
is wrong with it.

It reads the file with the profile import's own engine (``app.profile_import``: byte order
mark, strict UTF-8, charset-normalizer; the delimiter sniffed; a streaming reader that names
unreadable rows), so a list reads the same in the campaign wizard as in the import. It
blocks (it reads the whole file to count rows): call it through ``asyncio.to_thread``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication

from app.profile_import.encoding import EncodingSource
from app.profile_import.mapping import TargetKind, auto_map
from app.profile_import.problems import CONTEXT, ProfileImportError
from app.profile_import.source import CsvSource, Record, detect_format

SHOWN_ROWS: Final = 5


class CsvProblem(StrEnum):
    """Why a file cannot be sent as it is."""

    FILE = "file"  # unreadable, empty, binary, another encoding: ``detail`` says it in words
    NO_ROWS = "no_rows"  # a header and nothing under it


@dataclass(frozen=True, slots=True)
class CsvPreview:
    path: str
    encoding: str = ""  # a Python codec name: "utf-8", "utf-8-sig", "cp1251"...
    encoding_guessed: bool = False  # charset-normalizer's guess, not a certainty
    delimiter: str = ","
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # the first rows after the header
    row_count: int = 0  # rows after the header (recipients)
    email_column: int | None = None
    ragged_rows: int = 0  # rows with another number of cells than the header
    first_ragged_line: int | None = None
    unreadable_rows: int = 0  # rows the reader could not make sense of (a quote never closed...)
    problem: CsvProblem | None = None
    detail: str = ""  # the problem in the user's words (translated)

    @property
    def usable(self) -> bool:
        return self.problem is None


def encoding_label(encoding: str) -> str:
    """How an encoding is named to people: "UTF-8 (with BOM)", "Windows-1251"."""
    names = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16", "utf-32": "UTF-32"}
    if encoding in names:
        return names[encoding]
    if encoding.startswith("cp") and encoding[2:].isdigit():
        return f"Windows-{encoding[2:]}"
    return encoding.upper()


def delimiter_label(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}.get(delimiter, repr(delimiter))


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)  # thread-safe, as the import uses it


def _email_column(header: list[str], rows: list[Record]) -> int | None:
    for index, target in enumerate(auto_map(header, {})):
        if target.kind is TargetKind.EMAIL:
            return index
    # No column called so: the one whose values look like addresses.
    best, hits = None, 0
    for index in range(len(header)):
        values = [r.cells[index].strip() for r in rows if index < len(r.cells)]
        count = sum(1 for value in values if "@" in value and " " not in value)
        if count > hits:
            best, hits = index, count
    return best if rows and hits * 2 >= len(rows) else None


def preview_csv(path: str | Path, *, encoding: str | None = None, delimiter: str | None = None) -> CsvPreview:
    """Read ``path`` as a CSV address list; ``encoding``/``delimiter`` override detection."""
    where = str(path)
    try:
        fmt = detect_format(Path(path), encoding=encoding, delimiter=delimiter)
        guessed = fmt.encoding_source is EncodingSource.DETECTED
        with CsvSource(Path(path), fmt) as source:
            header = source.header
            sampled: list[Record] = []
            count = ragged = unreadable = 0
            first_ragged: int | None = None
            for record in source:
                count += 1
                if record.problem is not None:
                    unreadable += 1
                    continue
                if len(record.cells) != len(header):
                    ragged += 1
                    if first_ragged is None:
                        first_ragged = record.line
                if len(sampled) < 200:
                    sampled.append(record)
    except ProfileImportError as error:
        detail = error.translated(_translate)
        return CsvPreview(where, encoding or "", problem=CsvProblem.FILE, detail=detail)
    except OSError as error:
        return CsvPreview(where, problem=CsvProblem.FILE, detail=str(error.strerror or error))
    shown = tuple(tuple(r.cells) for r in sampled[:SHOWN_ROWS])
    return CsvPreview(
        where, fmt.encoding, guessed, fmt.delimiter, tuple(header), shown, count,
        _email_column(header, sampled), ragged, first_ragged, unreadable,
        None if count else CsvProblem.NO_ROWS,
    )  # fmt: skip
