"""HTML packages (``file_html``): a ``.html`` file, or a ``.zip`` of one HTML file plus images.

A package travels as a data URL (:mod:`app.domain.dataurl`). Reading one checks it first
and refuses, with a sentence that says which:

- a file over 20 MB (the most the provider takes), a binary file posing as HTML;
- an archive that is damaged or password-protected, with more than 500 entries, that
  would unpack to more than 25 MB, with an entry compressed more than 100 times (counted
  while it unpacks: the archive's own sizes may lie), an entry escaping the archive
  (``../``) or with an absolute path, a link, two entries of one name, no HTML file or
  several.

The HTML is decoded from whatever encoding it is in (:mod:`app.authoring.text_encoding`)
and its ``<meta charset>`` then says UTF-8, which is what it is sent as. Files of an archive
that are neither the HTML nor an image (``__MACOSX``, a README) are left out and named
in ``HtmlPackage.skipped``.
"""

from __future__ import annotations

import io
import posixpath
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
from urllib.parse import unquote, urlsplit

from app.authoring.atomic_file import write_atomically
from app.authoring.text_encoding import NotText, declare_utf8, decode_html_bytes
from app.domain import dataurl
from app.domain.sentences import Sentence

CONTEXT: Final = "Checks"

MAX_FILE_BYTES: Final = dataurl.DEFAULT_MAX_BYTES
MAX_ENTRIES: Final = 500
MAX_UNPACKED_BYTES: Final = 25 * 1024 * 1024
MAX_RATIO: Final = 100
# Small entries compress well for honest reasons (a page of repeated rows): the ratio is
# judged once an entry has unpacked this much.
_RATIO_FLOOR: Final = 1024 * 1024
_CHUNK: Final = 64 * 1024

