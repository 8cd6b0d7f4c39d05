"""Rendering templates with a sample profile: placeholders, lines, and bounds on time and size."""

from __future__ import annotations

import threading
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import Environment, TemplateSyntaxError

from app.authoring import template_guard
from app.authoring.render import ProblemKind, Rendered, render
from app.authoring.template_env import placeholder_html

PROFILE = {"first_name": "Ann", "city": "Rome", "items": ["a", "b"], "vip": True}


def kinds(result: Rendered) -> list[ProblemKind]:
    return [problem.kind for problem in result.problems]


def test_variables_are_filled_and_escaped() -> None:
    result = render(
        "<p>Hello {{ first_name }} from {{ city }}</p>", {"first_name": "<Tom & Jerry>", "city": "Rome"}
    )
    assert result.html == "<p>Hello &lt;Tom &amp; Jerry&gt; from Rome</p>"
    assert result.problems == []
    assert result.complete


def test_a_document_without_template_tags_comes_back_unchanged() -> None:
    document = "<html><body>" + "<p>100% {sure} } { </p>\n" * 5000 + "</body></html>\n"
    assert render(document, PROFILE).html == document


def test_loops_conditions_and_macros_render() -> None:
    source = (
        "{% macro li(x) %}<li>{{ x|upper }}</li>{% endmacro %}"
        "{% if vip %}VIP {% endif %}<ul>{% for i in items %}{{ li(i) }}{% endfor %}</ul>"
        "{{ items|join(', ') }} {{ '%s-%d'|format('n', 3) }} {{ 'ab' * 2 }} {{ city ~ '!' }}\n"
    )
    result = render(source, PROFILE)
    assert result.html == "VIP <ul><li>A</li><li>B</li></ul>a, b n-3 abab Rome!\n"
    assert result.problems == []


def test_an_undefined_variable_shows_a_placeholder_naming_it_with_its_line() -> None:
    result = render("<p>\nHi\n{{ last_name }} and {{ user.zip }}</p>", PROFILE)
    assert result.html == f"<p>\nHi\n{placeholder_html('last_name')} and {placeholder_html('user.zip')}</p>"
    assert "<mark class=cs-missing>[last_name?]</mark>" in result.html
    assert [(p.kind, p.line) for p in result.problems] == [
        (ProblemKind.UNDEFINED, 3),
        (ProblemKind.UNDEFINED, 3),
    ]
    assert result.missing == ["last_name", "user.zip"]
    assert "last_name" in result.problems[0].message
    assert result.complete


def test_a_placeholder_inside_an_attribute_keeps_the_document_well_formed() -> None:
    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "a":
                self.hrefs.append(dict(attrs)["href"] or "")

    result = render("<a href=\"{{ url }}\">one</a><a href='{{ url }}'>two</a>", {})
    parser = Links()
    parser.feed(result.html)
    assert parser.hrefs == ["<mark class=cs-missing>[url?]</mark>"] * 2


def test_undefined_values_in_arithmetic_comparisons_and_filters_do_not_stop_the_render() -> None:
    result = render(
        "{{ price * 2 }}|{% if price > 3 %}big{% else %}small{% endif %}|{{ nick|upper }}"
        "|{{ nick|default('friend') }}|{% for x in orders %}{{ x }}{% endfor %}.",
        {},
    )
    assert result.html.endswith("|small|[NICK?]|friend|.")
    assert result.missing == ["price", "nick", "orders"]
    assert result.complete


def test_text_mode_neither_escapes_nor_marks_up() -> None:
    result = render("Hello {{ first_name }} & {{ surname }}", {"first_name": "<Ann>"}, html=False)
    assert result.html == "Hello <Ann> & [surname?]"


def test_a_syntax_error_gives_its_line_and_the_source_as_written() -> None:
    source = "<p>one</p>\n<p>two</p>\n{% for x in items %}\n<p>{{ x }</p>"
    result = render(source, PROFILE)
    assert kinds(result) == [ProblemKind.SYNTAX]
    assert result.problems[0].line == 4
    assert result.html == source
    assert not result.complete


def test_an_error_while_rendering_gives_its_line_and_what_was_made_until_then() -> None:
    result = render("before\nline two\n{{ 1 / 0 }}\nafter", PROFILE)
    assert result.problems[0].line == 3
    assert "division by zero" in result.problems[0].message
    assert result.html == "before\nline two\n"
    assert not result.complete


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ first_name.__class__ }}",
        "{{ items.append(3) }}",  # the environment is immutable
    ],
)
def test_unsafe_access_is_refused(source: str) -> None:
    result = render(source, PROFILE)
    assert kinds(result) == [ProblemKind.UNSAFE]
    assert not result.complete


