"""The rejected rows, written to a CSV the user can open, fix and import again.

Columns: ``row`` (the spreadsheet's row number, the header being row 1), ``line`` (where
the row starts in a text editor), ``reason``, then the file's own columns with the row's
values as they were. UTF-8 with a byte order mark and the source's delimiter, so a
spreadsheet opens it the way it opened the source. The file is written under a temporary
name and moved into place when the import stops, so a half-written file never passes for
a finished one; an import with no rejected rows removes the rejects file an earlier run
left (only one this code wrote: its first line says so).
"""

from __future__ import annotations

import csv
import os
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

from app.profile_import.problems import (
    QT_TRANSLATE_NOOP,
    Problem,
    ProblemKind,
    Translate,
    file_error,
    reason_text,
    untranslated,
)

LEADING_COLUMNS: Final = ("row", "line", "reason")
SAMPLES_KEPT: Final = 200


def default_rejects_path(source: Path) -> Path:
    """``contacts.csv`` -> ``contacts.rejected.csv`` in the same folder."""
    return source.with_name(f"{source.stem}.rejected.csv")


@dataclass(frozen=True, slots=True)
class Rejection:
    row: int
    line: int
    problems: tuple[Problem, ...]
    cells: tuple[str, ...]

    def reason(self, translate: Translate = untranslated) -> str:
        return reason_text(self.problems, translate)


class RejectsFile:
    """Thread-safe: the reading thread and the upload both report rows here."""

    def __init__(
        self, path: Path, header: Sequence[str], delimiter: str, translate: Translate = untranslated
    ) -> None:
        self.path = path
        self._partial = path.with_name(f".{path.name}.partial")
        self._translate = translate
        self._lock = threading.Lock()
        self.count = 0
        self.by_kind: Counter[ProblemKind] = Counter()
        self.samples: list[Rejection] = []
        try:
            self._handle: TextIO | None = self._partial.open("w", encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise file_error(
                QT_TRANSLATE_NOOP(
                    "ProfileImport",
                    "The rejected rows cannot be written to {0}: {1}. Choose another file for them.",
                ),
                path,
                exc.strerror or exc,
            ) from None
        self._writer = csv.writer(self._handle, delimiter=delimiter)
        self._writer.writerow([*LEADING_COLUMNS, *header])

    def add(
        self, row: int, line: int, problems: Sequence[Problem], cells: Sequence[str], raw: str = ""
    ) -> None:
        values = list(cells) if cells else ([raw.rstrip("\r\n")] if raw else [])
        with self._lock:
            if self._handle is None:
                raise RuntimeError("the rejects file is closed")
            self._writer.writerow([row, line, reason_text(problems, self._translate), *values])
            self.count += 1
            self.by_kind.update({problem.kind for problem in problems})
            if len(self.samples) < SAMPLES_KEPT:
                self.samples.append(Rejection(row, line, tuple(problems), tuple(values)))

    def finish(self) -> Path | None:
        """Move the file into place; None (and no file) when no row was rejected."""
        with self._lock:
            if self._handle is None:
                return self.path if self.count else None
            self._handle.close()
            self._handle = None
            if self.count:
                os.replace(self._partial, self.path)
                return self.path
            self._partial.unlink(missing_ok=True)
            if _written_by_us(self.path):
                self.path.unlink(missing_ok=True)
            return None


def _written_by_us(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline(200)
    except (OSError, UnicodeDecodeError):
        return False
    try:
        cells = next(csv.reader([first], delimiter=first[3:4] or ","))
    except (csv.Error, StopIteration):
        return False
    return tuple(cells[:3]) == LEADING_COLUMNS
