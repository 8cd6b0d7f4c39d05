"""A report's table as a CSV file or tab-separated text, from cells already written out.

CSV is UTF-8 with a byte-order mark: without it Excel reads UTF-8 as the system's code
page and garbles every accented or Cyrillic name. Numbers in a CSV are plain (a point for
decimals, no thousands separators), so any spreadsheet reads them as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any, Final

from app.domain.report_fields import FieldKind
from app.domain.report_result import number

BOM: Final = "\ufeff"


def plain_cell(kind: FieldKind, value: Any) -> str:
    """A value as a CSV cell: counts whole, rates as percentages (6.4512 for 0.064512)."""
    figure = number(value)
    if kind is FieldKind.GROUPING or figure is None:
        return "" if value is None else str(value)
    if kind is FieldKind.RATE:
        return _trimmed(f"{figure * 100:.4f}")
    if figure.is_integer():
        return str(int(figure))
    return _trimmed(f"{figure:.6f}")


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def tsv_text(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated lines for the clipboard; a tab or line break inside a cell becomes a space."""
    lines = ["\t".join(_flat(cell) for cell in line) for line in (headers, *rows)]
    return "\n".join(lines) + "\n"


def _flat(cell: str) -> str:
    return " ".join(cell.replace("\t", " ").splitlines())


def _trimmed(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text
