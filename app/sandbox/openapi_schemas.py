"""JSON Schemas of the bodies the sandbox takes and gives, from the field table.

Each schema says exactly what the server accepts or answers: text fields are strings (a
required one holds more than whitespace), whole numbers fit in 64 bits, date-times are
RFC 3339 with an offset, schedules, web addresses and data URLs carry the patterns the
validator checks them with (:mod:`app.domain.formats`). What no schema can say (an id must
name an existing object; a source type decides which other fields go with it) is in the
descriptions, and the server answers it with 400 and the field named.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from app.domain.enums import SourceType
from app.domain.formats import (
    CRONTAB_PATTERN,
    DATA_URL_PATTERN,
    DATETIME_PATTERN,
    EMAIL_SHAPE_PATTERN,
    INT64_MAX,
    INT64_MIN,
    NON_BLANK_PATTERN,
    URL_TEMPLATE_PATTERN,
)
from app.domain.schema import AUTO_CAMPAIGN, CAMPAIGN_CONFIG, USER_KEYS, FieldSpec, FieldType
from app.domain.validation import MAX_JSON_DEPTH
from app.sandbox.profile_values import accepted_schema, stored_schema
from app.sandbox.profiles import STAMP
from app.sandbox.rules import Resource
from app.sandbox.settings import ProfileFieldType

Json = dict[str, Any]

_JSON_NOTE: Final = f"Any JSON object or array, nested at most {MAX_JSON_DEPTH - 1} levels"
STATE_FIELDS: Final[dict[str, Json]] = {
    "status": {"type": "string", "enum": ["new", "running", "paused", "archived"],
               "description": "new -start-> running -pause-> paused -resume-> running; archive from any."},
    "generated_at": {"type": ["string", "null"], "format": "date-time"},
    "size": {"type": ["integer", "null"], "description": "Profiles in the last generation"},
}


def ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def _value(spec: FieldSpec, *, stored: bool) -> Json:
    """The schema of one value of ``spec`` (not null), as sent or (``stored``) as answered."""
    kind = spec.type
    out: Json
    if kind is FieldType.INT:
        low = INT64_MIN if spec.minimum is None else max(spec.minimum, INT64_MIN)
        high = INT64_MAX if spec.maximum is None else min(spec.maximum, INT64_MAX)
        out = {"type": "integer", "minimum": low, "maximum": high}
    elif kind is FieldType.BOOL:
        out = {"type": "boolean"}
    elif kind is FieldType.CHAR:
        out = {"type": "string", "enum": list(spec.choices)}
    elif kind is FieldType.STRING:
        out = {"type": "string"}
        if spec.required and not stored:
            out["pattern"] = NON_BLANK_PATTERN  # "   " is not a name
    # The formats are annotations to a JSON Schema validator; the patterns make them binding.
    elif kind is FieldType.EMAIL:
        out = {"type": "string", "format": "email", "pattern": EMAIL_SHAPE_PATTERN}
    elif kind is FieldType.DATETIME:
        out = {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN}
    elif kind is FieldType.URL:
        out = {"type": "string", "pattern": URL_TEMPLATE_PATTERN}
    elif kind is FieldType.CRONTAB:
        out = {"type": "string", "pattern": CRONTAB_PATTERN}
    elif kind is FieldType.DATAURL:
        out = {"type": "string", "pattern": DATA_URL_PATTERN}
    elif kind is FieldType.DATAFILE:
        return ref("DataFile")
    elif spec.name == "config":
        return ref("CampaignConfig")
    else:
        out = {"type": ["object", "array"]}
    return out


_NOTES: Final[dict[FieldType, str]] = {
    FieldType.DATETIME: "RFC 3339 with an offset, e.g. 2026-12-01T09:00:00+01:00",
    FieldType.URL: "A web address starting with http:// or https://; {placeholders} such as {id} are kept",
    FieldType.CRONTAB: "Five standard fields: minute hour day-of-month month day-of-week (no L, W, # or ?)",
    FieldType.EMAIL: "An email address",
    FieldType.JSON: _JSON_NOTE,
}


def field(spec: FieldSpec, *, nullable: bool, stored: bool = False) -> Json:
    out = _value(spec, stored=stored)
    note = "; ".join(filter(None, [spec.description, _NOTES.get(spec.type, "")]))
    if "$ref" in out:
        return {"anyOf": [out, {"type": "null"}]} if nullable else out
    if note:
        out["description"] = note
    return _with_null(out) if nullable else out


def _with_null(schema: Json) -> Json:
    kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    out = {**schema, "type": [*kinds, "null"]}
    if "enum" in out:
        out["enum"] = [*out["enum"], None]
    return out


def _json_fields(resource: Resource) -> list[FieldSpec]:
    return [f for f in resource.schema.fields if f.type is not FieldType.DATAFILE]


def _source_type_in_json(resource: Resource, spec: FieldSpec) -> Json:
    """A JSON body carries no file, so 'U' (an uploaded list) comes by multipart only."""
    choices = [c for c in spec.choices if c != SourceType.UPLOADED]
    return {"type": "string", "enum": choices, "description": (
        f"{spec.description}. 'S' needs source_id, the id of an existing segment"
        + ("" if resource.schema is AUTO_CAMPAIGN else "; 'U' is sent as multipart/form-data with the file")
    )}


def input_schema(resource: Resource, *, partial: bool = False) -> Json:
    """A JSON create or rewrite body; ``partial``: an edit (PATCH), where nothing is required
    but a required field sent may not be null."""
    out = object_input(_json_fields(resource), partial=partial)
    for name in resource.datafiles:  # a file inside JSON is refused: it goes as a multipart part
        out["properties"][name] = {"type": "null", "description": "Send this file as multipart/form-data"}
    if "source_type" in out["properties"]:
        spec = resource.schema.spec("source_type")
        assert spec is not None
        out["properties"]["source_type"] = _source_type_in_json(resource, spec)
    return out


def object_input(specs: Sequence[FieldSpec], *, partial: bool = False) -> Json:
    out: Json = {"type": "object", "properties": {s.name: field(s, nullable=not s.required) for s in specs}}
    required = [s.name for s in specs if s.required]
    if required and not partial:
        out["required"] = required
    return out


def multipart_schema(resource: Resource) -> Json:
    """A create or rewrite as multipart/form-data: every part is text (config as JSON),
    read as its field's type; no part is null."""
    props: Json = {}
    for spec in resource.schema.fields:
        if spec.type is FieldType.DATAFILE:
            props[spec.name] = {"type": "string", "format": "binary", "description": spec.description}
        elif spec.name == "config":
            props[spec.name] = {**ref("CampaignConfig"), "description": "The config object as a JSON part"}
        else:
            props[spec.name] = field(spec, nullable=False)
    props["source_type"]["description"] = (
        "'U' needs the address list as source_uploaded_csv and no source_id; "
        "'S' needs source_id, the id of an existing segment"
    )
    return {"type": "object", "properties": props, "required": list(resource.schema.required)}