HTML_SUFFIXES: Final = (".html", ".htm")
IMAGE_TYPES: Final[dict[str, str]] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".bmp": "image/bmp",
    ".ico": "image/x-icon",
    ".avif": "image/avif",
}
_JUNK: Final = re.compile(r"(^|/)(__MACOSX/|\._|\.DS_Store$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)


class PackageError(ValueError):
    """An HTML file or archive that cannot be used; ``str(error)`` is a sentence for the user,
    ``sentence`` the same for the UI to translate (context "Checks")."""

    def __init__(self, message: Sentence | str) -> None:
        self.sentence = message if isinstance(message, Sentence) else Sentence(message, context=CONTEXT)
        super().__init__(str(self.sentence))


def _says(template: str, **values: object) -> Sentence:
    return Sentence(template, values, context=CONTEXT)


# What names a file without a name of its own (a data URL's), in the sentences below.
_THE_ARCHIVE: Final = Sentence("The archive", context=CONTEXT)
_THE_HTML_FILE: Final = Sentence("The HTML file", context=CONTEXT)


@dataclass(frozen=True)
class HtmlPackage:
    html: str
    images: dict[str, bytes] = field(default_factory=dict)  # path in the archive -> content
    html_name: str = "index.html"  # the HTML file's path in the archive (or its file name)
    skipped: tuple[str, ...] = ()  # entries of the archive left out
    encoding: str = "utf-8"  # what the HTML was written in

    @property
    def is_archive(self) -> bool:
        return bool(self.images)

    def image_for(self, src: str) -> str | None:
        """The archive path an ``<img src>`` of the HTML points at, if the package has it."""
        parts = urlsplit(src.strip())
        if parts.scheme or parts.netloc or not parts.path:
            return None
        base = posixpath.dirname(self.html_name)
        path = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
        if path in self.images:
            return path
        lowered = {name.lower(): name for name in self.images}
        return lowered.get(path.lower())


def image_type(name: str) -> str:
    return IMAGE_TYPES.get(posixpath.splitext(name)[1].lower(), "application/octet-stream")


# --- reading --------------------------------------------------------------------------


def read_package(path: Path) -> HtmlPackage:
    """The package in a ``.html`` or ``.zip`` file, checked."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PackageError(_larger_than_allowed(name))
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except PackageError:
        raise
    except OSError as exc:
        raise PackageError(
            _says("{name} could not be read: {reason}.", name=name, reason=exc.strerror or exc)
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        raise PackageError(_larger_than_allowed(name))
    if path.suffix.lower() == ".zip" or data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _read_archive(data, name)
    return _read_html(data, name)


def package_from_data_url(url: str) -> HtmlPackage:
    """The package a ``file_html`` data URL carries, checked as a file would be."""
    try:
        content = dataurl.decode(url)
    except dataurl.DataUrlError as exc:
        raise PackageError(str(exc)) from exc
    if content.is_zip:
        return _read_archive(content.data, _THE_ARCHIVE)
    return _read_html(content.data, _THE_HTML_FILE)


def _read_html(data: bytes, name: str | Sentence, html_name: str | None = None) -> HtmlPackage:
    try:
        decoded = decode_html_bytes(data)
    except NotText as exc:
        raise PackageError(_says("{name} is {what}, not an HTML page.", name=name, what=str(exc))) from exc
    html = decoded.text if decoded.encoding == "utf-8" else declare_utf8(decoded.text)
    return HtmlPackage(html, {}, html_name or str(name), (), decoded.encoding)


def _read_archive(data: bytes, name: str | Sentence) -> HtmlPackage:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise PackageError(_says("{name} is not a ZIP archive, or it is damaged.", name=name)) from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise PackageError(
                _says("The archive holds {count} files: at most {limit} are allowed.", count=len(entries),
                      limit=MAX_ENTRIES)
            )  # fmt: skip
        files = _checked_entries(entries)
        htmls = [entry for entry in files if entry.filename.lower().endswith(HTML_SUFFIXES)]
        if not htmls:
            raise PackageError(_says("The archive holds no HTML file: it needs exactly one .html file."))
        if len(htmls) > 1:
            listed = ", ".join(sorted(entry.filename for entry in htmls)[:5])
            raise PackageError(
                _says("The archive holds several HTML files ({files}): keep exactly one.", files=listed)
            )
        images = [entry for entry in files if posixpath.splitext(entry.filename)[1].lower() in IMAGE_TYPES]
        skipped = tuple(entry.filename for entry in files if entry is not htmls[0] and entry not in images)
        budget = _Budget(_stored_sizes(archive, entries))
        page = _read_html(
            _unpack(archive, htmls[0], budget), f"The HTML file {htmls[0].filename}", htmls[0].filename
        )
        content = {entry.filename: _unpack(archive, entry, budget) for entry in images}
    return HtmlPackage(page.html, content, htmls[0].filename, skipped, page.encoding)


def _checked_entries(entries: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """The archive's files worth reading, after refusing anything unsafe in any entry."""
    seen: set[str] = set()
    files: list[zipfile.ZipInfo] = []
    declared = 0
    for entry in entries:
        raw = entry.filename
        path = raw.replace("\\", "/")
        if "\x00" in path or path.startswith("/") or re.match(r"^[A-Za-z]:", path):
            raise PackageError(
                _says("The archive holds a file with an absolute path ({file}): it was not opened.", file=raw)
            )
        if ".." in path.split("/"):
            raise PackageError(
                _says("The archive holds a file that points outside the archive ({file}): it was not opened.",
                      file=raw)
            )  # fmt: skip
        if stat.S_ISLNK(entry.external_attr >> 16):
            raise PackageError(
                _says("The archive holds a link ({file}) instead of a file: it was not opened.", file=raw)
            )
        if entry.flag_bits & 0x1:
            raise PackageError(_PASSWORD)
        key = path.lower()
        if key in seen:
            raise PackageError(_says("The archive holds two files named {file}.", file=raw))
        seen.add(key)
        declared += entry.file_size
        if entry.file_size > _RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise _bomb(raw)
        if entry.is_dir() or _JUNK.search(path):
            continue
        entry.filename = path
        files.append(entry)
    if declared > MAX_UNPACKED_BYTES:
        raise _too_big()
    return files


class _Budget:
    def __init__(self, stored: dict[int, int]) -> None:
        self.stored = stored  # bytes each entry really takes in the archive, by header offset
        self.unpacked = 0


def _stored_sizes(archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> dict[int, int]:
    """How many bytes each entry spans in the archive, from where the next one starts.

    An entry's compressed size is only what its header claims; entries that overlap (one
    compressed stream read as many files) or a size that lies are caught by the span.
    """
    offsets = sorted({entry.header_offset for entry in entries})
    end = getattr(archive, "start_dir", None) or (offsets[-1] if offsets else 0)
    spans: dict[int, int] = {}
    for index, offset in enumerate(offsets):
        following = offsets[index + 1] if index + 1 < len(offsets) else max(end, offset)
        spans[offset] = following - offset
    return spans


def _unpack(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, budget: _Budget) -> bytes:
    """One entry's content, counted as it unpacks (its declared sizes are not trusted)."""
    parts: list[bytes] = []
    read = 0
    stored = min(entry.compress_size, budget.stored.get(entry.header_offset, entry.compress_size))
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                budget.unpacked += len(chunk)
                if budget.unpacked > MAX_UNPACKED_BYTES:
                    raise _too_big()
                if read > _RATIO_FLOOR and read > MAX_RATIO * max(stored, 1):
                    raise _bomb(entry.filename)
                parts.append(chunk)
    except PackageError:
        raise
    except NotImplementedError as exc:
        raise PackageError(
            _says("The archive uses a compression method the app cannot read ({file}).", file=entry.filename)
        ) from exc
    except RuntimeError as exc:  # zipfile's word for an encrypted entry
        raise PackageError(_PASSWORD) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise PackageError(
            _says("The archive is damaged: {file} cannot be unpacked.", file=entry.filename)
        ) from exc
    return b"".join(parts)


def _too_big() -> PackageError:
    return PackageError(
        _says(
            "The archive would unpack to more than {size} MB: it was not opened.",
            size=_mb(MAX_UNPACKED_BYTES),
        )
    )


def _bomb(name: str) -> PackageError:
    return PackageError(
        _says(
            "A file in the archive ({file}) is compressed more than {ratio} times, as zip bombs are: "
            "the archive was not opened.",
            file=name,
            ratio=MAX_RATIO,
        )
    )


def _mb(size: int) -> int:
    """Whole megabytes, for a sentence ("{size} MB")."""
    return size // (1024 * 1024)


def _larger_than_allowed(name: str) -> Sentence:
    return _says(
        "{name} is larger than {size} MB, the most an email's HTML file may be.",
        name=name,
        size=_mb(MAX_FILE_BYTES),
    )


_PASSWORD: Final = Sentence(
    "The archive is password-protected: save it without a password and try again.", context=CONTEXT
)


# --- data URLs and export -------------------------------------------------------------


def package_to_data_url(path: Path) -> str:
    """The ``file_html`` data URL of a ``.html`` or ``.zip`` file, checked first."""
    return package_data_url(read_package(path))


def package_data_url(package: HtmlPackage) -> str:
    """``data:text/html`` for a page alone, ``data:application/zip`` with its images."""
    if not package.images:
        url = dataurl.encode_html(package.html)
    else:
        url = dataurl.encode(archive_bytes(package), dataurl.ZIP)
    if dataurl.decoded_size(url) > MAX_FILE_BYTES:
        raise PackageError(
            _says(
                "The email's HTML file would be larger than {size} MB, the most the provider accepts.",
                size=_mb(MAX_FILE_BYTES),
            )
        )
    return url


def archive_bytes(package: HtmlPackage) -> bytes:
    buffer = io.BytesIO()
    html_name = package.html_name if package.html_name.lower().endswith(HTML_SUFFIXES) else "index.html"
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(html_name, package.html.encode("utf-8"))
        for name, content in package.images.items():
            archive.writestr(name, content, compress_type=zipfile.ZIP_STORED)  # images are compressed
    return buffer.getvalue()


def write_package(package: HtmlPackage, path: Path) -> None:
    """Write a package as ``.html`` (a page without images) or ``.zip``; all or nothing."""
    if path.suffix.lower() == ".zip":
        _write_atomically(path, archive_bytes(package))
    elif package.images:
        raise PackageError(_says("This email's HTML file has images: export it as a .zip file to keep them."))
    else:
        _write_atomically(path, package.html.encode("utf-8"))


def export_data_url(url: str, path: Path) -> None:
    """Write a ``file_html`` data URL to a file: as it is sent when the kinds match."""
    package = package_from_data_url(url)  # checked before anything is written
    content = dataurl.decode(url)
    same_kind = content.is_zip == (path.suffix.lower() == ".zip")
    if same_kind and (content.is_zip or package.encoding == "utf-8"):
        _write_atomically(path, content.data)
    else:
        write_package(package, path)


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise PackageError(
            _says("{name} could not be written: {reason}.", name=path.name, reason=exc.strerror or exc)
        ) from exc
