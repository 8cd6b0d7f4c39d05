"""The text rules of the preview: the preheader an inbox shows, and what the served document
changes (never the draft)."""

from __future__ import annotations

from app.ui.preview.document_rewrites import with_color_scheme, without_connection_hints
from app.ui.preview.preheader import MAX_CHARS, preheader_text
from app.ui.preview.served_document import SLICE_CHARS, served_bytes, served_slices


def test_the_preheader_is_the_first_text_of_the_body_hidden_or_not() -> None:
    html = (
        "<!doctype html><html><head><title>Title</title><style>p { color: red }</style></head>"
        "<body><!--[if mso]><p>Outlook only</p><![endif]-->"
        "<div style='display:none;max-height:0'>Save 40% this weekend&zwnj;&nbsp;&zwnj;&nbsp;&#8199;</div>"
        "<table><tr><td>Starfall</td><td>Odyssey</td></tr></table><p>Body &amp; more</p></body></html>"
    )
    assert preheader_text(html) == "Save 40% this weekend Starfall Odyssey Body & more"


def test_markup_inside_words_does_not_split_them_and_blocks_do() -> None:
    assert preheader_text("<body><p>Hel<b>lo</b></p><p>world</p><br>again") == "Hello world again"


def test_a_fragment_without_body_skips_its_head() -> None:
    assert preheader_text("<head><title>Not this</title></head><p>This</p>") == "This"


def test_scripts_templates_and_attributes_are_not_text() -> None:
    html = "<body><script>var x = '<p>no</p>'</script><template><p>no</p></template><p title='a>b'>yes</p>"
    assert preheader_text(html) == "yes"


def test_the_preheader_is_cut_to_a_line() -> None:
    text = preheader_text("<body>" + "word " * 1000)
    assert len(text) <= MAX_CHARS
    assert text.startswith("word word")


def test_a_body_without_text_has_no_preheader() -> None:
    assert preheader_text("<body>" + "<img src='a.png' alt='x'>" * 50_000) == ""
    assert preheader_text("") == ""


def test_connection_hints_are_renamed_and_nothing_else_changes() -> None:
    html = (
        '<link rel="preconnect" href="https://preconnect.example"><LINK REL=dns-prefetch href=//x>'
        '<link rel="stylesheet" href="s.css"><p>preconnect is a word here</p>'
    )
    assert without_connection_hints(html) == (
        '<link rel="x-blocked-preconnect" href="https://preconnect.example">'
        "<LINK REL=x-blocked-dns-prefetch href=//x>"
        '<link rel="stylesheet" href="s.css"><p>preconnect is a word here</p>'
    )
    plain = "<p>Nothing to rename</p>"
    assert without_connection_hints(plain) is plain


def test_the_colour_scheme_queries_are_decided_for_the_view() -> None:
    css = (
        "@media (prefers-color-scheme: dark) { a {} } @media screen and (PREFERS-COLOR-SCHEME:light) { b {} }"
    )
    assert (
        with_color_scheme(css, dark=True)
        == "@media (min-width: 0px) { a {} } @media screen and (max-width: 0px) { b {} }"
    )
    assert (
        with_color_scheme(css, dark=False)
        == "@media (max-width: 0px) { a {} } @media screen and (min-width: 0px) { b {} }"
    )


def test_a_long_document_is_served_in_slices_that_split_no_tag() -> None:
    unit = (
        "<p>Paragraph</p><style>@media (prefers-color-scheme: dark) { p {} }</style>"
        "<link rel=preconnect href=//x>"
    )
    html = unit * (3 * SLICE_CHARS // len(unit))
    slices = list(served_slices(html, remote_allowed=False, dark=True))
    assert len(slices) >= 3
    assert all(piece.startswith(b"<") for piece in slices)
    whole = with_color_scheme(without_connection_hints(html), dark=True).encode()
    assert b"".join(slices) == whole == served_bytes(html, remote_allowed=False, dark=True)
    assert b"rel=preconnect" not in whole


def test_remote_content_allowed_keeps_the_hints() -> None:
    html = "<link rel=preconnect href=//x><p>Hi</p>"
    assert served_bytes(html, remote_allowed=True, dark=False) == html.encode()
