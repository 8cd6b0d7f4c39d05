"""CSV with a byte-order mark and plain numbers; tab-separated text for the clipboard."""

from __future__ import annotations

import csv
import io

from app.domain.report_export import csv_bytes, plain_cell, tsv_text
from app.domain.report_fields import FieldKind


def test_cells_are_plain_numbers_rates_in_percent() -> None:
    assert plain_cell(FieldKind.COUNT, 947754) == "947754"
    assert plain_cell(FieldKind.COUNT, 12.0) == "12"
    assert plain_cell(FieldKind.RATE, 0.06451146605553762) == "6.4511"
    assert plain_cell(FieldKind.RATE, 0.0) == "0"
    assert plain_cell(FieldKind.RATE, 1) == "100"
    assert plain_cell(FieldKind.GROUPING, "2021-01-27") == "2021-01-27"
    assert plain_cell(FieldKind.UNKNOWN, None) == ""
    assert plain_cell(FieldKind.COUNT, "n/a") == "n/a"


def test_csv_starts_with_a_bom_and_reads_back() -> None:
    data = csv_bytes(["Страна", "Open rate (%)"], [["Россия, Москва", "6.45"], ['Say "hi"', "0"]])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [["Страна", "Open rate (%)"], ["Россия, Москва", "6.45"], ['Say "hi"', "0"]]
    assert b"\r\n" in data


def test_tsv_keeps_one_line_per_row() -> None:
    text = tsv_text(["Campaign", "Sent"], [["Spring\tsale", "1 200"], ["Two\nlines", "3"]])
    assert text == "Campaign\tSent\nSpring sale\t1 200\nTwo lines\t3\n"
