"""Pre-send checks: every code, per language, at the right field and line."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.authoring.checks import GMAIL_CLIP_BYTES, Code, Finding, Severity, check_email
from app.authoring.packages import HtmlPackage, archive_bytes
from app.authoring.template_vars import BUILTIN_VARIABLES
from app.domain import dataurl

GOOD_HTML = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Neu</title></head>
<body>
<p>Hallo {{ first_name }},</p>
<p><a href="https://shop.example.com/neu">Neuheiten ansehen</a></p>
<p><img src="https://cdn.example.com/logo.png" alt="Example"></p>
<p><a href="{{ unsubscribe_url }}">Abmelden</a> · <a href="mailto:help@example.com">Hilfe</a></p>
</body>
</html>
"""

GOOD_AMP = """<!doctype html>
<html ⚡4email lang="de">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<style amp4email-boilerplate>body{visibility:hidden}</style>
</head>
<body>
<amp-img src="https://cdn.example.com/a.png" width="100" height="50" alt="A"></amp-img>
<button on="tap:AMP.setState({open: true})">Open</button>
</body>
</html>
"""


def codes(findings: list[Finding], field: str | None = None) -> list[str]:
    return [f.code.value for f in findings if field is None or f.field == field]


def only(findings: list[Finding], code: Code) -> list[Finding]:
    return [f for f in findings if f.code is code]


def good_payload(**extra: object) -> dict[str, object]:
    return {
        "subject_de": "Neu für {{ first_name }}",
        "text_html_de": GOOD_HTML,
        "text_plain_de": "Hallo {{ first_name }}",
        **extra,
    }


DECLARED = ("first_name", "unsubscribe_url")


def test_a_complete_language_has_no_findings() -> None:
    assert check_email(good_payload(), declared_fields=DECLARED) == []


def test_an_empty_email_misses_subject_and_body() -> None:
    findings = check_email({})
    assert [(f.code, f.severity, f.field) for f in findings] == [
        (Code.SUBJECT_MISSING, Severity.ERROR, "subject"),
        (Code.BODY_MISSING, Severity.ERROR, "text_html"),
    ]


def test_subject_without_body_and_body_without_subject() -> None:
    findings = check_email(
        {
            "subject_fr": "Bonjour",
            "text_html_it": GOOD_HTML.replace('lang="de"', 'lang="it"'),
            "text_plain_it": "Ciao",
        },
        declared_fields=DECLARED,
    )
    assert [(f.code, f.field, f.severity) for f in findings] == [
        (Code.BODY_MISSING, "text_html_fr", Severity.WARNING),
        (Code.SUBJECT_MISSING, "subject_it", Severity.WARNING),
    ]


def test_a_language_without_its_own_part_falls_back_to_the_default_as_information() -> None:
    payload = {
        "subject": "Hi",
        "text_html": GOOD_HTML.replace('lang="de"', 'lang="en"'),
        "text_plain": "Hi",
        "subject_de": "Hallo",
    }
    findings = only(check_email(payload, declared_fields=DECLARED), Code.BODY_MISSING)
    assert [(f.field, f.severity) for f in findings] == [("text_html_de", Severity.INFO)]


def test_missing_plain_text_is_a_warning() -> None:
    payload = good_payload()
    del payload["text_plain_de"]
    findings = check_email(payload, declared_fields=DECLARED)
    assert [(f.code, f.field, f.severity) for f in findings] == [
        (Code.PLAIN_TEXT_MISSING, "text_plain_de", Severity.WARNING)
    ]


def test_a_chinese_body_is_checked_under_its_wire_name() -> None:
    payload = {"subject_zh": "你好", "text_html_zh": "<p>你好 {{ nickname }}</p>", "text_plain_zh": "你好"}
    findings = check_email(payload)
    assert {f.field for f in findings} == {"text_html_zh"}
    assert set(codes(findings)) == {"html-lang-missing", "variable-undeclared"}
    assert 'lang="zh"' in only(findings, Code.HTML_LANG_MISSING)[0].message


def test_lines_point_into_the_field() -> None:
    html = GOOD_HTML.replace(
        '<img src="https://cdn.example.com/logo.png" alt="Example">',
        '<img src="https://cdn.example.com/logo.png">',
    )
    html = html.replace(
        "<p>Hallo {{ first_name }},</p>", "<p>Hallo {{ first_name }},</p>\n<p>{{ vorname }}</p>"
    )
    findings = check_email(good_payload(text_html_de=html), declared_fields=DECLARED)
    lines = {f.code: f.line for f in findings}
    assert lines[Code.VARIABLE_UNDECLARED] == 6
    assert lines[Code.IMAGE_ALT_MISSING] == 8
    assert all(f.field == "text_html_de" for f in findings)


