"""One pass over an email's HTML collecting what the checks look at, each with its line.

lxml's HTML parser (libxml2) is lenient, never refuses a document however broken, keeps
each element's source line (1-based) and reads 100 KB in ~12 ms, six times faster than
Python's ``html.parser``. Template tags are plain text to it, so a template is scanned as
written. Comments are skipped: what Outlook's conditional comments hold is not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

import lxml.etree
import lxml.html
from lxml.etree import ParserError


@dataclass(slots=True)
class Element:
    tag: str
    attrs: dict[str, str]  # names lower case; a name without value maps to ""
    line: int


@dataclass(slots=True)
class Link:
    href: str | None
    line: int
    text: str = ""  # the visible text, alt texts of images included
    has_image: bool = False


@dataclass(slots=True)
class StyleText:
    css: str
    line: int  # the line the CSS starts on
    inline: bool  # a style="" attribute rather than a <style> block


@dataclass(slots=True)
class Script:
    attrs: dict[str, str]
    line: int
    body: str = ""


@dataclass(slots=True)
class HtmlScan:
    elements: list[Element] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    styles: list[StyleText] = field(default_factory=list)
    scripts: list[Script] = field(default_factory=list)
    doctype: str | None = None

    def first(self, tag: str) -> Element | None:
        return next((element for element in self.elements if element.tag == tag), None)

    def all(self, tag: str) -> list[Element]:
        return [element for element in self.elements if element.tag == tag]


_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_TAG: Final = re.compile(r"<html[\s>/]", re.IGNORECASE)
PARSER: Final = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)


def parse_document(html: str) -> Any:
    """lxml's tree of ``html`` (None for a document with nothing in it)."""
    source = _CONTROL.sub("", html)
    if not source.strip():
        return None
    try:
        return lxml.html.document_fromstring(source, parser=PARSER)
    except (ParserError, ValueError, lxml.etree.LxmlError):
        return None


def scan_html(html: str) -> HtmlScan:
    scan = HtmlScan()
    root = parse_document(html)
    if root is None:
        return scan
    doctype = root.getroottree().docinfo.doctype
    scan.doctype = doctype or None
    has_html_tag = _HTML_TAG.search(html) is not None
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag == "html" and not has_html_tag:
            continue  # implied by the parser, not written
        line = element.sourceline or 1
        attrs = {str(name).lower(): value or "" for name, value in element.attrib.items()}
        scan.elements.append(Element(tag, attrs, line))
        if "style" in attrs:
            scan.styles.append(StyleText(attrs["style"], line, inline=True))
        if tag == "style":
            scan.styles.append(StyleText(element.text or "", line, inline=False))
        elif tag == "script":
            scan.scripts.append(Script(attrs, line, element.text or ""))
        elif tag == "a":
            images = [i for i in element.iter("img", "amp-img")]
            text = element.text_content() + " ".join(i.get("alt") or "" for i in images)
            scan.links.append(Link(attrs.get("href") if "href" in attrs else None, line, text, bool(images)))
    return scan
