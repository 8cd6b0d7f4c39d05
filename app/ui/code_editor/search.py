"""Find and replace over the editor's text: plain or regular expression, case and whole
words, with positions in Qt's UTF-16 offsets. Empty matches (``^``, ``a*``) are skipped:
they cannot be shown or stepped through."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final

from app.ui.code_editor.utf16 import OffsetMap

MAX_MATCHES: Final = 100_000


@dataclass(frozen=True)
class Query:
    text: str
    case_sensitive: bool = False
    whole_words: bool = False
    regex: bool = False

    def compile(self) -> re.Pattern[str]:
        """Raises re.error for a regular expression that does not compile."""
        pattern = self.text if self.regex else re.escape(self.text)
        if self.whole_words:
            pattern = rf"(?<!\w)(?:{pattern})(?!\w)"
        flags = re.MULTILINE | (0 if self.case_sensitive else re.IGNORECASE)
        return re.compile(pattern, flags)

    def fast_search(self, text: str) -> tuple[str, re.Pattern[str]]:
        """What to search and with what, for :func:`find_all`: a case-insensitive plain search
        runs case-sensitively on the lower-cased text when lower-casing keeps every
        position (re's IGNORECASE is many times slower over half a megabyte)."""
        if not self.regex and not self.case_sensitive:
            lowered = text.lower()
            if len(lowered) == len(text):  # no character became two: positions agree
                return lowered, Query(self.text.lower(), True, self.whole_words).compile()
        return text, self.compile()


@dataclass
class Matches:
    """Non-empty matches as (start, end) UTF-16 offsets, in order; ``capped`` when there
    were more than MAX_MATCHES (the rest are not listed)."""

    spans: list[tuple[int, int]]
    capped: bool = False

    def __len__(self) -> int:
        return len(self.spans)

    def index_at_or_after(self, offset: int) -> int:
        """The match starting at or after ``offset``, wrapping to the first; -1 if none."""
        if not self.spans:
            return -1
        index = bisect.bisect_left(self.spans, (offset, -1))
        return index if index < len(self.spans) else 0

    def index_before(self, offset: int) -> int:
        """The last match starting before ``offset``, wrapping to the last; -1 if none."""
        if not self.spans:
            return -1
        index = bisect.bisect_left(self.spans, (offset, -1)) - 1
        return index if index >= 0 else len(self.spans) - 1

    def index_of(self, start: int, end: int) -> int:
        index = bisect.bisect_left(self.spans, (start, end))
        if index < len(self.spans) and self.spans[index] == (start, end):
            return index
        return -1

    def between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The matches overlapping [start, end): what is on screen."""
        first = max(0, bisect.bisect_left(self.spans, (start, -1)) - 1)
        last = bisect.bisect_left(self.spans, (end, -1))
        return [s for s in self.spans[first:last] if s[1] > start]


def find_all(text: str, query: Query) -> Matches:
    """Raises re.error for a regular expression that does not compile."""
    offsets = OffsetMap(text)
    haystack, pattern = query.fast_search(text)
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(haystack):
        start, end = match.span()
        if start == end:
            continue
        if len(spans) >= MAX_MATCHES:
            return Matches(spans, capped=True)
        spans.append((offsets.to_utf16(start), offsets.to_utf16(end)))
    return Matches(spans)


def replacement_at(
    text: str, pattern: re.Pattern[str], start: int, end: int, replacement: str, regex: bool
) -> str | None:
    """What the match at code-point span [start, end) of ``text`` becomes (``\\1`` and
    ``\\g<name>`` expand in regex mode); None when no match is there any more. Raises
    re.error for a replacement naming a group the pattern does not have."""
    match = pattern.search(text, start)
    if match is None or match.span() != (start, end):
        return None
    return match.expand(replacement) if regex else replacement


def replace_all(text: str, pattern: re.Pattern[str], replacement: str, regex: bool) -> tuple[str, int]:
    """``text`` with every non-empty match replaced, and how many were."""
    count = 0
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        pieces.append(text[last:start])
        pieces.append(match.expand(replacement) if regex else replacement)
        last = end
        count += 1
    pieces.append(text[last:])
    return "".join(pieces), count
