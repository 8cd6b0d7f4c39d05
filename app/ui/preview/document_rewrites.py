"""What the preview changes in the HTML it serves (never in the draft), and why.

- Connection hints: ``<link rel=preconnect>`` makes Chromium open a socket to the remote
  host, and no request interceptor ever sees it (measured here): the sender learns the
  address of whoever previews the email. While remote content is blocked, the hint is
  renamed so that Chromium ignores it.
- Colour scheme: Chromium's ``prefers-color-scheme`` follows the desktop, so an email's own
  dark styles would show or not depending on the user's system. The preview decides
  instead: in the dark view the email's ``prefers-color-scheme: dark`` rules apply (as in
  Apple Mail or Outlook.com), in the light view its light rules do.

Both are regular expressions over the text: a few milliseconds a megabyte.
"""

from __future__ import annotations

import re
from typing import Final

_ATTRIBUTES: Final = r"""(?:[^>"']+|"[^"]*"|'[^']*')*"""
_LINK_TAG: Final = re.compile(r"<link\b" + _ATTRIBUTES + ">", re.IGNORECASE)
_REL: Final = re.compile(r"""(\brel\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)""", re.IGNORECASE)
_HINT: Final = re.compile(r"(?<![\w-])(preconnect|dns-prefetch)(?![\w-])", re.IGNORECASE)

_SCHEME_QUERY: Final = re.compile(r"\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)", re.IGNORECASE)
# Media features every viewport matches, and none does.
_ALWAYS: Final = "(min-width: 0px)"
_NEVER: Final = "(max-width: 0px)"


def without_connection_hints(document: str) -> str:
    """``document`` with the ``preconnect`` and ``dns-prefetch`` relations of its ``<link>``
    tags renamed (to ``x-blocked-…``); the same string when it has none."""
    # No quick test for the words first: a case-blind search for them is 20 times slower than
    # this one for "<link", whose first character is not a letter.

    def defuse_rel(rel: re.Match[str]) -> str:
        return rel.group(1) + _HINT.sub(r"x-blocked-\1", rel.group(2))

    def defuse_tag(tag: re.Match[str]) -> str:
        return _REL.sub(defuse_rel, tag.group(0))

    return _LINK_TAG.sub(defuse_tag, document)


def with_color_scheme(document: str, *, dark: bool) -> str:
    """``document`` with its ``prefers-color-scheme`` media queries decided for a dark or a
    light client."""
    if "prefers-color-scheme" not in document:
        return document

    def decide(query: re.Match[str]) -> str:
        wants_dark = query.group(1).lower() == "dark"
        return _ALWAYS if wants_dark == dark else _NEVER

    return _SCHEME_QUERY.sub(decide, document)
