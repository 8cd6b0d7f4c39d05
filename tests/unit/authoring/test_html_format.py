# ruff: noqa: E501 - HTML samples read better unwrapped
"""Format: whitespace changes only where a browser ignores it, twice is once, and text,
attribute values, comments and template tags come out exactly as they went in."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.authoring.html_format import WIDTH, FormatError, format_html, format_json

EMAIL = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hallo  {{ name }}</title>
<style>
  @media (max-width: 600px) { .col { width: 100% !important; } }
</style></head>
<body style="margin:0"><table role="presentation" width="100%"><tr><td align="center">
<h1 style="color:#1b2a6b">Willkommen, {{ first_name | default("Kapitän") }}!</h1>
<p>Hol dir <b>500 Kristalle</b> und&nbsp;dein erstes <a href="https://x.example/?a=1&amp;b=2">Raumschiff</a>.</p>
{% for item in items %}<p class="item">{{ item.title }}</p>{% endfor %}
<!--[if mso]><table><tr><td width="300"><![endif]-->
<div style="display:inline-block;width:300px">Links</div><div style="display:inline-block;width:300px">Rechts</div>
<pre>  eingerückt
     bleibt</pre><textarea>  so
 wie es ist </textarea>
{# a note for the team #}
</td></tr></table></body></html>
"""
TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


class _Structure(HTMLParser):
    """What a browser keeps: tags with attributes as written, comments, and text nodes
    (whitespace runs are one space to a browser; whitespace-only text is not rendered here)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.items: list[tuple[str, object]] = []
        self.raw: dict[str, list[str]] = {}
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.items.append(("start", (tag, attrs)))
        self._in.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.items.append(("start", (tag, attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.items.append(("end", tag))
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] in ("pre", "textarea", "script", "style"):
            self.raw.setdefault(self._in[-1], []).append(data)
        text = " ".join(data.split())
        if text:
            self.items.append(("text", text))

    def handle_entityref(self, name: str) -> None:
        self.items.append(("entity", name))

    def handle_charref(self, name: str) -> None:
        self.items.append(("charref", name))

    def handle_comment(self, data: str) -> None:
        self.items.append(("comment", data))

    def handle_decl(self, decl: str) -> None:
        self.items.append(("decl", decl))


def structure(html: str) -> tuple[list[tuple[str, object]], dict[str, list[str]]]:
    parser = _Structure()
    parser.feed(html)
    parser.close()
    return _merge_text(parser.items), parser.raw


def _merge_text(items: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Adjacent text nodes joined (the parser splits text where it pleases)."""
    merged: list[tuple[str, object]] = []
    for kind, value in items:
        if kind == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", f"{merged[-1][1]} {value}")
        else:
            merged.append((kind, value))
    return merged


def assert_same_content(before: str, after: str) -> None:
    assert structure(after) == structure(before)
    assert TEMPLATE_TAG.findall(after) == TEMPLATE_TAG.findall(before)
    assert re.sub(r"\s+", "", after) == re.sub(r"\s+", "", before)


def test_email_is_indented_and_keeps_its_content() -> None:
    formatted = format_html(EMAIL)
    assert_same_content(EMAIL, formatted)
    lines = formatted.splitlines()
    assert '  <meta charset="utf-8">' in lines
    assert any(line.startswith('      <td align="center">') for line in lines)
    assert '        <p class="item">{{ item.title }}</p>' in lines
    assert "        {% for item in items %}" in lines


def test_formatting_twice_is_formatting_once() -> None:
    once = format_html(EMAIL)
    assert format_html(once) == once


def test_minified_html_formats_like_the_readable_one() -> None:
    readable = """<html>
<body>
  <table role="presentation">
    <tr>
      <td>
        <h1>Title</h1>
        <p>Text with <b>bold</b> words.</p>
      </td>
      <td></td>
    </tr>
  </table>
</body>
</html>
"""
    minified = re.sub(r">\s+<", "><", readable)
    assert "\n" not in minified.strip()
    assert format_html(minified) == readable
    assert format_html(readable) == readable


def test_verbatim_elements_keep_every_character() -> None:
    formatted = format_html(EMAIL)
    assert "<pre>  eingerückt\n     bleibt</pre>" in formatted
    assert "<textarea>  so\n wie es ist </textarea>" in formatted
    assert "<style>\n  @media (max-width: 600px) { .col { width: 100% !important; } }\n</style>" in formatted
    assert "<title>Hallo  {{ name }}</title>" in formatted


def test_no_whitespace_between_inline_block_columns() -> None:
    formatted = format_html(EMAIL)
    assert '<div style="display:inline-block;width:300px">Links</div><div style' in formatted


