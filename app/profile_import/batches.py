"""The file cut into batches of valid rows, in file order; rejected rows go to the rejects file.

A batch is the valid rows ``index * size`` to ``(index + 1) * size`` of the file, so the
same file with the same settings always gives the same batches: that is what lets an
interrupted import skip the batches the server confirmed. This runs on a worker thread;
it holds one batch at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from app.domain.profiles import fold_into
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
    profiles: list[dict[str, Any]] = field(default_factory=list)  # one per row, as validated
    cells: list[list[str]] = field(default_factory=list)  # as read, for the rejects file
    position: int = 0  # bytes of the file read when the batch was complete
    # After prepare(): one hashmap per profile (rows naming the same one merged), the rows
    # behind each, and the identifiers each holds.
    merged: list[dict[str, Any]] = field(default_factory=list)
    members: list[list[int]] = field(default_factory=list)
    identities: list[set[Identity]] = field(default_factory=list)

    def prepare(self) -> Batch:
        """Merge the rows into profiles (on the reading thread: it takes a few milliseconds).

        The rows are grouped as :func:`merge_profiles` groups them (a shared value of any
        identifier) and each group is folded the same way. A merged profile holds every
        identifier its rows named, even one a later row replaced: the server may know the
        profile by any of them.
        """
        profiles = self.profiles
        columns = [[profile.get(key) for profile in profiles] for key in USER_KEYS]
        root = list(range(len(profiles)))
        grouped: set[int] = set()  # rows that share an identifier with another row

        def find(position: int) -> int:
            while root[position] != position:
                root[position] = root[root[position]]
                position = root[position]
            return position

        for column in columns:
            present = len(column) - column.count(None)
            if len(set(column)) - (present < len(column)) == present:
                continue  # no value twice in this column (the common case, checked at C speed)
            first: dict[str, int] = {}
            for position, value in enumerate(column):
                if value is not None:
                    earlier = first.setdefault(value, position)
                    if earlier != position:
                        grouped.update((earlier, position))
                        a, b = find(earlier), find(position)
                        if a != b:
                            root[max(a, b)] = min(a, b)  # the group's first row stays its root
        held = _identities_of_rows(columns)
        if not grouped:
            self.merged = [dict(profile) for profile in profiles]
            self.members = [[position] for position in range(len(profiles))]
            self.identities = held
            return self
        merged: list[dict[str, Any]] = []
        members: list[list[int]] = []
        identities: list[set[Identity]] = []
        item_of: dict[int, int] = {}  # a group's first row -> its merged profile
        for position, profile in enumerate(profiles):
            if position in grouped:
                group = find(position)
                item = item_of.get(group)
                if item is not None:
                    members[item].append(position)
                    identities[item] |= held[position]
                    fold_into(merged[item], profile)
                    continue
                item_of[group] = len(members)
                target: dict[str, Any] = {}
                fold_into(target, profile)
                merged.append(target)
            else:
                merged.append(dict(profile))
            members.append([position])
            identities.append(held[position])
        self.merged, self.members, self.identities = merged, members, identities
        return self

    def rows_of(self, items: list[int]) -> int:
        """How many rows the merged profiles ``items`` stand for."""
        return sum(len(self.members[item]) for item in items)


def _identities_of_rows(columns: list[list[Any]]) -> list[set[Identity]]:
    """The (key, value) pairs each row holds, from the rows' identifier columns."""
    full = [list(zip(repeat(key), column)) for key, column in zip(USER_KEYS, columns, strict=True)
            if None not in column]  # fmt: skip
    if full and all(column.count(None) in (0, len(column)) for column in columns):
        return list(map(set, zip(*full, strict=True)))  # every row names the same identifiers: at C speed
    return [
        {(key, value) for key, value in zip(USER_KEYS, values, strict=True) if value is not None}
        for values in zip(*columns, strict=True)
    ]


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
