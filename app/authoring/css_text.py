"""Just enough CSS reading for emails: rules, at-rules and declarations, with their offsets.

Not a validating parser: it finds selectors, ``@media``/``@supports`` blocks, at-rules
and ``property: value`` pairs so the plain text can drop hidden classes, the inliner can
keep ``:hover`` rules, and the checks can name what a mail client does not support, each
at the right line. Comments are blanked (newlines kept), so offsets stay true.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

_COMMENT: Final = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_DECLARATION: Final = re.compile(r"([-\w]+)\s*:\s*((?:[^;\"'(]|\"[^\"]*\"|'[^']*'|\([^)]*\))*)")
# At-rules whose block holds rules (the others hold declarations or nothing).
_GROUPING: Final = ("media", "supports", "document", "layer", "container")


def blank_comments(css: str) -> str:
    """``css`` with each comment replaced by spaces (its newlines kept)."""
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), css)


@dataclass(frozen=True, slots=True)
class Rule:
    selector: str  # stripped; for an at-rule, its name and prelude ("@media (max-width: 600px)")
    body: str  # between the braces; empty for a statement at-rule (@import ...;)
    start: int  # offset of the selector (or the @) in the CSS
    body_start: int  # offset of the body's first character
    at_rules: tuple[str, ...] = ()  # the grouping at-rules it sits in, outermost first

    @property
    def is_at_rule(self) -> bool:
        return self.selector.startswith("@")

    @property
    def at_name(self) -> str:
        """``media`` for ``@media ...``; empty for an ordinary rule."""
        if not self.is_at_rule:
            return ""
        return re.split(r"[\s({;]", self.selector[1:], maxsplit=1)[0].lower()


def iter_rules(css: str, *, offset: int = 0, at_rules: tuple[str, ...] = ()) -> Iterator[Rule]:
    """The rules of ``css`` in order; at-rules are yielded and grouping ones entered."""
    text = blank_comments(css)
    index = 0
    length = len(text)
    while index < length:
        brace = text.find("{", index)
        at = text.find("@", index)
        if at != -1 and (brace == -1 or at < brace) and not text[index:at].strip():
            semicolon = text.find(";", at)
            if semicolon != -1 and (brace == -1 or semicolon < brace):  # @import url(x);
                yield Rule(text[at:semicolon].strip(), "", offset + at, offset + semicolon, at_rules)
                index = semicolon + 1
                continue
        if brace == -1:
            return
        end = _matching_brace(text, brace)
        head = text[index:brace]
        start = index + len(head) - len(head.lstrip())
        rule = Rule(head.strip(), text[brace + 1 : end], offset + start, offset + brace + 1, at_rules)
        yield rule
        if rule.at_name in _GROUPING:
            yield from iter_rules(rule.body, offset=rule.body_start, at_rules=(*at_rules, rule.selector))
        index = end + 1


def _matching_brace(text: str, open_at: int) -> int:
    depth = 0
    for index in range(open_at, len(text)):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


@dataclass(frozen=True, slots=True)
class Declaration:
    name: str  # lower case
    value: str  # stripped, ``!important`` included
    start: int  # offset of the name


def iter_declarations(body: str, *, offset: int = 0) -> Iterator[Declaration]:
    """The ``property: value`` pairs of a rule body or a ``style`` attribute."""
    text = blank_comments(body)
    for match in _DECLARATION.finditer(text):
        yield Declaration(match.group(1).lower(), match.group(2).strip(), offset + match.start(1))


class LineIndex:
    """Which line of a text an offset is on, in O(log n) after one pass."""

    def __init__(self, text: str) -> None:
        self._breaks = [index for index, char in enumerate(text) if char == "\n"] if "\n" in text else []

    def line_of(self, offset: int) -> int:
        """How many line breaks come before ``offset`` (0 on the first line)."""
        return bisect.bisect_right(self._breaks, offset - 1)
