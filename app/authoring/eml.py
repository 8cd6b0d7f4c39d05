"""An email draft as a MIME message (.eml), to open in Thunderbird, Outlook or Apple Mail.

``multipart/alternative`` with the parts the language has, least preferred first as mail
clients expect: ``text/plain``, ``text/x-amp-html``, ``text/html``. The images of an
HTML package go along as ``multipart/related`` parts with a Content-ID, and the HTML
points at them with ``cid:``. Subject and sender are the language's, falling back to the
default fields like every part. ``X-Unsent: 1`` makes Outlook open it as a draft that can
be sent to oneself.

Which HTML a language sends: its own ``file_html`` package, else its own ``text_html``,
else the default ones in the same order (an uploaded package replaces the edited body).
With a ``profile`` the parts are rendered with it, as the provider would for that person.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any, Final

from app.authoring.atomic_file import write_atomically
from app.authoring.packages import HtmlPackage, PackageError, image_type, package_from_data_url
from app.authoring.render import render
from app.domain.languages import Language, SuffixStyle, field_name
from app.domain.sentences import Sentence

_MSGID_DOMAIN: Final = "campaign-studio.invalid"
_REFERENCE: Final = re.compile(r"""(\b(?:src|background)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_CSS_URL: Final = re.compile(r"""(url\(\s*)(["']?)([^"')]+)\2(\s*\))""", re.IGNORECASE)


class EmlError(ValueError):
    """The message cannot be made or saved; ``str(error)`` is a sentence for the user,
    ``sentence`` the same for the UI to translate (context "Checks")."""

    def __init__(self, message: Sentence | str) -> None:
        self.sentence = message if isinstance(message, Sentence) else Sentence(message, context="Checks")
        super().__init__(str(self.sentence))


@dataclass(frozen=True, slots=True)
class EmailParts:
    """What one language of an email sends, each part after the fallback to the default."""

    subject: str = ""
    from_address: str = ""
    text_plain: str = ""
    x_amp_html: str = ""
    html: str = ""
    images: dict[str, bytes] = field(default_factory=dict)
    package: HtmlPackage | None = None


def email_parts(payload: Mapping[str, Any], language: Language | str | None) -> EmailParts:
    lang = Language(language) if language else None
    variants = [lang, None] if lang is not None else [None]

    def pick(base: str) -> str:
        for variant in variants:
            value = payload.get(field_name(base, variant, SuffixStyle.EMAIL))
            if isinstance(value, str) and value.strip():
                return value
        return ""

    html, package = "", None
    for variant in variants:
        url = payload.get(field_name("file_html", variant, SuffixStyle.EMAIL))
        if isinstance(url, str) and url.strip():
            try:
                package = package_from_data_url(url.strip())
            except PackageError as exc:
                raise EmlError(exc.sentence) from exc
            html = package.html
            break
        text = payload.get(field_name("text_html", variant, SuffixStyle.EMAIL))
        if isinstance(text, str) and text.strip():
            html = text
            break
    from_address = payload.get("from_address")
    return EmailParts(
        subject=pick("subject"),
        from_address=from_address.strip() if isinstance(from_address, str) else "",
        text_plain=pick("text_plain"),
        x_amp_html=pick("x_amp_html"),
        html=html,
        images=dict(package.images) if package else {},
        package=package,
    )


def build_eml(
    payload: Mapping[str, Any],
    language: str | None,
    *,
    profile: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> bytes:
    parts = email_parts(payload, language)
    if not (parts.html or parts.text_plain or parts.x_amp_html):
        raise EmlError(Sentence("This language has no body to put in a message yet.", context="Checks"))
    subject, plain, amp, html = parts.subject, parts.text_plain, parts.x_amp_html, parts.html
    if profile is not None:
        subject = render(subject, profile, html=False).html
        plain = render(plain, profile, html=False).html
        amp = render(amp, profile).html
        html = render(html, profile).html

    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = " ".join(subject.split())
    if parts.from_address:
        _set_from(message, parts.from_address)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=_MSGID_DOMAIN)
    message["X-Unsent"] = "1"

    bodies = [(plain, "plain"), (amp, "x-amp-html"), (html, "html")]
    present = [(text, subtype) for text, subtype in bodies if text]
    first_text, first_subtype = present[0]
    message.set_content(first_text, subtype=first_subtype, charset="utf-8")
    if len(present) > 1:
        for text, subtype in present[1:]:
            message.add_alternative(text, subtype=subtype, charset="utf-8")
    if html and parts.package is not None and parts.images:
        _attach_images(message, parts.package)
    if language:  # after the content: setting content clears the Content-* headers
        message["Content-Language"] = Language(language).value
    return message.as_bytes()


def write_eml(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        sentence = Sentence(
            "{name} could not be written: {reason}.", {"name": path.name, "reason": reason}, context="Checks"
        )
        raise EmlError(sentence) from exc


def _set_from(message: EmailMessage, address: str) -> None:
    try:
        message["From"] = address
    except (ValueError, IndexError, TypeError):
        # A from address the header parser refuses (an IDN domain, say): spelled out in ASCII.
        local, _, domain = address.rpartition("@")
        try:
            message["From"] = Address(addr_spec=f"{local}@{domain.encode('idna').decode('ascii')}")
        except (ValueError, UnicodeError) as exc:
            sentence = Sentence(
                "The from address {address} cannot be written into a message.",
                {"address": address},
                context="Checks",
            )
            raise EmlError(sentence) from exc


def _html_part(message: EmailMessage) -> EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part
    return None


def _attach_images(message: EmailMessage, package: HtmlPackage) -> None:
    part = _html_part(message)
    if part is None:
        return
    html = part.get_content()
    cids: dict[str, str] = {}

    def cid_for(reference: str) -> str | None:
        name = package.image_for(reference)
        if name is None:
            return None
        if name not in cids:
            cids[name] = make_msgid(domain=_MSGID_DOMAIN)[1:-1]
        return f"cid:{cids[name]}"

    def attribute(match: re.Match[str]) -> str:
        target = cid_for(match.group(3))
        return f"{match.group(1)}{match.group(2)}{target}{match.group(2)}" if target else match.group(0)

    def css_url(match: re.Match[str]) -> str:
        target = cid_for(match.group(3))
        return (
            f"{match.group(1)}{match.group(2)}{target}{match.group(2)}{match.group(4)}"
            if target
            else (match.group(0))
        )

    html = _CSS_URL.sub(css_url, _REFERENCE.sub(attribute, html))
    part.set_content(html, subtype="html", charset="utf-8")
    for name, cid in cids.items():
        maintype, _, subtype = image_type(name).partition("/")
        part.add_related(
            package.images[name],
            maintype=maintype,
            subtype=subtype,
            cid=f"<{cid}>",
            filename=Path(name).name,
            disposition="inline",
        )
