"""The preheader a mail client shows in its inbox line: the first text of the body.

Mail clients take it from the body's text whatever its CSS says, which is why emails carry a
hidden (``display:none``) preheader: its text counts here too. Markup, comments (including
Outlook's conditional ones), ``<head>``, ``<style>``, ``<script>`` and ``<title>`` do not.
The padding emails add after a preheader to keep the rest of the body out of the inbox line
(``&zwnj;&nbsp;`` runs) is dropped.

Cheap on purpose, so it may run on the UI thread for every refresh: a handful of regular
expression passes (C loops) over a window of the body that grows only while it holds too
little text, never past ``SCAN_LIMIT`` characters.
"""

from __future__ import annotations

import html
import re
from typing import Final

MAX_CHARS: Final = 200
SCAN_LIMIT: Final = 256 * 1024
_FIRST_WINDOW: Final = 16 * 1024

_BODY_START: Final = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_HEAD: Final = re.compile(r"<head\b.*?(?:</head\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_NOT_TEXT: Final = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|title|template|noscript|xml)\b.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTES: Final = r"""(?:[^>"']+|"[^"]*"|'[^']*')*"""
# Block-level tags separate words that the markup would otherwise glue together.
_BLOCK_TAG: Final = re.compile(
    r"</?(?:p|div|br|hr|td|th|tr|li|ul|ol|h[1-6]|table|section|article|header|footer|center|blockquote)\b"
    + _ATTRIBUTES
    + ">?",
    re.IGNORECASE,
)
_ANY_TAG: Final = re.compile(r"<[!?/]?[a-zA-Z]" + _ATTRIBUTES + ">?")
# Zero-width and soft characters that emails use as invisible padding.
_INVISIBLE: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u061c\u180e]")
_SPACE: Final = re.compile(r"\s+")


def preheader_text(document: str, max_chars: int = MAX_CHARS) -> str:
    """The first ``max_chars`` characters of visible text of ``document``'s body, whitespace
    collapsed; an empty string when the body has no text."""
    start = _BODY_START.search(document, 0, SCAN_LIMIT)
    offset = start.end() if start is not None else 0
    window = _FIRST_WINDOW
    while True:
        chunk = document[offset : offset + window]
        if start is None:  # a fragment without <body>: skip a head if there is one
            chunk = _HEAD.sub(" ", chunk, count=1)
        line = _text_of(chunk)
        if len(line) >= max_chars or window >= SCAN_LIMIT or offset + window >= len(document):
            return line[:max_chars].rstrip()
        window *= 4


def _text_of(markup: str) -> str:
    markup = _NOT_TEXT.sub(" ", markup)
    markup = _BLOCK_TAG.sub(" ", markup)
    markup = _ANY_TAG.sub("", markup)
    text = _INVISIBLE.sub("", html.unescape(markup))
    return _SPACE.sub(" ", text).strip()
