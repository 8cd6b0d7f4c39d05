"""From a draft's payload to what goes on the wire, and back to "is this what we sent?".

A draft payload may hold local-only annotations (keys starting with ``$``) and, after a
publish, the server's read-only fields and datafile summaries. None of those is sent:
datafiles travel as multipart parts named in ``$files``, never as JSON values.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.annotations import FILES, LOCAL_PREFIX
from app.domain.kinds import DraftKind
from app.domain.payload_diff import differs
from app.domain.schema import FieldType
from app.store import json_text


@dataclass(frozen=True, slots=True)
class WireBody:
    """A request body: the JSON (or form) fields, and datafiles to stream from disk."""

    fields: dict[str, Any]
    files: dict[str, str] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Recognises this body later (the outbox keeps it across restarts)."""
        return json_text.fingerprint({"fields": self.fields, "files": sorted(self.files)})


def local_annotations(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in payload.items() if k.startswith(LOCAL_PREFIX)}


def without_annotations(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if not k.startswith(LOCAL_PREFIX)}


def datafile_names(kind: DraftKind) -> frozenset[str]:
    return frozenset(f.name for f in kind.schema.fields if f.type is FieldType.DATAFILE)


def attached_files(payload: Mapping[str, Any]) -> dict[str, str]:
    files = payload.get(FILES)
    if not isinstance(files, Mapping):
        return {}
    return {str(name): str(path) for name, path in files.items() if isinstance(path, str) and path}


def wire_body(kind: DraftKind, payload: Mapping[str, Any]) -> WireBody:
    """The whole object as a POST or PUT sends it."""
    skip = set(kind.schema.read_only) | datafile_names(kind)
    fields = {
        k: copy.deepcopy(v) for k, v in payload.items() if not k.startswith(LOCAL_PREFIX) and k not in skip
    }
    files = {k: v for k, v in attached_files(payload).items() if k in datafile_names(kind)}
    return WireBody(fields, files)


def matches_sent(kind: DraftKind, server_object: Mapping[str, Any], sent: Mapping[str, Any]) -> bool:
    """Whether ``server_object`` holds every field of ``sent`` as sent (other fields ignored)."""
    return not differs(server_object, sent, schema=kind)


def projected_fingerprint(server_object: Mapping[str, Any], sent_keys: set[str], files: list[str]) -> str:
    """The fingerprint ``server_object`` would have had as a body with exactly these keys."""
    fields = {k: server_object.get(k) for k in sent_keys}
    return json_text.fingerprint({"fields": fields, "files": files})
