"""What a template asks of a profile: its syntax errors and the variables it reads, with lines.

Which names are *not* profile fields (so never "undeclared"):

- jinja's own: ``range``, ``dict``, ``lipsum``, ``cycler``, ``joiner``, ``namespace`` and,
  inside loops, macros and calls, ``loop``, ``caller``, ``varargs``, ``kwargs``, ``self``;
- names the template sets itself (``{% set %}``, loop variables, macro parameters);
- the fields every profile has, which identify it on the provider's side: ``uid``,
  ``email``, ``phone`` and ``wp_token`` (a batch upsert merges profiles by them).

Everything else a template reads must be a declared profile field.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from jinja2 import TemplateSyntaxError, meta, nodes

from app.authoring.template_env import TEXT_ENV
from app.authoring.template_shrink import has_opener, iter_tags, line_breaks

JINJA_NAMES: Final = frozenset(
    {
        "range",
        "dict",
        "lipsum",
        "cycler",
        "joiner",
        "namespace",
        "loop",
        "caller",
        "varargs",
        "kwargs",
        "self",
    }
)
SYSTEM_FIELDS: Final = frozenset({"uid", "email", "phone", "wp_token"})
BUILTIN_VARIABLES: Final = JINJA_NAMES | SYSTEM_FIELDS


@dataclass(frozen=True, slots=True)
class TemplateReading:
    syntax_error: str | None = None
    syntax_line: int | None = None
    variables: dict[str, int] = field(default_factory=dict)  # name -> line of its first use


def read_template(source: str) -> TemplateReading:
    """The syntax error or the variables of ``source``; remembered for the last sources read
    (checks run again after every edit, mostly over fields that did not change)."""
    if "{{" not in source and "{%" not in source and "{#" not in source:
        return TemplateReading()
    if len(source) <= _CACHED_CHARS:
        return _read_cached(source)
    return _read(source)


_CACHED_CHARS: Final = 1_000_000


@functools.lru_cache(maxsize=64)
def _read_cached(source: str) -> TemplateReading:
    return _read(source)


def _read(source: str) -> TemplateReading:
    # jinja's lexer crawls through the text between tags one character at a time holding the
    # GIL (25 ms per 100 KB of HTML); the tags alone, one line apart, read the same.
    skeleton = _skeleton(source)
    if skeleton is None:
        return _read_tree(source, None)
    reading = _read_tree(skeleton.source, skeleton)
    if reading.syntax_error is not None:  # a tag the skeleton cut wrongly ({{ "}}" }}): ask the full text
        return _read_tree(source, None)
    return reading


def _read_tree(source: str, skeleton: _Skeleton | None) -> TemplateReading:
    line_of = skeleton.original_line if skeleton is not None else (lambda line: line)
    try:
        tree = TEXT_ENV.parse(source)
    except TemplateSyntaxError as exc:
        return TemplateReading(exc.message or str(exc), line_of(exc.lineno) if exc.lineno else None)
    return _variables(tree, line_of)


_RAW: Final = re.compile(r"\{%[-+]?\s*raw\b")


@dataclass(frozen=True, slots=True)
class _Skeleton:
    """The tags of a template, each run of text between them cut to one line break at most."""

    source: str
    _starts: tuple[int, ...]  # skeleton lines from which on ...
    _shifts: tuple[int, ...]  # ... this many line breaks were cut before them

    def original_line(self, line: int) -> int:
        index = bisect.bisect_right(self._starts, line)
        return line + (self._shifts[index - 1] if index else 0)


def _skeleton(source: str) -> _Skeleton | None:
    if "raw" in source and _RAW.search(source):
        return None  # text inside {% raw %} is not template code
    parts: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    line = 1
    last = 0
    for start, end in [*iter_tags(source), (len(source), len(source))]:
        if has_opener(source, last, start):
            return None  # a tag left unclosed: jinja must see it to say where
        breaks = line_breaks(source, last, start)
        if breaks:
            parts.append("\n")
            line += 1
            if breaks > 1:
                starts.append(line)
                shifts.append((shifts[-1] if shifts else 0) + breaks - 1)
        elif start > last:
            parts.append(" ")
        tag = source[start:end]
        parts.append(tag)
        line += line_breaks(tag)
        last = end
    return _Skeleton("".join(parts), tuple(starts), tuple(shifts))


def _variables(tree: nodes.Template, line_of: Callable[[int], int]) -> TemplateReading:
    names = meta.find_undeclared_variables(tree) - BUILTIN_VARIABLES
    lines: dict[str, int] = {}  # in the order the template uses them
    for name_node in tree.find_all(nodes.Name):
        if name_node.ctx == "load" and name_node.name in names:
            line = line_of(name_node.lineno)
            known = lines.get(name_node.name)
            if known is None or line < known:
                lines[name_node.name] = line
    for name in sorted(names - lines.keys()):
        lines[name] = 1
    return TemplateReading(variables=dict(sorted(lines.items(), key=lambda item: item[1])))
