"""The OpenAPI 3.1 description of the API, generated from the endpoint table and schemas.

It is the one written form of our contract: every path of ``app.api.endpoints``, the
fields of ``app.domain.schema`` with their types, requirements and enumerations, and
the error shapes the sandbox answers with.
"""

from __future__ import annotations

from typing import Any, Final

from app.api.endpoints import API_PREFIX, CATEGORIES, EVENTS, OPENAPI_PATH, STATS, USERS, Action
from app.domain.schema import CAMPAIGN_CONFIG, USER_KEYS, FieldSpec, FieldType
from app.domain.stats_fields import AGGREGATED_FIELDS, FILTER_FIELDS, GROUPING_FIELDS
from app.sandbox.rules import RESOURCES, Resource

Json = dict[str, Any]

_STATE_FIELDS: Final[dict[str, Json]] = {
    "status": {"type": "string", "enum": ["new", "running", "paused", "archived"],
               "description": "new -start-> running -pause-> paused -resume-> running; archive from any."},
    "generated_at": {"type": ["string", "null"], "format": "date-time"},
    "size": {"type": ["integer", "null"], "description": "Profiles in the last generation"},
}


def _ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def _response(name: str) -> Json:
    return {"$ref": f"#/components/responses/{name}"}


def _field(spec: FieldSpec, *, nullable: bool) -> Json:
    kind = spec.type
    out: Json
    if kind is FieldType.INT:
        out = {"type": "integer"}
        if spec.minimum is not None:
            out["minimum"] = spec.minimum
        if spec.maximum is not None:
            out["maximum"] = spec.maximum
    elif kind is FieldType.BOOL:
        out = {"type": "boolean"}
    elif kind is FieldType.CHAR:
        out = {"type": "string", "enum": list(spec.choices)}
    elif kind is FieldType.DATETIME:
        out = {"type": "string", "format": "date-time"}
    elif kind is FieldType.URL:
        out = {"type": "string", "format": "uri"}
    elif kind is FieldType.CRONTAB:
        out = {"type": "string", "description": "Five-field crontab: minute hour day month weekday"}
    elif kind is FieldType.DATAURL:
        out = {"type": "string", "pattern": "^data:(text/html|application/zip);base64,"}
    elif kind is FieldType.DATAFILE:
        out = _ref("DataFile")
    elif spec.name == "config":
        out = _ref("CampaignConfig")
    else:
        out = {"type": ["object", "array"]}
    if spec.description and "$ref" not in out:
        out.setdefault("description", spec.description)
    if nullable:
        out = {"anyOf": [out, {"type": "null"}]} if "$ref" in out else _with_null(out)
    return out


def _with_null(schema: Json) -> Json:
    kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    out = {**schema, "type": [*kinds, "null"]}
    if "enum" in out:
        out["enum"] = [*out["enum"], None]
    return out


def _input(resource: Resource) -> Json:
    fields = [f for f in resource.schema.fields if f.type is not FieldType.DATAFILE]
    return {
        "type": "object",
        "properties": {f.name: _field(f, nullable=not f.required) for f in fields},
        "required": [f.name for f in fields if f.required],
    }


def _multipart(resource: Resource) -> Json:
    props: Json = {}
    for spec in resource.schema.fields:
        if spec.type is FieldType.DATAFILE:
            props[spec.name] = {"type": "string", "format": "binary", "description": spec.description}
        elif spec.name == "config":
            props[spec.name] = {"type": "string", "contentMediaType": "application/json",
                                "description": "The config object as a JSON string part"}
        else:
            props[spec.name] = {"type": "string", "description": f"{spec.type.value}: {spec.description}"}
    return {"type": "object", "properties": props, "required": list(resource.schema.required)}


def _output(resource: Resource) -> Json:
    id_field = resource.schema.id_field
    props: Json = {id_field: {"type": "integer"}, "project_id": {"type": "integer"}}
    props.update({f.name: _field(f, nullable=True) for f in resource.schema.fields})
    for state in ("status", "generated_at", "size"):
        if state in resource.schema.read_only:
            props[state] = _STATE_FIELDS[state]
    props["created_at"] = {"type": "string", "format": "date-time"}
    props["updated_at"] = {"type": "string", "format": "date-time",
                           "description": "Changes on every write; compare it to detect conflicts."}
    return {"type": "object", "properties": props,
            "required": [id_field, "project_id", *resource.schema.names, "created_at", "updated_at"]}


def _schema_name(resource: Resource) -> str:
    return "".join(part.capitalize() for part in resource.name.split("_"))


_ERRORS: Final[Json] = {
    "401": _response("Unauthorized"),
    "403": _response("Forbidden"),
    "429": _response("TooManyRequests"),
    "5XX": _response("ServerError"),
}


