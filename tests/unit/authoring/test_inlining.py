"""CSS inlining keeps template tags as written, or refuses and says which tag is in the way."""

from __future__ import annotations

import pytest

from app.authoring.inlining import inline_css, inlined_size

DOCUMENT = """<html><head><style>
p { color: #333333; }
.button { background: #0066cc; }
a:hover { color: #ff0000; }
@media (max-width: 600px) { p { font-size: 18px; color: {{ brand_color }}; } }
</style></head><body>
<p title="{{ a > b }}">{% if orders > 1 %}Hello {{ first_name }} & co{% endif %}</p>
<table><tr><td>{% for item in items %}
<a class="button" href="{{ item.url }}">{{ item }}</a>{% endfor %}</td></tr></table>
</body></html>"""


def test_styles_are_inlined_and_template_tags_come_back_as_written() -> None:
    result = inline_css(DOCUMENT)
    assert result.inlined
    assert result.warnings == []
    assert (
        '<p title="{{ a > b }}" style="color: #333333;">{% if orders > 1 %}Hello {{ first_name }}'
        in result.html
    )
    assert (
        '<a class="button" href="{{ item.url }}" style="background: #0066cc;">{{ item }}</a>' in result.html
    )
    assert "{% for item in items %}" in result.html and "{% endfor %}" in result.html
    assert "&gt;" not in result.html


def test_media_rules_and_hover_rules_are_kept() -> None:
    html = inline_css(DOCUMENT).html
    assert "@media (max-width: 600px)" in html
    assert "color: {{ brand_color }}" in html
    assert "a:hover{color: #ff0000;}" in html


def test_sizes_before_and_after_are_utf8_bytes() -> None:
    source = "<style>p{color:red}</style><p>Привет</p>"
    result = inline_css(source)
    assert result.bytes_before == len(source.encode("utf-8"))
    assert result.bytes_after == len(result.html.encode("utf-8"))
    assert 'style="color: red;"' in result.html
    assert inlined_size(source) == result.bytes_after


def test_remote_stylesheets_are_not_fetched() -> None:
    result = inline_css('<link rel="stylesheet" href="https://unreachable.invalid/x.css"><p>x</p>')
    assert result.inlined
    assert "<p>x</p>" in result.html


@pytest.mark.parametrize(
    ("source", "tag", "line"),
    [
        (
            "<style>td{padding:0}</style>\n<table>\n{% for r in rows %}<tr><td>{{ r }}</td></tr>"
            "{% endfor %}</table>",
            "{% for r in rows %}",
            3,
        ),
        (
            "<style>td{padding:0}</style><table>{% if a %}<tr><td><img src=x alt=''></td></tr>"
            "{% endif %}</table>",
            "{% if a %}",
            1,
        ),
        (
            '<style>td{padding:0}</style><table><tr>\n<td {% if x %}class="a"{% endif %}>x</td></tr></table>',
            "{% if x %}",
            2,
        ),
        (
            "<html><head>{% if dark %}<style>p{color:red}</style>{% endif %}</head>"
            "<body><p>x</p></body></html>",
            "{% if dark %}",
            1,
        ),
        ("<style>\n{% if dark %}p{color:red}{% endif %}</style><p>x</p>", "{% if dark %}", 2),
    ],
)
def test_where_template_tags_would_move_the_source_is_kept_with_a_warning(
    source: str, tag: str, line: int
) -> None:
    result = inline_css(source)
    assert not result.inlined
    assert result.html == source
    assert result.bytes_after == result.bytes_before
    assert tag in result.warnings[0].message
    assert result.warnings[0].line == line
    assert "not inlined" in result.warnings[-1].message


def test_a_value_in_an_unused_rule_is_no_reason_to_refuse() -> None:
    assert inline_css("<style>.promo{color:{{ brand }}}</style><p>x</p>").inlined


def test_broken_html_and_empty_input_do_not_raise() -> None:
    for source in ("", "<p><b>unclosed <table><td>x", "\x00\x01binary\xff", "<style>p{color:</style><p>x"):
        result = inline_css(source)
        assert isinstance(result.html, str)


def test_a_document_over_2_mb_is_not_inlined() -> None:
    source = "<style>p{color:red}</style>" + "<p>paragraph of text</p>\n" * 100_000
    result = inline_css(source)
    assert not result.inlined
    assert result.html == source
    assert "too large to inline" in result.warnings[0].message
