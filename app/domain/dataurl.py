"""The data URLs that carry ``file_html``: a whole HTML file or a ZIP of HTML and images.

``data:text/html;base64,...`` or ``data:application/zip;base64,...`` (API-NOTES quirk 7).
Decoding checks the size before it decodes, so a huge field cannot exhaust memory, and
checks that a ZIP is one.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from dataclasses import dataclass
from typing import ClassVar, Final

HTML: Final = "text/html"
ZIP: Final = "application/zip"
MEDIATYPES: Final = (HTML, ZIP)
DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024

# Local file header, or the end record of an empty archive.
_ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06")
# Parameters such as ``;charset=utf-8`` are accepted when reading, never written.
_DATA_URL: Final = re.compile(r"data:([\w.+-]+/[\w.+-]+)((?:;[\w.+-]+=[^;,]*)*);base64,", re.ASCII)
_WHITESPACE: Final = re.compile(rb"\s+")


class DataUrlError(ValueError):
    """A data URL that cannot be used; ``str(error)`` is a sentence for the user."""

    TRANSLATION_CONTEXT: ClassVar[str] = "Checks"  # shown as a check finding (packaging/domain_marks)


@dataclass(frozen=True, slots=True)
class DataUrl:
    mediatype: str
    data: bytes

    @property
    def is_zip(self) -> bool:
        return self.mediatype == ZIP

    def text(self) -> str:
        """The HTML of a ``text/html`` data URL."""
        if self.is_zip:
            raise DataUrlError("This file is a ZIP archive, not an HTML page.")
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DataUrlError("The HTML file is not UTF-8 text.") from exc


def detect_mediatype(data: bytes) -> str:
    """``application/zip`` for a ZIP archive, ``text/html`` for anything else."""
    return ZIP if data.startswith(_ZIP_MAGIC) else HTML


def encode(data: bytes, mediatype: str | None = None) -> str:
    """A data URL for ``data``; the mediatype is detected when not given."""
    kind = mediatype or detect_mediatype(data)
    if kind not in MEDIATYPES:
        raise DataUrlError(f"Only {HTML} and {ZIP} can be sent, not {kind}.")
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def encode_html(html: str) -> str:
    return encode(html.encode("utf-8"), HTML)


def decoded_size(url: str) -> int:
    """The size in bytes the data URL's content would decode to (an upper bound)."""
    head = _DATA_URL.match(url)
    body_length = len(url) - head.end() if head else len(url)
    return body_length * 3 // 4


def decode(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DataUrl:
    """The content of a data URL, checked: form, mediatype, size, base64, ZIP structure."""
    head = _DATA_URL.match(url)
    if head is None:
        raise DataUrlError(
            "Not a data URL: expected data:text/html;base64,... or data:application/zip;base64,..."
        )
    mediatype = head.group(1).lower()
    if mediatype not in MEDIATYPES:
        raise DataUrlError(f"Only {HTML} and {ZIP} are supported, not {mediatype}.")
    if decoded_size(url) > max_bytes:
        raise DataUrlError(f"The file is larger than the limit of {_size_text(max_bytes)}.")
    # Some tools wrap base64 at 76 columns; the line breaks carry no data.
    body = _WHITESPACE.sub(b"", url[head.end():].encode("ascii", errors="replace"))
    try:
        data = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DataUrlError("The data URL does not hold valid base64.") from exc
    if mediatype == ZIP:
        _check_zip(data)
    elif detect_mediatype(data) == ZIP:
        raise DataUrlError("The data URL says HTML but holds a ZIP archive.")
    return DataUrl(mediatype, data)


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    return f"{size / 1024:.3g} KB" if size >= 1024 else f"{size} bytes"


def _check_zip(data: bytes) -> None:
    if not data.startswith(_ZIP_MAGIC):
        raise DataUrlError("The data URL says ZIP but does not hold a ZIP archive.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            archive.infolist()
    except zipfile.BadZipFile as exc:
        raise DataUrlError("The ZIP archive is damaged.") from exc
