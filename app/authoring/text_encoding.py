"""Reading an HTML file's bytes as text: its BOM, its ``<meta charset>``, else a guess.

The order a browser uses: a byte order mark wins, then a ``<meta charset>`` (or
``http-equiv`` Content-Type) in the first bytes, then UTF-8 if it decodes, then
charset-normalizer's guess. A file that is an image, a PDF, an archive or a program (by
its first bytes), or that holds control characters text does not, is refused as binary.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Final

from charset_normalizer import from_bytes

_PRESCAN_BYTES: Final = 4096
_META_CHARSET: Final = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([-\w:.]+)""", re.IGNORECASE)
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# First bytes of files that are not text, and what to call them.
_SIGNATURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"BZh", "a compressed (bzip2) file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"BM", "a BMP image"),
)
# HTML's encoding labels that mean Windows-1252, as in browsers.
_WINDOWS_1252_LABELS: Final = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class NotText(ValueError):
    """Bytes that are not text; ``str()`` says what they look like ("a PNG image")."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # Python's codec name
    declared: bool  # the encoding came from a BOM or the document's own declaration


def decode_html_bytes(data: bytes) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(DecodedText(data[len(bom) :].decode(encoding, errors="replace"), encoding, True))
    kind = _binary_kind(data)
    if kind is not None:
        raise NotText(kind)
    declared = _declared_encoding(data[:_PRESCAN_BYTES])
    if declared is not None:
        try:
            return _checked(DecodedText(data.decode(declared), declared, True))
        except UnicodeDecodeError:
            pass
    try:
        return _checked(DecodedText(data.decode("utf-8"), "utf-8", declared is None))
    except UnicodeDecodeError:
        pass
    if declared is not None:  # the document's own word, with the broken bytes replaced
        return _checked(DecodedText(data.decode(declared, errors="replace"), declared, True))
    guess = from_bytes(data[:1_000_000]).best()
    if guess is None or guess.encoding is None:
        raise NotText("a binary file")
    encoding = codecs.lookup(guess.encoding).name
    return _checked(DecodedText(data.decode(encoding, errors="replace"), encoding, False))


def _binary_kind(data: bytes) -> str | None:
    head = data[:16]
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if b"\x00" in data[:8192]:
        return "a binary file"
    return None


def _declared_encoding(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", errors="ignore").strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A document that reads as ASCII cannot be UTF-16: browsers then take UTF-8.
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def _checked(decoded: DecodedText) -> DecodedText:
    sample = decoded.text[:100_000]
    if sample and len(_CONTROL.findall(sample)) > max(len(sample) // 100, 2):
        raise NotText("a binary file")
    return decoded


_META_CHARSET_TEXT: Final = re.compile(r"""(<meta\b[^>]*?charset\s*=\s*["']?\s*)([-\w:.]+)""", re.IGNORECASE)


def declare_utf8(html: str) -> str:
    """``html`` with its ``<meta charset>`` (or Content-Type) saying UTF-8, as it now is."""
    return _META_CHARSET_TEXT.sub(lambda m: m.group(1) + "utf-8", html, count=1)