def test_images_without_alt_but_not_decorative_ones() -> None:
    html = GOOD_HTML.replace("<title>", "<title>").replace(
        "</body>", '<img src="a.png" alt=""><img src="b.png">\n<img src="c.png"></body>'
    )
    findings = only(
        check_email(good_payload(text_html_de=html), declared_fields=DECLARED), Code.IMAGE_ALT_MISSING
    )
    assert [f.line for f in findings] == [9, 10]


def test_html_lang_missing() -> None:
    findings = check_email(
        good_payload(text_html_de=GOOD_HTML.replace(' lang="de"', "")), declared_fields=DECLARED
    )
    assert [(f.code, f.line) for f in findings] == [(Code.HTML_LANG_MISSING, 2)]
    fragment = check_email(good_payload(text_html_de="<p>Hallo</p>"), declared_fields=DECLARED)
    assert [(f.code, f.line) for f in fragment] == [(Code.HTML_LANG_MISSING, 1)]


@pytest.mark.parametrize(
    ("link", "code"),
    [
        ('<a href="">x</a>', Code.LINK_EMPTY),
        ('<a href="#">x</a>', Code.LINK_EMPTY),
        ('<a href="https://example.com"></a>', Code.LINK_EMPTY),
        ('<a href="mailto:">x</a>', Code.LINK_EMPTY),
        ('<a href="javascript:alert(1)">x</a>', Code.LINK_SCHEME),
        ('<a href="ftp://example.com/x">x</a>', Code.LINK_SCHEME),
        ('<a href="file:///C:/x.html">x</a>', Code.LINK_SCHEME),
        ('<a href="offers/spring.html">x</a>', Code.LINK_SCHEME),
        ('<a href="//example.com/x">x</a>', Code.LINK_SCHEME),
    ],
)
def test_bad_links(link: str, code: Code) -> None:
    html = GOOD_HTML.replace("</body>", f"\n{link}\n</body>")
    findings = check_email(good_payload(text_html_de=html), declared_fields=DECLARED)
    assert [(f.code, f.line) for f in findings] == [(code, 10)]


@pytest.mark.parametrize(
    "link",
    [
        '<a href="https://x.example/a?b=1">x</a>',
        '<a href="http://x.example">x</a>',
        '<a href="tel:+4930123">x</a>',
        '<a href="#top">x</a>',
        '<a href="{{ offer_url }}">x</a>',
        '<a name="top"></a>',
        '<a href="https://x.example"><img src="https://x.example/b.png" alt="Shop"></a>',
    ],
)
def test_good_links(link: str) -> None:
    html = GOOD_HTML.replace("</body>", f"{link}</body>")
    assert check_email(good_payload(text_html_de=html), declared_fields=(*DECLARED, "offer_url")) == []


def test_variables_undeclared_but_builtins_and_locals_are_not() -> None:
    html = GOOD_HTML.replace(
        "</body>",
        "{% set total = 3 %}{% for item in orders %}{{ loop.index }} {{ item.name }} {{ total }}{% endfor %}"
        "{{ email }} {{ uid }} {{ range(3)|list }}{% macro m(x) %}{{ x }}{% endmacro %}{{ m(1) }}"
        "{{ city }}</body>",
    )
    findings = only(
        check_email(good_payload(text_html_de=html), declared_fields=DECLARED), Code.VARIABLE_UNDECLARED
    )
    assert [f.message.split("\u201d")[0].lstrip("\u201c") for f in findings] == ["orders", "city"]
    assert {"range", "loop", "email", "uid"} <= BUILTIN_VARIABLES


def test_variables_in_the_subject_and_plain_text_are_checked_too() -> None:
    findings = check_email(
        good_payload(subject_de="Hi {{ vorname }}", text_plain_de="x\n{{ nachname }}"),
        declared_fields=DECLARED,
    )
    assert [(f.field, f.line) for f in findings] == [("subject_de", 1), ("text_plain_de", 2)]


def test_a_template_syntax_error_gives_its_line() -> None:
    html = GOOD_HTML.replace("<p>Hallo {{ first_name }},</p>", "<p>Hallo {{ first_name },</p>")
    findings = check_email(good_payload(text_html_de=html), declared_fields=DECLARED)
    assert [(f.code, f.severity, f.line) for f in findings] == [(Code.TEMPLATE_SYNTAX, Severity.ERROR, 5)]
    unclosed = check_email(good_payload(subject_de="Hallo {% if vip %}VIP"), declared_fields=DECLARED)
    assert codes(unclosed) == ["template-syntax"]


