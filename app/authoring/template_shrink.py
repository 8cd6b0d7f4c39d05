"""Big templates compiled without their big text: the text between tags stands in as markers.

jinja's lexer walks the text between two tags in one regular-expression call, and Python's
``re`` holds the GIL all along: a 5 MB email kept every other thread, the UI's included,
waiting 1.5 s per compile (measured). Text between tags is output as written, so a long run
of it can be replaced by a short marker, the shorter template compiled and rendered, and
the markers put back in the output. The line breaks the text held are mapped back, so
lines still point into the original.

Not done where the text does not go straight to the output: ``{% filter %}``, a
``{% set %}`` block, macros and ``{% call %}`` (a filter could change a marker), ``{% raw %}``
(tags inside it are text). Whitespace around a run stays outside its marker, so
``{%-`` and ``-%}`` trim exactly as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

# Shrink only big templates, and only long runs of text in them.
MIN_TEMPLATE_CHARS: Final = 256 * 1024
MIN_RUN_CHARS: Final = 2048
OPEN: Final = "\ue200"
CLOSE: Final = "\ue201"
_MARKER: Final = re.compile(f"{OPEN}(\\d+){CLOSE}")
_NOT_STRAIGHT: Final = re.compile(
    r"\{%[-+]?\s*(?:filter|macro|call|raw)\b|\{%[-+]?\s*set\s+[\w.,\s]+[-+]?%\}"
)


_CLOSERS: Final = {"{": "}}", "%": "%}", "#": "#}"}


def iter_tags(source: str) -> Iterator[tuple[int, int]]:
    """Start and end of each ``{{ }}``, ``{% %}`` and ``{# #}`` in order (an unclosed one ends it).

    ``str.find`` rather than a regular expression: both hold the GIL, ``find`` for a tenth
    of the time over megabytes of text.
    """
    index = source.find("{")
    while index != -1:
        closer = _CLOSERS.get(source[index + 1 : index + 2])
        if closer is None:
            index = source.find("{", index + 1)
            continue
        end = source.find(closer, index + 2)
        if end == -1:
            return
        yield index, end + 2
        index = source.find("{", end + 2)


def has_opener(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` opens a template tag (without copying it)."""
    stop = len(text) if end is None else end
    index = text.find("{", start, stop)
    while index != -1:
        if index + 1 < stop and text[index + 1] in "{%#":
            return True
        index = text.find("{", index + 1, stop)
    return False


def line_breaks(text: str, start: int = 0, end: int | None = None) -> int:
    """Line breaks in ``text[start:end]`` as jinja counts them (``\\r\\n``, ``\\r`` or ``\\n``)."""
    stop = len(text) if end is None else end
    breaks = text.count("\n", start, stop)
    returns = text.count("\r", start, stop)
    return breaks + returns - text.count("\r\n", start, stop) if returns else breaks


@dataclass(frozen=True, slots=True)
class Shrunk:
    source: str  # the template to compile
    runs: tuple[str, ...]  # the text each marker stands for
    _marker_lines: tuple[int, ...]  # the shrunk template's line of each marker, ascending
    _removed: tuple[int, ...]  # line breaks removed up to and including each marker

    def original_line(self, line: int) -> int:
        """The original template's line of a line of the shrunk one."""
        index = bisect.bisect_left(self._marker_lines, line)  # markers on earlier lines
        return line + (self._removed[index - 1] if index else 0)

    def expanded_size(self, chunk: str) -> int:
        if OPEN not in chunk:
            return len(chunk)
        return len(chunk) + sum(len(self.runs[int(n)]) - len(n) - 2 for n in _MARKER.findall(chunk))

    def expand(self, text: str) -> str:
        if OPEN not in text:
            return text
        pieces = text.split(OPEN)
        out = [pieces[0]]
        for piece in pieces[1:]:
            number, close, rest = piece.partition(CLOSE)
            out.append(self.runs[int(number)] + rest if close and number.isdigit() else OPEN + piece)
        return "".join(out)


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without its leading and trailing whitespace, as offsets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def shrink(source: str) -> Shrunk | None:
    """``source`` with its long runs of text as markers, or None when it should be left whole."""
    if len(source) < MIN_TEMPLATE_CHARS or OPEN in source or CLOSE in source:
        return None
    tags = list(iter_tags(source))
    if any(_NOT_STRAIGHT.match(source, start, end) for start, end in tags):
        return None
    pieces: list[str] = []
    runs: list[str] = []
    marker_lines: list[int] = []
    removed: list[int] = []
    line = 1
    last = 0
    for start, end in [*tags, (len(source), len(source))]:
        core_start, core_end = _core(source, last, start)
        if core_end - core_start >= MIN_RUN_CHARS and not has_opener(source, core_start, core_end):
            # (an unclosed tag stays in, for jinja to report)
            line += line_breaks(source, last, core_start)
            marker_lines.append(line)
            removed.append((removed[-1] if removed else 0) + line_breaks(source, core_start, core_end))
            pieces.append(f"{source[last:core_start]}{OPEN}{len(runs)}{CLOSE}{source[core_end:start]}")
            runs.append(source[core_start:core_end])
            line += line_breaks(source, core_end, start)
        else:
            pieces.append(source[last:start])
            line += line_breaks(source, last, start)
        pieces.append(source[start:end])
        line += line_breaks(source, start, end)
        last = end
    if not runs:
        return None
    return Shrunk("".join(pieces), tuple(runs), tuple(marker_lines), tuple(removed))
