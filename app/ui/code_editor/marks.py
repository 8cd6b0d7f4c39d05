"""Findings shown on lines (errors, warnings, notes): anchored to the text, so that a line
inserted above a marked one carries the mark down with its line until the next check."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtGui import QTextCursor, QTextDocument

SEVERITIES: Final = ("error", "warning", "info")  # the first is the gravest


class LineMarks:
    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._anchors: list[tuple[QTextCursor, str, str]] = []
        self._cache: dict[int, tuple[str, str]] | None = None

    def set(self, marks: Mapping[int, tuple[str, str]]) -> None:
        """``{1-based line: (severity, message)}``; lines past the end are left out."""
        self._anchors = []
        for line, (severity, message) in sorted(marks.items()):
            block = self._document.findBlockByNumber(line - 1)
            if line < 1 or not block.isValid():
                continue
            if severity not in SEVERITIES:
                raise ValueError(f"unknown severity {severity!r}: use one of {', '.join(SEVERITIES)}")
            self._anchors.append((QTextCursor(block), severity, message))
        self._cache = None

    def clear(self) -> None:
        self.set({})

    def text_changed(self) -> None:
        self._cache = None

    def __bool__(self) -> bool:
        return bool(self._anchors)

    def by_block(self) -> dict[int, tuple[str, str]]:
        """``{0-based block number: (severity, message)}``; marks that came to share a line
        (its neighbour was deleted) show the gravest severity and every message."""
        if self._cache is None:
            merged: dict[int, tuple[str, str]] = {}
            for cursor, severity, message in self._anchors:
                number = cursor.blockNumber()
                if number in merged:
                    old_severity, old_message = merged[number]
                    severity = min(severity, old_severity, key=SEVERITIES.index)
                    message = f"{old_message}\n{message}"
                merged[number] = (severity, message)
            self._cache = merged
        return self._cache

    def at_block(self, number: int) -> tuple[str, str] | None:
        return self.by_block().get(number)
