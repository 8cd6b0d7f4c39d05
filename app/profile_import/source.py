"""A CSV file read as a stream of numbered records, never held in memory.

Row numbers are the spreadsheet's: the header is row 1, blank lines count, and a record
whose quoted value spans several lines is one row; ``line`` is where it starts in a text
editor. A record that cannot be parsed (a quote that never closes, a quote out of place,
a row longer than the bound) is yielded as a :class:`Record` with a ``problem`` and the
reading goes on after it, so no row is ever skipped without being reported.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Final

from app.profile_import.dialect import DelimiterSource, detect_delimiter, parse_delimiter
from app.profile_import.encoding import (
    EncodingGuess,
    EncodingSource,
    codec_name,
    detect_encoding,
    read_sample,
)
from app.profile_import.lines import LineFeed, RecordTooLong
from app.profile_import.problems import (
    QT_TRANSLATE_NOOP,
    FileProblemError,
    Problem,
    ProblemKind,
    file_error,
    megabytes,
)

MAX_ROW_CHARS: Final = 1 << 20  # a profile is a few hundred characters; a megabyte is a broken file
RAW_KEPT_CHARS: Final = 2000  # of a broken record, for the rejects file


@dataclass(frozen=True, slots=True)
class SourceFormat:
    encoding: str
    delimiter: str
    encoding_source: EncodingSource = EncodingSource.GIVEN
    delimiter_source: DelimiterSource = DelimiterSource.GIVEN


def detect_format(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> SourceFormat:
    """The encoding and delimiter of ``path``: the given ones, else detected."""
    sample = read_sample(path)
    if encoding:
        guess = EncodingGuess(codec_name(encoding), EncodingSource.GIVEN)
        if not sample.strip():
            detect_encoding(path, sample)  # the same "empty" message as without an override
    else:
        guess = detect_encoding(path, sample)
    if delimiter:
        return SourceFormat(guess.name, parse_delimiter(delimiter), guess.source, DelimiterSource.GIVEN)
    text = sample.decode(guess.name, errors="replace")
    found, source = detect_delimiter(text.lstrip("\ufeff"))
    return SourceFormat(guess.name, found, guess.source, source)


class Record:
    """One row of the file: its cells, or the problem that kept it from being read."""

    __slots__ = ("cells", "line", "problem", "raw", "row")

    def __init__(
        self, row: int, line: int, cells: list[str], problem: Problem | None = None, raw: str = ""
    ) -> None:
        self.row = row
        self.line = line
        self.cells = cells
        self.problem = problem
        self.raw = raw  # the start of an unreadable record's text


@dataclass
class Preview:
    header: list[str]
    rows: list[Record] = field(default_factory=list)
    truncated: bool = False  # the file has more rows than shown


class CsvSource:
    """``with CsvSource(path, fmt) as source: for record in source: ...`` after ``source.header``."""

    def __init__(self, path: Path, fmt: SourceFormat, *, max_row_chars: int = MAX_ROW_CHARS) -> None:
        self.path = path
        self.format = fmt
        self._max = max_row_chars
        try:
            self._binary: IO[bytes] = path.open("rb")
            self.size = path.stat().st_size
        except OSError as exc:
            raise file_error(
                QT_TRANSLATE_NOOP("ProfileImport", "The file {0} cannot be read: {1}."),
                path,
                exc.strerror or exc,
            ) from None
        if csv.field_size_limit() < max_row_chars:
            csv.field_size_limit(max_row_chars)  # the row bound below is the one that matters
        self._text = io.TextIOWrapper(self._binary, encoding=fmt.encoding, errors="strict", newline="")
        self._feed = LineFeed(self._text, max_row_chars)
        self._reader = self._new_reader()
        self._row = 0
        try:
            self.header = self._read_header()
        except BaseException:
            self.close()
            raise

    def _new_reader(self) -> Iterator[list[str]]:
        return csv.reader(self._feed, delimiter=self.format.delimiter, strict=True)

    def close(self) -> None:
        self._text.close()  # and the binary file under it

    def __enter__(self) -> CsvSource:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def position(self) -> int:
        """Bytes of the file read so far (ahead of the rows handed out by a buffer)."""
        try:
            return self._binary.tell() if not self._binary.closed else self.size
        except OSError:
            return 0

    def _read_header(self) -> list[str]:
        for record in self._records():
            if record.problem is not None:
                raise FileProblemError(
                    [
                        Problem(
                            ProblemKind.FILE,
                            QT_TRANSLATE_NOOP(
                                "ProfileImport", "The first row (the column names) cannot be read: {0}"
                            ),
                            (record.problem.text,),
                        )
                    ]
                )
            header = [cell.strip() for cell in record.cells]
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]  # a BOM the chosen encoding did not strip
            return header
        raise file_error(
            QT_TRANSLATE_NOOP("ProfileImport", "The file {0} has no rows: there is nothing to import."),
            self.path.name,
        )

    def __iter__(self) -> Iterator[Record]:
        return self._records()

    def preview(self, rows: int = 20) -> Preview:
        """The header and the next ``rows`` records (call before iterating)."""
        shown = Preview(list(self.header))
        for record in self._records():
            if len(shown.rows) == rows:
                shown.truncated = True
                break
            shown.rows.append(record)
        return shown

    def _records(self) -> Iterator[Record]:
        feed = self._feed
        while True:
            feed.start_record()
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except RecordTooLong as too_long:
                yield self._too_long(too_long)
                continue
            except csv.Error as error:
                yield self._broken(str(error))
                continue
            except UnicodeDecodeError:
                raise file_error(
                    QT_TRANSLATE_NOOP(
                        "ProfileImport",
                        "Line {0} of {1} is not valid {2} text. Choose the encoding the file was saved in "
                        "(for a spreadsheet from Windows often cp1251 or cp1252) and try again.",
                    ),
                    feed.lines_read + 1,
                    self.path.name,
                    self.format.encoding,
                ) from None
            self._row += 1
            if not cells:
                continue  # a blank line: a row of the spreadsheet with nothing in it
            yield Record(self._row, feed.record_start, cells)

    def _too_long(self, too_long: RecordTooLong) -> Record:
        feed = self._feed
        self._row += 1
        raw = "".join(feed.record_lines)[:RAW_KEPT_CHARS]
        self._reader = self._new_reader()  # it may hold part of the abandoned record
        if too_long.single_line or len(feed.record_lines) <= 1:
            problem = Problem(
                ProblemKind.UNREADABLE,
                QT_TRANSLATE_NOOP(
                    "ProfileImport",
                    "This row is {0} long; rows over {1} are not imported. Is the file really a list of "
                    "profiles?",
                ),
                (megabytes(too_long.chars), megabytes(self._max)),
            )
            return Record(self._row, feed.record_start, [], problem, raw)
        return self._unclosed_quote(raw)

    def _broken(self, message: str) -> Record:
        feed = self._feed
        self._row += 1
        raw = "".join(feed.record_lines)[:RAW_KEPT_CHARS]
        if len(feed.record_lines) > 1 or "end of data" in message:
            return self._unclosed_quote(raw)
        problem = Problem(
            ProblemKind.UNREADABLE,
            QT_TRANSLATE_NOOP(
                "ProfileImport",
                'A quote (") is out of place: a quoted value must be followed by the delimiter or the '
                "end of the line.",
            ),
        )
        return Record(self._row, feed.record_start, [], problem, raw)

    def _unclosed_quote(self, raw: str) -> Record:
        """The record's first line opened a quote that never closed: report that line and
        read the lines it swallowed again, as rows of their own."""
        feed = self._feed
        start = feed.record_start
        first = feed.record_lines[0]
        feed.replay(feed.record_lines[1:])
        self._reader = self._new_reader()
        problem = Problem(
            ProblemKind.UNREADABLE,
            QT_TRANSLATE_NOOP(
                "ProfileImport",
                'A quote (") opened on this row is never closed. The rows after it were read again on '
                "their own.",
            ),
        )
        return Record(self._row, start, [], problem, first[:RAW_KEPT_CHARS] if first else raw)
