"""HTML packages: files in any encoding, archives checked before use, data URLs and export."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.authoring.packages import (
    HtmlPackage,
    PackageError,
    archive_bytes,
    export_data_url,
    package_data_url,
    package_from_data_url,
    package_to_data_url,
    read_package,
    write_package,
)
from app.domain import dataurl

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(64)
RUSSIAN = "<p>Здравствуйте! Спасибо, что вы с нами. Новая коллекция уже в магазинах, приходите.</p>" * 20


def make_zip(path: Path, files: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(PackageError) as caught:
        read_package(path)
    return str(caught.value)


# --- single HTML files ----------------------------------------------------------------


def test_a_utf8_file_reads_as_is(tmp_path: Path) -> None:
    path = tmp_path / "mail.html"
    path.write_text("<html><body><p>Grüße 你好</p></body></html>", encoding="utf-8")
    package = read_package(path)
    assert package.html == "<html><body><p>Grüße 你好</p></body></html>"
    assert package.images == {}
    assert package.encoding == "utf-8"


def test_meta_charset_is_honoured_and_then_says_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mail.html"
    source = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    path.write_bytes(source.encode("cp1251"))
    package = read_package(path)
    assert "Здравствуйте" in package.html
    assert '<meta charset="utf-8">' in package.html
    assert package.encoding == "cp1251"


def test_http_equiv_content_type_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "mail.htm"
    source = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>café – “quoted”</p>'
    path.write_bytes(source.encode("cp1252"))
    package = read_package(path)
    assert "café – “quoted”" in package.html
    assert "charset=utf-8" in package.html


def test_without_a_declaration_the_encoding_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "mail.html"
    path.write_bytes(f"<html><body>{RUSSIAN}</body></html>".encode("cp1251"))
    assert "Спасибо, что вы с нами" in read_package(path).html


def test_a_byte_order_mark_wins(tmp_path: Path) -> None:
    path = tmp_path / "mail.html"
    path.write_bytes("<p>UTF-16 текст</p>".encode("utf-16"))
    assert read_package(path).html == "<p>UTF-16 текст</p>"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PNG, "a PNG image"),
        (b"%PDF-1.7\n" + os.urandom(200), "a PDF document"),
        (b"\x7fELF" + os.urandom(200), "a program"),
        (os.urandom(4096) + b"\x00" * 10, "a binary file"),
    ],
)
def test_a_binary_file_posing_as_html_is_refused(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "mail.html"
    path.write_bytes(content)
    assert refusal(path) == f"mail.html is {kind}, not an HTML page."


def test_a_file_over_20_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as stream:
        stream.truncate(21 * 1024 * 1024)
    assert "larger than 20 MB" in refusal(path)


def test_a_missing_file_is_a_sentence(tmp_path: Path) -> None:
    assert refusal(tmp_path / "gone.html").startswith("gone.html could not be read")


# --- archives -------------------------------------------------------------------------


def test_an_archive_gives_its_page_and_images(tmp_path: Path) -> None:
    path = make_zip(
        tmp_path / "mail.zip",
        {
            "newsletter/index.html": b'<img src="images/logo.png" alt="Logo">'
            b'<img src="./images/Photo%201.JPG">',
            "newsletter/images/logo.png": PNG,
            "newsletter/images/Photo 1.jpg": b"\xff\xd8\xff" + os.urandom(100),
            "newsletter/readme.txt": b"notes",
            "__MACOSX/newsletter/._index.html": b"junk",
            "newsletter/.DS_Store": b"junk",
        },
    )
    package = read_package(path)
    assert package.html_name == "newsletter/index.html"
    assert set(package.images) == {"newsletter/images/logo.png", "newsletter/images/Photo 1.jpg"}
    assert package.images["newsletter/images/logo.png"] == PNG
    assert package.skipped == ("newsletter/readme.txt",)
    assert package.image_for("images/logo.png") == "newsletter/images/logo.png"
    assert package.image_for("./images/Photo%201.JPG") == "newsletter/images/Photo 1.jpg"
    assert package.image_for("https://cdn.example.com/logo.png") is None
    assert package.image_for("images/missing.png") is None


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("../evil.html", "points outside the archive (../evil.html)"),
        ("images/../../evil.png", "points outside the archive"),
        ("..\\..\\evil.png", "points outside the archive"),
        ("/etc/passwd", "absolute path (/etc/passwd)"),
        ("C:\\Windows\\evil.dll", "absolute path"),
    ],
)
def test_zip_slip_entries_are_refused(tmp_path: Path, name: str, says: str) -> None:
    path = make_zip(tmp_path / "mail.zip", {"index.html": b"<p>x</p>", name: b"x"})
    assert says in refusal(path)


def test_a_link_entry_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mail.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("index.html", b"<p>x</p>")
        link = zipfile.ZipInfo("logo.png")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, b"/etc/passwd")
    assert "holds a link (logo.png)" in refusal(path)


def test_more_than_500_entries_are_refused(tmp_path: Path) -> None:
    files = {"index.html": b"<p>x</p>"} | {f"img/{n}.png": PNG for n in range(500)}
    assert (
        refusal(make_zip(tmp_path / "mail.zip", files))
        == "The archive holds 501 files: at most 500 are allowed."
    )


def test_an_archive_unpacking_to_more_than_25_mb_is_refused(tmp_path: Path) -> None:
    letters = bytes(b"ACGT"[b % 4] for b in range(256))
    chunk = os.urandom(1024 * 1024).translate(letters)  # compresses about 4 times
    files = {"index.html": b"<p>x</p>"} | {f"img/{n}.png": chunk for n in range(26)}
    assert "more than 25 MB" in refusal(make_zip(tmp_path / "mail.zip", files))


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = make_zip(
        tmp_path / "bomb.zip", {"index.html": b"<p>x</p>", "img/a.png": b"\x00" * (20 * 1024 * 1024)}
    )
    assert "compressed more than 100 times" in refusal(path)


def test_a_bomb_with_lying_sizes_is_caught_while_it_unpacks(tmp_path: Path) -> None:
    """The headers claim a modest ratio; only the bytes the entry really spans show it is a bomb."""
    payload = b"\x00" * (8 * 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("img/a.png", payload, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("img/b.png", os.urandom(200 * 1024))
        archive.writestr("index.html", b"<p>x</p>")
    data = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        real = archive.getinfo("img/a.png").compress_size
    lie = struct.pack("<I", 100 * 1024)  # 8 MB from 100 KB: a ratio of 80 on paper
    assert struct.unpack_from("<I", data, 18)[0] == real
    data[18:22] = lie
    central = data.find(b"PK\x01\x02")
    assert struct.unpack_from("<I", data, central + 20)[0] == real
    data[central + 20 : central + 24] = lie
    path = tmp_path / "liar.zip"
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("img/a.png").compress_size == 100 * 1024
        assert archive.read("img/a.png") == payload  # zipfile alone would unpack it
    assert refusal(path).startswith("A file in the archive (img/a.png) is compressed more than 100 times")


def test_an_archive_without_html_or_with_several_is_refused(tmp_path: Path) -> None:
    assert "no HTML file" in refusal(make_zip(tmp_path / "a.zip", {"logo.png": PNG}))
    both = make_zip(tmp_path / "b.zip", {"de.html": b"<p>x</p>", "en/index.htm": b"<p>y</p>"})
    assert refusal(both) == "The archive holds several HTML files (de.html, en/index.htm): keep exactly one."


def test_a_binary_file_named_html_inside_an_archive_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"index.html": PNG})
    assert refusal(path) == "The HTML file index.html is a PNG image, not an HTML page."


def test_a_damaged_or_protected_archive_is_refused(tmp_path: Path) -> None:
    good = make_zip(tmp_path / "good.zip", {"index.html": b"<p>x</p>" * 1000})
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good.read_bytes()[:-30])
    assert "is damaged" in refusal(broken)
    locked = tmp_path / "locked.zip"
    data = bytearray(make_zip(tmp_path / "plain.zip", {"index.html": b"<p>x</p>"}).read_bytes())
    central = data.find(b"PK\x01\x02")
    data[6] |= 0x1  # the "encrypted" flag, in the local header and the central directory
    data[central + 8] |= 0x1
    locked.write_bytes(bytes(data))
    assert "password-protected" in refusal(locked)


def test_two_entries_of_one_name_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("index.html", b"<p>a</p>")
        with pytest.warns(UserWarning):
            archive.writestr("index.html", b"<p>b</p>")
    assert "two files named index.html" in refusal(path)


# --- data URLs and export -------------------------------------------------------------


def test_a_file_becomes_a_utf8_html_data_url(tmp_path: Path) -> None:
    path = tmp_path / "mail.html"
    path.write_bytes(f'<meta charset="windows-1251">{RUSSIAN}'.encode("cp1251"))
    url = package_to_data_url(path)
    assert url.startswith("data:text/html;base64,")
    assert dataurl.decode(url).text().startswith('<meta charset="utf-8"><p>Здравствуйте')
    assert package_from_data_url(url).html == read_package(path).html


def test_an_archive_goes_through_a_data_url_and_back(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "mail.zip", {"index.html": b'<img src="logo.png" alt="">', "logo.png": PNG})
    url = package_to_data_url(path)
    assert url.startswith("data:application/zip;base64,")
    package = package_from_data_url(url)
    assert package == HtmlPackage('<img src="logo.png" alt="">', {"logo.png": PNG}, "index.html")


def test_a_bad_data_url_is_a_sentence() -> None:
    with pytest.raises(PackageError, match="Not a data URL"):
        package_from_data_url("https://example.com/x.html")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", b"<p>x</p>")
        archive.writestr("../x.png", PNG)
    with pytest.raises(PackageError, match="outside the archive"):
        package_from_data_url(dataurl.encode(bomb.getvalue(), dataurl.ZIP))


def test_export_writes_html_or_zip_and_refuses_to_lose_images(tmp_path: Path) -> None:
    package = HtmlPackage('<img src="a/logo.png">', {"a/logo.png": PNG}, "mail.html")
    write_package(package, tmp_path / "out.zip")
    assert read_package(tmp_path / "out.zip") == package
    with pytest.raises(PackageError, match=r"export it as a \.zip"):
        write_package(package, tmp_path / "out.html")
    assert not (tmp_path / "out.html").exists()
    write_package(HtmlPackage("<p>Привет</p>"), tmp_path / "page.html")
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == "<p>Привет</p>"


def test_export_of_a_data_url_writes_what_is_sent(tmp_path: Path) -> None:
    archive = archive_bytes(HtmlPackage("<p>x</p>", {"logo.png": PNG}))
    url = dataurl.encode(archive, dataurl.ZIP)
    export_data_url(url, tmp_path / "sent.zip")
    assert (tmp_path / "sent.zip").read_bytes() == archive
    export_data_url(package_data_url(HtmlPackage("<p>y</p>")), tmp_path / "sent.html")
    assert (tmp_path / "sent.html").read_bytes() == b"<p>y</p>"


def test_export_into_a_missing_folder_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="could not be written"):
        write_package(HtmlPackage("<p>x</p>"), tmp_path / "missing" / "x.html")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4096), st.sampled_from(["x.html", "x.zip", "x.htm"]))
def test_any_bytes_give_a_package_or_a_sentence(tmp_path: Path, content: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    try:
        package = read_package(path)
    except PackageError as error:
        assert str(error).endswith(".")
    else:
        assert isinstance(package.html, str)