def test_unsubscribe_link_needed_when_the_provider_adds_none() -> None:
    assert check_email(good_payload(not_add_unsubscr_link=True), declared_fields=DECLARED) == []
    without = GOOD_HTML.replace('<a href="{{ unsubscribe_url }}">Abmelden</a> · ', "")
    findings = check_email(
        good_payload(text_html_de=without, not_add_unsubscr_link=True), declared_fields=DECLARED
    )
    assert [(f.code, f.severity) for f in findings] == [(Code.UNSUBSCRIBE_MISSING, Severity.ERROR)]
    assert check_email(good_payload(text_html_de=without), declared_fields=DECLARED) == []
    russian = without.replace(
        "</body>", '<a href="https://x.example/u?id=1">Отписаться от рассылки</a></body>'
    )
    assert (
        check_email(good_payload(text_html_de=russian, not_add_unsubscr_link=True), declared_fields=DECLARED)
        == []
    )


def test_gmail_clipping_counts_what_publishing_sends() -> None:
    rows = '<tr><td class="cell">Row text of a long table</td></tr>\n'
    style = (
        "<style>.cell { font-family: Arial, sans-serif; font-size: 14px; color: #333; padding: 8px; }</style>"
    )
    small = GOOD_HTML.replace("</head>", style + "</head>").replace(
        "</body>", f"<table>{rows}</table></body>"
    )
    assert (
        codes(
            check_email(good_payload(text_html_de=small, **{"$inline_css": True}), declared_fields=DECLARED)
        )
        == []
    )
    big = small.replace(rows, rows * (GMAIL_CLIP_BYTES // 60))  # under the limit as written, over it inlined
    assert len(big.encode()) < GMAIL_CLIP_BYTES
    assert check_email(good_payload(text_html_de=big), declared_fields=DECLARED) == []
    inlined = check_email(good_payload(text_html_de=big, **{"$inline_css": True}), declared_fields=DECLARED)
    assert [(f.code, f.field) for f in inlined] == [(Code.GMAIL_CLIPPING, "text_html_de")]
    assert "after CSS inlining" in inlined[0].message
    huge = big.replace(rows, rows * 3)
    as_written = only(
        check_email(good_payload(text_html_de=huge), declared_fields=DECLARED), Code.GMAIL_CLIPPING
    )
    assert len(as_written) == 1 and "inlining" not in as_written[0].message


def test_client_support_names_the_clients_and_the_line() -> None:
    html = GOOD_HTML.replace(
        "</head>",
        "<style>\n.b { border-radius: 4px; }\na:hover { color: red; }\n@media (max-width: 600px) { .x { } }\n"
        "</style></head>",
    ).replace(
        "</body>",
        '<form action="https://x.example"><input type="text"></form>\n'
        '<div style="display: flex">x</div></body>',
    )
    findings = only(
        check_email(good_payload(text_html_de=html), declared_fields=DECLARED), Code.CLIENT_SUPPORT
    )
    by_title = {f.message.split("\u201d")[0].lstrip("\u201c"): f for f in findings}
    assert by_title["border-radius"].line == 4
    assert (
        by_title["border-radius"].message == "\u201cborder-radius\u201d does not work in Outlook (Windows)."
    )
    assert by_title[":hover"].line == 5
    assert by_title["@media"].line == 6
    assert by_title["<form> element"].line == 13
    assert by_title["display:flex"].line == 14
    assert by_title["border-radius"].help_url == "https://www.caniemail.com/features/css-border-radius/"
    assert all(f.severity in (Severity.WARNING, Severity.INFO) for f in findings)


def test_a_valid_amp_part_passes_and_each_rule_is_checked() -> None:
    assert check_email(good_payload(x_amp_html_de=GOOD_AMP), declared_fields=DECLARED) == []
    broken = (
        GOOD_AMP.replace("⚡4email", "")
        .replace('<meta charset="utf-8">\n', "")
        .replace('<script async src="https://cdn.ampproject.org/v0.js"></script>\n', "")
        .replace(" amp4email-boilerplate", "")
        .replace("<amp-img", '<img src="x.png" alt="x">\n<amp-img')
        .replace(
            "</body>", '<script>alert(1)</script>\n<a href="javascript:go()" onclick="go()">x</a></body>'
        )
    )
    findings = only(
        check_email(good_payload(x_amp_html_de=broken), declared_fields=DECLARED), Code.AMP_INVALID
    )
    messages = " | ".join(f.message for f in findings)
    for expected in (
        "⚡4email",
        "meta charset",
        "AMP runtime",
        "amp4email-boilerplate",
        "<amp-img>",
        "<script>",
        "onclick",
        "javascript:",
    ):
        assert expected in messages
    assert {f.field for f in findings} == {"x_amp_html_de"}
    assert [f.line for f in findings if "<amp-img>" in f.message] == [8]


def test_an_amp_part_alone_needs_an_html_body() -> None:
    findings = check_email({"subject_de": "Hallo", "x_amp_html_de": GOOD_AMP})
    assert (Code.BODY_MISSING, "text_html_de") in [(f.code, f.field) for f in findings]


def test_an_html_package_is_checked_like_a_body() -> None:
    html = GOOD_HTML.replace('alt="Example"', "")
    package = HtmlPackage(html, {"logo.png": b"\x89PNG\r\n\x1a\n"})
    payload = {
        "subject_de": "Hallo",
        "file_html_de": dataurl.encode(archive_bytes(package), dataurl.ZIP),
        "text_plain_de": "x",
    }
    findings = check_email(payload, declared_fields=DECLARED)
    assert [(f.code, f.field, f.line) for f in findings] == [(Code.IMAGE_ALT_MISSING, "file_html_de", 7)]


def test_an_unreadable_package_is_reported_not_raised() -> None:
    bad = io.BytesIO()
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../escape.html", b"<p>x</p>")
    payload = {"subject_de": "Hallo", "file_html_de": dataurl.encode(bad.getvalue(), dataurl.ZIP)}
    findings = check_email(payload)
    assert (Code.PACKAGE_INVALID, Severity.ERROR) in [(f.code, f.severity) for f in findings]
    assert (Code.BODY_MISSING, "text_html_de") in [(f.code, f.field) for f in findings]


@pytest.mark.parametrize(
    "html",
    [
        "<p><b>unclosed <table><td>x",
        "\x00\x01\x02 binary \xff\ufffd",
        "<" * 10000,
        "{% for %}" * 100,
        "<html><html lang=>",
        "<!DOCTYPE><?xml?><![CDATA[x]]>",
        "<style>@media {{{</style>",
    ],
)
def test_html_that_does_not_parse_gives_findings_not_errors(html: str) -> None:
    findings = check_email({"subject": "x", "text_html": html, "text_plain": "x"})
    assert all(isinstance(f, Finding) for f in findings)


def test_many_problems_of_one_kind_are_summed_up() -> None:
    html = GOOD_HTML.replace("</body>", '<img src="x.png">\n' * 40 + "</body>")
    findings = only(
        check_email(good_payload(text_html_de=html), declared_fields=DECLARED), Code.IMAGE_ALT_MISSING
    )
    assert len(findings) == 26
    assert findings[-1].message == "15 more images without alt text."


def test_template_lines_are_right_across_long_text_and_windows_line_ends() -> None:
    text = "<p>text</p>\r\n" * 500
    html = f'<html lang="de">\r\n{text}{{{{ first_name }}}}\r\n{text}{{{{ nachname }}}}\r\n{text}{{% if x %}}'
    findings = check_email(good_payload(text_html_de=html), declared_fields=DECLARED)
    assert [(f.code, f.line) for f in findings] == [(Code.TEMPLATE_SYNTAX, 1504)]
    fixed = html + "{% endif %}"
    findings = only(
        check_email(good_payload(text_html_de=fixed), declared_fields=DECLARED), Code.VARIABLE_UNDECLARED
    )
    assert [(f.line, f.message.split("\u201d")[0].lstrip("\u201c")) for f in findings] == [
        (1003, "nachname"),
        (1504, "x"),
    ]


def test_html_over_2_mb_gets_only_its_template_and_size_checked() -> None:
    html = (
        '<html><body><img src="x.png">{{ vorname }}'
        + "<p>paragraph of text</p>\n" * 100_000
        + "</body></html>"
    )
    findings = check_email(good_payload(text_html_de=html), declared_fields=DECLARED)
    assert [f.code for f in findings] == [Code.VARIABLE_UNDECLARED, Code.GMAIL_CLIPPING]
    assert "other checks were skipped" in findings[1].message


HTML_BITS = st.sampled_from(
    [
        "<html",
        " lang=",
        "<img",
        " alt=",
        " src=",
        '"x.png"',
        "<a",
        " href=",
        '"#"',
        '"javascript:x"',
        '"https://a.b"',
        ">",
        "</a>",
        "<style>",
        "</style>",
        "p{color:red}",
        "@media (x){",
        "}",
        "{{",
        "}}",
        "{%",
        "%}",
        " if x ",
        "endif",
        "<table>",
        "<tr>",
        "<td>",
        "</td>",
        "text",
        "\n",
        "<!--",
        "-->",
        "&amp;",
        "\x00",
        "é",
        "⚡4email",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(HTML_BITS, max_size=60).map("".join),
    st.sampled_from([None, "de", "zh"]),
    st.booleans(),
)
def test_checks_never_raise(html: str, language: str | None, unsubscribe: bool) -> None:
    suffix = f"_{language}" if language else ""
    payload = {
        f"text_html{suffix}": html,
        f"x_amp_html{suffix}": html,
        f"subject{suffix}": html[:30],
        "not_add_unsubscr_link": unsubscribe,
    }
    for finding in check_email(payload):
        assert finding.field.endswith(suffix) or not html.strip()  # an empty email: its default fields
        assert finding.line is None or finding.line >= 1
        assert finding.message