def _operation(op_id: str, summary: str, responses: Json, body: Json | None = None, **extra: Any) -> Json:
    operation: Json = {"operationId": op_id, "summary": summary, "responses": {**responses, **_ERRORS}}
    if body is not None:
        operation["requestBody"] = body
    operation.update(extra)
    return operation


def _json_body(schema: Json, multipart: Json | None = None) -> Json:
    content: Json = {"application/json": {"schema": schema}}
    if multipart is not None:
        content["multipart/form-data"] = {"schema": multipart,
                                          "encoding": {"config": {"contentType": "application/json"}}}
    return {"required": True, "content": content}


def _ok(description: str, schema: Json, status: str = "200") -> Json:
    return {status: {"description": description, "content": {"application/json": {"schema": schema}}}}


def _resource_paths(resource: Resource) -> Json:
    endpoint = resource.endpoint
    name = _schema_name(resource)
    noun = resource.noun
    multipart = _multipart(resource) if resource.datafiles else None
    body = _json_body(_ref(f"{name}Input"), multipart)
    invalid = {"400": _response("BadRequest"), "415": _response("UnsupportedMediaType")}
    missing = {"404": _response("NotFound")}
    conflict = {"409": _response("Conflict")} if resource.is_campaign else {}
    id_param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"},
                 "description": f"The {noun}'s {resource.schema.id_field}"}]
    paths: Json = {}
    collection: Json = {}
    if endpoint.can_list:
        if endpoint is CATEGORIES:
            listed = _ok(f"Every {noun}, as a plain array", {"type": "array", "items": _ref(name)})
            collection["get"] = _operation(f"{endpoint.name}_list", f"List {noun} objects", listed)
        else:
            listed = _ok(f"One page of {noun} objects, ordered by id", _ref(f"{name}Page"))
            collection["get"] = _operation(
                f"{endpoint.name}_list", f"List {noun} objects", {**listed, **missing},
                parameters=[_ref_param("page"), _ref_param("page_size")],
            )
    if endpoint.can_create:
        collection["post"] = _operation(
            f"{endpoint.name}_create", f"Create a {noun}",
            {**_ok(f"The new {noun}", _ref(name), "201"), **invalid}, body,
        )
    paths["/" + endpoint.collection] = collection
    item: Json = {"parameters": id_param}
    if endpoint.can_get:
        found = _ok(noun, _ref(name))
        item["get"] = _operation(f"{endpoint.name}_get", f"Get a {noun}", {**found, **missing})
    if endpoint.can_replace:
        item["put"] = _operation(
            f"{endpoint.name}_replace", f"Rewrite a {noun}: fields not sent become null",
            {**_ok(f"The rewritten {noun}", _ref(name)), **invalid, **missing, **conflict}, body,
        )
    if endpoint.can_update:
        partial = {**_ref(f"{name}Input"), "description": "Only the fields sent are checked and changed"}
        item["patch"] = _operation(
            f"{endpoint.name}_update", f"Edit a {noun}: only the fields sent",
            {**_ok(f"The edited {noun}", _ref(name)), **invalid, **missing},
            {"required": True, "content": {"application/json": {"schema": partial}}},
        )
    paths["/" + endpoint.item("{id}")] = item
    for action in sorted(endpoint.actions):
        summary = ("Generate the segment: sets generated_at and size" if action is Action.GENERATE
                   else f"{action.value.capitalize()} the {noun}")
        paths["/" + endpoint.action("{id}", action)] = {
            "parameters": id_param,
            "post": _operation(f"{endpoint.name}_{action.value}", summary,
                               {**_ok(f"The {noun} afterwards", _ref(name)), **missing, **conflict}),
        }
    return paths


def _ref_param(name: str) -> Json:
    return {"$ref": f"#/components/parameters/{name}"}


def _profile() -> Json:
    props: Json = {key: {"type": "string"} for key in USER_KEYS}
    props["fields"] = {"type": "object",
                       "description": "Declared profile fields; undeclared ones are dropped"}
    props["update_profile_last_updated_at"] = {
        "type": "string", "format": "date-time",
        "description": "Race guard: an update older than the stored one is ignored",
    }
    return {"type": "object", "properties": props,
            "description": "At least one of uid, phone, email, wp_token identifies the profile"}