def test_no_whitespace_added_inside_inline_content() -> None:
    html = "<p><b>Bold</b><i>italic</i><img src=a.png><img src=b.png></p>"
    assert format_html(html) == html + "\n"


def test_long_text_lines_are_broken_at_spaces() -> None:
    words = " ".join(f"Wort{i}" for i in range(400))
    html = f'<table><tr><td><p>{words} <a href="https://x.example/{"x" * 30}">Link</a> Ende.</p></td></tr></table>'
    formatted = format_html(html)
    assert_same_content(html, formatted)
    assert max(len(line) for line in formatted.splitlines()) <= WIDTH
    assert format_html(formatted) == formatted


def test_long_tags_wrap_between_attributes_only() -> None:
    attrs = " ".join(f'data-{i}="value {i} with spaces"' for i in range(12))
    html = f"<div><table {attrs}><tr><td>x</td></tr></table></div>"
    formatted = format_html(html)
    assert_same_content(html, formatted)
    assert formatted.count("\n") > 5
    for i in range(12):
        assert f'data-{i}="value {i} with spaces"' in formatted
    assert format_html(formatted) == formatted


def test_template_tags_inside_tags_are_untouched() -> None:
    html = (
        '<div><td {% if wide %}width="600"{% endif %}   class="a"><a href="{{ url("x") }}" >go</a></td></div>'
    )
    formatted = format_html(html)
    assert '<td {% if wide %}width="600"{% endif %}   class="a">' in formatted
    assert '<a href="{{ url("x") }}">go</a>' in formatted
    assert TEMPLATE_TAG.findall(formatted) == TEMPLATE_TAG.findall(html)


@pytest.mark.parametrize(
    "html",
    [
        "<div><p>unclosed <b>bold",
        "a < b and c > d <div>",
        "<!-- never ends <div>",
        '<div class="never closed>text</div>',
        "</td></tr>stray end tags<p>",
        "{{ unterminated <div>x</div>",
        "<td>one<td>two<tr><td>three",
        "<ul><li>a<li>b<ul><li>c</ul></ul>",
        "",
        "   \n\t ",
        "plain text only",
    ],
)
def test_broken_html_is_formatted_without_losing_anything(html: str) -> None:
    formatted = format_html(html)
    assert re.sub(r"\s+", "", formatted) == re.sub(r"\s+", "", html)
    assert format_html(formatted) == formatted


_FRAGMENTS = st.sampled_from(
    [
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<div>", "</div>", "<p>", "</p>",
        "<b>", "</b>", "<a href=\"https://x.example/?a=1&amp;b=2\">", "</a>", "<br>", "<img src=x alt=\"\">",
        '<div style="display:inline-block">', "<span style='color:red'>", "</span>",
        "{{ name }}", "{% if x > 1 %}", "{% endif %}", "{# note #}", "<!-- comment -->",
        "<pre> a\n  b </pre>", "Hello", "world", " ", "\n", "   ", "&nbsp;", "Привет", "你好",
        "<h1 class=\"t\">", "</h1>", "<ul>", "<li>", "</ul>", "<style>.a{b:c}</style>",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=60), st.integers(min_value=20, max_value=120))
def test_any_document_keeps_its_content_and_is_stable(parts: list[str], width: int) -> None:
    html = "".join(parts)
    formatted = format_html(html, width=width)
    assert_same_content(html, formatted)
    assert format_html(formatted, width=width) == formatted


def test_json_is_indented_with_values_as_typed() -> None:
    text = '{"and":[{"field":"city","op":"eq","value":1.0e2},[],{}],"name":"Zoë \\u00e9","x":null}'
    formatted = format_json(text)
    assert formatted == (
        "{\n"
        '  "and": [\n'
        "    {\n"
        '      "field": "city",\n'
        '      "op": "eq",\n'
        '      "value": 1.0e2\n'
        "    },\n"
        "    [],\n"
        "    {}\n"
        "  ],\n"
        '  "name": "Zoë \\u00e9",\n'
        '  "x": null\n'
        "}\n"
    )
    assert json.loads(formatted) == json.loads(text)
    assert format_json(formatted) == formatted


def test_json_strings_with_structural_characters_are_kept() -> None:
    text = '["a, b: {c}", "\\"quoted\\" [x]"]'
    assert json.loads(format_json(text)) == json.loads(text)


def test_json_that_does_not_parse_says_where() -> None:
    with pytest.raises(FormatError) as caught:
        format_json('{\n  "a": 1,\n  "b": \n}')
    assert (caught.value.line, caught.value.column) == (4, 1)
    assert caught.value.reason
