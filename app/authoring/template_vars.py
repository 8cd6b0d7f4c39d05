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

import functools
import re
from dataclasses import dataclass, field
from typing import Final

from jinja2 import TemplateSyntaxError, meta, nodes

from app.authoring.template_env import TEXT_ENV

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
    # jinja's lexer crawls through the text between tags one character at a time (25 ms per
    # 100 KB of HTML); the tags alone, with the line breaks between them, read the same.
    skeleton = _skeleton(source)
    try:
        tree = TEXT_ENV.parse(skeleton if skeleton is not None else source)
    except TemplateSyntaxError as exc:
        if skeleton is not None:  # a tag the skeleton cut wrongly ({{ "}}" }}): ask the full text
            return _read_full(source)
        return TemplateReading(exc.message or str(exc), exc.lineno or None)
    return _variables(tree)


def _read_full(source: str) -> TemplateReading:
    try:
        tree = TEXT_ENV.parse(source)
    except TemplateSyntaxError as exc:
        return TemplateReading(exc.message or str(exc), exc.lineno or None)
    return _variables(tree)


_TAG: Final = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_RAW: Final = re.compile(r"\{%-?\s*raw\b")
_OPENER: Final = re.compile(r"\{[{%#]")


def _skeleton(source: str) -> str | None:
    """The template tags of ``source`` on their own lines, or None where that would not do."""
    if _RAW.search(source):
        return None  # text inside {% raw %} is not template code
    parts: list[str] = []
    last = 0
    for match in _TAG.finditer(source):
        if not _gap(source, last, match.start(), parts):
            return None
        parts.append(match.group(0))
        last = match.end()
    return "".join(parts) if _gap(source, last, len(source), parts) else None


def _gap(source: str, start: int, end: int, parts: list[str]) -> bool:
    """Add the line breaks of the text between two tags; False if it opens a tag left unclosed."""
    if _OPENER.search(source, start, end):
        return False
    parts.append("\n" * len(_LINE_BREAK.findall(source, start, end)))
    return True


def _variables(tree: nodes.Template) -> TemplateReading:
    names = meta.find_undeclared_variables(tree) - BUILTIN_VARIABLES
    lines: dict[str, int] = {}  # in the order the template uses them
    for name_node in tree.find_all(nodes.Name):
        if name_node.ctx == "load" and name_node.name in names:
            known = lines.get(name_node.name)
            if known is None or name_node.lineno < known:
                lines[name_node.name] = name_node.lineno
    for name in sorted(names - lines.keys()):
        lines[name] = 1
    return TemplateReading(variables=dict(sorted(lines.items(), key=lambda item: item[1])))
