"""Plain text from an email's HTML: links, flattened tables, hidden preheaders, whitespace."""

from __future__ import annotations

from app.authoring.plaintext import html_to_text

EMAIL = """<html><head><style>
  .preheader { display: none !important; }
  @media (max-width: 600px) { .desktop-only { display: none; } }
</style></head><body>
<div class="preheader">Hidden preheader&zwnj;&nbsp;&zwnj;&nbsp;&#847;</div>
<span style="display:none;max-height:0;overflow:hidden">Also hidden</span>
<!--[if mso]><div style="mso-hide:all">Outlook only</div><![endif]-->
<table role="presentation" width="100%" cellpadding="0"><tr>
  <td align="center" style="padding: 24px"><a href="https://shop.example.com">
    <img src="logo.png" alt="Example Shop"></a></td>
</tr><tr>
  <td class="desktop-only" width="300"><h1>Hello {{ first_name }},</h1>
    <p>Our      <b>new</b>
       collection   is here.  <a href="https://shop.example.com/new">See what is new</a>.</p></td>
  <td width="300">Second column</td>
</tr></table>
<p>Write to <a href="mailto:help@example.com">help@example.com</a>
or <a href="mailto:help@example.com">our team</a>,
call <a href="tel:+390612345">+390612345</a>, or visit <a href="https://example.com/">https://example.com</a>.</p>
<ul><li>One</li><li>Two</li></ul>
<p><a href="{{ unsubscribe_url }}">Unsubscribe</a> <a href="">empty</a></p>
</body></html>"""


def test_an_email_reads_as_plain_text() -> None:
    assert html_to_text(EMAIL) == (
        "Example Shop (https://shop.example.com)\n"
        "\n"
        "Hello {{ first_name }},\n"
        "\n"
        "Our new collection is here. See what is new (https://shop.example.com/new).\n"
        "\n"
        "Second column\n"
        "\n"
        "Write to help@example.com or our team (help@example.com), call +390612345,"
        " or visit https://example.com.\n"
        "\n"
        "* One\n"
        "* Two\n"
        "\n"
        "Unsubscribe ({{ unsubscribe_url }}) empty"
    )


def test_hidden_preheaders_are_dropped_but_media_rules_do_not_hide() -> None:
    text = html_to_text(EMAIL)
    assert "Hidden preheader" not in text
    assert "Also hidden" not in text
    assert "Outlook only" not in text
    assert "Hello" in text  # hidden on small screens only


def test_tables_are_flattened_without_padding() -> None:
    row = "<tr><td>Name</td><td>Price</td><td>A very long description of a product</td></tr>"
    html = "<table>" + row * 300 + "</table>"
    text = html_to_text(html)
    assert text.splitlines()[:3] == ["Name", "Price", "A very long description of a product"]
    assert "  " not in text
    assert len(text) < len(html)


def test_template_loops_inside_tables_stay_on_their_own_lines() -> None:
    html = "<table>{% for item in items %}<tr><td>{{ item.name }}</td></tr>{% endfor %}</table>"
    assert html_to_text(html) == "{% for item in items %}\n{{ item.name }}\n{% endfor %}"


def test_whitespace_is_collapsed_and_blank_lines_limited() -> None:
    html = "<p>a\u00a0\u00a0 b\t\tc</p><br><br><br><br><p>d</p>   "
    assert html_to_text(html) == "a b c\n\nd"


def test_empty_broken_and_binary_input_give_text_not_errors() -> None:
    assert html_to_text("") == ""
    assert html_to_text("   \n ") == ""
    assert html_to_text("<p>unclosed <b>bold <i>and <a href='x'>link") == "unclosed bold and link (x)"
    assert html_to_text("\x00\x01\x02PNG\x1a binary") == "PNG binary"
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><p>x</p>') == "x"
    assert html_to_text("just text, no tags") == "just text, no tags"
