"""The plain-text part of an email, made from its HTML (inscriptis).

What a reader of the text part expects, not a dump of the layout:

- links read ``text (url)``; a link whose text is its address reads just the address; an
  image inside a link gives the link its alt text (a "Shop now" button);
- layout tables are flattened: each cell is a block of its own, no padded columns
  (inscriptis aligns table columns, which turned 100 KB of table-based email into 400 KB
  of spaces);
- what the reader never sees is dropped: ``display:none`` (also through a class of a
  ``<style>`` block outside ``@media``), ``mso-hide:all``, the ``hidden`` attribute, and
  the invisible characters preheaders are padded with;
- whitespace is collapsed: no trailing spaces, no runs of spaces, at most one empty line.

Template tags (``{{ first_name }}``, ``{% if %}``) are text to HTML and stay as written.
"""

from __future__ import annotations

import re
from typing import Any, Final

from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_engine import Inscriptis
from inscriptis.html_properties import Display
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_document_state import HtmlDocumentState
from inscriptis.model.html_element import HtmlElement
from inscriptis.model.tag import CustomHtmlTagHandlerMapping

from app.authoring import css_text
from app.authoring.html_scan import parse_document

# Private-use characters around a link while inscriptis lays out the text.
_OPEN: Final = "\ue010"
_HREF: Final = "\ue011"
_CLOSE: Final = "\ue012"
_LINK: Final = re.compile(f"{_OPEN}([^{_OPEN}{_HREF}]*){_HREF}([^{_CLOSE}]*){_CLOSE}", re.DOTALL)
_MARKERS: Final = re.compile(f"[{_OPEN}{_HREF}{_CLOSE}]")

_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Zero-width and filler characters that pad preheaders; invisible in any client.
_INVISIBLE: Final = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\ufeff]"
)
_SPACES: Final = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES: Final = re.compile(r"\n{3,}")
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*\?>")

_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all", re.IGNORECASE)
_CLASS_SELECTOR: Final = re.compile(r"^\s*(?:[a-zA-Z0-9]*)\.([-\w]+)\s*$")

_BLOCK_TAGS: Final = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "center")


def _css_profile() -> dict[str, HtmlElement]:
    profile = dict(CSS_PROFILES["strict"])
    for tag in _BLOCK_TAGS:
        profile[tag] = HtmlElement(display=Display.block)
    return profile


_PROFILE: Final = _css_profile()


def html_to_text(html: str) -> str:
    """The plain text of an HTML email (empty for an empty document)."""
    source = _XML_DECLARATION.sub("", _CONTROL.sub("", html), count=1)
    if not source.strip():
        return ""
    tree = parse_document(source)
    if tree is None:
        return _collapse(source)
    _drop_hidden(tree)
    text = Inscriptis(tree, _config()).get_text()
    return _collapse(_LINK.sub(_link_text, text))


def _config() -> ParserConfig:
    links: list[bool] = []  # whether each open <a> has an address (they do not nest)

    def a_start(state: HtmlDocumentState, attrs: dict[str, Any]) -> None:
        href = str(attrs.get("href") or "").strip()
        links.append(bool(href))
        if href:
            state.link_target = href
            state.tags[-1].write(_OPEN)

    def a_end(state: HtmlDocumentState) -> None:
        if links and links.pop():
            state.tags[-1].write(f"{_HREF}{state.link_target}{_CLOSE}")
            state.link_target = ""

    def img_start(state: HtmlDocumentState, attrs: dict[str, Any]) -> None:
        alt = str(attrs.get("alt") or "").strip()
        if alt and links and links[-1]:
            state.tags[-1].write(alt)

    def nothing(state: HtmlDocumentState, attrs: dict[str, Any] | None = None) -> None:
        """Tables are laid out as blocks by the CSS profile, not as grids."""

    start = {"a": a_start, "img": img_start, **{tag: nothing for tag in ("table", "tr", "td", "th")}}
    end = {"a": a_end, **{tag: nothing for tag in ("table", "td", "th")}}
    return ParserConfig(
        css=_PROFILE,
        custom_html_tag_handler_mapping=CustomHtmlTagHandlerMapping(start, end),
    )


def _link_text(match: re.Match[str]) -> str:
    text = " ".join(match.group(1).split())
    href = match.group(2).strip()
    bare = href.removeprefix("mailto:").removeprefix("tel:")
    if not text:
        return href
    if text in (href, bare) or text.rstrip("/") == href.rstrip("/"):
        return text
    return f"{text} ({bare if href.startswith(('mailto:', 'tel:')) else href})"


def _drop_hidden(tree: Any) -> None:
    hidden_classes = _hidden_classes(tree)
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        style = element.get("style") or ""
        classes = set((element.get("class") or "").split())
        if _HIDDEN_STYLE.search(style) or element.get("hidden") is not None or classes & hidden_classes:
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows it


def _hidden_classes(tree: Any) -> set[str]:
    """Classes a ``<style>`` block hides outside any ``@media`` rule (``.preheader{display:none}``)."""
    names: set[str] = set()
    for style in tree.iter("style"):
        for rule in css_text.iter_rules(style.text or ""):
            if rule.at_rules or rule.is_at_rule or not _HIDDEN_STYLE.search(rule.body):
                continue
            for selector in rule.selector.split(","):
                match = _CLASS_SELECTOR.match(selector)
                if match:
                    names.add(match.group(1))
    return names


def _collapse(text: str) -> str:
    text = _MARKERS.sub("", _INVISIBLE.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
