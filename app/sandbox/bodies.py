"""Reading request bodies: JSON, or multipart/form-data with datafiles streamed to disk.

Starlette's form parser spools each file part to a temporary file once it passes 1 MB,
so an upload of any size costs a bounded amount of memory; the file is then read back
in chunks to count its size and rows, and deleted when the request is done.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import IO, Any, Final

import orjson
from starlette.datastructures import UploadFile
from starlette.requests import Request

from app.domain.schema import FieldType, ResourceSchema
from app.sandbox.problems import Problem
from app.sandbox.rules import Resource

_CHUNK: Final = 1 << 20
_INT: Final = re.compile(r"[+-]?\d+")
_TRUE: Final = frozenset({"true", "1", "on", "yes"})
_FALSE: Final = frozenset({"false", "0", "off", "no"})
MAX_JSON_BYTES: Final = 64 * 1024 * 1024


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def read_json(request: Request) -> Any:
    """The JSON body; an empty body reads as ``{}``. 400/413/415 as a ``detail``."""
    kind = media_type(request)
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_JSON_BYTES:
        raise Problem.detail(413, f"A JSON body may be at most {MAX_JSON_BYTES // (1024 * 1024)} MB.")
    raw = await request.body()
    if not raw.strip():
        return {}
    if kind != "application/json" and not kind.endswith("+json"):
        raise Problem.detail(415, _unsupported(kind))
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise Problem.detail(400, f"JSON parse error - {error}") from None


async def read_payload(request: Request, resource: Resource) -> tuple[Any, dict[str, Any]]:
    """(payload, file summaries by field) from a JSON or, where the resource has datafiles,
    a multipart body."""
    if media_type(request) == "multipart/form-data":
        if not resource.datafiles:
            raise Problem.detail(415, _unsupported("multipart/form-data"))
        return await _read_multipart(request, resource)
    return await read_json(request), {}


def _unsupported(kind: str) -> str:
    shown = kind or "(none)"
    return f'Unsupported media type "{shown}" in request: send application/json.'


async def _read_multipart(request: Request, resource: Resource) -> tuple[dict[str, Any], dict[str, Any]]:
    form = await request.form(max_files=8, max_fields=500)
    try:
        payload: dict[str, Any] = {}
        uploads: dict[str, Any] = {}
        errors: dict[str, list[str]] = {}
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                if name not in resource.datafiles:
                    if resource.schema.spec(name) is not None:
                        errors[name] = ["Expected a text value, not a file."]
                    continue
                if not value.filename and (value.size or 0) == 0:
                    continue  # an empty file input, as browsers send one
                uploads[name] = await asyncio.to_thread(summarise, value.file, value.filename or name)
            else:
                payload[name] = coerce(resource.schema, name, value)
        if errors:
            raise Problem.fields(errors)
        return payload, uploads
    finally:
        await form.close()


def summarise(file: IO[bytes], filename: str) -> dict[str, Any]:
    """Name, size and CSV row count (lines; a last line without a newline counts)."""
    file.seek(0)
    size = 0
    rows = 0
    last = b"\n"
    while chunk := file.read(_CHUNK):
        size += len(chunk)
        rows += chunk.count(b"\n")
        last = chunk[-1:]
    if size and last != b"\n":
        rows += 1
    name = PureWindowsPath(PurePosixPath(filename).name).name  # never a client's directory
    return {"name": name, "size": size, "rows": rows}


def coerce(schema: ResourceSchema, name: str, text: str) -> Any:
    """A text part as the type its field has; what does not parse stays text for the validator."""
    spec = schema.spec(name)
    if spec is None or spec.type in (FieldType.STRING, FieldType.DATAFILE):
        return text
    stripped = text.strip()
    if stripped == "":
        return None
    if spec.type is FieldType.INT and _INT.fullmatch(stripped):
        return int(stripped)
    if spec.type is FieldType.BOOL:
        lowered = stripped.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    if spec.type is FieldType.JSON:
        try:
            return orjson.loads(stripped)
        except orjson.JSONDecodeError:
            return text
    return text
