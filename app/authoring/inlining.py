"""CSS inlining of what is published (css-inline): remote stylesheets off, ``@media`` kept.

css-inline parses the document as a browser does, and that changes a *template*:

- text standing between table rows is moved in front of the table, so
  ``<table>{% for r in rows %}<tr>…</tr>{% endfor %}</table>`` loses its loop;
- ``>`` and ``&`` in text are escaped, so ``{% if a > b %}`` becomes ``{% if a &gt; b %}``;
- text in ``<head>`` moves into ``<body>``, and a ``{% if %}`` around a ``<style>`` block
  no longer decides anything once its rules are inlined.

So before inlining every template tag is replaced by an opaque marker, afterwards the
markers are put back as written, and the result is compared with the source: the order of
the markers, the text and the table structure must be unchanged, and no tag may sit where
the inliner cannot keep it (inside a tag's attribute list, as logic inside ``<style>``, as
text in ``<head>``). If any of that fails the document is **not** inlined:
``InlineResult.html`` is the source unchanged, ``inlined`` is False and ``warnings`` say
which template tag (and line) is the problem. A rendered document has no template tags
and always inlines, which is what a preview of the inlined email uses.

Rules css-inline cannot inline and would drop (``a:hover``, ``::before``) are kept in a
``<style>`` block beside the kept ``@media`` rules. A document over 2 MB is not inlined
(css-inline would keep every other thread waiting for it, and Gmail clips at 102 KB).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Final

import css_inline

from app.authoring import css_text
from app.domain.sentences import QT_TRANSLATE_NOOP, Sentence

_TEMPLATE_TAG: Final = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_MARK_OPEN: Final = "\ue000"
_MARK_CLOSE: Final = "\ue001"
_MARKER: Final = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_CLOSE}")
_MARKER_SPLIT: Final = re.compile(f"({_MARK_OPEN}\\d+{_MARK_CLOSE})")
# Elements whose order must survive (tables are what the HTML parser restructures).
_STRUCTURE: Final = frozenset({"table", "tr", "td", "th", "thead", "tfoot", "caption", "img"})
_PSEUDO: Final = re.compile(
    r":(?:hover|focus|active|visited|focus-within|focus-visible|target|checked)\b|::?\w"
)

_INLINER: Final = css_inline.CSSInliner(load_remote_stylesheets=False, keep_at_rules=True)
# css-inline holds the GIL while it works (~50 ms per MB): bigger documents are not inlined.
MAX_INLINE_CHARS: Final = 2_000_000


@dataclass(frozen=True, slots=True)
class InlineWarning:
    line: int | None
    message: str
    sentence: Sentence | None = None  # the message for the UI to translate

    @property
    def text(self) -> Sentence:
        return self.sentence if self.sentence is not None else Sentence(self.message, context=CONTEXT)


CONTEXT: Final = "FieldMessages"  # shown with the HTML body's field, and as a tooltip


def _t(text: str) -> str:
    """A warning's template, marked for translation."""
    return QT_TRANSLATE_NOOP("FieldMessages", text)


def _warning(line: int | None, template: str, **values: object) -> InlineWarning:
    sentence = Sentence(template, values, context=CONTEXT)
    return InlineWarning(line, str(sentence), sentence)


@dataclass(frozen=True, slots=True)
class InlineResult:
    html: str  # inlined, or the source as written when inlining would change the template
    bytes_before: int  # UTF-8 size of the source
    bytes_after: int  # UTF-8 size of ``html``
    inlined: bool = True
    warnings: list[InlineWarning] = field(default_factory=list)


def inline_css(html: str) -> InlineResult:
    before = _size(html)
    if len(html) > MAX_INLINE_CHARS:
        megabytes = before / 1_000_000
        return _refused(
            html,
            before,
            [
                _warning(
                    None,
                    _t(
                        "This HTML is {size} MB, too large to inline (Gmail clips emails over 102 KB anyway)."
                    ),
                    size=round(megabytes),
                )
            ],
        )
    found = list(_TEMPLATE_TAG.finditer(html))
    tags = [m.group(0) for m in found]
    starts = [m.start() for m in found]
    numbers = iter(range(len(tags)))
    masked = _TEMPLATE_TAG.sub(lambda _m: f"{_MARK_OPEN}{next(numbers)}{_MARK_CLOSE}", html)

    source = _Reading(masked, tags)
    problems = list(source.problems)
    try:
        output = _INLINER.inline(masked)
    except (css_inline.InlineError, ValueError) as exc:
        return _refused(
            html, before, [_warning(None, _t("The CSS could not be inlined: {error}"), error=str(exc))]
        )
    output = _keep_pseudo_rules(masked, output)
    result = _Reading(output, tags)
    if not problems and result.flow != source.flow:
        problems.append(_moved(source.flow, result.flow))
    # A value in a <style> rule no element matches goes with its rule: that loses nothing.
    missing = set(range(len(tags))) - source.in_style - {int(n) for n in _MARKER.findall(output)}
    if not problems and missing:
        problems.append((min(missing), _t("The inliner would drop the template tag {tag}.")))
    if problems:
        warnings = [
            _warning(
                html.count("\n", 0, starts[index]) + 1 if index is not None else None,
                text,
                tag=tags[index] if index is not None else "",
            )
            for index, text in problems
        ]
        return _refused(html, before, warnings)
    restored = _MARKER.sub(lambda m: tags[int(m.group(1))], output)
    return InlineResult(restored, before, _size(restored))


