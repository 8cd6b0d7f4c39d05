"""Reading request bodies: JSON, or multipart/form-data with datafiles streamed to disk.

Starlette's form parser spools each file part to a temporary file once it passes 1 MB,
so an upload of any size costs a bounded amount of memory; the file is then read back
in chunks to count its size and rows, and deleted when the request is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import IO, Any, Final

import orjson
from starlette.datastructures import UploadFile
from starlette.requests import Request

from app.domain.schema import FieldType, ResourceSchema
from app.domain.validation import MAX_JSON_DEPTH, json_depth_exceeds
from app.sandbox.problems import Problem
from app.sandbox.rules import Resource
from app.sandbox.settings import MAX_JSON_BYTES

_CHUNK: Final = 1 << 20
_INT: Final = re.compile(r"[+-]?[0-9]{1,20}")  # longer stays text, for the validator to refuse
_TRUE: Final = frozenset({"true", "1", "on", "yes"})
_FALSE: Final = frozenset({"false", "0", "off", "no"})
DRAIN_BYTES: Final = 1024 * 1024 * 1024


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def read_json(request: Request, limit: int = MAX_JSON_BYTES) -> Any:
    """The JSON body; an empty body reads as ``{}``. 400/413/415 as a ``detail``.

    At most ``limit`` bytes are kept, however the body comes (``Content-Length`` or
    chunked), and it may nest at most :data:`MAX_JSON_DEPTH` levels: what is accepted here
    can always be stored and answered again.
    """
    kind = media_type(request)
    raw = await _read_limited(request, limit)
    if raw.isspace() or not raw:
        return {}
    if kind != "application/json" and not kind.endswith("+json"):
        raise Problem.detail(415, _unsupported(kind))
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise Problem.detail(400, f"JSON parse error - {error}") from None
    if json_depth_exceeds(body, MAX_JSON_DEPTH):
        raise Problem.detail(400, f"The JSON body nests more than {MAX_JSON_DEPTH} levels deep.")
    return body


async def _read_limited(request: Request, limit: int) -> bytearray:
    """The body, or 413 once it passes ``limit``: a lying or missing ``Content-Length``
    does not make the server keep more.

    The rest of a refused body is read and dropped, so the client is still listening when
    the 413 comes (closing on unread data resets the connection and the answer is lost),
    for at most :data:`DRAIN_BYTES`: a client that keeps sending after that is cut off.
    """
    declared = request.headers.get("content-length")
    too_big = declared is not None and declared.isascii() and declared.isdigit() and int(declared) > limit
    buffer = bytearray()
    drained = 0
    async with contextlib.aclosing(request.stream()) as stream:
        async for chunk in stream:
            if not too_big and len(buffer) + len(chunk) <= limit:
                buffer += chunk
                continue
            if not too_big:
                too_big = True
                drained = len(buffer)
                buffer = bytearray()
            drained += len(chunk)
            if drained > DRAIN_BYTES:
                break
    if too_big:
        raise Problem.detail(413, f"A JSON body may be at most {_size(limit)}.", {"Connection": "close"})
    return buffer


def _size(limit: int) -> str:
    mib = limit / (1024 * 1024)
    return f"{mib:g} MB" if mib >= 1 else f"{limit} bytes"


async def read_payload(
    request: Request, resource: Resource, limit: int = MAX_JSON_BYTES
) -> tuple[Any, dict[str, Any]]:
    """(payload, file summaries by field) from a JSON or, where the resource has datafiles,
    a multipart body (its files go to disk, so ``limit`` is for JSON)."""
    if media_type(request) == "multipart/form-data":
        if not resource.datafiles:
            raise Problem.detail(415, _unsupported("multipart/form-data"))
        return await _read_multipart(request, resource)
    return await read_json(request, limit), {}


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
