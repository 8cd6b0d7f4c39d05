"""The file cut into batches of valid rows, in file order; rejected rows go to the rejects file.

A batch is the valid rows ``index * size`` to ``(index + 1) * size`` of the file, so the
same file with the same settings always gives the same batches: that is what lets an
interrupted import skip the batches the server confirmed. This runs on a worker thread;
it holds one batch at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.schema import USER_KEYS
from app.profile_import.rejects import RejectsFile
from app.profile_import.rows import RowValidator
from app.profile_import.source import CsvSource

Identity = tuple[str, str]


@dataclass(slots=True)
class Batch:
    index: int
    rows: list[int] = field(default_factory=list)  # the rows' numbers in the file
    lines: list[int] = field(default_factory=list)
    profiles: list[dict[str, Any]] = field(default_factory=list)  # one per row, not merged yet
    cells: list[list[str]] = field(default_factory=list)  # as read, for the rejects file
    position: int = 0  # bytes of the file read when the batch was complete

    def identities(self) -> set[Identity]:
        """Every (identifier, value) its rows name: two batches sharing one hold one profile."""
        found: set[Identity] = set()
        for profile in self.profiles:
            for key in USER_KEYS:
                value = profile.get(key)
                if value is not None:
                    found.add((key, value))
        return found


class BatchReader:
    def __init__(self, source: CsvSource, validator: RowValidator, rejects: RejectsFile, size: int) -> None:
        if size < 1:
            raise ValueError("the batch size must be at least 1")
        self._records = iter(source)
        self._source = source
        self._validator = validator
        self._rejects = rejects
        self._size = size
        self._next_index = 0
        self.rows_read = 0
        self.done = False

    def next_batch(self) -> Batch | None:
        """The next batch, or None at the end of the file (a short last batch before that)."""
        if self.done:
            return None
        batch = Batch(self._next_index)
        rows, lines, profiles, cells_kept = batch.rows, batch.lines, batch.profiles, batch.cells
        check = self._validator.profile
        reject = self._rejects.add
        size = self._size
        read = 0
        for record in self._records:
            read += 1
            if record.problem is not None:
                reject(record.row, record.line, [record.problem], (), record.raw)
                continue
            profile, problems = check(record.cells)
            if profile is None:
                reject(record.row, record.line, problems, record.cells)
                continue
            rows.append(record.row)
            lines.append(record.line)
            profiles.append(profile)
            cells_kept.append(record.cells)
            if len(profiles) == size:
                break
        else:
            self.done = True
        self.rows_read += read
        batch.position = self._source.position
        if not profiles:
            return None
        self._next_index += 1
        return batch
