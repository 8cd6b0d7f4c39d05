"""What an import has done so far, kept in the workspace so a stopped one can be resumed.

Keyed by the target (server and login, or the account) and the file's SHA-256, so the
same file renamed or moved still resumes, and a file changed since does not. The state
holds the settings the batches were cut with, the indices of the batches the server
confirmed (as ranges: with concurrency they are not always contiguous), the rows the
server refused in them, and the totals of the summary.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

STATE_VERSION: Final = 1


class ProgressStore(Protocol):
    """Where saved progress lives: the workspace's ``import_progress`` table."""

    async def load(self, target: str, file_key: str) -> dict[str, Any] | None: ...

    async def save(self, target: str, file_key: str, state: dict[str, Any]) -> None: ...


class BatchSet:
    """A set of batch indices stored as sorted, disjoint, inclusive ranges."""

    def __init__(self, ranges: Iterable[Iterable[int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted((int(a), int(b)) for a, b in (tuple(pair) for pair in ranges)):
            if end < start:
                continue
            if self._ends and start <= self._ends[-1] + 1:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __contains__(self, index: object) -> bool:
        if not isinstance(index, int):
            return False
        at = bisect.bisect_right(self._starts, index) - 1
        return at >= 0 and index <= self._ends[at]

    def add(self, index: int) -> None:
        if index in self:
            return
        at = bisect.bisect_right(self._starts, index)
        joins_left = at > 0 and self._ends[at - 1] == index - 1
        joins_right = at < len(self._starts) and self._starts[at] == index + 1
        if joins_left and joins_right:
            self._ends[at - 1] = self._ends[at]
            del self._starts[at], self._ends[at]
        elif joins_left:
            self._ends[at - 1] = index
        elif joins_right:
            self._starts[at] = index
        else:
            self._starts.insert(at, index)
            self._ends.insert(at, index)

    def __len__(self) -> int:
        return sum(end - start + 1 for start, end in zip(self._starts, self._ends, strict=True))

    def __iter__(self) -> Iterator[int]:
        for start, end in zip(self._starts, self._ends, strict=True):
            yield from range(start, end + 1)

    def ranges(self) -> list[list[int]]:
        return [[start, end] for start, end in zip(self._starts, self._ends, strict=True)]

    def first_missing(self) -> int:
        """The first index not in the set: where a resumed import starts sending."""
        return self._ends[0] + 1 if self._starts and self._starts[0] == 0 else 0


@dataclass
class SavedProgress:
    cut: dict[str, Any]  # ImportPlan.cut() of the import
    header: list[str]
    confirmed: BatchSet = field(default_factory=BatchSet)
    rows_sent: int = 0  # rows the server took (in confirmed batches and answered parts of others)
    merged: int = 0  # of those, rows folded into another row of their batch
    # Batches partly sent: index -> its merged profiles the server took or refused. A batch
    # goes out in parts when some of its profiles wait for an earlier request.
    partial: dict[int, list[int]] = field(default_factory=dict)
    # Rows the server refused: row number -> its message. Written to the rejects file again
    # when a resumed import reads past them.
    server_rejected: dict[int, str] = field(default_factory=dict)
    sent_fields: dict[str, Any] = field(default_factory=dict)  # a sample value per field sent
    stored_fields: dict[str, Any] = field(default_factory=dict)  # per field the server echoed
    finished: bool = False
    summary: dict[str, Any] | None = None  # of the finished import

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "cut": self.cut,
            "header": self.header,
            "confirmed": self.confirmed.ranges(),
            "rows_sent": self.rows_sent,
            "merged": self.merged,
            "partial": [[index, list(items)] for index, items in sorted(self.partial.items())],
            "server_rejected": [[row, message] for row, message in sorted(self.server_rejected.items())],
            "sent_fields": dict(self.sent_fields),
            "stored_fields": dict(self.stored_fields),
            "finished": self.finished,
            "summary": self.summary,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SavedProgress | None:
        """None for a state this version cannot read (it is then started over)."""
        if data.get("version") != STATE_VERSION:
            return None
        try:
            return cls(
                cut=dict(data["cut"]),
                header=[str(h) for h in data["header"]],
                confirmed=BatchSet(data.get("confirmed", ())),
                rows_sent=int(data.get("rows_sent", 0)),
                merged=int(data.get("merged", 0)),
                partial={int(index): [int(i) for i in items] for index, items in data.get("partial", ())},
                server_rejected={int(row): str(message) for row, message in data.get("server_rejected", ())},
                sent_fields=dict(data.get("sent_fields", {})),
                stored_fields=dict(data.get("stored_fields", {})),
                finished=bool(data.get("finished", False)),
                summary=data.get("summary"),
            )
        except (KeyError, TypeError, ValueError):
            return None
