"""The .eml of a language: parts in order, images as related parts, headers encoded."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.authoring.eml import EmlError, build_eml, email_parts, write_eml
from app.authoring.packages import HtmlPackage, package_data_url

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
GIF = b"GIF89a" + bytes(range(32))


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert not message.defects
    return message


def content_types(message: EmailMessage) -> list[str]:
    return [part.get_content_type() for part in message.walk()]


PAYLOAD = {
    "from_address": "Shop <news@shop.example.com>",
    "subject": "Our spring sale",
    "text_plain": "Hello",
    "text_html": "<html><body><p>Hello</p></body></html>",
    "subject_de": "Frühlingsangebote für {{ first_name }} 🎉",
    "text_plain_de": "Hallo {{ first_name }}",
    "text_html_de": "<html lang=de><body><p>Hallo {{ first_name }}</p></body></html>",
    "x_amp_html_de": "<html ⚡4email><body>AMP</body></html>",
}


def test_a_language_becomes_multipart_alternative_in_client_order() -> None:
    message = parse(build_eml(PAYLOAD, "de", now=datetime(2025, 3, 1, 9, 30, tzinfo=UTC)))
    assert content_types(message) == ["multipart/alternative", "text/plain", "text/x-amp-html", "text/html"]
    assert message["Subject"] == "Frühlingsangebote für {{ first_name }} 🎉"
    assert message["From"].addresses[0].addr_spec == "news@shop.example.com"
    assert message["Date"] == "Sat, 01 Mar 2025 09:30:00 +0000"
    assert message["Content-Language"] == "de"
    assert message["X-Unsent"] == "1"
    assert message["Message-ID"].startswith("<")
    parts = list(message.iter_parts())
    assert parts[0].get_content().rstrip() == "Hallo {{ first_name }}"
    assert "⚡4email" in parts[1].get_content()
    assert "Hallo" in parts[2].get_content()


def test_a_non_ascii_subject_is_encoded_in_the_header() -> None:
    data = build_eml(PAYLOAD, "de")
    raw_headers = data.split(b"\r\n\r\n", 1)[0]
    assert raw_headers.isascii()
    assert b"=?utf-8?" in raw_headers
    assert parse(data)["Subject"].endswith("🎉")


def test_with_a_profile_the_parts_are_rendered() -> None:
    message = parse(build_eml(PAYLOAD, "de", profile={"first_name": "Jürgen <J>"}))
    assert message["Subject"] == "Frühlingsangebote für Jürgen <J> 🎉"
    plain, _amp, html = message.iter_parts()
    assert plain.get_content().startswith("Hallo Jürgen <J>")
    assert "Hallo Jürgen &lt;J&gt;" in html.get_content()


def test_a_language_missing_parts_falls_back_to_the_default_fields() -> None:
    payload = {**PAYLOAD, "subject_fr": "", "text_html_fr": "<p>Bonjour</p>"}
    message = parse(build_eml(payload, "fr"))
    assert message["Subject"] == "Our spring sale"
    assert content_types(message) == ["multipart/alternative", "text/plain", "text/html"]
    assert "Bonjour" in list(message.iter_parts())[1].get_content()
    default = parse(build_eml(PAYLOAD, None))
    assert default["Subject"] == "Our spring sale" and default["Content-Language"] is None


def test_package_images_travel_as_related_parts_with_content_ids() -> None:
    package = HtmlPackage(
        '<html><body><img src="img/logo.png" alt="Logo"><img src="https://cdn.example.com/x.png" alt="x">'
        "<td background='img/bg.gif' style=\"background: url('img/bg.gif')\">x</td></body></html>",
        {"img/logo.png": PNG, "img/bg.gif": GIF, "img/unused.png": PNG},
        "index.html",
    )
    payload = {
        "subject_it": "Ciao",
        "text_plain_it": "Ciao",
        "file_html_it": package_data_url(package),
        "text_html_it": "<p>edited body, replaced by the package</p>",
    }
    message = parse(build_eml(payload, "it"))
    assert content_types(message) == [
        "multipart/alternative",
        "text/plain",
        "multipart/related",
        "text/html",
        "image/png",
        "image/gif",
    ]
    related = list(message.iter_parts())[1]
    html_part, logo, background = related.iter_parts()
    html = html_part.get_content()
    logo_cid = logo["Content-ID"].strip("<>")
    background_cid = background["Content-ID"].strip("<>")
    assert f'src="cid:{logo_cid}"' in html
    assert f"background='cid:{background_cid}'" in html and f"url('cid:{background_cid}')" in html
    assert 'src="https://cdn.example.com/x.png"' in html
    assert logo.get_content() == PNG
    assert logo.get_filename() == "logo.png"
    assert logo["Content-Disposition"].startswith("inline")
    assert "edited body" not in html


def test_long_minified_html_lines_are_wrapped_by_the_transfer_encoding() -> None:
    html = "<p>" + "word " * 5000 + "</p>"
    data = build_eml({"subject": "x", "text_html": html}, None)
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    assert parse(data).get_body(("html",)).get_content().startswith("<p>word word")  # type: ignore[union-attr]


def test_an_email_without_a_body_cannot_be_exported() -> None:
    with pytest.raises(EmlError, match="no body"):
        build_eml({"subject": "only a subject"}, None)


def test_email_parts_say_what_a_language_sends() -> None:
    parts = email_parts(PAYLOAD, "pl")
    assert (parts.subject, parts.text_plain, parts.html) == ("Our spring sale", "Hello", PAYLOAD["text_html"])


def test_writing_the_file(tmp_path: Path) -> None:
    data = build_eml(PAYLOAD, "de")
    write_eml(tmp_path / "test.eml", data)
    assert parse((tmp_path / "test.eml").read_bytes())["Subject"].startswith("Frühlingsangebote")
    with pytest.raises(EmlError, match="could not be written"):
        write_eml(tmp_path / "missing" / "test.eml", data)
