"""Syntax colours: what each part of an email's HTML, CSS, template tags, JSON and plain
text is shown as, on the line where it is and the lines a construct spans."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.ui.code_editor.highlighting import LONG_LINE, SMALL_DOCUMENT
from app.ui.theme import dark_palette
from tests.gui.code_editor.support import column_of, format_at, make_editor, shows

HTML = """<!DOCTYPE html>
<html lang="de">
<head>
<style>
  .button { color: #ffffff; padding: 12px 24px !important; }
  @media (max-width: 600px) {
    .col { width: 100%; }
  }
  /* a comment
     over two lines */
  td { font-family: 'Arial'; }
</style>
</head>
<body style="margin:0; background:#0b1026">
<!-- a note
     over lines -->
<p class="intro" title='{{ user.name }}'>Hallo {{ first_name | default("Gast") }} &amp; 🎉 willkommen</p>
{% for item in items %}<a href="https://x.example/?a=1&amp;b={{ item.id }}">{{ item.title }}</a>{% endfor %}
{# a comment
   for the team #}
<img src=logo.png alt="">
</body>
</html>
"""


def test_tags_attributes_and_strings(qtbot) -> None:
    editor = make_editor(qtbot, "html", HTML)
    assert shows(editor, 2, 0, "punctuation")  # <
    assert shows(editor, 2, 1, "tag")  # html
    assert shows(editor, 2, column_of(editor, 2, "lang"), "attribute")
    assert shows(editor, 2, column_of(editor, 2, '"de"'), "string")
    assert shows(editor, 17, column_of(editor, 17, "intro"), "string")
    assert shows(editor, 21, column_of(editor, 21, "logo.png"), "string")  # unquoted value
    assert shows(editor, 1, 2, "doctype")
    assert shows(editor, 17, column_of(editor, 17, "Hallo"), None)  # text stays plain


def test_comments_over_several_lines(qtbot) -> None:
    editor = make_editor(qtbot, "html", HTML)
    assert shows(editor, 15, 0, "comment")
    assert shows(editor, 16, column_of(editor, 16, "over"), "comment")
    assert shows(editor, 17, 0, "punctuation")  # the comment ended on the line before


def test_css_in_a_style_block_over_lines(qtbot) -> None:
    editor = make_editor(qtbot, "html", HTML)
    assert shows(editor, 5, column_of(editor, 5, ".button"), "css_selector")
    assert shows(editor, 5, column_of(editor, 5, "color"), "css_property")
    assert shows(editor, 5, column_of(editor, 5, "#ffffff"), "css_number")
    assert shows(editor, 5, column_of(editor, 5, "12px"), "css_number")
    assert shows(editor, 5, column_of(editor, 5, "!important"), "css_at_rule")
    assert shows(editor, 6, column_of(editor, 6, "@media"), "css_at_rule")
    # Inside @media the rules hold selectors again, then declarations.
    assert shows(editor, 7, column_of(editor, 7, ".col"), "css_selector")
    assert shows(editor, 7, column_of(editor, 7, "width"), "css_property")
    assert shows(editor, 9, column_of(editor, 9, "comment"), "comment")
    assert shows(editor, 10, column_of(editor, 10, "two"), "comment")
    assert shows(editor, 11, 2, "tag")  # td: an element selector after the comment closed
    assert shows(editor, 11, column_of(editor, 11, "Arial"), "string")
    assert shows(editor, 12, 2, "tag")  # </style> ends the CSS
    assert shows(editor, 13, 2, "tag")  # </head>


def test_css_in_a_style_attribute(qtbot) -> None:
    editor = make_editor(qtbot, "html", HTML)
    assert shows(editor, 14, column_of(editor, 14, "margin"), "css_property")
    assert shows(editor, 14, column_of(editor, 14, "background"), "css_property")
    assert shows(editor, 14, column_of(editor, 14, "#0b1026"), "css_number")


def test_template_tags_in_text_and_attributes(qtbot) -> None:
    editor = make_editor(qtbot, "html", HTML)
    line = 17
    assert shows(editor, line, column_of(editor, line, "{{ user"), "template_keyword")  # the opener
    assert shows(editor, line, column_of(editor, line, "user.name"), "template")  # inside an attribute
    assert shows(editor, line, column_of(editor, line, "first_name"), "template")
    assert shows(editor, line, column_of(editor, line, '"Gast"'), "string")
    line = 18
    assert shows(editor, line, column_of(editor, line, "for"), "template_keyword")
    assert shows(editor, line, column_of(editor, line, "item.id"), "template")  # inside a URL
    assert shows(editor, line, column_of(editor, line, '">'), "string")  # the value goes on after it
    assert shows(editor, line, column_of(editor, line, "endfor"), "template_keyword")
    assert shows(editor, 19, column_of(editor, 19, "comment"), "template_comment")
    assert shows(editor, 20, column_of(editor, 20, "team"), "template_comment")
    assert shows(editor, 21, 1, "tag")


def test_entities_and_characters_beyond_the_basic_plane(qtbot) -> None:
    editor = make_editor(qtbot, "html", HTML)
    assert shows(editor, 17, column_of(editor, 17, "&amp;"), "entity")
    # After the emoji (two UTF-16 units) colours still land on the right characters.
    text = editor.document().findBlockByNumber(16).text()
    after_emoji = text.index("</p>") + 1  # Python index: one less than Qt's
    assert shows(editor, 17, after_emoji + 1, "punctuation")
    assert shows(editor, 17, after_emoji + 2, "tag")
    assert shows(editor, 18, column_of(editor, 18, "&amp;"), "entity")  # in an attribute value


def test_json_keys_strings_numbers_and_literals(qtbot) -> None:
    text = (
        '{\n  "and": [\n    {"field": "city", "op": "eq", "value": -1.5e3, "ok": true, "x": null}\n  ]\n}\n'
    )
    editor = make_editor(qtbot, "json", text)
    assert shows(editor, 2, column_of(editor, 2, '"and"'), "json_key")
    assert shows(editor, 3, column_of(editor, 3, '"field"'), "json_key")
    assert shows(editor, 3, column_of(editor, 3, '"city"'), "json_string")
    assert shows(editor, 3, column_of(editor, 3, "-1.5e3"), "json_number")
    assert shows(editor, 3, column_of(editor, 3, "true"), "json_literal")
    assert shows(editor, 3, column_of(editor, 3, "null"), "json_literal")
    assert shows(editor, 2, column_of(editor, 2, "["), "punctuation")


def test_plain_text_shows_only_template_tags(qtbot) -> None:
    text = "Hello {{ name }}, <b>not a tag</b>\n{% if vip %}Gold{% endif %} {# note\nover lines #} done\n"
    editor = make_editor(qtbot, "plain", text)
    assert shows(editor, 1, column_of(editor, 1, "name"), "template")
    assert shows(editor, 1, column_of(editor, 1, "<b>"), None)
    assert shows(editor, 2, column_of(editor, 2, "if"), "template_keyword")
    assert shows(editor, 2, column_of(editor, 2, "Gold"), None)
    assert shows(editor, 3, 0, "template_comment")
    assert shows(editor, 3, column_of(editor, 3, "done"), None)


def test_mode_change_recolours_the_same_text(qtbot) -> None:
    editor = make_editor(qtbot, "plain", "<p>{{ x }}</p>")
    assert shows(editor, 1, 1, None)
    editor.set_mode("amp")
    qtbot.waitUntil(lambda: shows(editor, 1, 1, "tag"))
    assert editor.mode == "html"


def test_colours_follow_a_palette_change(qtbot) -> None:
    editor = make_editor(qtbot, "html", HTML)
    light = format_at(editor, 2, 1)
    assert light is not None and not editor.theme.dark
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    original = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: editor.theme.dark)
        dark = format_at(editor, 2, 1)
        assert dark is not None and dark.foreground().color() != light.foreground().color()
        assert dark == editor.theme.formats["tag"]
        # Dark colours are light on the dark base, and the reverse in light.
        base = editor.palette().color(QPalette.ColorRole.Base)
        assert dark.foreground().color().lightness() > base.lightness()
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: not editor.theme.dark)
    assert format_at(editor, 2, 1) == light
    assert light.foreground().color().lightness() < QColor("#ffffff").lightness()


def test_a_large_document_is_highlighted_in_the_background(qtbot) -> None:
    block = HTML.split("<body", 1)[1]
    text = HTML + block * (SMALL_DOCUMENT * 3 // len(block))
    editor = make_editor(qtbot, "html")
    editor.load_text(text)
    assert not editor.highlighter.is_complete  # loading returned before colouring it all
    with qtbot.waitSignal(editor.highlighter.finished, timeout=60_000):
        pass
    last = editor.blockCount() - 3
    assert shows(editor, 2, 1, "tag")
    assert shows(editor, last, 0, "punctuation") or shows(editor, last, 0, "template_keyword")
    line = next(n for n in range(editor.blockCount() - 1, 0, -1) if "over lines -->" in
                editor.document().findBlockByNumber(n - 1).text())  # fmt: skip
    assert shows(editor, line, 2, "comment")


def test_a_very_long_line_is_coloured_up_to_a_limit(qtbot) -> None:
    cell = '<td class="c">x</td>'
    text = cell * (LONG_LINE // len(cell) + 50)
    editor = make_editor(qtbot, "html", text)
    assert shows(editor, 1, 1, "tag")
    assert shows(editor, 1, len(text) - 3, None)
