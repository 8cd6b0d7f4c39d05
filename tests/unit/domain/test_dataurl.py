"""Data URLs of file_html: building, detecting ZIPs, decoding safely."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest

from app.domain.dataurl import (
    HTML,
    ZIP,
    DataUrlError,
    decode,
    decoded_size,
    detect_mediatype,
    encode,
    encode_html,
)
from app.domain.validation import check_data_url


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", "<html><img src='logo.png'></html>")
        archive.writestr("logo.png", b"\x89PNG\r\n\x1a\n")
    return buffer.getvalue()


def _empty_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w"):
        pass
    return buffer.getvalue()


def test_html_round_trip_and_server_validation_agree() -> None:
    html = "<html><body>Grüße, 你好</body></html>"
    url = encode_html(html)
    assert url.startswith("data:text/html;base64,")
    assert check_data_url(url) is None
    content = decode(url)
    assert content.mediatype == HTML and not content.is_zip
    assert content.text() == html


def test_zip_is_detected_by_its_magic() -> None:
    data = _zip_bytes()
    assert detect_mediatype(data) == ZIP
    assert detect_mediatype(_empty_zip()) == ZIP
    assert detect_mediatype(b"<html></html>") == HTML
    url = encode(data)
    assert url.startswith("data:application/zip;base64,")
    assert check_data_url(url) is None
    content = decode(url)
    assert content.is_zip and content.data == data
    with pytest.raises(DataUrlError, match="ZIP archive, not an HTML"):
        content.text()


def test_line_wrapped_base64_and_charset_parameter_are_read() -> None:
    body = base64.encodebytes(b"<p>" + b"x" * 200 + b"</p>").decode()  # wrapped at 76 columns
    assert "\n" in body
    assert decode(f"data:text/html;charset=utf-8;base64,{body}").data.startswith(b"<p>x")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("https://example.com/page.html", "Not a data URL"),
        ("data:text/html,<p>plain</p>", "Not a data URL"),
        ("data:image/png;base64,iVBORw0KGgo=", "not image/png"),
        ("data:text/html;base64,PGh0bWw+!!!", "valid base64"),
        ("data:text/html;base64,PGh0bWw", "valid base64"),  # missing padding
        ("data:text/html;base64,PGh0bWw+é", "valid base64"),
        ("data:application/zip;base64," + base64.b64encode(b"<html></html>").decode(), "not hold a ZIP"),
        ("data:application/zip;base64," + base64.b64encode(b"PK\x03\x04 broken").decode(), "damaged"),
        ("data:text/html;base64," + base64.b64encode(b"PK\x03\x04...").decode(), "holds a ZIP"),
    ],
)
def test_bad_data_urls_say_what_is_wrong(url: str, fragment: str) -> None:
    with pytest.raises(DataUrlError, match=fragment):
        decode(url)


def test_size_limit_is_checked_before_decoding() -> None:
    url = encode(b"<html>" + b"a" * 10_000 + b"</html>")
    assert decoded_size(url) >= 10_000
    with pytest.raises(DataUrlError, match=r"larger than the limit of 4\.88 KB"):
        decode(url, max_bytes=5_000)
    assert decode(url, max_bytes=20_000).data.endswith(b"</html>")
    # An oversized body is refused even when it is not base64 at all: nothing is decoded.
    with pytest.raises(DataUrlError, match="larger"):
        decode("data:text/html;base64," + "!" * 10_000, max_bytes=1_000)


def test_html_that_is_not_utf8() -> None:
    with pytest.raises(DataUrlError, match="UTF-8"):
        decode(encode(b"<p>\xff\xfe</p>", HTML)).text()


def test_encode_refuses_other_mediatypes() -> None:
    with pytest.raises(DataUrlError):
        encode(b"x", "image/png")


def test_utf8_bom_is_dropped_from_html_text() -> None:
    assert decode(encode(b"\xef\xbb\xbf<p>hi</p>", HTML)).text() == "<p>hi</p>"
