"""Profile import unit tests: real files in tmp_path, no server."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pytest

WriteCsv = Callable[..., Path]


@pytest.fixture
def write_csv(tmp_path: Path) -> WriteCsv:
    """Write ``rows`` (lists of cells, or raw text) to a file; returns its path."""

    def write(
        rows: Iterable[Sequence[str]] | str | bytes,
        *,
        name: str = "contacts.csv",
        encoding: str = "utf-8",
        delimiter: str = ",",
        newline: str = "\n",
    ) -> Path:
        path = tmp_path / name
        if isinstance(rows, bytes):
            path.write_bytes(rows)
        elif isinstance(rows, str):
            path.write_bytes(rows.encode(encoding))
        else:
            text = newline.join(delimiter.join(row) for row in rows) + newline
            path.write_bytes(text.encode(encoding))
        return path

    return write
