"""The domain's translation marks reach lupdate: packaging/domain_marks.py's rewrite, run
through the real pyside6-lupdate on small modules."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import update_ts  # noqa: E402

MODULE = """
from typing import ClassVar, Final
from app.domain.sentences import Sentence, translatable
from app.domain.languages import Language

HERE: Final = "Here"

LABELS: Final = translatable("Labels", {"a": "Alpha", "b": "Be" "ta", "c": Language.RU})


class Verdict:
    TRANSLATION_CONTEXT: ClassVar[str] = "Verdicts"

    def __init__(self, problem, action=""):
        self.problem, self.action = problem, action


class Field:
    TRANSLATION_CONTEXT: ClassVar[str] = "Fields"
    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("label", "note")

    name: str
    label: str
    note: str = ""


def _counter(name, label, note=""):
    return Field(name, label, note)


FIELDS = (
    Field("sum_sent", "Sent", note="Sent from the server"),
    _counter("sum_opened", "Opened", "Opened at least once"),
    Field("year", "Year", "2021"),
)


_N = QT_TRANSLATE_NOOP
WORDS = {"new": _N("Statuses", "new"), "paused": _N("Statuses", "paused")}


def label(text):
    return QT_TRANSLATE_NOOP("Labels", text)


def _finding(code, field, template, count=None, **values):
    return (code, field, Sentence(template, values, count, context=HERE))


def found(n):
    return [
        Sentence("Plain {name}.", {"name": "x"}),
        Sentence("%Ln row(s) left", count=n),
        Sentence("Over " "two lines", context=HERE),
        Sentence("Not \\"this\\" one", context=UNKNOWN),
        _finding("c", "f", "Finding {x}.", x=1),
        _finding("c", "f", "{problem}", problem=1),
        _finding("c", "f", "%n finding(s)", n),
        label("Gamma"),
        Verdict("It broke.", action="Try again."),
        Verdict(f"Not {n} this."),
    ]
"""


def messages(ts: Path) -> dict[tuple[str, str], bool]:
    """{(context, source): numerus} of a .ts file."""
    found: dict[tuple[str, str], bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[name, message.findtext("source") or ""] = message.get("numerus") == "yes"
    return found


def test_lupdate_finds_every_domain_mark(tmp_path: Path) -> None:
    try:
        tool = update_ts.lupdate()
    except SystemExit:
        pytest.fail("pyside6-lupdate is part of the dev environment")
    source = tmp_path / "module.py"
    rewritten = update_ts.rewrite(MODULE.encode())
    assert rewritten.count(b"\n") == MODULE.encode().count(b"\n")  # lines stay where they were
    source.write_bytes(rewritten)
    subprocess.run([tool, "-silent", "module.py", "-ts", "out.ts"], cwd=tmp_path, check=True)
    assert messages(tmp_path / "out.ts") == {
        ("Labels", "Alpha"): False,
        ("Labels", "Beta"): False,
        ("Labels", "Gamma"): False,
        ("CampaignReview", "Plain {name}."): False,
        ("CampaignReview", "%Ln row(s) left"): True,
        ("Here", "Over two lines"): False,
        ("Here", "Finding {x}."): False,
        ("Here", "%n finding(s)"): True,
        ("Verdicts", "It broke."): False,
        ("Verdicts", "Try again."): False,
        ("Fields", "Sent"): False,
        ("Fields", "Sent from the server"): False,
        ("Fields", "Opened"): False,
        ("Fields", "Opened at least once"): False,
        ("Fields", "Year"): False,
        ("Statuses", "new"): False,
        ("Statuses", "paused"): False,
    }


def test_a_module_without_marks_is_left_as_it_is() -> None:
    source = b'def f(x):\n    return Sentence(x, {"a": 1})\n\nTEXT = "Sentence(\\"no\\")"\n'
    assert update_ts.rewrite(source) == source
