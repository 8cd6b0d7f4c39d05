"""The fields of every resource, as the provider's reference lists them.

One declarative table serves three readers: client-side validation in the editors, the
sandbox's server-side validation, and the sandbox's OpenAPI description. Quirks are kept
as the reference has them (``messages_type`` for A/B campaigns, ``_zn`` for categories).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from app.domain.enums import MessageType, SourceType, WinParameter
from app.domain.languages import LANGUAGES, SuffixStyle, field_name


class FieldType(StrEnum):
    STRING = "string"
    EMAIL = "email"  # an email address (syntax only)
    INT = "int"
    BOOL = "bool"
    CHAR = "char"  # one letter out of ``choices``
    DATETIME = "datetime"  # ISO 8601
    URL = "url"
    CRONTAB = "crontab"
    JSON = "json"  # any JSON object
    DATAFILE = "datafile"  # a file sent as a multipart part
    DATAURL = "dataurl"  # data:text/html;base64,... or data:application/zip;base64,...


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    type: FieldType
    required: bool = False
    description: str = ""
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True, slots=True)
class ResourceSchema:
    name: str
    fields: tuple[FieldSpec, ...]
    id_field: str = "id"
    # Fields the server adds to what it stores; a client never sends them.
    read_only: tuple[str, ...] = field(default=("id",))

    def spec(self, name: str) -> FieldSpec | None:
        return self._index().get(name)

    def _index(self) -> dict[str, FieldSpec]:
        return {f.name: f for f in self.fields}

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


def _per_language(
    base: str, kind: FieldType, style: SuffixStyle, description: str
) -> tuple[FieldSpec, ...]:
    default = FieldSpec(base, kind, description=description)
    return (
        default,
        *(
            FieldSpec(field_name(base, lang, style), kind, description=f"{description} [{lang.value}]")
            for lang in LANGUAGES
        ),
    )


_EMAIL_CONTENT: Final = (
    *_per_language("subject", FieldType.STRING, SuffixStyle.EMAIL, "Email subject"),
    *_per_language("text_html", FieldType.STRING, SuffixStyle.EMAIL, "Email HTML template"),
    *_per_language("text_plain", FieldType.STRING, SuffixStyle.EMAIL, "Plain text version"),
    *_per_language("x_amp_html", FieldType.STRING, SuffixStyle.EMAIL, "Email X-AMP-HTML template"),
    *_per_language("file_html", FieldType.DATAURL, SuffixStyle.EMAIL, "HTML file (or ZIP) as data URL"),
)

EMAIL: Final = ResourceSchema(
    "emails",
    (
        FieldSpec("category", FieldType.INT, required=True, description="Category"),
        FieldSpec("from_address", FieldType.EMAIL, required=True, description="From address"),
        FieldSpec("internal_name", FieldType.STRING, description="Internal name"),
        *_EMAIL_CONTENT,
        FieldSpec("is_urgent", FieldType.BOOL, description="Transactional email"),
        FieldSpec("not_add_unsubscr_link", FieldType.BOOL, description="Do not include unsubscribe link"),
        FieldSpec("not_add_web_view_link", FieldType.BOOL, description="Do not include web version link"),
        # Only rewrite and edit list it; create ignores it.
        FieldSpec("in_archive", FieldType.BOOL, description="Archived"),
    ),
    read_only=("id", "project_id", "created_at", "updated_at"),
)

CATEGORY: Final = ResourceSchema(
    "categories",
    (
        *_per_language("title", FieldType.STRING, SuffixStyle.CATEGORY, "Title"),
        *_per_language("description", FieldType.STRING, SuffixStyle.CATEGORY, "Description"),
    ),
    id_field="category",
    read_only=("category", "project_id", "created_at", "updated_at"),
)

SEGMENT: Final = ResourceSchema(
    "segments",
    (
        FieldSpec("name", FieldType.STRING, required=True, description="Name"),
        FieldSpec("tags", FieldType.STRING, description="Tags"),
        FieldSpec("condition", FieldType.JSON, required=True, description="Condition"),
        FieldSpec(
            "segment_limit",
            FieldType.INT,
            minimum=0,
            description="Sets the limit on the number of exported profiles",
        ),
    ),
    read_only=("id", "project_id", "created_at", "updated_at", "generated_at", "size"),
)

# The campaign ``config`` JSON. The reference lists names and types only.
CAMPAIGN_CONFIG: Final = ResourceSchema(
    "config",
    (
        FieldSpec("not_check_subscription", FieldType.BOOL),
        FieldSpec("not_check_sent_quarantine", FieldType.BOOL),
        FieldSpec("retry_sent_quarantine_rejected", FieldType.BOOL),
        FieldSpec("retry_sent_quarantine_rejected_interval", FieldType.INT, minimum=0),
        FieldSpec("min_send_interval", FieldType.INT, minimum=0),
        FieldSpec("hook_url_template", FieldType.URL),
        FieldSpec("hook_use_auth", FieldType.BOOL),
        FieldSpec("hook_pre_post", FieldType.BOOL),
        FieldSpec("not_check_spam_quarantine", FieldType.BOOL),
        FieldSpec("send_to_corp", FieldType.BOOL),
        FieldSpec("send_by_uid", FieldType.BOOL),
    ),
    read_only=(),
)

_MESSAGE_TYPES: Final = tuple(t.value for t in MessageType)
_SOURCE_TYPES: Final = tuple(t.value for t in SourceType)
_CAMPAIGN_READ_ONLY: Final = ("id", "project_id", "status", "created_at", "updated_at")


def _campaign_common(type_field: str, source_id_required: bool) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec(type_field, FieldType.CHAR, required=True, choices=_MESSAGE_TYPES,
                  description="Mailing campaign message type ('L' - email)"),
        FieldSpec("message_id", FieldType.INT, required=True, minimum=1, description="Message id"),
        FieldSpec("source_type", FieldType.CHAR, required=True, choices=_SOURCE_TYPES,
                  description="Source type ('U' - uploaded file, 'S' - segment, 'A' - API source)"),
        FieldSpec("source_id", FieldType.INT, required=source_id_required, minimum=1,
                  description="Source id, not sent with an uploaded file"),
        FieldSpec("config", FieldType.JSON, description="Campaign configuration flags"),
        FieldSpec("tags", FieldType.STRING, description="Tags"),
        FieldSpec("priority", FieldType.INT, description="Mailing campaign priority"),
    )


CAMPAIGN: Final = ResourceSchema(
    "campaigns",
    (
        *_campaign_common("message_type", source_id_required=False),
        FieldSpec("source_uploaded_csv", FieldType.DATAFILE, description="Address list file"),
        FieldSpec("planned_at", FieldType.DATETIME, description="The campaign start time"),
        FieldSpec("send_during_hours", FieldType.INT, minimum=0, description="Send over a number of hours"),
        FieldSpec("additional_source_file", FieldType.DATAFILE,
                  description="File with additional parameters"),
        FieldSpec("start_immediately", FieldType.BOOL, description="Launch right after creation"),
    ),
    read_only=_CAMPAIGN_READ_ONLY,
)

AB_CAMPAIGN: Final = ResourceSchema(
    "ab_campaigns",
    (
        # Quirk 1: the A/B create names the type field ``messages_type``.
        *_campaign_common("messages_type", source_id_required=False),
        FieldSpec("source_uploaded_csv", FieldType.DATAFILE, description="Address list file"),
        FieldSpec("planned_at", FieldType.DATETIME, description="The campaign start time"),
        FieldSpec("send_during_hours", FieldType.INT, minimum=0, description="Send over a number of hours"),
        FieldSpec("ab_percent", FieldType.INT, minimum=1, maximum=99, description="Test base percentage"),
        FieldSpec("win_parameter", FieldType.CHAR, choices=tuple(w.value for w in WinParameter),
                  description="Winner by open ('O'), click ('C') or click-to-open ('U')"),
        FieldSpec("test_planned_at", FieldType.DATETIME, description="Test start time"),
        FieldSpec("main_planned_at", FieldType.DATETIME, description="Start of the main campaign"),
        FieldSpec("additional_source_file", FieldType.DATAFILE,
                  description="File with additional parameters"),
        FieldSpec("start_immediately", FieldType.BOOL, description="Launch right after creation"),
    ),
    read_only=_CAMPAIGN_READ_ONLY,
)

AUTO_CAMPAIGN: Final = ResourceSchema(
    "auto_campaigns",
    (
        *_campaign_common("message_type", source_id_required=True),
        FieldSpec("active", FieldType.BOOL, description="Automated mailing campaign enabled"),
        FieldSpec("crontab", FieldType.CRONTAB, description="Mailing campaign schedule"),
        # Quirk 4: the reference misprints these as "datatime".
        FieldSpec("run_from", FieldType.DATETIME, description="Start at"),
        FieldSpec("run_to", FieldType.DATETIME, description="Run until"),
    ),
    read_only=_CAMPAIGN_READ_ONLY,
)

USER: Final = ResourceSchema(
    "users",
    (
        FieldSpec("uid", FieldType.STRING, description="User ID in the project"),
        FieldSpec("phone", FieldType.STRING, description="User phone number"),
        FieldSpec("email", FieldType.STRING, description="User email"),
        FieldSpec("wp_token", FieldType.STRING, description="User web push token"),
        FieldSpec("fields", FieldType.JSON, description="Project-specific custom profile fields"),
    ),
    read_only=(),
)
USER_KEYS: Final = ("uid", "phone", "email", "wp_token")

EVENT: Final = ResourceSchema(
    "events",
    (
        FieldSpec("name", FieldType.STRING, required=True, description="Event name"),
        FieldSpec("payload", FieldType.JSON, description="Event payload"),
    ),
    read_only=(),
)

SCHEMAS: Final[dict[str, ResourceSchema]] = {
    s.name: s for s in (EMAIL, CATEGORY, SEGMENT, CAMPAIGN, AB_CAMPAIGN, AUTO_CAMPAIGN, USER, EVENT)
}
