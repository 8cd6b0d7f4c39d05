"""Pre-send checks of an email draft, per language, each finding at its field and line.

``check_email(payload)`` reads the draft payload (``subject_de``, ``text_html_de``, ...) and
checks the default content and each of the ten languages that has any. A language that
leaves a part empty falls back to the default one (``subject_de`` empty: the default
``subject`` is sent), which is information, not an error. Lines are 1-based lines of the
field's own text (of the HTML file inside a ``file_html`` package). Gmail clipping counts
what publishing sends: the HTML after CSS inlining when the email's ``$inline_css`` is on.

Each finding's words are a :class:`~app.domain.sentences.Sentence` (context "Checks") the UI
translates, numbers apart; ``Finding.message`` is the English sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final
from urllib.parse import urlsplit

from app.authoring import amp, client_support
from app.authoring.html_scan import HtmlScan, scan_html
from app.authoring.inlining import inlined_size
from app.authoring.packages import PackageError, package_from_data_url
from app.authoring.template_vars import read_template
from app.domain.inlined_html import wants_inlining
from app.domain.languages import LANGUAGES, Language, SuffixStyle, field_name
from app.domain.sentences import Sentence

CONTEXT: Final = "Checks"

GMAIL_CLIP_BYTES: Final = 102 * 1024
# Bigger HTML gets only its template and size checked: reading all of it would keep the
# other threads (the UI's) waiting on the parsers for a noticeable time.
MAX_CHECKED_CHARS: Final = 2_000_000
_MAX_PER_CODE: Final = 25  # findings of one kind in one field; the rest are counted in one more
_STYLE: Final = SuffixStyle.EMAIL
_LINK_SCHEMES: Final = ("http", "https", "mailto", "tel")
# Words of an unsubscribe link in the app's ten languages, lower case.
_UNSUBSCRIBE: Final = (
    "unsubscribe",
    "unsub",
    "opt-out",
    "opt out",
    "optout",
    "отпис",
    "abmelden",
    "abbestellen",
    "désinscri",
    "desinscri",
    "désabonn",
    "desabonn",
    "disiscri",
    "cancella l'iscrizione",
    "annulla l'iscrizione",
    "darse de baja",
    "dar de baja",
    "darte de baja",
    "cancelar suscripción",
    "cancelar la suscripción",
    "abonelik",
    "wypisz",
    "rezygn",
    "退订",
    "取消订阅",
    "退訂",
    "수신거부",
    "수신 거부",
    "구독 취소",
    "구독취소",
)


_UNSUBSCRIBE_TAG: Final = re.compile(r"\{[{%][^}]*unsub[^}]*[}%]\}", re.IGNORECASE)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Code(StrEnum):
    GMAIL_CLIPPING = "gmail-clipping"
    IMAGE_ALT_MISSING = "image-alt-missing"
    SUBJECT_MISSING = "subject-missing"
    BODY_MISSING = "body-missing"
    PLAIN_TEXT_MISSING = "plain-text-missing"
    HTML_LANG_MISSING = "html-lang-missing"
    LINK_EMPTY = "link-empty"
    LINK_SCHEME = "link-scheme"
    VARIABLE_UNDECLARED = "variable-undeclared"
    TEMPLATE_SYNTAX = "template-syntax"
    AMP_INVALID = "amp-invalid"
    UNSUBSCRIBE_MISSING = "unsubscribe-missing"
    CLIENT_SUPPORT = "client-support"
    PACKAGE_INVALID = "package-invalid"  # a file_html that cannot be read


@dataclass(frozen=True, slots=True)
class Finding:
    code: Code
    severity: Severity
    field: str  # wire name, e.g. text_html_de
    line: int | None  # 1-based line of that field's text
    message: str  # an English sentence for the user
    help_url: str | None = None  # where to read more (caniemail.com for client support)
    sentence: Sentence | None = None  # the message to translate, when it was made as one

    @property
    def text(self) -> Sentence:
        """The message for the UI to translate (context "Checks")."""
        return self.sentence if self.sentence is not None else Sentence(self.message, context=CONTEXT)


def _says(template: str, **values: object) -> Sentence:
    return Sentence(template, values, context=CONTEXT)


def _counted(template: str, count: int) -> Sentence:
    return Sentence(template, count=count, context=CONTEXT)


def _finding(code: Code, severity: Severity, field: str, line: int | None, sentence: Sentence) -> Finding:
    return Finding(code, severity, field, line, str(sentence), None, sentence)


def check_email(payload: Mapping[str, Any], *, declared_fields: Iterable[str] = ()) -> list[Finding]:
    declared = frozenset(declared_fields)
    variants: list[Language | None] = [None, *LANGUAGES]
    filled = [lang for lang in variants if any(_text(payload, base, lang) for base in _PARTS)]
    if not filled:
        return [
            _finding(
                Code.SUBJECT_MISSING, Severity.ERROR, "subject", 1, _says("The email has no subject yet.")
            ),
            _finding(Code.BODY_MISSING, Severity.ERROR, "text_html", 1, _says("The email has no body yet.")),
        ]
    unsubscribe_needed = bool(payload.get("not_add_unsubscr_link"))
    findings: list[Finding] = []
    for language in filled:
        findings += _Variant(payload, language, declared, unsubscribe_needed).check()
    return findings


_PARTS: Final = ("subject", "text_html", "text_plain", "x_amp_html", "file_html")


def _text(payload: Mapping[str, Any], base: str, language: Language | None) -> str:
    value = payload.get(field_name(base, language, _STYLE))
    return value if isinstance(value, str) and value.strip() else ""


class _Variant:
    """The checks of one language (or of the default content)."""

    def __init__(
        self,
        payload: Mapping[str, Any],
        language: Language | None,
        declared: frozenset[str],
        unsubscribe_needed: bool,
    ) -> None:
        self.payload = payload
        self.language = language
        self.declared = declared
        self.unsubscribe_needed = unsubscribe_needed
        self.inlines = wants_inlining(payload)
        self.findings: list[Finding] = []

    def name(self, base: str) -> str:
        return field_name(base, self.language, _STYLE)

    def own(self, base: str) -> str:
        return _text(self.payload, base, self.language)

    def fallback(self, base: str) -> str:
        return _text(self.payload, base, None) if self.language is not None else ""

    def add(
        self,
        code: Code,
        severity: Severity,
        base: str,
        line: int | None,
        message: str | Sentence,
        help_url: str | None = None,
    ) -> None:
        sentence = message if isinstance(message, Sentence) else None
        self.findings.append(Finding(code, severity, self.name(base), line, str(message), help_url, sentence))

    def check(self) -> list[Finding]:
        package_html = self._package_html()
        has_html = bool(self.own("text_html") or package_html is not None)
        self._check_presence(has_html)
        for base in ("subject", "text_plain"):
            if self.own(base):
                self._check_template(base, self.own(base))
        if self.own("text_html"):
            self._check_html("text_html", self.own("text_html"))
        if package_html is not None:
            self._check_html("file_html", package_html)
        if self.own("x_amp_html"):
            self._check_amp(self.own("x_amp_html"))
        return self.findings

    # --- what is there ----------------------------------------------------------------

    def _package_html(self) -> str | None:
        url = self.own("file_html")
        if not url:
            return None
        try:
            return package_from_data_url(url.strip()).html
        except PackageError as exc:
            self.add(Code.PACKAGE_INVALID, Severity.ERROR, "file_html", None, exc.sentence)
            return None

    def _check_presence(self, has_html: bool) -> None:
        has_subject = bool(self.own("subject"))
        has_body = has_html or bool(self.own("text_plain"))
        if has_body and not has_subject:
            if self.fallback("subject"):
                self.add(
                    Code.SUBJECT_MISSING,
                    Severity.INFO,
                    "subject",
                    1,
                    _says("This language has no subject of its own: the default subject is sent."),
                )
            else:
                self.add(
                    Code.SUBJECT_MISSING,
                    Severity.WARNING,
                    "subject",
                    1,
                    _says("The email has a body but no subject."),
                )
        if not has_html:
            if self.fallback("text_html") or self.fallback("file_html"):
                if has_subject or self.own("x_amp_html"):
                    self.add(
                        Code.BODY_MISSING,
                        Severity.INFO,
                        "text_html",
                        1,
                        _says("This language has no HTML body of its own: the default body is sent."),
                    )
            elif self.own("x_amp_html"):
                self.add(
                    Code.BODY_MISSING,
                    Severity.WARNING,
                    "text_html",
                    1,
                    _says("The AMP part needs an HTML body too: mail clients without AMP show the HTML."),
                )
            elif has_subject:
                self.add(
                    Code.BODY_MISSING,
                    Severity.WARNING,
                    "text_html",
                    1,
                    _says("The email has a subject but no body."),
                )
        if has_html and not self.own("text_plain"):
            if self.fallback("text_plain"):
                self.add(
                    Code.PLAIN_TEXT_MISSING,
                    Severity.INFO,
                    "text_plain",
                    1,
                    _says("This language has no plain text of its own: the default plain text is sent."),
                )
            else:
                self.add(
                    Code.PLAIN_TEXT_MISSING,
                    Severity.WARNING,
                    "text_plain",
                    1,
                    _says(
                        "There is no plain-text version: some readers and spam filters expect one. "
                        "Generate it from the HTML."
                    ),
                )

    # --- templates --------------------------------------------------------------------

    def _check_template(self, base: str, source: str) -> None:
        reading = read_template(source)
        if reading.syntax_error is not None:
            self.add(
                Code.TEMPLATE_SYNTAX,
                Severity.ERROR,
                base,
                reading.syntax_line,
                _says("Template syntax error: {error}", error=reading.syntax_error),
            )
            return
        for variable, line in reading.variables.items():
            if variable not in self.declared:
                self.add(
                    Code.VARIABLE_UNDECLARED,
                    Severity.WARNING,
                    base,
                    line,
                    _says(
                        "\u201c{variable}\u201d is not a declared profile field, so it stays empty. "
                        "Declare it in the account's profile fields, or check its spelling.",
                        variable=variable,
                    ),
                )

    # --- HTML -------------------------------------------------------------------------

    def _check_html(self, base: str, html: str) -> None:
        self._check_template(base, html)
        too_big = len(html) > MAX_CHECKED_CHARS
        self._check_size(base, html, too_big)
        if too_big:
            return
        scan = scan_html(html)
        self._check_lang(base, scan)
        self._check_images(base, scan)
        self._check_links(base, scan)
        if self.unsubscribe_needed and not _has_unsubscribe(html, scan):
            self.add(
                Code.UNSUBSCRIBE_MISSING,
                Severity.ERROR,
                base,
                None,
                _says(
                    "\u201cNo unsubscribe link\u201d is on, so the provider adds none: the body needs an "
                    "unsubscribe link of its own."
                ),
            )
        for item in client_support.unsupported_features(scan):
            self.add(
                Code.CLIENT_SUPPORT,
                Severity(item.severity),
                base,
                item.line,
                item.sentence or item.message,
                item.feature.url,
            )

    def _check_size(self, base: str, html: str, too_big: bool) -> None:
        size = len(html.encode("utf-8", errors="replace"))
        inlines = self.inlines and base == "text_html" and size <= GMAIL_CLIP_BYTES  # what publishing sends
        if inlines:
            size = inlined_size(html)
        if size <= GMAIL_CLIP_BYTES:
            return
        kilobytes = round(size / 1024)
        if inlines:
            clipped = _says(
                "Gmail clips emails over 102 KB and hides the rest behind a link: this HTML is "
                "{size} KB after CSS inlining.",
                size=kilobytes,
            )
        else:
            clipped = _says(
                "Gmail clips emails over 102 KB and hides the rest behind a link: this HTML is {size} KB.",
                size=kilobytes,
            )
        if too_big:
            clipped = _says(
                "{clipped} Its other checks were skipped: it is over {limit} MB.",
                clipped=clipped,
                limit=MAX_CHECKED_CHARS // 1_000_000,
            )
        self.add(Code.GMAIL_CLIPPING, Severity.WARNING, base, None, clipped)

    def _check_lang(self, base: str, scan: HtmlScan) -> None:
        element = scan.first("html")
        if element is not None and element.attrs.get("lang", "").strip():
            return
        code = self.language.value if self.language is not None else "en"
        self.add(
            Code.HTML_LANG_MISSING,
            Severity.WARNING,
            base,
            element.line if element else 1,
            _says(
                'The <html> element has no lang attribute (for example lang="{code}"): screen readers '
                "and translation tools need it.",
                code=code,
            ),
        )

    def _check_images(self, base: str, scan: HtmlScan, tags: tuple[str, ...] = ("img",)) -> None:
        missing = [e for e in scan.elements if e.tag in tags and "alt" not in e.attrs]
        for element in missing[:_MAX_PER_CODE]:
            self.add(
                Code.IMAGE_ALT_MISSING,
                Severity.WARNING,
                base,
                element.line,
                _says(
                    'This image has no alt text: it is what readers see when images are off (use alt="" '
                    "for a decorative image)."
                ),
            )
        if len(missing) > _MAX_PER_CODE:
            more = _counted("%Ln more image(s) without alt text.", len(missing) - _MAX_PER_CODE)
            self.add(Code.IMAGE_ALT_MISSING, Severity.WARNING, base, None, more)

    def _check_links(self, base: str, scan: HtmlScan) -> None:
        empty = scheme = 0
        for link in scan.links:
            if link.href is None:
                continue  # a named anchor, not a link
            href = link.href.strip()
            problem = _link_problem(href, bool(link.text.strip()) or link.has_image)
            if problem is None:
                continue
            code, message = problem
            count = empty if code is Code.LINK_EMPTY else scheme
            if count < _MAX_PER_CODE:
                self.add(code, Severity.WARNING, base, link.line, message)
            if code is Code.LINK_EMPTY:
                empty += 1
            else:
                scheme += 1
        if empty > _MAX_PER_CODE:
            more = _counted("%Ln more link(s) going nowhere.", empty - _MAX_PER_CODE)
            self.add(Code.LINK_EMPTY, Severity.WARNING, base, None, more)
        if scheme > _MAX_PER_CODE:
            more = _counted(
                "%Ln more link(s) with addresses that do not work in an email.", scheme - _MAX_PER_CODE
            )
            self.add(Code.LINK_SCHEME, Severity.WARNING, base, None, more)

    def _check_amp(self, source: str) -> None:
        self._check_template("x_amp_html", source)
        scan = scan_html(source)
        for problem in amp.amp_problems(scan):
            self.add(Code.AMP_INVALID, Severity.ERROR, "x_amp_html", problem.line, problem.sentence)
        self._check_images("x_amp_html", scan, ("amp-img",))
        self._check_links("x_amp_html", scan)


def _link_problem(href: str, has_text: bool) -> tuple[Code, Sentence] | None:
    if href in ("", "#"):
        return Code.LINK_EMPTY, _says("This link goes nowhere: give it an address.")
    if href.startswith(("{{", "{%")):
        return None  # the address comes from the template
    if not has_text:
        return Code.LINK_EMPTY, _says("This link has no text: readers cannot tell where it goes.")
    if href.startswith("#"):
        return None
    if href.startswith("//"):
        return Code.LINK_SCHEME, _says("This address starts with //: write it out with https://.")
    scheme = urlsplit(href).scheme.lower() if ":" in href.split("/", 1)[0] else ""
    if not scheme:
        return Code.LINK_SCHEME, _says(
            "This is a relative address, which only works on a website: write the full https:// address."
        )
    if scheme not in _LINK_SCHEMES:
        return Code.LINK_SCHEME, _says(
            "{scheme}: links do not work in email: use an http(s), mailto or tel address.", scheme=scheme
        )
    if scheme in ("mailto", "tel") and not href.split(":", 1)[1].strip():
        return Code.LINK_EMPTY, _says("This {scheme}: link has no address.", scheme=scheme)
    return None


def _has_unsubscribe(html: str, scan: HtmlScan) -> bool:
    for link in scan.links:
        where = f"{link.href or ''} {link.text}".lower()
        if any(word in where for word in _UNSUBSCRIBE):
            return True
    # {{ unsubscribe_url }} and the like: a link the template writes
    return _UNSUBSCRIBE_TAG.search(html) is not None
