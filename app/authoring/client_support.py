"""Which HTML and CSS of an email Gmail, Outlook (Windows) or Apple Mail do not support.

The data is the caniemail extract in ``resources/caniemail/features.json`` (see its
README). Each feature found in the HTML is reported once per field, at the line of its
first use, naming the clients that do not support it (a warning) or support it only
partly (information), with its caniemail.com page.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

from app.authoring import css_text
from app.authoring.html_scan import HtmlScan
from app.domain.sentences import Sentence
from app.resources import resource_path

_FUNCTION: Final = re.compile(r"([a-z][a-z-]*)\(", re.IGNORECASE)
_PSEUDO: Final = re.compile(r"::?[a-z][a-z-]*", re.IGNORECASE)
_MEDIA_FEATURE: Final = re.compile(r"\(\s*((?:-webkit-)?[a-z][a-z-]*)", re.IGNORECASE)
_WORD: Final = re.compile(r"[a-z][a-z-]*", re.IGNORECASE)
_MARKDOWN_LINK: Final = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# Legacy one-colon spellings of pseudo-elements.
_LEGACY_PSEUDO: Final = {
    ":before": "::before",
    ":after": "::after",
    ":first-letter": "::first-letter",
    ":first-line": "::first-line",
}


@dataclass(frozen=True, slots=True)
class Feature:
    slug: str
    title: str
    url: str
    support: dict[str, str]  # client key -> "y", "a" (partly) or "n"
    notes: dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class Unsupported:
    feature: Feature
    line: int
    severity: str  # "warning" when a client does not support it, "info" when only partly
    message: str
    sentence: Sentence | None = None  # the message for the UI to translate (context "Checks")


class _Index:
    """The features by what recognises them."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.clients: dict[str, str] = data["clients"]
        self.by: dict[str, dict[Any, list[Feature]]] = {}
        self.important: list[Feature] = []
        self.custom_properties: list[Feature] = []
        self.base64: list[Feature] = []
        for raw in data["features"]:
            feature = Feature(raw["slug"], raw["title"], raw["url"], raw["support"], raw["notes"])
            match = raw["match"]
            for kind in (
                "elements",
                "attributes",
                "properties",
                "functions",
                "at_rules",
                "media_features",
                "pseudos",
                "keywords",
                "image_formats",
                "link_prefixes",
            ):
                for key in match.get(kind, []):
                    self._add(kind, key.lower(), feature)
            for kind in ("values", "typed_elements"):
                for first, second in match.get(kind, []):
                    self._add(kind, (first.lower(), second.lower()), feature)
            if match.get("important"):
                self.important.append(feature)
            if match.get("custom_properties"):
                self.custom_properties.append(feature)
            if match.get("image_base64"):
                self.base64.append(feature)

    def _add(self, kind: str, key: Any, feature: Feature) -> None:
        self.by.setdefault(kind, {}).setdefault(key, []).append(feature)

    def get(self, kind: str, key: Any) -> list[Feature]:
        return self.by.get(kind, {}).get(key, [])


@functools.cache
def _index() -> _Index:
    path = resource_path("caniemail", "features.json")
    return _Index(json.loads(path.read_text(encoding="utf-8")))


def data_version() -> str:
    """When the vendored data was last updated, for an "about" line."""
    path = resource_path("caniemail", "features.json")
    return str(json.loads(path.read_text(encoding="utf-8")).get("last_update_date", ""))


def unsupported_features(scan: HtmlScan) -> list[Unsupported]:
    """What in the scanned HTML a target client does not fully support, first use first."""
    index = _index()
    first: dict[str, tuple[int, Feature]] = {}
    for line, feature in _uses(scan, index):
        if feature.slug not in first or line < first[feature.slug][0]:
            first[feature.slug] = (line, feature)
    found = [_describe(feature, line, index.clients) for line, feature in first.values()]
    return sorted(found, key=lambda item: item.line)


def _uses(scan: HtmlScan, index: _Index) -> Iterator[tuple[int, Feature]]:
    elements, attributes = index.by.get("elements", {}), index.by.get("attributes", {})
    for element in scan.elements:
        yield from ((element.line, f) for f in elements.get(element.tag, ()))
        for name in element.attrs:
            yield from ((element.line, f) for f in attributes.get(name, ()))
        kind = element.attrs.get("type")
        if kind:
            yield from ((element.line, f) for f in index.get("typed_elements", (element.tag, kind.lower())))
        if element.tag == "img":
            yield from ((element.line, f) for f in _image_features(element.attrs.get("src", ""), index))
    for link in scan.links:
        href = (link.href or "").strip().lower()
        for prefix in ("#", "mailto:"):
            if href.startswith(prefix) and len(href) > len(prefix):
                yield from ((link.line, f) for f in index.get("link_prefixes", prefix))
    inline: dict[str, list[tuple[int, Feature]]] = {}  # emails repeat the same style="" a lot
    for style in scan.styles:
        if style.inline:
            found = inline.get(style.css)
            if found is None:
                found = inline[style.css] = list(_declaration_uses(style.css, 0, 0, index))
            yield from ((style.line + extra, f) for extra, f in found)
        else:
            yield from _stylesheet_uses(style.css, style.line, index)


