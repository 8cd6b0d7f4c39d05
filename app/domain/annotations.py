"""Local annotations of a draft payload: keys starting with ``$`` that never reach the server.

They carry what only this computer knows about a draft, beside its wire fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

LOCAL_PREFIX: Final = "$"
# A campaign whose email is still a local draft: that draft's local id (its message_id is
# filled in when the email is published first).
MESSAGE_LOCAL_ID: Final = "$message_local_id"
# An email whose category is still a local draft: that draft's local id (its ``category`` is
# filled in when the category is published first).
CATEGORY_LOCAL_ID: Final = "$category_local_id"
# Datafiles to send as multipart parts: {"source_uploaded_csv": "/path/list.csv", ...}.
FILES: Final = "$files"
# JSON typed into a field that does not parse yet, kept as typed: {"condition": "{..."}.
UNPARSED: Final = "$unparsed"


def unparsed_fields(payload: Mapping[str, Any]) -> list[str]:
    """The fields whose typed JSON is not valid yet (a draft with any cannot be published)."""
    unparsed = payload.get(UNPARSED)
    if not isinstance(unparsed, Mapping):
        return []
    return sorted(name for name, text in unparsed.items() if isinstance(text, str))
