"""A first look at an address list before it is sent: encoding, delimiter, first rows,
the email column and the row count.

Interim: the profile import (``app.profile_import``) is growing its own reader; until a
service offers it, the campaign wizard reads lists with :func:`preview_csv`, the one
function to swap. It blocks (it reads the whole file to count rows): call it through
``asyncio.to_thread``. Detection follows PITFALLS: a byte order mark, then strict UTF-8,
then charset-normalizer; ``csv.Sniffer`` among ``, ; TAB |``, a comma when it cannot tell.
"""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

SAMPLE_BYTES: Final = 256 * 1024
SHOWN_ROWS: Final = 5
DELIMITERS: Final = ",;\t|"
_EMAIL: Final = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")
_EMAIL_HEADERS: Final = frozenset(
    {"email", "e-mail", "e_mail", "mail", "email address", "почта", "邮箱", "이메일"}
)
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class CsvProblem(StrEnum):
    """Why a file cannot be sent as it is (the UI says it in words)."""

    UNREADABLE = "unreadable"  # cannot be opened; ``detail`` is the system's reason
    EMPTY = "empty"
    BINARY = "binary"  # not text at all
    UNKNOWN_ENCODING = "unknown_encoding"  # the encoding given is not one Python knows
    UNDECODABLE = "undecodable"  # not all of it is in the encoding; ``detail`` is the byte offset
    NOT_CSV = "not_csv"  # the csv module refused it; ``detail`` says why
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
    problem: CsvProblem | None = None  # the file cannot be used as it is
    detail: str = ""

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


def _encoding_of(sample: bytes) -> tuple[str, bool] | None:
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name, False
    if b"\x00" in sample:
        return None  # NUL bytes without a UTF-16/32 mark: not a text file
    try:
        sample.decode("utf-8")
        return "utf-8", False
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 4:  # a character cut by the end of the sample
            return "utf-8", False
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        return None
    return best.encoding, True


def _delimiter_of(text: str) -> str:
    lines = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(lines, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return ","  # one column, or nothing it can tell apart


def _email_column(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> int | None:
    for index, name in enumerate(header):
        if name.strip().casefold() in _EMAIL_HEADERS:
            return index
    best, best_hits = None, 0
    for index in range(len(header)):
        hits = sum(1 for row in rows if index < len(row) and _EMAIL.match(row[index].strip()))
        if hits > best_hits:
            best, best_hits = index, hits
    return best if rows and best_hits * 2 >= len(rows) else None


def preview_csv(path: str | Path, *, encoding: str | None = None, delimiter: str | None = None) -> CsvPreview:
    """Read ``path`` as a CSV address list; ``encoding``/``delimiter`` override detection."""
    where = str(path)
    try:
        with Path(path).open("rb") as raw:
            sample = raw.read(SAMPLE_BYTES)
    except OSError as error:
        return CsvPreview(where, problem=CsvProblem.UNREADABLE, detail=str(error.strerror or error))
    if not sample.strip():
        return CsvPreview(where, problem=CsvProblem.EMPTY)
    guessed = False
    if encoding is None:
        found = _encoding_of(sample)
        if found is None:
            return CsvPreview(where, problem=CsvProblem.BINARY)
        encoding, guessed = found
    try:
        sample_text = sample.decode(encoding, errors="ignore")
    except LookupError:
        return CsvPreview(where, encoding, problem=CsvProblem.UNKNOWN_ENCODING)
    delimiter = delimiter or _delimiter_of(sample_text)
    try:
        return _read(where, encoding, guessed, delimiter)
    except UnicodeDecodeError as error:
        return CsvPreview(where, encoding, guessed, delimiter, problem=CsvProblem.UNDECODABLE,
                          detail=str(error.start))  # fmt: skip
    except OSError as error:
        problem, detail = CsvProblem.UNREADABLE, str(error)
    except csv.Error as error:
        problem, detail = CsvProblem.NOT_CSV, str(error)
    return CsvPreview(where, encoding, guessed, delimiter, problem=problem, detail=detail)


def _read(where: str, encoding: str, guessed: bool, delimiter: str) -> CsvPreview:
    with open(where, encoding=encoding, newline="", errors="strict") as text:
        reader = csv.reader(text, delimiter=delimiter)
        header: tuple[str, ...] = ()
        shown: list[tuple[str, ...]] = []
        sampled: list[tuple[str, ...]] = []
        count = ragged = 0
        first_ragged: int | None = None
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # blank lines say nothing
            row = tuple(cells)
            if not header:
                header = row
                continue
            count += 1
            if len(row) != len(header):
                ragged += 1
                if first_ragged is None:
                    first_ragged = reader.line_num
            if len(shown) < SHOWN_ROWS:
                shown.append(row)
            if len(sampled) < 200:
                sampled.append(row)
    column = _email_column(header, sampled)
    problem = None if count else CsvProblem.NO_ROWS
    return CsvPreview(where, encoding, guessed, delimiter, header, tuple(shown), count, column, ragged,
                      first_ragged, problem)  # fmt: skip
