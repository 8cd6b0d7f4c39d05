"""CSS colouring for ``<style>`` blocks and ``style="…"`` attributes, as a state packed
into 8 bits so it can ride along in the HTML highlighter's block state.

Bits: context (selector, property, value), lexical (normal, comment, "…", '…'), brace
depth 0..3, whether depth 1 is a group rule (``@media {…}`` holds rules, not
declarations), and whether the at-rule being read opens a group.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from app.ui.code_editor.highlighting import IncrementalHighlighter

SELECTOR, PROPERTY, VALUE = 0, 1, 2
NORMAL, COMMENT, DQ, SQ = 0, 1, 2, 3
DECLARATIONS: Final = PROPERTY  # the state a style attribute starts in

_GROUP_RULES: Final = frozenset(
    {"@media", "@supports", "@container", "@layer", "@document", "@-moz-document"}
)
_SELECTOR_TOKEN: Final = re.compile(
    r"(?P<comment>/\*)|(?P<quote>[\"'])|(?P<at>@[\w-]+)|(?P<open>\{)|(?P<close>\})"
    r"|(?P<selector>[.#][\w-]+|::?[\w-]+)|(?P<tag>[A-Za-z][\w-]*)|(?P<attr>\[[^\]]*\]?)"
    r"|(?P<condition>\([^)]*\)?)"
)
_DECLARATION_TOKEN: Final = re.compile(
    r"(?P<comment>/\*)|(?P<quote>[\"'])|(?P<open>\{)|(?P<close>\})|(?P<colon>:)|(?P<semi>;)"
    r"|(?P<important>!\s*important)|(?P<hex>#[0-9a-fA-F]{3,8}(?![\w-]))"
    r"|(?P<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:%|[a-zA-Z]+)?)|(?P<word>-?[A-Za-z_][\w-]*)"
)


def pack(context: int, lexical: int, depth: int, group: int, at_group: int) -> int:
    return context | lexical << 2 | depth << 4 | group << 6 | at_group << 7


def unpack(state: int) -> tuple[int, int, int, int, int]:
    return state & 3, state >> 2 & 3, state >> 4 & 3, state >> 6 & 1, state >> 7 & 1


def scan(hl: IncrementalHighlighter, text: str, i: int, end: int, state: int) -> int:
    """Colour CSS in ``text[i:end]`` starting in ``state``; return the state after it."""
    context, lexical, depth, group, at_group = unpack(state)
    fmt = hl.fmt
    while i < end:
        if lexical == COMMENT:
            close = text.find("*/", i, end)
            stop = end if close < 0 else close + 2
            hl.setFormat(i, stop - i, fmt["comment"])
            if close >= 0:
                lexical = NORMAL
            i = stop
            continue
        if lexical in (DQ, SQ):
            close = text.find('"' if lexical == DQ else "'", i, end)
            stop = end if close < 0 else close + 1
            hl.setFormat(i, stop - i, fmt["string"])
            if close >= 0:
                lexical = NORMAL
            i = stop
            continue
        pattern = _SELECTOR_TOKEN if context == SELECTOR else _DECLARATION_TOKEN
        match = pattern.search(text, i, end)
        if match is None:
            break
        kind = match.lastgroup
        start, i = match.start(), match.end()
        length = i - start
        if kind == "comment":
            hl.setFormat(start, length, fmt["comment"])
            lexical = COMMENT
        elif kind == "quote":
            hl.setFormat(start, length, fmt["string"])
            lexical = DQ if match.group() == '"' else SQ
        elif kind == "open":
            if context == SELECTOR and at_group and depth == 0:
                group, context = 1, SELECTOR
            else:
                context = PROPERTY
            depth, at_group = min(depth + 1, 3), 0
            hl.setFormat(start, length, fmt["punctuation"])
        elif kind == "close":
            depth = max(depth - 1, 0)
            if depth == 0:
                group = 0
            context = SELECTOR if depth == 0 or (depth == 1 and group) else PROPERTY
            hl.setFormat(start, length, fmt["punctuation"])
        elif kind == "at":
            hl.setFormat(start, length, fmt["css_at_rule"])
            at_group = 1 if match.group().lower() in _GROUP_RULES else 0
        elif kind in ("selector", "attr"):
            hl.setFormat(start, length, fmt["css_selector"])
        elif kind == "tag":
            hl.setFormat(start, length, fmt["tag"])
        elif kind == "condition":  # @media (max-width: 600px)
            hl.setFormat(start, length, fmt["css_value"])
        elif kind == "colon":
            context = VALUE
        elif kind == "semi":
            context = PROPERTY
        elif kind == "important":
            hl.setFormat(start, length, fmt["css_at_rule"])
        elif kind in ("hex", "number"):
            hl.setFormat(start, length, fmt["css_number"])
        elif kind == "word":
            hl.setFormat(start, length, fmt["css_property" if context == PROPERTY else "css_value"])
    return pack(context, lexical, depth, group, at_group)


def end_of_line(state: int) -> int:
    """A CSS string does not continue on the next line (the CSS grammar ends it there)."""
    context, lexical, depth, group, at_group = unpack(state)
    if lexical in (DQ, SQ):
        lexical = NORMAL
    return pack(context, lexical, depth, group, at_group)