def inlined_size(html: str) -> int:
    """The UTF-8 size of ``html`` once its CSS is inlined, without checking the template (fast)."""
    if "<style" not in html.lower():
        return _size(html)
    numbers = iter(range(1 << 30))
    tags: list[str] = []

    def mask(match: re.Match[str]) -> str:
        tags.append(match.group(0))
        return f"{_MARK_OPEN}{next(numbers)}{_MARK_CLOSE}"

    try:
        output = _INLINER.inline(_TEMPLATE_TAG.sub(mask, html))
    except (css_inline.InlineError, ValueError):
        return _size(html)
    return _size(_MARKER.sub(lambda m: tags[int(m.group(1))], output))


def _size(text: str) -> int:
    return len(text.encode("utf-8", errors="replace"))


def _refused(html: str, before: int, warnings: list[InlineWarning]) -> InlineResult:
    note = _warning(None, _t("The CSS was not inlined: the email is published with its styles as written."))
    return InlineResult(html, before, before, inlined=False, warnings=[*warnings, note])


def _moved(expected: list[str], found: list[str]) -> tuple[int | None, str]:
    for index, item in enumerate(expected):
        if index >= len(found) or found[index] != item:
            number = _first_marker(expected[index:]) if not item.startswith("#") else _first_marker([item])
            return number, _t(
                "The inliner would move the template tag {tag} (HTML parsers move text that "
                "stands between table rows out of the table): inline the rendered email, "
                "or put the tag inside a cell."
            )
    return _first_marker(found[len(expected) :]), _t("The inliner would move the template tag {tag}.")


def _first_marker(items: list[str]) -> int | None:
    for item in items:
        if item.startswith("#"):
            return int(item[1:])
    return None


class _Reading(HTMLParser):
    """The order of markers, text and table structure, and markers where they cannot stay."""

    def __init__(self, document: str, tags: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.flow: list[str] = []
        self.problems: list[tuple[int | None, str]] = []
        self.in_style: set[int] = set()
        self._tags = tags
        self._in: list[str] = []
        self.feed(document)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, _value in attrs:
            found = _MARKER.search(name)
            if found:
                self.problems.append(
                    (
                        int(found.group(1)),
                        _t(
                            "The template tag {tag} stands inside an HTML tag: the inliner "
                            "cannot keep it there. Put it in an attribute's value or around the tag."
                        ),
                    )
                )
        if _MARKER.search(tag):
            self.problems.append(
                (None, _t("A template tag makes an HTML tag's name: the CSS cannot be inlined."))
            )
        if tag in _STRUCTURE:
            self.flow.append(f"<{tag}")
        if tag in ("head", "style", "title", "script"):
            self._in.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("head", "style", "title", "script"):
            self._in.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        where = self._in[-1] if self._in else ""
        if where == "style":
            for found in _MARKER.finditer(data):
                number = int(found.group(1))
                self.in_style.add(number)
                if not self._tags[number].startswith("{{"):  # a value may stay, logic may not
                    self.problems.append(
                        (
                            number,
                            _t(
                                "The template tag {tag} is inside a <style> block: once "
                                "its rules are inlined it no longer decides anything."
                            ),
                        )
                    )
            return
        if where in ("title", "script"):
            return
        for piece in _MARKER_SPLIT.split(data):
            if _MARKER.fullmatch(piece):
                if where == "head":
                    self.problems.append(
                        (
                            int(piece[1:-1]),
                            _t(
                                "The template tag {tag} stands in the <head> outside any element: "
                                "the inliner would move it into the body."
                            ),
                        )
                    )
                self.flow.append(f"#{piece[1:-1]}")
            else:
                self.flow.extend(piece.split())


def _keep_pseudo_rules(source: str, output: str) -> str:
    """Put back the rules css-inline dropped because no style attribute can hold them."""
    kept: list[str] = []
    for match in re.finditer(r"<style\b[^>]*>(.*?)</style\s*>", source, re.DOTALL | re.IGNORECASE):
        for rule in css_text.iter_rules(match.group(1)):
            if not rule.at_rules and not rule.is_at_rule and _PSEUDO.search(rule.selector):
                kept.append(f"{rule.selector}{{{rule.body.strip()}}}")
    if not kept:
        return output
    block = "\n".join(kept)
    closing = output.find("</style>")
    if closing != -1:
        return f"{output[:closing]}\n{block}\n{output[closing:]}"
    head_end = output.find("</head>")
    if head_end == -1:
        return f"<style>\n{block}\n</style>{output}"
    return f"{output[:head_end]}<style>\n{block}\n</style>{output[head_end:]}"