def output_schema(resource: Resource) -> Json:
    """An object as the server answers it: every field, null where nothing was sent."""
    id_field = resource.schema.id_field
    props: Json = {id_field: {"type": "integer"}, "project_id": {"type": "integer"}}
    props.update({f.name: field(f, nullable=not f.required, stored=True) for f in resource.schema.fields})
    for state in ("status", "generated_at", "size"):
        if state in resource.schema.read_only:
            props[state] = STATE_FIELDS[state]
    props["created_at"] = {"type": "string", "format": "date-time"}
    props["updated_at"] = {"type": "string", "format": "date-time",
                           "description": "Changes on every write; compare it to detect conflicts."}
    return {"type": "object", "properties": props, "additionalProperties": False,
            "required": list(props)}


def campaign_config(*, stored: bool) -> Json:
    props = {f.name: field(f, nullable=True, stored=stored) for f in CAMPAIGN_CONFIG.fields}
    return {"type": "object", "properties": props,
            "description": "Unknown flags are kept as they were sent"}


# -- profiles ------------------------------------------------------------------------------

_KEY_TEXT: Final = {"type": "string", "minLength": 1}


def _key(name: str) -> Json:
    if name == "phone":
        return {"anyOf": [{"type": "string"}, {"type": "integer", "minimum": INT64_MIN, "maximum": INT64_MAX},
                          {"type": "null"}], "description": "Text, or a whole number read as text"}
    return {"type": ["string", "null"]}


def profile_input(declared: Mapping[str, ProfileFieldType]) -> Json:
    stamp = {"type": ["string", "null"], "format": "date-time", "pattern": DATETIME_PATTERN,
             "description": "Race guard: an update older than the stored one is ignored"}
    fields: Json = {name: accepted_schema(kind) for name, kind in declared.items()}
    fields.setdefault(STAMP, stamp)
    props: Json = {key: _key(key) for key in USER_KEYS}
    props["fields"] = {
        "type": ["object", "null"], "properties": fields,
        "description": "The project's declared profile fields, each as its type or as text; "
                       "fields not declared are dropped",
    }
    props[STAMP] = stamp
    identified = [
        {"required": [key], "properties": {key: _KEY_TEXT if key != "phone" else {
            "anyOf": [_KEY_TEXT, {"type": "integer"}]}}}
        for key in USER_KEYS
    ]
    return {"type": "object", "properties": props, "anyOf": identified,
            "description": "At least one of uid, phone, email, wp_token (not empty) identifies the profile"}


def profile_output(declared: Mapping[str, ProfileFieldType]) -> Json:
    fields: Json = {name: stored_schema(kind) for name, kind in declared.items()}
    fields.setdefault(STAMP, {"type": "string", "format": "date-time"})
    props: Json = {key: {"type": "string"} for key in USER_KEYS}
    props["fields"] = {"type": "object", "properties": fields, "additionalProperties": False,
                       "description": "What was stored: declared fields only"}
    props[STAMP] = {"type": "string", "format": "date-time"}
    return {"type": "object", "properties": props, "additionalProperties": False}
