"""Fill a Qt ``.ts`` catalogue from a dict of translations, without hand-editing XML.

The ``.ts`` stays the source of truth: this script only reads and writes it.

``python packaging/ts_fill.py todo [--context CTX] [TS]``
    prints the unfinished messages as JSON ({context: {source: translation}}; a plural
    message has a list of forms), ready to be filled in and applied;
``python packaging/ts_fill.py apply FILE.json [TS]`` (``-`` reads stdin)
    writes those translations and marks them finished; a translation that loses a
    placeholder of its source, a plural with the wrong number of forms or a source that is
    not in the catalogue stops the run before anything is written;
``python packaging/ts_fill.py drop-obsolete [TS]``
    removes vanished and obsolete messages (after ``make ts`` kept them for reuse);
``python packaging/ts_fill.py check [TS]``
    lists unfinished and obsolete messages and lost placeholders; exits 1 if there are any.

TS defaults to ``translations/campaign_studio_ru.ts``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "translations" / "campaign_studio_ru.ts"
GONE = frozenset({"vanished", "obsolete"})
# Russian plurals: one (1, 21), few (2-4, 22-24), many (5-20, 25-30)
PLURAL_FORMS = {"ru": 3, "en": 2, "de": 2}
# str.format fields, Qt's %n / %1 (also %Ln, %L1) and printf-style %s, %d, %(name)s
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%L?\d+|%\([A-Za-z_]+\)[sdr]|%[sdr]")


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted: ``{0}``, ``{name}``, ``%n``, ``%1``, ``%s`` (``%Ln``: ``%n``)."""
    return sorted(found.replace("%L", "%") for found in _PLACEHOLDER.findall(text))


@dataclass
class Message:
    context: str
    element: ET.Element

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def comment(self) -> str:
        return self.element.findtext("comment") or ""

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation", type="unfinished")
        return found

    @property
    def state(self) -> str:
        return self.translation.get("type", "")

    @property
    def forms(self) -> list[str]:
        if self.numerus:
            return [form.text or "" for form in self.translation.findall("numerusform")]
        return [self.translation.text or ""]

    @property
    def key(self) -> str:
        """The dict key of the message: its source, then ``\\x00comment`` when it has one."""
        return f"{self.source}\x00{self.comment}" if self.comment else self.source

    def set(self, value: str | list[str], plural_forms: int) -> None:
        """Write the translation and mark it finished (ValueError when it does not fit)."""
        forms = value if isinstance(value, list) else [value]
        if self.numerus and len(forms) != plural_forms:
            raise ValueError(f"needs {plural_forms} plural forms, got {len(forms)}")
        if not self.numerus and (len(forms) != 1 or not isinstance(value, str)):
            raise ValueError("is not a plural message: give one string")
        for form in forms:
            if not form.strip():
                raise ValueError("empty translation")
            lost = lost_placeholders(self.source, form)
            if lost:
                raise ValueError(f"loses {', '.join(lost)} in {form!r}")
        element = self.translation
        element.attrib.pop("type", None)
        element.text = None if self.numerus else forms[0]
        for child in list(element):
            element.remove(child)
        if self.numerus:
            for form in forms:
                ET.SubElement(element, "numerusform").text = form


def lost_placeholders(source: str, translation: str) -> list[str]:
    """Placeholders of ``source`` missing from ``translation`` (``%n`` may be left out of the
    singular form only where the language writes "one" as a word: we never do)."""
    have = placeholders(translation)
    lost: list[str] = []
    for mark in placeholders(source):
        if mark in have:
            have.remove(mark)
        else:
            lost.append(mark)
    return lost


