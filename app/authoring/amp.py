"""Checks of an AMP for Email part (``x_amp_html``), ours: the official validator downloads
its engine at run time, which an offline app cannot rely on.

What a mail client requires before it shows the AMP part instead of the HTML one: the
``⚡4email`` (or ``amp4email``) attribute on ``<html>``, ``<meta charset="utf-8">``, the AMP
runtime script, the ``amp4email-boilerplate`` style, ``<amp-img>`` instead of ``<img>``,
and no JavaScript of its own (scripts other than AMP's, ``on…`` handlers, ``javascript:``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.authoring.html_scan import HtmlScan
from app.domain.sentences import Sentence

RUNTIME_URL: Final = "https://cdn.ampproject.org/v0.js"
_COMPONENT_PREFIX: Final = "https://cdn.ampproject.org/v0/amp-"
_DATA_SCRIPT_TYPES: Final = ("application/json", "application/ld+json")


@dataclass(frozen=True, slots=True)
class AmpProblem:
    line: int | None
    sentence: Sentence  # for the UI to translate (context "Checks")

    @property
    def message(self) -> str:
        return str(self.sentence)


def _says(template: str, **values: str) -> Sentence:
    return Sentence(template, values, context="Checks")


def amp_problems(scan: HtmlScan) -> list[AmpProblem]:
    problems: list[AmpProblem] = []
    html = scan.first("html")
    if html is None or not ({"⚡4email", "amp4email"} & set(html.attrs)):
        problems.append(
            AmpProblem(
                html.line if html else 1,
                _says("The AMP part needs <html ⚡4email> (or amp4email) to be shown as AMP."),
            )
        )
    charset = [m for m in scan.all("meta") if m.attrs.get("charset", "").lower() == "utf-8"]
    if not charset:
        problems.append(AmpProblem(None, _says('The AMP part needs <meta charset="utf-8"> in its head.')))
    if not any(_is_runtime(s.attrs) for s in scan.scripts):
        problems.append(
            AmpProblem(
                None,
                _says(
                    'The AMP part needs the AMP runtime: <script async src="{url}"></script> in its head.',
                    url=RUNTIME_URL,
                ),
            )
        )
    if not any("amp4email-boilerplate" in e.attrs for e in scan.all("style")):
        problems.append(
            AmpProblem(
                None,
                _says(
                    "The AMP part needs {style} in its head.",
                    style="<style amp4email-boilerplate>body{visibility:hidden}</style>",
                ),
            )
        )
    for image in scan.all("img"):
        problems.append(AmpProblem(image.line, _says("AMP emails show images with <amp-img>, not <img>.")))
    for script in scan.scripts:
        if not (_is_runtime(script.attrs) or _is_component(script.attrs) or _is_data(script.attrs)):
            problems.append(
                AmpProblem(
                    script.line,
                    _says("AMP emails may not have JavaScript of their own: remove this <script>."),
                )
            )
    for element in scan.elements:
        handlers = [name for name in element.attrs if name.startswith("on") and name != "on"]
        if handlers:
            problems.append(
                AmpProblem(
                    element.line,
                    _says(
                        "AMP emails may not run JavaScript: remove the {attribute} attribute "
                        '(AMP actions use on="…").',
                        attribute=handlers[0],
                    ),
                )
            )
        for name in ("href", "src", "action"):
            if element.attrs.get(name, "").strip().lower().startswith("javascript:"):
                problems.append(
                    AmpProblem(
                        element.line,
                        _says(
                            "AMP emails may not run JavaScript: this {name} is a javascript: address.",
                            name=name,
                        ),
                    )
                )
    return problems


def _is_runtime(attrs: dict[str, str]) -> bool:
    return attrs.get("src", "").strip() == RUNTIME_URL


def _is_component(attrs: dict[str, str]) -> bool:
    named = "custom-element" in attrs or "custom-template" in attrs
    return named and attrs.get("src", "").strip().startswith(_COMPONENT_PREFIX)


def _is_data(attrs: dict[str, str]) -> bool:
    return attrs.get("type", "").strip().lower() in _DATA_SCRIPT_TYPES and "src" not in attrs