def _image_features(src: str, index: _Index) -> list[Feature]:
    source = src.strip().lower()
    if source.startswith("data:image/"):
        kind = source[len("data:image/") :].split(";", 1)[0].split("+", 1)[0]
        return [*index.base64, *index.get("image_formats", kind)]
    path = urlsplit(source).path
    extension = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    return index.get("image_formats", extension) if extension else []


def _stylesheet_uses(css: str, first_line: int, index: _Index) -> Iterator[tuple[int, Feature]]:
    lines = css_text.LineIndex(css)
    for rule in css_text.iter_rules(css):
        line = first_line + lines.line_of(rule.start)
        if rule.is_at_rule:
            for feature in index.get("at_rules", rule.at_name):
                yield line, feature
            if rule.at_name == "media":
                for name in _MEDIA_FEATURE.findall(rule.selector):
                    for feature in index.get("media_features", name.lower()):
                        yield line, feature
            if rule.at_name in ("font-face", "page", "counter-style", "property"):
                yield from _declaration_uses(rule.body, first_line, rule.body_start, index, lines)
            continue
        for pseudo in _PSEUDO.findall(rule.selector):
            name = _LEGACY_PSEUDO.get(pseudo.lower(), pseudo.lower())
            for feature in index.get("pseudos", name):
                yield line, feature
        yield from _declaration_uses(rule.body, first_line, rule.body_start, index, lines)


def _declaration_uses(
    body: str, first_line: int, offset: int, index: _Index, lines: css_text.LineIndex | None = None
) -> Iterator[tuple[int, Feature]]:
    """``lines`` indexes the text ``offset`` is counted in (``body`` itself when not given)."""
    lines = lines or css_text.LineIndex(body)
    for declaration in css_text.iter_declarations(body, offset=offset):
        line = first_line + lines.line_of(declaration.start)
        name, value = declaration.name, declaration.value.lower()
        if name.startswith("--"):
            yield from ((line, f) for f in index.custom_properties)
        for feature in index.get("properties", name):
            yield line, feature
        bare = value.replace("!important", "").strip()
        for feature in index.get("values", (name, bare)):
            yield line, feature
        if "!important" in value:
            yield from ((line, f) for f in index.important)
        for function in _FUNCTION.findall(value):
            for feature in index.get("functions", function.lower()):
                yield line, feature
        for word in _WORD.findall(value):
            for feature in index.get("keywords", word):
                yield line, feature


def _describe(feature: Feature, line: int, names: dict[str, str]) -> Unsupported:
    missing = [names[c] for c, level in feature.support.items() if level == "n"]
    partly = [names[c] for c, level in feature.support.items() if level == "a"]
    # The feature's title, the client names and caniemail's notes are data, in English.
    if missing and partly:
        sentence = _says(
            "\u201c{feature}\u201d does not work in {missing} and works only partly in {partly}.",
            feature=feature.title,
            missing=_either(missing),
            partly=_either(partly),
        )
    elif missing:
        sentence = _says(
            "\u201c{feature}\u201d does not work in {missing}.",
            feature=feature.title,
            missing=_either(missing),
        )
    else:
        sentence = _says(
            "\u201c{feature}\u201d works only partly in {partly}.",
            feature=feature.title,
            partly=_either(partly),
        )
    notes = [
        f"{names[c]}: {_plain(text)}"
        for c, texts in feature.notes.items()
        for text in texts[:1]
        if feature.support.get(c) == "a"
    ]
    if notes:
        sentence = _says("{finding} {notes}", finding=sentence, notes=" ".join(notes))
    return Unsupported(feature, line, "warning" if missing else "info", str(sentence), sentence)


def _says(template: str, **values: object) -> Sentence:
    return Sentence(template, values, context="Checks")


def _either(names: list[str]) -> str | Sentence:
    """ "Gmail, Yahoo or Outlook": the clients, the last joined with "or" in the UI's words."""
    if len(names) == 1:
        return names[0]
    return _says("{clients} or {last}", clients=tuple(names[:-1]), last=names[-1])


def _plain(note: str) -> str:
    text = _MARKDOWN_LINK.sub(r"\1", note).replace("`", "").strip()
    return text if text.endswith(".") else text + "."