class Catalogue:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ET.parse(path)  # noqa: S314 - our own catalogue from the checkout
        self.root = self.tree.getroot()

    @property
    def language(self) -> str:
        return (self.root.get("language") or "").split("_")[0]

    @property
    def plural_forms(self) -> int:
        return PLURAL_FORMS.get(self.language, 2)

    def messages(self) -> Iterator[Message]:
        for context in self.root.iter("context"):
            name = context.findtext("name") or ""
            for element in context.findall("message"):
                yield Message(name, element)

    def apply(self, translations: dict[str, dict[str, str | list[str]]]) -> int:
        """Write ``{context: {key: translation}}``; all or nothing. The number written."""
        index = {(message.context, message.key): message for message in self.messages()}
        problems: list[str] = []
        todo: list[tuple[Message, str | list[str]]] = []
        for context, entries in translations.items():
            for key, value in entries.items():
                message = index.get((context, key))
                if message is None or message.state in GONE:
                    problems.append(f"{context}: {key!r} is not in {self.path.name}")
                else:
                    todo.append((message, value))
        for message, value in todo:  # in memory only: nothing is saved if one fails
            try:
                message.set(value, self.plural_forms)
            except ValueError as error:
                problems.append(f"{message.context}: {message.source!r} {error}")
        if problems:
            raise SystemExit("nothing written:\n  " + "\n  ".join(problems))
        self.save()
        return len(todo)

    def drop_obsolete(self) -> int:
        dropped = 0
        for context in list(self.root.iter("context")):
            for element in context.findall("message"):
                if Message("", element).state in GONE:
                    context.remove(element)
                    dropped += 1
            if not context.findall("message"):
                self.root.remove(context)
        if dropped:
            self.save()
        return dropped

    def save(self) -> None:
        self.path.write_text(serialise(self.root), encoding="utf-8")


def serialise(root: ET.Element) -> str:
    """The catalogue as lupdate writes it, so that ``make ts`` afterwards changes nothing."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", _open(root)]
    for context in root:
        out.append("<context>")
        for child in context:
            if child.tag == "name":
                out.append(f"    <name>{_escape(child.text or '')}</name>")
            else:
                out.append(_element(child, 1))
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _element(element: ET.Element, depth: int) -> str:
    pad = "    " * depth
    if len(element) == 0 and element.tag != "message":
        text = element.text
        if text is None and element.tag != "translation" and element.tag != "numerusform":
            return f"{pad}{_open(element)[:-1]}/>"
        return f"{pad}{_open(element)}{_escape(text or '')}</{element.tag}>"
    if element.tag == "translation":  # numerus forms: one line each, as lupdate puts them
        inner = "".join(f"\n{pad}    {_element(child, 0)}" for child in element)
        return f"{pad}{_open(element)}{inner}\n{pad}</translation>"
    lines = [f"{pad}{_open(element)}"]
    lines.extend(_element(child, depth + 1) for child in element)
    lines.append(f"{pad}</{element.tag}>")
    return "\n".join(lines)


def _open(element: ET.Element) -> str:
    attributes = "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())
    return f"<{element.tag}{attributes}>"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def todo(catalogue: Catalogue, context: str | None) -> dict[str, dict[str, str | list[str]]]:
    found: dict[str, dict[str, str | list[str]]] = {}
    for message in catalogue.messages():
        if message.state != "unfinished" or (context is not None and message.context != context):
            continue
        guess = message.forms  # lupdate's guess from a similar text, if any
        value: str | list[str] = (guess + [""] * catalogue.plural_forms)[: catalogue.plural_forms]
        found.setdefault(message.context, {})[message.key] = value if message.numerus else guess[0]
    return found


def problems(catalogue: Catalogue) -> list[str]:
    """Unfinished and obsolete messages, lost placeholders and missing plural forms."""
    found: list[str] = []
    for message in catalogue.messages():
        where = f"{message.context}: {message.source!r}"
        if message.state in GONE:
            found.append(f"{where} is obsolete")
        elif message.state == "unfinished":
            found.append(f"{where} is unfinished")
        else:
            forms = message.forms
            if message.numerus and len(forms) != catalogue.plural_forms:
                found.append(f"{where} has {len(forms)} plural forms")
            for form in forms:
                lost = lost_placeholders(message.source, form)
                if lost:
                    found.append(f"{where} loses {', '.join(lost)}")
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("todo")
    listing.add_argument("--context")
    listing.add_argument("ts", nargs="?", type=Path, default=DEFAULT_TS)
    applying = commands.add_parser("apply")
    applying.add_argument("file")
    applying.add_argument("ts", nargs="?", type=Path, default=DEFAULT_TS)
    for name in ("drop-obsolete", "check"):
        commands.add_parser(name).add_argument("ts", nargs="?", type=Path, default=DEFAULT_TS)
    args = parser.parse_args(argv)
    catalogue = Catalogue(args.ts)
    if args.command == "todo":
        print(json.dumps(todo(catalogue, args.context), ensure_ascii=False, indent=1))
    elif args.command == "apply":
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        print(f"{catalogue.apply(json.loads(text))} translation(s) written to {args.ts.name}")
    elif args.command == "drop-obsolete":
        print(f"{catalogue.drop_obsolete()} obsolete message(s) dropped from {args.ts.name}")
    else:
        found = problems(catalogue)
        print("\n".join(found) if found else f"{args.ts.name}: complete")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
