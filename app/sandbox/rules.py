"""Server-side checks of a payload: the field schema plus what only a server can know.

Field checks come from :func:`app.domain.validation.validate_payload`; this module adds
the cross-field and cross-object rules of campaigns (the email must exist, a segment
source names a real segment, an uploaded list goes with source type 'U' only) and the
hint for the A/B ``messages_type`` quirk.
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
    CATEGORY,
    EMAIL,
    SEGMENT,
    FieldType,
    ResourceSchema,
)
from app.domain.validation import Errors, validate_payload
from app.sandbox.store import Store

SEND_AS_FILE: Final = "Send this file as a multipart/form-data file part."


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
    if "config" in payload and isinstance(payload["config"], list):
        errors["config"] = ["Must be a JSON object."]
    if resource.is_campaign:
        _check_campaign(resource, payload, uploads, store, errors)
    return errors


def _check_campaign(
    resource: Resource, payload: Mapping[str, Any], uploads: Mapping[str, Any], store: Store, errors: Errors
) -> None:
    type_field = resource.type_field
    if type_field == "messages_type" and "messages_type" in errors and "message_type" in payload:
        errors["messages_type"] = [
            "messages_type is required: an A/B campaign names its type field messages_type, "
            "not message_type."
        ]
    message_id = payload.get("message_id")
    if (
        payload.get(type_field) == MessageType.EMAIL
        and "message_id" not in errors
        and isinstance(message_id, int)
        and store.get(EMAILS.name, message_id) is None
    ):
        errors["message_id"] = [f"There is no email with id {message_id}."]

    source_type = payload.get("source_type")
    source_id = payload.get("source_id")
    if "source_type" in errors:
        return
    if source_type == SourceType.SEGMENT:
        if source_id is None:
            errors.setdefault("source_id", ["A segment source ('S') needs source_id, the id of a segment."])
        elif "source_id" not in errors and store.get(SEGMENTS.name, source_id) is None:
            errors["source_id"] = [f"There is no segment with id {source_id}."]
    if source_type == SourceType.UPLOADED:
        if "source_uploaded_csv" not in resource.datafiles:
            errors["source_type"] = [
                "An automated campaign takes its audience from a segment ('S') or an API source ('A'), "
                "not from an uploaded file ('U')."
            ]
            return
        if source_id is not None:
            errors["source_id"] = [
                "source_id is not sent with an uploaded file (source_type 'U'): "
                "send the address list as source_uploaded_csv."
            ]
        if uploads.get("source_uploaded_csv") is None and "source_uploaded_csv" not in errors:
            errors["source_uploaded_csv"] = [
                "source_type 'U' needs the address list file as source_uploaded_csv."
            ]
    elif uploads.get("source_uploaded_csv") is not None:
        errors["source_uploaded_csv"] = ["An address list file goes with source_type 'U' only."]
