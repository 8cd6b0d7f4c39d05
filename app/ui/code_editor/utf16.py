"""Python strings count code points, Qt counts UTF-16 units: an emoji is one to Python and
two to a QTextCursor. These map between the two without copying the text for each lookup."""

from __future__ import annotations

import bisect
import re
from typing import Final

ASTRAL: Final = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2  # encoding is far quicker than a regex scan


def has_astral(text: str) -> bool:
    return not text.isascii() and utf16_length(text) != len(text)


def as_utf16_units(text: str) -> str:
    """``text`` with each astral character as two placeholders, so indices are Qt's."""
    if not has_astral(text):
        return text
    return ASTRAL.sub("\uffff\uffff", text)


class OffsetMap:
    """Code-point index <-> UTF-16 offset for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in ASTRAL.finditer(text)] if has_astral(text) else []
        # The UTF-16 offset of each astral character, for the way back.
        self._astral16 = [p + i for i, p in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_utf16(self, index: int) -> int:
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)

    def to_index(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset - bisect.bisect_left(self._astral16, offset)
