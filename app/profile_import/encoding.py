"""Which text encoding a CSV file is in, and whether all of it decodes in that encoding.

Detection reads the first megabyte only: a byte order mark decides (UTF-8, UTF-16,
UTF-32); then strict UTF-8; then charset-normalizer (a spreadsheet saved on Windows is
often cp1251 or cp1252, which it tells apart well enough to propose; the user can always
override). :func:`scan_file` then reads the whole file once, hashing it (the key of an
import's saved progress) and decoding it strictly, so a byte that does not fit the chosen
encoding stops the import before anything is sent, naming its line.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from app.profile_import.problems import QT_TRANSLATE_NOOP, FileProblemError, file_error

SAMPLE_BYTES: Final = 1 << 20
_CHUNK: Final = 1 << 20

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class EncodingSource(StrEnum):
    GIVEN = "given"  # the user chose it
    BOM = "bom"  # the file starts with a byte order mark
    UTF8 = "utf-8"  # the sample is valid UTF-8
    DETECTED = "detected"  # charset-normalizer's best guess: worth checking in the preview


@dataclass(frozen=True, slots=True)
class EncodingGuess:
    name: str  # a Python codec name
    source: EncodingSource


def read_sample(path: Path, size: int = SAMPLE_BYTES) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        raise file_error(QT_TRANSLATE_NOOP("ProfileImport", "The file {0} does not exist."), path) from None
    except IsADirectoryError:
        raise file_error(QT_TRANSLATE_NOOP("ProfileImport", "{0} is a folder, not a file."), path) from None
    except OSError as exc:
        raise file_error(
            QT_TRANSLATE_NOOP("ProfileImport", "The file {0} cannot be read: {1}."), path, exc.strerror or exc
        ) from None


def codec_name(encoding: str) -> str:
    """The canonical name of ``encoding``; a clear error for a name Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "ProfileImport", "“{0}” is not an encoding name (try utf-8, cp1251 or latin-1)."
            ),
            encoding,
        ) from None


def detect_encoding(path: Path, sample: bytes | None = None) -> EncodingGuess:
    """The encoding of the CSV at ``path``; raises :class:`FileProblemError` for an empty,
    binary or unreadable file."""
    data = read_sample(path) if sample is None else sample
    for bom, name in _BOMS:
        if data.startswith(bom):
            if not data.decode(name, errors="replace").strip("\ufeff \t\r\n"):
                raise _empty(path)
            return EncodingGuess(name, EncodingSource.BOM)
    if not data.strip():
        raise _empty(path)
    if b"\x00" in data:  # text in an 8-bit encoding or UTF-8 has no NUL bytes; UTF-16 has a BOM
        raise _binary(path)
    if _is_utf8(data, cut=len(data) == SAMPLE_BYTES):
        return EncodingGuess("utf-8", EncodingSource.UTF8)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise _binary(path)
    return EncodingGuess(codec_name(best.encoding), EncodingSource.DETECTED)


def _is_utf8(data: bytes, *, cut: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        # A sample cut mid-character leaves an incomplete sequence at the end: not an error.
        decoder.decode(data, final=not cut)
    except UnicodeDecodeError:
        return False
    return True


def _empty(path: Path) -> FileProblemError:
    return file_error(
        QT_TRANSLATE_NOOP("ProfileImport", "The file {0} is empty: there is nothing to import."), path.name
    )


def _binary(path: Path) -> FileProblemError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "ProfileImport",
            "The file {0} is not a text file. Save the spreadsheet as CSV (comma- or semicolon-separated "
            "values) and choose that file.",
        ),
        path.name,
    )


@dataclass(frozen=True, slots=True)
class FileScan:
    sha256: str
    size: int
    encoding: str  # that every byte of it decodes in


def scan_file(path: Path, encoding: str, on_progress: Callable[[int, int], None] | None = None) -> FileScan:
    """Hash the whole file and check every byte decodes in ``encoding``.

    ``on_progress(bytes_done, size)`` is called per megabyte (an exception it raises stops
    the scan). Raises :class:`FileProblemError` naming the first line that does not decode.
    """
    digest = hashlib.sha256()
    encoding = codec_name(encoding)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    line = 1
    done = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    good = _decoded_prefix(chunk, exc.start, encoding)
                    raise _undecodable(path, encoding, line + good.count("\n")) from None
                line += text.count("\n")
                done += len(chunk)
                if on_progress is not None:
                    on_progress(done, size)
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                raise _undecodable(path, encoding, line) from None
    except OSError as exc:
        raise file_error(
            QT_TRANSLATE_NOOP("ProfileImport", "The file {0} cannot be read: {1}."), path, exc.strerror or exc
        ) from None
    return FileScan(digest.hexdigest(), size, encoding)


def hash_file(path: Path) -> str:
    """The SHA-256 of the file (the key of its saved progress), without decoding it."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise file_error(
            QT_TRANSLATE_NOOP("ProfileImport", "The file {0} cannot be read: {1}."), path, exc.strerror or exc
        ) from None


def _decoded_prefix(chunk: bytes, end: int, encoding: str) -> str:
    """The text of ``chunk[:end]`` as far as it decodes (to count the lines before an error)."""
    return chunk[:end].decode(encoding, "ignore")


def _undecodable(path: Path, encoding: str, line: int) -> FileProblemError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "ProfileImport",
            "Line {0} of {1} is not valid {2} text. Choose the encoding the file was saved in "
            "(for a spreadsheet from Windows often cp1251 or cp1252) and try again.",
        ),
        line,
        path.name,
        encoding,
    )
