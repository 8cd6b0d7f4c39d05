"""Labels, field messages and check findings reach the UI as Sentences: templates it can
translate, with their values apart (numbers as numbers, ids and names as text)."""

from __future__ import annotations

from app.authoring.checks import Code, check_email
from app.domain.field_labels import field_label, label_sentence
from app.domain.field_messages import message_sentence, plain_message
from app.domain.kinds import DraftKind
from app.domain.schema import CAMPAIGN_CONFIG
from app.domain.sentences import Renderer, Sentence, render
from app.domain.validation import check_crontab, check_value

MARKED = Renderer(
    translate=lambda context, template, count: f"<{context}:{template}>",
    number=lambda n: f"#{n}",
)


def test_a_language_label_translates_its_part_and_its_language_apart() -> None:
    sentence = label_sentence("text_html_de")
    assert str(sentence) == field_label("text_html_de") == "HTML body [German]"
    assert render(sentence, MARKED) == "<FieldLabels:<FieldLabels:HTML body> [<Languages:German>]>"
    assert (
        render(label_sentence("subject"), MARKED)
        == "<FieldLabels:<FieldLabels:Subject> [<FieldLabels:default>]>"
    )
    assert render(label_sentence("category", DraftKind.CATEGORIES.schema), MARKED) == "<FieldLabels:ID>"
    assert render(label_sentence("config.min_send_interval"), MARKED) == (
        "<CampaignConfig:Minimum gap between emails>"
    )


def test_field_messages_keep_numbers_apart_and_ids_as_text() -> None:
    limit = message_sentence("Ensure this value is less than or equal to 10000.")
    assert limit == Sentence("At most {limit}.", {"limit": 10000}, context="FieldMessages")
    assert render(limit, MARKED) == "<FieldMessages:At most {limit}.>".replace("{limit}", "#10000")
    gone = message_sentence('Invalid pk "1234" - object does not exist.')
    assert render(gone, MARKED) == "<FieldMessages:Nothing with the ID {id} exists.>".replace("{id}", "1234")
    assert plain_message("Ensure this value is greater than or equal to 1.5") == "At least 1.5."


def test_our_own_validation_messages_read_as_sentences_the_ui_translates() -> None:
    bad_choice = check_value(CAMPAIGN_CONFIG.fields[0], 3)  # a bool flag given a number
    assert bad_choice == "Must be true or false."
    assert message_sentence(bad_choice) == Sentence("Must be true or false.", context="FieldMessages")
    crontab = check_crontab("61 9 * * *")
    assert crontab is not None
    sentence = message_sentence(crontab)
    assert sentence.template == "“{value}” is not a valid crontab schedule."
    assert sentence.values == {"value": "61 9 * * *"}
    # A message of no known phrasing is its own template; its braces stay text.
    assert render(message_sentence("Use {id} here."), MARKED) == "<FieldMessages:Use {id} here.>"


def test_findings_carry_their_template_and_values_and_keep_the_english_message() -> None:
    images = "".join(f'<img src="https://example.com/{i}.png">\n' for i in range(40))
    html = f'<html lang="en"><body>{images}<a href="ftp://x">x</a></body></html>'
    findings = check_email({"subject": "Hi", "text_html": html, "text_plain": "Hi"})
    more = next(f for f in findings if f.code is Code.IMAGE_ALT_MISSING and f.line is None)
    assert more.message == "15 more images without alt text."
    assert more.text == Sentence("%Ln more image(s) without alt text.", count=15, context="Checks")
    scheme = next(f for f in findings if f.code is Code.LINK_SCHEME)
    assert (
        scheme.text.template == "{scheme}: links do not work in email: use an http(s), mailto or tel address."
    )
    assert scheme.text.values == {"scheme": "ftp"}
    assert scheme.message == "ftp: links do not work in email: use an http(s), mailto or tel address."
    assert all(f.text.context == "Checks" for f in findings)


def test_preview_problems_carry_their_template_and_values() -> None:
    from app.authoring.render import render as render_template

    missing = render_template("<p>{{ last_name }}</p>", {}).problems[0]
    assert missing.text.template.startswith("\u201c{name}\u201d is not in the sample profile")
    assert missing.text.values == {"name": "last_name"}
    assert missing.message == str(missing.text)
    broken = render_template("<p>{% if %}</p>", {}).problems[0]
    assert broken.text.template == "Template syntax error: {error}"
    assert broken.message.startswith("Template syntax error: ")


def test_client_names_are_joined_with_a_translatable_or() -> None:
    html = '<html lang="en"><body><div style="position:sticky">x</div></body></html>'
    [finding] = check_email({"subject": "x", "text_plain": "y", "text_html": html})
    assert finding.code is Code.CLIENT_SUPPORT
    assert finding.message.startswith("\u201cposition\u201d does not work in Gmail or Outlook (Windows) and ")
    either = finding.text.values["finding"].values["missing"]
    assert either == Sentence("{clients} or {last}", {"clients": ("Gmail",), "last": "Outlook (Windows)"},
                              context="Checks")  # fmt: skip


def test_inlining_warnings_carry_their_template_and_the_tag() -> None:
    from app.authoring.inlining import inline_css

    result = inline_css("<style>p{color:red}{% if a %}b{}{% endif %}</style><p>x</p>")
    assert not result.inlined
    first = result.warnings[0]
    assert first.text.template.startswith("The template tag {tag} is inside a <style> block")
    assert first.text.values == {"tag": "{% if a %}"}
    assert first.message == str(first.text)
    assert result.warnings[-1].text.context == "FieldMessages"