def test_including_other_templates_is_explained() -> None:
    result = render("{% include 'footer.html' %}", PROFILE)
    assert "include" in result.problems[0].message


NEVER_ENDING = [
    "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}",
    "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}",
    "{% for a in range(99999) %}{% for b in range(99999) %}{{ loop.index }}{% endfor %}{% endfor %}",
    "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "{% set l = range(99999) %}{% for a in l %}{% for b in l if b > a %}{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("source", NEVER_ENDING)
def test_a_template_that_never_ends_is_stopped_with_a_message(source: str) -> None:
    result = render(source, {}, timeout_s=0.3)
    assert kinds(result) == [ProblemKind.TIMEOUT]
    assert "0.3 seconds" in result.problems[0].message
    assert result.problems[0].line == 1
    assert not result.complete
    assert len(result.html) <= template_guard.MAX_VALUE


AMPLIFIERS = [
    "{{ 'x' * 10 ** 10 }}",
    "{{ 'x' * 100000 * 100000 }}",
    "{{ ['x'] * 10 ** 8 }}",
    "{{ 'x'|center(10 ** 10) }}",
    "{{ 'x'.ljust(10 ** 10) }}",
    "{{ 'x'.zfill(10 ** 10) }}",
    "{{ ('\t' * 1000).expandtabs(10 ** 8) }}",
    "{{ '{:>9999999999}'.format(1) }}",
    "{{ '{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}'.format('x' * 10000000) }}",
    "{{ '%9999999999s' % 1 }}",
    "{{ '%.99999999f' % 1 }}",
    "{{ '%9999999999s'|format(1) }}",
    "{{ ('x' * 100000)|replace('', 'y' * 1000) }}",
    "{{ ('x' * 100000).replace('x', 'y' * 1000) }}",
    "{% set s = 'x' * 10000000 %}{{ [s, s, s, s]|join }}",
    "{% set s = 'x' * 10000000 %}{{ ''.join([s, s, s, s]) }}",
    "{% set s = 'x' * 10000000 %}{{ s ~ s ~ s }}",
    "{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
    "{% for i in range(100000) %}{{ 'x' * 100000 }}{% endfor %}",
    "{% set big = 'x' * 10000000 %}{% macro m() %}{% for i in range(99999) %}{{ big }}{% endfor %}"
    "{% endmacro %}{{ m()|length }}",
    "{% set big = 'x' * 10000000 %}{% set out %}{% for i in range(99999) %}{{ big }}{% endfor %}"
    "{% endset %}{{ out|length }}",
    "{% set l = range(1000)|list %}{{ ([l] * 1000)|sum(start=[])|length }}",
    "{% set s = 'x' * 10000000 %}{{ [s] * 100000 }}",
    "{% set s = 'x' * 1000000 %}{{ {}.fromkeys(range(99999), s) }}",
    "{{ ('x' * 1000)|wordwrap(1, wrapstring='y' * 100000) }}",
    "{{ range(99999)|list|tojson(indent=10 ** 8) }}",
    "{{ 'ab'|indent(10 ** 10) }}",
    "{{ range(3)|batch(10 ** 9, 'x')|list }}",
    "{{ 10 ** (10 ** 6) }}",
    "{{ (10 ** 30000) * (10 ** 30000) }}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{% set s = 'x' * 20000000 %}{{ s|list|length }}",
    "{{ ('\u00e9' * 10000000)|urlencode }}",
]


@pytest.mark.parametrize("source", AMPLIFIERS)
def test_a_template_that_makes_too_much_is_stopped_before_it_does(source: str) -> None:
    result = render(source, {}, timeout_s=2.0)
    assert kinds(result) in ([ProblemKind.TOO_BIG], [ProblemKind.TIMEOUT]), result.problems
    assert result.problems[0].line == 1
    assert not result.complete
    assert len(result.html) <= template_guard.MAX_VALUE


def test_range_is_capped_by_the_sandbox() -> None:
    result = render("{{ range(10 ** 10)|list }}", {})
    assert "Range too big" in result.problems[0].message


def test_a_large_but_reasonable_loop_still_renders_fully() -> None:
    result = render("{% for i in range(20000) %}<td>{{ i }}</td>{% endfor %}", {})
    assert result.complete
    assert result.html.count("<td>") == 20000


def test_setting_cancel_stops_a_render_as_superseded() -> None:
    cancel = threading.Event()
    cancel.set()
    result = render(NEVER_ENDING[0], {}, timeout_s=5.0, cancel=cancel)
    assert kinds(result) == [ProblemKind.CANCELLED]


def test_renders_from_several_threads_at_once_stay_apart() -> None:
    source = "{% for i in range(200) %}{{ name }}{% endfor %}{{ missing_for_ }}{{ name }}"
    results: dict[str, Rendered] = {}

    def work(name: str) -> None:
        results[name] = render(source, {"name": name})

    threads = [threading.Thread(target=work, args=(f"n{i}",)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, result in results.items():
        assert result.html.startswith(name * 200)
        assert result.missing == ["missing_for_"]


JINJA_BITS = st.sampled_from(
    [
        "{{",
        "}}",
        "{%",
        "%}",
        "{#",
        "#}",
        " for x in ",
        " endfor ",
        " if ",
        " endif ",
        " set a = ",
        "range(9)",
        " items ",
        "first_name",
        "|upper",
        "|join",
        "|center(5)",
        "*",
        "~",
        "(",
        ")",
        "[",
        "]",
        "'q'",
        "1",
        " ",
        "\n",
        "<p>",
        "</p>",
        "macro m()",
        "endmacro",
        "m()",
        "loop.index",
        ".",
        ",",
        "-",
        "/",
        "0",
        "%",
        "**",
    ]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(JINJA_BITS, max_size=40).map("".join), st.dictionaries(st.text(max_size=5), st.integers()))
def test_render_never_raises(source: str, profile: dict[str, int]) -> None:
    result = render(source, {**PROFILE, **profile}, timeout_s=0.2)
    assert isinstance(result.html, str)
    for problem in result.problems:
        assert problem.message
        assert problem.line is None or problem.line >= 1


# --- big templates: their long text runs stand in as markers while compiling ----------

RUN = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 60 + "</p>\n"  # ~3.5 KB


def big_template(middle: str) -> str:
    head = "".join(RUN for _ in range(40))  # 140 KB of text before and after the tags
    return f"{head}\n{middle}\n{head}" * 2


def test_a_big_template_renders_exactly_as_a_small_one_would() -> None:
    middle = (
        "{% for i in items %}\n  {{- i -}}\n{{ RUN_TEXT }}{% endfor %}"
        "{% if vip -%}\n   VIP   \n{%- endif %}|{{ first_name }}|{{ unknown }}"
    ).replace("{{ RUN_TEXT }}", RUN)
    source = big_template(middle)
    assert len(source) > 512 * 1024
    result = render(source, PROFILE)
    head = "".join(RUN for _ in range(40))
    one = f"{head}\na{RUN}b{RUN}VIP|Ann|{placeholder_html('unknown')}\n{head}"
    assert result.html == one * 2
    assert result.complete


def test_a_big_template_reports_lines_of_the_original() -> None:
    head = "".join(RUN for _ in range(80))  # 80 lines
    source = f"{head}{{{{ missing_one }}}}\n{head}\n{{{{ 1 / 0 }}}}"
    result = render(source, {})
    assert [(p.kind, p.line) for p in result.problems] == [
        (ProblemKind.UNDEFINED, 81),
        (ProblemKind.ERROR, 163),
    ]
    broken = f"{head}\n{head}{{% for x in y %}}\n{head}"
    with pytest.raises(TemplateSyntaxError) as plain_jinja:
        Environment().parse(broken)
    syntax = render(broken, {})
    assert [(p.kind, p.line) for p in syntax.problems] == [(ProblemKind.SYNTAX, plain_jinja.value.lineno)]


def test_a_loop_repeating_a_long_text_run_is_still_bounded() -> None:
    source = big_template("{% for i in range(99999) %}" + RUN * 4 + "{% endfor %}")
    result = render(source, {})
    assert kinds(result) == [ProblemKind.TOO_BIG]
    assert len(result.html) <= template_guard.MAX_VALUE


def test_text_through_a_filter_block_stays_text_in_a_big_template() -> None:
    source = big_template(
        "{% filter upper %}" + RUN + "{% endfilter %}{% set block %}" + RUN + "{% endset %}{{ block|length }}"
    )
    result = render(source, {})
    assert RUN.upper() in result.html
    assert str(len(RUN)) in result.html
