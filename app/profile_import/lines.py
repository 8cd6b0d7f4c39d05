"""Physical lines of a text file for the csv module, with the bounds that keep memory flat.

The csv module joins lines while a quoted field is open, so a quote that never closes
would make it read the rest of a 2 GB file into one field. :class:`LineFeed` hands it
one line at a time, remembers the lines of the record being parsed (at most
``max_chars`` of them), and raises :class:`RecordTooLong` past that bound; a single line
longer than the bound is skipped to its end without being kept. The caller can push the
lines of an abandoned record back (:meth:`replay`) to parse them again.
"""

from __future__ import annotations

from collections import deque
from typing import Final, TextIO

_DRAIN_CHUNK: Final = 1 << 20


class RecordTooLong(Exception):
    """The record being parsed passed the bound; ``single_line`` when one line alone did."""

    def __init__(self, chars: int, *, single_line: bool) -> None:
        super().__init__(chars)
        self.chars = chars
        self.single_line = single_line


class LineFeed:
    __slots__ = ("_max", "_next_number", "_pending", "_read", "record_chars", "record_lines", "record_start")

    def __init__(self, stream: TextIO, max_chars: int) -> None:
        self._read = stream.readline
        self._max = max_chars
        self._pending: deque[str] = deque()
        self._next_number = 1  # of the next line read from the file
        self.record_start = 1  # line number of the record being parsed
        self.record_lines: list[str] = []
        self.record_chars = 0

    def __iter__(self) -> LineFeed:
        return self

    def start_record(self) -> None:
        """Forget the last record's lines: the next line begins a new one."""
        self.record_start = self._next_number - len(self._pending)
        self.record_lines = []
        self.record_chars = 0

    def __next__(self) -> str:
        if self._pending:
            line = self._pending.popleft()
        else:
            line = self._read(self._max)
            if not line:
                raise StopIteration
            self._next_number += 1
            if len(line) == self._max and line[-1] not in "\r\n":
                raise RecordTooLong(self.record_chars + self._drain(len(line)), single_line=True)
        self.record_lines.append(line)
        self.record_chars += len(line)
        if self.record_chars > self._max:
            raise RecordTooLong(self.record_chars, single_line=False)
        return line

    def _drain(self, read: int) -> int:
        """Skip the rest of an overlong line, keeping none of it; its full length."""
        while True:
            rest = self._read(_DRAIN_CHUNK)
            read += len(rest)
            if not rest or rest[-1] in "\r\n":
                return read

    def replay(self, lines: list[str]) -> None:
        """Hand ``lines`` out again before reading on (they follow the record's first line)."""
        self._pending.extendleft(reversed(lines))

    @property
    def lines_read(self) -> int:
        return self._next_number - 1