def _stats_paths() -> Json:
    grouping = ", ".join(f.name for f in GROUPING_FIELDS)
    aggregated = ", ".join(f.name for f in AGGREGATED_FIELDS)
    params = [
        {"name": "fields", "in": "query", "required": True, "schema": {"type": "string"},
         "description": f"Comma-separated grouping fields ({grouping}) and aggregated fields ({aggregated})"},
        *(
            {"name": name, "in": "query", "required": False, "explode": True,
             "schema": {"type": "array", "items": {"type": "string"}},
             "description": f"{label}: a value, or Django-style modifiers ge:VALUE, le:VALUE, in:A,B"}
            for name, label in FILTER_FIELDS.items()
        ),
    ]
    answer = {
        "type": "object",
        "properties": {
            "metadata": {"type": "object", "properties": {"ready": {"type": "boolean"}}},
            "result": {"type": "array", "maxItems": 100, "items": {"type": "object"},
                       "description": "At most 100 objects, the last being the totals row "
                                      "(grouping fields empty, date 1970-01-01)"},
            "error": {"type": ["string", "null"]},
        },
        "required": ["metadata", "result", "error"],
    }
    return {"/" + STATS.collection: {"get": _operation(
        "stats_query", "Report builder query: ask again while metadata.ready is false",
        _ok("Always 200; a problem is in error", answer), parameters=params,
    )}}


def _detail_response(description: str, **headers: Json) -> Json:
    out: Json = {"description": description, "content": {"application/json": {"schema": _ref("Detail")}}}
    if headers:
        out["headers"] = headers
    return out


def describe() -> Json:
    """The whole document, as a JSON-ready dict."""
    paths: Json = {}
    schemas: Json = {
        "Detail": {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]},
        "FieldErrors": {"type": "object",
                        "additionalProperties": {"type": "array", "items": {"type": "string"}},
                        "description": "Messages by field; nested config fields as config.<name>"},
        "DataFile": {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "integer"},
                                                      "rows": {"type": "integer"}}},
        "CampaignConfig": {"type": "object",
                           "properties": {f.name: _field(f, nullable=True) for f in CAMPAIGN_CONFIG.fields}},
        "Profile": _profile(),
        "Event": {"type": "object", "properties": {"name": {"type": "string"}, "payload": {}},
                  "required": ["name"]},
    }
    for resource in RESOURCES.values():
        name = _schema_name(resource)
        schemas[name] = _output(resource)
        schemas[f"{name}Input"] = _input(resource)
        schemas[f"{name}Page"] = {
            "type": "object",
            "properties": {"count": {"type": "integer"},
                           "next": {"type": ["string", "null"], "format": "uri"},
                           "previous": {"type": ["string", "null"], "format": "uri"},
                           "results": {"type": "array", "items": _ref(name)}},
            "required": ["count", "next", "previous", "results"],
        }
        paths.update(_resource_paths(resource))
    invalid = {"400": _response("BadRequest"), "415": _response("UnsupportedMediaType")}
    paths["/" + USERS.collection] = {"post": _operation(
        "users_upsert", "Create or update one profile",
        {**_ok("What was stored", _ref("Profile"), "201"), **invalid}, _json_body(_ref("Profile")))}
    assert USERS.batch is not None
    profiles = {"type": "array", "items": _ref("Profile")}
    paths["/" + USERS.batch] = {"post": _operation(
        "users_upsert_many", "Create or update many profiles, one hashmap per profile",
        {**_ok("What was stored", profiles, "202"), **invalid}, _json_body(profiles))}
    paths["/" + EVENTS.collection] = {"post": _operation(
        "events_send", "Send an event", {**_ok("The event", _ref("Event"), "201"), **invalid},
        _json_body(_ref("Event")))}
    paths.update(_stats_paths())
    paths["/" + OPENAPI_PATH] = {"get": {
        "operationId": "openapi", "summary": "This description", "security": [],
        "responses": {"200": {"description": "OpenAPI 3.1"}},
    }}
    return {
        "openapi": "3.1.0",
        "info": {"title": "ESP Server-to-Server API", "version": "1",
                 "description": "The provider's API as Campaign Studio reads it (API-NOTES), served by the "
                                "local sandbox. Paths are relative to the account's base URL."},
        "servers": [{"url": API_PREFIX.rstrip("/")}],
        "security": [{"basicAuth": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"}},
            "schemas": schemas,
            "parameters": {
                "page": {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                "page_size": {"name": "page_size", "in": "query",
                              "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}},
            },
            "responses": {
                "BadRequest": {"description": "Field errors, or a problem with the whole request",
                               "content": {"application/json": {"schema": {
                                   "oneOf": [_ref("FieldErrors"), _ref("Detail")]}}}},
                "Unauthorized": _detail_response(
                    "Wrong login or secret", **{"WWW-Authenticate": {"schema": {"type": "string"}}}),
                "Forbidden": _detail_response("The caller's IP address is not on the allow-list"),
                "NotFound": _detail_response("No such object (or page)"),
                "Conflict": _detail_response("A status change that makes no sense now"),
                "UnsupportedMediaType": _detail_response("Send application/json (or multipart with files)"),
                "TooManyRequests": _detail_response(
                    "Slow down", **{"Retry-After": {"schema": {"type": "integer"}}}),
                "ServerError": {"description": "Server trouble; the body may be an HTML page from a proxy"},
            },
        },
    }
