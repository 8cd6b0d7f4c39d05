"""Reading the server's copy of an inlined email in the editor's terms."""

from __future__ import annotations

from app.domain.inlined_html import INLINED, as_source, html_sources, inlined_map, record


def test_only_fields_still_as_sent_become_their_source_again() -> None:
    sources = {"text_html": "<style>p{}</style><p>a</p>", "text_html_de": "<p>b</p>"}
    sent = {"text_html": '<p style="x">a</p>', "text_html_de": '<p style="y">b</p>'}
    remembered = record(sources, sent)
    server = {"id": 1, "text_html": sent["text_html"], "text_html_de": "<p>changed there</p>"}
    mine = as_source(server, remembered)
    assert mine["text_html"] == sources["text_html"]
    assert mine["text_html_de"] == "<p>changed there</p>"
    assert set(mine[INLINED]) == {"text_html"}  # the changed field is no longer remembered
    assert inlined_map(mine) == {"text_html": remembered["text_html"]}
    assert INLINED not in as_source({"id": 1, "text_html": "other"}, remembered)


def test_html_sources_are_the_non_empty_html_bodies() -> None:
    payload = {"text_html": "<p>x</p>", "text_html_zh": " ", "text_plain": "x", "x_amp_html": "<p>a</p>"}
    assert html_sources(payload) == {"text_html": "<p>x</p>"}
    assert inlined_map({INLINED: {"text_html": {"sent": 1}}}) == {}  # a damaged entry is ignored
