"""English plurals without a translation file: Qt fills ``%n`` in but leaves "row(s)" as it is."""

from __future__ import annotations

from typing import Final

_FORMS: Final = (("y(ies)", "y", "ies"), ("(es)", "", "es"), ("(s)", "", "s"))


def counted(text: str, n: int) -> str:
    """``text`` (already translated with ``n``) with "(s)", "(es)", "y(ies)" in the form for ``n``;
    a translation's own forms have none of these and are left alone."""
    if "(" not in text:
        return text
    many = n != 1
    for source, one, other in _FORMS:
        text = text.replace(source, other if many else one)
    return text
