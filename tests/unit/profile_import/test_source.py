"""Reading a CSV as numbered records: delimiters, broken quotes, huge lines, messy exports."""

from __future__ import annotations

import codecs
import tracemalloc

import pytest

from app.profile_import.dialect import DelimiterSource, detect_delimiter, parse_delimiter
from app.profile_import.problems import FileProblemError, ProblemKind
from app.profile_import.source import MAX_ROW_CHARS, CsvSource, SourceFormat, detect_format

from .files import read_records

UTF8_COMMA = SourceFormat("utf-8", ",")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter_is_sniffed(write_csv, delimiter) -> None:
    rows = [["uid", "email", "city"], ["1", "a@example.com", "Oslo"], ["2", "b@example.com", "Rome"]]
    path = write_csv(rows, delimiter=delimiter)
    fmt = detect_format(path)
    assert (fmt.delimiter, fmt.delimiter_source) == (delimiter, DelimiterSource.SNIFFED)


def test_a_comma_inside_quotes_does_not_fool_the_sniffer(write_csv) -> None:
    path = write_csv('uid;name;city\n1;"Smith, John";"Oslo, Norway"\n2;"Doe, Jane";Rome\n')
    assert detect_format(path).delimiter == ";"


def test_one_column_falls_back_to_comma(write_csv) -> None:
    path = write_csv("email\na@example.com\nb@example.com\n")
    fmt = detect_format(path)
    assert (fmt.delimiter, fmt.delimiter_source) == (",", DelimiterSource.DEFAULT)
    assert detect_delimiter("") == (",", DelimiterSource.DEFAULT)


def test_delimiter_and_encoding_can_be_overridden(write_csv) -> None:
    path = write_csv("uid;email\n1;a@example.com\n")
    fmt = detect_format(path, delimiter="tab", encoding="latin-1")
    assert (fmt.delimiter, fmt.encoding) == ("\t", "iso8859-1")
    assert parse_delimiter(";") == ";"
    assert parse_delimiter("\\t") == "\t"
    with pytest.raises(FileProblemError, match="cannot separate columns"):
        parse_delimiter("ab")
    with pytest.raises(FileProblemError, match="cannot separate columns"):
        parse_delimiter('"')


def test_row_numbers_are_the_spreadsheet_s(write_csv) -> None:
    path = write_csv('uid,note\n1,plain\n\n2,"two\nlines"\n3,after\n')
    header, records = read_records(path)
    assert header == ["uid", "note"]
    assert [(r.row, r.line, r.cells) for r in records] == [
        (2, 2, ["1", "plain"]),
        # row 3 is the blank line: counted, not yielded
        (4, 4, ["2", "two\nlines"]),
        (5, 6, ["3", "after"]),
    ]


def test_a_quote_that_never_closes_costs_one_row(write_csv) -> None:
    path = write_csv('uid,note\n1,ok\n2,"never closed\n3,fine\n4,also fine\n')
    _, records = read_records(path)
    assert [(r.row, r.cells) for r in records] == [
        (2, ["1", "ok"]),
        (3, []),
        (4, ["3", "fine"]),
        (5, ["4", "also fine"]),
    ]
    bad = records[1]
    assert bad.problem is not None and bad.problem.kind is ProblemKind.UNREADABLE
    assert "never closed" in bad.problem.text
    assert bad.raw == '2,"never closed\n'


def test_an_unclosed_quote_in_a_big_file_does_not_swallow_it(write_csv) -> None:
    # The quote would join every later line into one field; the bound stops it and the
    # lines it had swallowed are read again, so no row goes missing.
    rows = "".join(f"{i},user{i}@example.com\n" for i in range(3, 60_003))
    path = write_csv('uid,email\n1,a@example.com\n2,"b@example.com\n' + rows)
    _, records = read_records(path)
    assert len(records) == 60_002
    assert [r.row for r in records if r.problem is not None] == [3]
    assert records[-1].cells == ["60002", "user60002@example.com"]
    assert [r.row for r in records] == list(range(2, 60_004))


def test_a_quote_out_of_place(write_csv) -> None:
    path = write_csv('uid,note\n1,"quoted"tail\n2,5" screen\n')
    _, records = read_records(path)
    assert records[0].problem is not None and "out of place" in records[0].problem.text
    assert records[1].cells == ["2", '5" screen']  # a quote inside an unquoted value is text


