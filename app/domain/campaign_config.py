"""The campaign ``config`` flags, each explained in words a marketer can act on.

The reference lists the eleven names and types and nothing else; the labels and
explanations below are our reading of the names (API-NOTES: "the app explains each in
plain words"). Units of the two intervals are not given by the reference either, so
the text does not invent one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from app.domain.schema import CAMPAIGN_CONFIG, FieldType
from app.domain.sentences import QT_TRANSLATE_NOOP
from app.domain.validation import Errors, validate_payload
from app.domain.wire import Reader, WireMeta, Writer


@dataclass(frozen=True, slots=True)
class FlagHelp:
    name: str
    label: str  # short, for a check box or a form row
    explanation: str  # one or two plain sentences, for a tooltip or help line
    type: FieldType  # BOOL, INT or URL


def _text(text: str) -> str:
    """A label or explanation, marked for translation where the UI shows it."""
    return QT_TRANSLATE_NOOP("CampaignConfig", text)


def _flag(name: str, label: str, explanation: str) -> FlagHelp:
    spec = CAMPAIGN_CONFIG.spec(name)
    if spec is None:  # the table below must follow the schema
        raise KeyError(name)
    return FlagHelp(name, label, explanation, spec.type)


FLAGS: Final[tuple[FlagHelp, ...]] = (
    _flag("not_check_subscription", _text("Ignore unsubscriptions"),
          _text("Send even to people who unsubscribed from this category. Use it only for messages "
                "people must receive, such as legal notices.")),
    _flag("not_check_sent_quarantine", _text("Ignore the delivery quarantine"),
          _text("Send even to addresses that are quarantined because earlier emails to them could "
                "not be delivered.")),
    _flag("retry_sent_quarantine_rejected", _text("Retry quarantined addresses"),
          _text("Try again later to reach people who were skipped because their address was in the "
                "delivery quarantine.")),
    _flag("retry_sent_quarantine_rejected_interval", _text("Wait before retrying"),
          _text("How long to wait before that second attempt, as a whole number.")),
    _flag("min_send_interval", _text("Minimum gap between emails"),
          _text("Skip people who received another email more recently than this, as a whole number.")),
    _flag("hook_url_template", _text("Webhook address"),
          _text("A web address of your own system that is called for this campaign; placeholders in "
                "it are filled in for each recipient. Leave it empty for none.")),
    _flag("hook_use_auth", _text("Authenticate webhook calls"),
          _text("Send your project's credentials with each webhook call, so that your system can tell "
                "the call is genuine.")),
    _flag("hook_pre_post", _text("Call the webhook before sending"),
          _text("Call the webhook before each email goes out rather than after.")),
    _flag("not_check_spam_quarantine", _text("Ignore spam complaints"),
          _text("Send even to people who marked an earlier email as spam. This can hurt your sender "
                "reputation.")),
    _flag("send_to_corp", _text("Send to company addresses"),
          _text("Also send to addresses at corporate domains, which are otherwise left out.")),
    _flag("send_by_uid", _text("Address people by user ID"),
          _text("Find recipients by their user ID in your project rather than by their email address.")),
)
FLAG_HELP: Final[dict[str, FlagHelp]] = {f.name: f for f in FLAGS}


@dataclass(kw_only=True)
class CampaignConfig:
    not_check_subscription: bool | None = None
    not_check_sent_quarantine: bool | None = None
    retry_sent_quarantine_rejected: bool | None = None
    retry_sent_quarantine_rejected_interval: int | None = None
    min_send_interval: int | None = None
    hook_url_template: str | None = None
    hook_use_auth: bool | None = None
    hook_pre_post: bool | None = None
    not_check_spam_quarantine: bool | None = None
    send_to_corp: bool | None = None
    send_by_uid: bool | None = None
    # What the payload had beyond the typed fields; no part in equality.
    wire: WireMeta = field(default_factory=WireMeta, repr=False, compare=False)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> CampaignConfig:
        r = Reader(payload)
        values: dict[str, Any] = {}
        for flag in FLAGS:
            if flag.type is FieldType.INT:
                values[flag.name] = r.integer(flag.name)
            elif flag.type is FieldType.URL:
                values[flag.name] = r.text(flag.name)
            else:
                values[flag.name] = r.boolean(flag.name)
        return cls(**values, wire=r.meta())

    def to_payload(self) -> dict[str, Any]:
        w = Writer(self.wire)
        for flag in FLAGS:
            w.put(flag.name, getattr(self, flag.name))
        return w.payload()

    def validate(self) -> Errors:
        """Field errors keyed by flag name (the two whole numbers and the web address)."""
        return validate_payload(CAMPAIGN_CONFIG, self.to_payload(), partial=True)
