"""Everything that blocks or warns about a campaign, in the user's words, with its field.

The domain's review (:func:`app.domain.campaign_review.review`), what the pages found out
(a segment deleted on the server meanwhile, an email draft deleted, a file that cannot be
read) and what the server would refuse anyway (the editors' publish checks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.campaign_review import ERROR, review
from app.domain.enums import SourceType
from app.domain.publish_checks import publish_problems
from app.ui.editors.base import field_message, label_of
from app.ui.wizard.context import WizardContext
from app.ui.wizard.formatting import sentence_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignFindings", text)


@dataclass(frozen=True, slots=True)
class Shown:
    """A finding as the wizard shows it: how serious, the field to go to, its words."""

    severity: str
    field: str
    text: str


def collect(context: WizardContext, payload: Mapping[str, Any], now: datetime) -> list[Shown]:
    """Errors first, then warnings."""
    zone, facts, setup = context.zone, context.facts, context.setup
    found = [
        Shown(f.severity, f.field, sentence_text(f.sentence, zone))
        for f in review(context.kind.value, payload, now=now, audience_size=facts.audience_size)
    ]
    if facts.email_gone:
        found.append(Shown(ERROR, "message_id", _tr("The email draft chosen was deleted: choose another.")))
    if facts.segment_gone and setup.source_type is SourceType.SEGMENT:
        gone = _tr("The segment chosen no longer exists on the server: choose another.")
        found.append(Shown(ERROR, "source_id", gone))
    if facts.csv_problem and setup.source_type is SourceType.UPLOADED:
        found.append(Shown(ERROR, "source_uploaded_csv", facts.csv_problem))
    if facts.extra_problem and setup.additional_file:
        found.append(Shown(ERROR, "additional_source_file", facts.extra_problem))
    named = {item.field for item in found}
    # What the server would refuse anyway, in the editors' words, where nothing above says it.
    for key, messages in publish_problems(context.kind, payload).items():
        if key not in named:
            text = " ".join(field_message(m) for m in messages)
            found.append(Shown(ERROR, key, f"{label_of(key, context.kind)}: {text}"))
    return sorted(found, key=lambda item: item.severity != ERROR)


def blocking(context: WizardContext, payload: Mapping[str, Any], now: datetime) -> dict[str, list[str]]:
    """The errors by field, as the editors' publish check wants them."""
    errors: dict[str, list[str]] = {}
    for item in collect(context, payload, now):
        if item.severity == ERROR:
            errors.setdefault(item.field, []).append(item.text)
    return errors