def test_a_ten_megabyte_line_is_reported_and_skipped(write_csv) -> None:
    huge = "x" * (10 * 1024 * 1024)
    path = write_csv(f"uid,note\n1,ok\n2,{huge}\n3,after\n")
    tracemalloc.start()
    try:
        _, records = read_records(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(r.row, r.cells) for r in records if r.problem is None] == [(2, ["1", "ok"]), (4, ["3", "after"])]
    bad = records[1]
    assert bad.row == 3 and bad.problem is not None
    assert "This row is 10.5 MB long; rows over 1.0 MB are not imported" in bad.problem.text
    assert len(bad.raw) <= 2000
    assert peak < 4 * MAX_ROW_CHARS * 4  # a few row bounds (4 bytes a character at worst), not 10 MB


def test_memory_does_not_grow_with_the_file(write_csv, tmp_path) -> None:
    def peak_reading(rows: int) -> int:
        path = write_csv(
            "uid,email,city\n" + "".join(f"{i},u{i}@example.com,Oslo\n" for i in range(rows)),
            name=f"{rows}.csv",
        )
        tracemalloc.start()
        try:
            with CsvSource(path, UTF8_COMMA) as source:
                count = sum(1 for _ in source)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert count == rows
        return peak

    small, large = peak_reading(10_000), peak_reading(200_000)
    assert large < small * 1.5 + 64 * 1024


def test_the_header_cannot_be_broken_or_missing(write_csv) -> None:
    with pytest.raises(FileProblemError, match="The first row \\(the column names\\) cannot be read"):
        read_records(write_csv('"uid,email\n1,a@example.com\n'))
    with pytest.raises(FileProblemError, match="has no rows"), CsvSource(write_csv("\n\n\n"), UTF8_COMMA):
        pass


def test_a_file_not_in_the_chosen_encoding_stops_with_its_line(write_csv) -> None:
    path = write_csv("uid,name\n1,Ольга\n".encode("cp1251"))
    with pytest.raises(FileProblemError, match="is not valid utf-8 text"):
        read_records(path, encoding="utf-8")


def test_messy_windows_export_cp1251_semicolons_crlf(write_csv) -> None:
    text = (
        "Телефон;E-mail;Имя;Город;Баланс\r\n"
        "8 (999) 123-45-67;ivan@example.ru;Иван;Москва;1500\r\n"
        '+7 916 000-00-01;"petr@example.ru";"Пётр; старший";"Санкт-Петербург";\r\n'
        ";;;;\r\n"
    )
    path = write_csv(text * 5, encoding="cp1251")
    fmt = detect_format(path)
    assert (fmt.encoding, fmt.delimiter) == ("cp1251", ";")
    header, records = read_records(path)
    assert header == ["Телефон", "E-mail", "Имя", "Город", "Баланс"]
    assert records[1].cells == ["+7 916 000-00-01", "petr@example.ru", "Пётр; старший", "Санкт-Петербург", ""]
    assert records[2].cells == ["", "", "", "", ""]


def test_excel_utf8_export_with_bom_and_semicolons(write_csv) -> None:
    path = write_csv(codecs.BOM_UTF8 + "email;Prénom\r\nzoé@example.fr;Zoé\r\n".encode())
    fmt = detect_format(path)
    assert (fmt.encoding, fmt.delimiter) == ("utf-8-sig", ";")
    header, records = read_records(path)
    assert header == ["email", "Prénom"]  # no BOM left on the first column's name
    assert records[0].cells == ["zoé@example.fr", "Zoé"]


def test_utf16_export_with_tabs(write_csv) -> None:
    # Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
    text = "uid\temail\tname\r\n1\tan@example.com\t안나\r\n2\tli@example.com\t李\r\n"
    path = write_csv(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    fmt = detect_format(path)
    assert (fmt.encoding, fmt.delimiter) == ("utf-16", "\t")
    header, records = read_records(path)
    assert header == ["uid", "email", "name"]
    assert [r.cells[2] for r in records] == ["안나", "李"]


def test_preview_shows_the_first_rows_and_says_there_are_more(write_csv) -> None:
    path = write_csv("uid\n" + "".join(f"{i}\n" for i in range(50)))
    with CsvSource(path, UTF8_COMMA) as source:
        preview = source.preview(rows=5)
    assert preview.header == ["uid"]
    assert [r.cells for r in preview.rows] == [["0"], ["1"], ["2"], ["3"], ["4"]]
    assert preview.truncated
