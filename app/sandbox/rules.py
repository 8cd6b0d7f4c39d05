"""Server-side checks of a payload: the field schema plus what only a server can know.

Field checks come from :func:`app.domain.validation.validate_payload`; this module adds
the cross-object rules (an email's category exists; a campaign's email exists, a segment
source names a real segment, an uploaded list goes with source type 'U' only) and the
hint for the A/B ``messages_type`` quirk.

PATCH (``partial``) requires nothing. The reference's "Edit" tables mark ``category`` and
``from_address`` (emails), ``name`` and ``condition`` (segments) required, but they are
copies of the create tables, and an edit that had to resend them would be a rewrite
(PUT). What an edit sends is checked as a create would check it, so it cannot clear or
blank a required field, nor point at a category that does not exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from app.api.endpoints import (
    AB_CAMPAIGNS,
    AUTO_CAMPAIGNS,
    CAMPAIGNS,
    CATEGORIES,
    EMAILS,
    SEGMENTS,
    Endpoint,
)
from app.domain.enums import MessageType, PostType, SourceType
from app.domain.schema import (
    AB_CAMPAIGN,
    AUTO_CAMPAIGN,
    CAMPAIGN,
    CAMPAIGN_CONFIG,
    CATEGORY,
    EMAIL,
    SEGMENT,
    FieldType,
    ResourceSchema,
)
from app.domain.validation import Errors, validate_payload, whole_number
from app.sandbox.store import Store

SEND_AS_FILE: Final = "Send this file as a multipart/form-data file part."
# Rules between fields that no JSON Schema of the OpenAPI description states (the contract test
# knows them by these sentences, and by ``no_such``'s).
NEEDS_SEGMENT: Final = "A segment source ('S') needs source_id, the id of a segment."
NOT_FROM_A_FILE: Final = (
    "An automated campaign takes its audience from a segment ('S') or an API source ('A'), "
    "not from an uploaded file ('U')."
)
NO_SOURCE_ID_WITH_FILE: Final = (
    "source_id is not sent with an uploaded file (source_type 'U'): "
    "send the address list as source_uploaded_csv."
)
NEEDS_FILE: Final = "source_type 'U' needs the address list file as source_uploaded_csv."
FILE_ONLY_WITH_U: Final = "An address list file goes with source_type 'U' only."
CROSS_FIELD_MESSAGES: Final = frozenset({NEEDS_SEGMENT, NO_SOURCE_ID_WITH_FILE, NEEDS_FILE, FILE_ONLY_WITH_U})


def no_such(noun: str, object_id: int) -> str:
    return f"There is no {noun} with id {object_id}."


@dataclass(frozen=True)
class Resource:
    """An endpoint of the table joined with its field schema."""

    endpoint: Endpoint
    schema: ResourceSchema
    noun: str
    post_type: PostType | None = None  # set for the three kinds of campaign

    @property
    def name(self) -> str:
        return self.endpoint.name

    @property
    def is_campaign(self) -> bool:
        return self.post_type is not None

    @property
    def type_field(self) -> str:
        return "messages_type" if self.schema is AB_CAMPAIGN else "message_type"

    @property
    def datafiles(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.schema.fields if f.type is FieldType.DATAFILE)


RESOURCES: Final[dict[str, Resource]] = {
    r.name: r
    for r in (
        Resource(EMAILS, EMAIL, "email"),
        Resource(CATEGORIES, CATEGORY, "category"),
        Resource(SEGMENTS, SEGMENT, "segment"),
        Resource(CAMPAIGNS, CAMPAIGN, "campaign", PostType.ONE_TIME),
        Resource(AB_CAMPAIGNS, AB_CAMPAIGN, "A/B campaign", PostType.AB),
        Resource(AUTO_CAMPAIGNS, AUTO_CAMPAIGN, "automated campaign", PostType.AUTOMATED),
    )
}


def check(
    resource: Resource,
    payload: Mapping[str, Any],
    uploads: Mapping[str, Any],
    store: Store,
    *,
    partial: bool = False,
) -> Errors:
    """Every problem with ``payload`` (and the files that came with it), by field."""
    errors = validate_payload(resource.schema, payload, partial=partial)
    for name in resource.datafiles:
        if payload.get(name) is not None:
            errors[name] = [SEND_AS_FILE]
    # Only where config is a field (campaigns): elsewhere it is an unknown key, ignored like any other.
    has_config = any(spec.name == "config" for spec in resource.schema.fields)
    if has_config and "config" in payload and isinstance(payload["config"], list):
        errors["config"] = ["Must be a JSON object."]
    if resource.endpoint is EMAILS:
        _check_exists(payload, "category", CATEGORIES, "category", store, errors)
    if resource.is_campaign:
        _check_campaign(resource, payload, uploads, store, errors)
    return errors


def normalized(schema: ResourceSchema, payload: Mapping[str, Any]) -> dict[str, Any]:
    """``payload`` (already checked) with whole numbers sent as 3.0 stored as 3, in ``config`` too."""
    out = dict(payload)
    for spec in schema.fields:
        value = out.get(spec.name)
        if spec.type is FieldType.INT and isinstance(value, float):
            out[spec.name] = whole_number(value)
        elif spec.name == "config" and isinstance(value, dict):
            out[spec.name] = normalized(CAMPAIGN_CONFIG, value)
    return out


def _check_exists(
    payload: Mapping[str, Any], name: str, target: Endpoint, noun: str, store: Store, errors: Errors
) -> None:
    """``payload[name]``, once it is a valid id, must name an object of ``target``."""
    value = payload.get(name)
    if name not in errors and isinstance(value, int) and store.get(target.name, value) is None:
        errors[name] = [no_such(noun, value)]


def _check_campaign(
    resource: Resource, payload: Mapping[str, Any], uploads: Mapping[str, Any], store: Store, errors: Errors
) -> None:
    type_field = resource.type_field
    if type_field == "messages_type" and "messages_type" in errors and "message_type" in payload:
        errors["messages_type"] = [
            "messages_type is required: an A/B campaign names its type field messages_type, "
            "not message_type."
        ]
    if payload.get(type_field) == MessageType.EMAIL:
        _check_exists(payload, "message_id", EMAILS, "email", store, errors)

    source_type = payload.get("source_type")
    source_id = payload.get("source_id")
    if "source_type" in errors:
        return
    if source_type == SourceType.SEGMENT:
        if source_id is None:
            errors.setdefault("source_id", [NEEDS_SEGMENT])
        else:
            _check_exists(payload, "source_id", SEGMENTS, "segment", store, errors)
    if source_type == SourceType.UPLOADED:
        if "source_uploaded_csv" not in resource.datafiles:
            errors["source_type"] = [NOT_FROM_A_FILE]
            return
        if source_id is not None:
            errors["source_id"] = [NO_SOURCE_ID_WITH_FILE]
        if uploads.get("source_uploaded_csv") is None and "source_uploaded_csv" not in errors:
            errors["source_uploaded_csv"] = [NEEDS_FILE]
    elif uploads.get("source_uploaded_csv") is not None:
        errors["source_uploaded_csv"] = [FILE_ONLY_WITH_U]
