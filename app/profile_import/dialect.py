"""Which character separates the columns: comma, semicolon, tab or pipe."""

from __future__ import annotations

import csv
from enum import StrEnum
from typing import Final

from app.profile_import.problems import QT_TRANSLATE_NOOP, file_error

DELIMITERS: Final = ",;\t|"
DEFAULT_DELIMITER: Final = ","
_SAMPLE_LINES: Final = 50
_SAMPLE_CHARS: Final = 64 * 1024

# How a delimiter is spelled on a command line or in a menu.
_NAMED: Final = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}


class DelimiterSource(StrEnum):
    GIVEN = "given"
    SNIFFED = "sniffed"
    DEFAULT = "default"  # one column, or no consistent candidate: comma


def detect_delimiter(text: str) -> tuple[str, DelimiterSource]:
    """The delimiter of a CSV whose beginning is ``text`` (complete lines only are looked at)."""
    lines = text.splitlines(keepends=True)
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may stop mid-line
    sample = "".join(lines[:_SAMPLE_LINES])[:_SAMPLE_CHARS]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:  # raised for a one-column file
        return DEFAULT_DELIMITER, DelimiterSource.DEFAULT
    if sniffed not in DELIMITERS:
        return DEFAULT_DELIMITER, DelimiterSource.DEFAULT
    return sniffed, DelimiterSource.SNIFFED


def parse_delimiter(text: str) -> str:
    """A delimiter as the user typed it: one character, or comma/semicolon/tab/pipe, or ``\\t``."""
    named = _NAMED.get(text.strip().lower()) if len(text) != 1 else None
    value = named or text
    if len(value) != 1 or value in '\r\n"' or value.isalnum():
        raise file_error(
            QT_TRANSLATE_NOOP(
                "ProfileImport",
                "“{0}” cannot separate columns: use one character such as , ; | or tab.",
            ),
            text,
        )
    return value


def delimiter_name(delimiter: str) -> str:
    """How a delimiter is shown: ``tab`` rather than an invisible character."""
    return {"\t": "tab", " ": "space"}.get(delimiter, delimiter)
