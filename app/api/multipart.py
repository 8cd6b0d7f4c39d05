"""A payload with datafiles as ``multipart/form-data``, the files streamed from disk.

httpx streams a file object in 64 KiB chunks and takes the Content-Length from the
file's size, so a 1 GB address list never sits in memory. The files are opened anew
for each attempt, so a retried request sends them from the start.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any

import orjson

FilePaths = Mapping[str, "str | os.PathLike[str]"]
FileParts = dict[str, tuple[str, IO[bytes], str]]


def text_parts(payload: Mapping[str, Any]) -> dict[str, str]:
    """Every field as a text part: objects (``config``) as JSON strings, booleans as JSON."""
    parts: dict[str, str] = {}
    for name, value in payload.items():
        if value is None:
            continue  # an absent part is how a form says "not given"
        if isinstance(value, str):
            parts[name] = value
        elif isinstance(value, bool | dict | list | tuple):
            parts[name] = orjson.dumps(value).decode()
        else:
            parts[name] = str(value)
    return parts


def check_files(files: FilePaths) -> dict[str, Path]:
    """The paths, after checking that each is a readable file (before any request is made)."""
    paths = {name: Path(path) for name, path in files.items()}
    for name, path in paths.items():
        if not path.is_file():
            raise FileNotFoundError(f"{name}: {path} is not a file")
    return paths


@contextmanager
def open_files(paths: Mapping[str, Path]) -> Iterator[FileParts]:
    with ExitStack() as stack:
        parts: FileParts = {}
        for name, path in paths.items():
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            parts[name] = (path.name, stack.enter_context(path.open("rb")), content_type)
        yield parts
