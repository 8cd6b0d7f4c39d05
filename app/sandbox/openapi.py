"""The OpenAPI 3.1 description of the API, generated from the endpoint table and schemas.

It is the one written form of our contract: every path of ``app.api.endpoints``, the
fields of ``app.domain.schema`` with their types, requirements and formats
(:mod:`app.sandbox.openapi_schemas`), and every answer the sandbox gives, errors
included. ``tests/contract`` fuzzes the sandbox against it with schemathesis.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from app.api.endpoints import API_PREFIX, CATEGORIES, EVENTS, OPENAPI_PATH, STATS, USERS, Action
from app.domain.formats import INT64_MAX
from app.domain.schema import EVENT
from app.domain.stats_fields import AGGREGATED_FIELDS, FILTER_FIELDS, GROUPING_FIELDS
from app.sandbox import openapi_schemas as schemas
from app.sandbox.openapi_schemas import Json, ref
from app.sandbox.rules import RESOURCES, Resource
from app.sandbox.settings import DEFAULT_PAGE_SIZE, MAX_JSON_BYTES, MAX_PAGE_SIZE, ProfileFieldType
from app.sandbox.stats_query import FILTER_PATTERNS


def _response(name: str) -> Json:
    return {"$ref": f"#/components/responses/{name}"}


_ERRORS: Final[Json] = {
    "401": _response("Unauthorized"),
    "403": _response("Forbidden"),
    "429": _response("TooManyRequests"),
    "5XX": _response("ServerError"),
}
_INVALID: Final[Json] = {"400": _response("BadRequest"), "413": _response("TooLarge"),
                         "415": _response("UnsupportedMediaType")}
_MISSING: Final[Json] = {"404": _response("NotFound")}


def _operation(op_id: str, summary: str, responses: Json, body: Json | None = None, **extra: Any) -> Json:
    operation: Json = {"operationId": op_id, "summary": summary, "responses": {**responses, **_ERRORS}}
    if body is not None:
        operation["requestBody"] = body
    operation.update(extra)
    return operation


def _body(schema: Json, multipart: Json | None = None, *, required: bool = True) -> Json:
    """A request body; an absent one reads as ``{}``, so it may be left out (``required``
    false) only where ``{}`` is a valid body."""
    content: Json = {"application/json": {"schema": schema}}
    if multipart is not None:
        content["multipart/form-data"] = {"schema": multipart,
                                          "encoding": {"config": {"contentType": "application/json"}}}
    body: Json = {"required": required, "content": content}
    if not required:
        body["description"] = "An empty body reads as {}"
    return body


def _ok(description: str, schema: Json, status: str = "200", links: Json | None = None) -> Json:
    answer: Json = {"description": description, "content": {"application/json": {"schema": schema}}}
    if links:
        answer["links"] = links
    return {status: answer}


def _schema_name(resource: Resource) -> str:
    return "".join(part.capitalize() for part in resource.name.split("_"))


def _links(resource: Resource) -> Json:
    """From an answer holding the object to every operation on it (schemathesis follows them)."""
    endpoint, name = resource.endpoint, resource.name
    target = {"id": f"$response.body#/{resource.schema.id_field}"}
    links: Json = {}
    for allowed, op in ((endpoint.can_get, "get"), (endpoint.can_replace, "replace"),
                        (endpoint.can_update, "update")):
        if allowed:
            links[op.capitalize()] = {"operationId": f"{name}_{op}", "parameters": target}
    for action in sorted(endpoint.actions):
        links[action.value.capitalize()] = {"operationId": f"{name}_{action.value}", "parameters": target}
    return links


def _resource_paths(resource: Resource) -> Json:
    endpoint = resource.endpoint
    name = _schema_name(resource)
    noun = resource.noun
    links = _links(resource)
    multipart = ref(f"{name}Form") if resource.datafiles else None
    body = _body(ref(f"{name}Input"), multipart, required=bool(resource.schema.required))
    conflict = {"409": _response("Conflict")} if resource.is_campaign else {}
    id_param = [{"name": "id", "in": "path", "required": True,
                 "schema": {"type": "integer", "minimum": 0, "maximum": INT64_MAX},
                 "description": f"The {noun}'s {resource.schema.id_field}"}]
    paths: Json = {}
    collection: Json = {}
    if endpoint.can_list:
        if endpoint is CATEGORIES:
            listed = _ok(f"Every {noun}, as a plain array", {"type": "array", "items": ref(name)})
            ignored = [{"name": p, "in": "query", "schema": {"type": "string"},
                        "description": "Ignored: categories come as one array"}
                       for p in ("page", "page_size")]
            collection["get"] = _operation(
                f"{endpoint.name}_list", f"List {noun} objects", {**listed, "400": _response("BadRequest")},
                parameters=ignored,
            )
        else:
            listed = _ok(f"One page of {noun} objects, ordered by id", ref(f"{name}Page"))
            collection["get"] = _operation(
                f"{endpoint.name}_list", f"List {noun} objects",
                {**listed, "400": _response("BadRequest"), "404": _response("NoSuchPage")},
                parameters=[{"$ref": "#/components/parameters/page"},
                            {"$ref": "#/components/parameters/page_size"}],
            )
    if endpoint.can_create:
        collection["post"] = _operation(
            f"{endpoint.name}_create", f"Create a {noun}",
            {**_ok(f"The new {noun}", ref(name), "201", links), **_INVALID}, body,
        )
    paths["/" + endpoint.collection] = collection
    item: Json = {"parameters": id_param}
    if endpoint.can_get:
        found = {**_ok(noun, ref(name)), **_MISSING}
        item["get"] = _operation(f"{endpoint.name}_get", f"Get a {noun}", found)
    if endpoint.can_replace:
        rewritten = {**_ok(f"The rewritten {noun}", ref(name), links=links), **_INVALID, **_MISSING,
                     **conflict}
        item["put"] = _operation(
            f"{endpoint.name}_replace", f"Rewrite a {noun}: fields not sent become null", rewritten, body
        )
    if endpoint.can_update:
        item["patch"] = _operation(
            f"{endpoint.name}_update",
            f"Edit a {noun}: only the fields sent are checked and changed; none is required, "
            "but a required field sent may not be null or blank",
            {**_ok(f"The edited {noun}", ref(name), links=links), **_INVALID, **_MISSING},
            _body(ref(f"{name}Changes"), required=False),
        )
    paths["/" + endpoint.item("{id}")] = item
    for action in sorted(endpoint.actions):
        summary = ("Generate the segment: sets generated_at and size" if action is Action.GENERATE
                   else f"{action.value.capitalize()} the {noun}")
        paths["/" + endpoint.action("{id}", action)] = {
            "parameters": id_param,
            "post": _operation(f"{endpoint.name}_{action.value}", summary,
                               {**_ok(f"The {noun} afterwards", ref(name)), **_MISSING, **conflict}),
        }
    return paths


def _stats_paths() -> Json:
    grouping = ", ".join(f.name for f in GROUPING_FIELDS)
    aggregated = ", ".join(f.name for f in AGGREGATED_FIELDS)
    params = [
        {"name": "fields", "in": "query", "required": True, "schema": {"type": "string", "minLength": 1},
         "description": f"Comma-separated grouping fields ({grouping}) and aggregated fields ({aggregated})"},
        *(
            {"name": name, "in": "query", "required": False, "explode": True,
             "schema": {"type": "array", "items": {"type": "string", "pattern": FILTER_PATTERNS[name]}},
             "description": f"{label}: a value, or Django-style modifiers ge:VALUE, le:VALUE, in:A,B"}
            for name, label in FILTER_FIELDS.items()
        ),
    ]
    answer = {
        "type": "object",
        "properties": {
            "metadata": {"type": "object", "properties": {"ready": {"type": "boolean"}},
                         "required": ["ready"]},
            "result": {"type": "array", "maxItems": 100, "items": {"type": "object"},
                       "description": "At most 100 objects, the last being the totals row "
                                      "(grouping fields empty, date 1970-01-01); empty with an error"},
            "error": {"type": ["string", "null"],
                      "description": "Why the query cannot be answered (an unknown field, a bad filter, "
                                     "a period that ends before it starts), or null"},
        },
        "required": ["metadata", "result", "error"],
    }
    return {"/" + STATS.collection: {"get": _operation(
        "stats_query", "Report builder query: ask again while metadata.ready is false",
        _ok("Always 200, as the provider answers: a query it cannot run says why in error", answer),
        parameters=params,
    )}}


def _detail_response(description: str, **headers: Json) -> Json:
    out: Json = {"description": description, "content": {"application/json": {"schema": ref("Detail")}}}
    if headers:
        out["headers"] = headers
    return out


def _page_schema(name: str) -> Json:
    return {
        "type": "object",
        "properties": {"count": {"type": "integer"},
                       "next": {"type": ["string", "null"], "format": "uri"},
                       "previous": {"type": ["string", "null"], "format": "uri"},
                       "results": {"type": "array", "items": ref(name)}},
        "required": ["count", "next", "previous", "results"],
        "additionalProperties": False,
    }


def _components(declared: Mapping[str, ProfileFieldType]) -> Json:
    out: Json = {
        "Detail": {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"],
                   "additionalProperties": False},
        "FieldErrors": {"type": "object", "minProperties": 1,
                        "additionalProperties": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                        "description": "Messages by field; nested fields as config.<name>, "
                                       "items of a batch as <index>.<field>"},
        "DataFile": {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "integer"},
                                                      "rows": {"type": "integer"}},
                     "required": ["name", "size", "rows"], "additionalProperties": False},
        "CampaignConfig": schemas.campaign_config(stored=False),
        "ProfileInput": schemas.profile_input(declared),
        "Profile": schemas.profile_output(declared),
        "EventInput": schemas.object_input(EVENT.fields),
        "Event": {"type": "object", "properties": {"name": {"type": "string"},
                                                   "payload": {"type": ["object", "array", "null"]}},
                  "required": ["name", "payload"], "additionalProperties": False},
    }
    for resource in RESOURCES.values():
        name = _schema_name(resource)
        out[name] = schemas.output_schema(resource)
        out[f"{name}Input"] = schemas.input_schema(resource)
        out[f"{name}Changes"] = schemas.input_schema(resource, partial=True)
        if resource.datafiles:
            out[f"{name}Form"] = schemas.multipart_schema(resource)
        out[f"{name}Page"] = _page_schema(name)
    return out


def describe(
    declared: Mapping[str, ProfileFieldType] | None = None, max_json_bytes: int = MAX_JSON_BYTES
) -> Json:
    """The whole document, as a JSON-ready dict, for a sandbox with these declared profile
    fields and this body limit."""
    declared = dict(declared or {})
    limit = f"{max_json_bytes / (1024 * 1024):g} MB"
    paths: Json = {}
    for resource in RESOURCES.values():
        paths.update(_resource_paths(resource))
    paths["/" + USERS.collection] = {"post": _operation(
        "users_upsert", "Create or update one profile",
        {**_ok("What was stored", ref("Profile"), "201"), **_INVALID}, _body(ref("ProfileInput")))}
    assert USERS.batch is not None
    paths["/" + USERS.batch] = {"post": _operation(
        "users_upsert_many",
        "Create or update many profiles, one hashmap per profile: two items naming one profile "
        "(the same uid, phone, email or wp_token) are refused, merge them first",
        {**_ok("What was stored", {"type": "array", "items": ref("Profile")}, "202"), **_INVALID},
        _body({"type": "array", "items": ref("ProfileInput")}))}
    paths["/" + EVENTS.collection] = {"post": _operation(
        "events_send", "Send an event", {**_ok("The event", ref("Event"), "201"), **_INVALID},
        _body(ref("EventInput")))}
    paths.update(_stats_paths())
    paths["/" + OPENAPI_PATH] = {"get": {
        "operationId": "openapi", "summary": "This description", "security": [],
        "responses": {"200": {"description": "OpenAPI 3.1",
                              "content": {"application/json": {"schema": {"type": "object"}}}}},
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
            "schemas": _components(declared),
            "parameters": {
                "page": {"name": "page", "in": "query",
                         "schema": {"type": "integer", "minimum": 1, "maximum": INT64_MAX, "default": 1},
                         "description": "A page past the last answers 404"},
                "page_size": {"name": "page_size", "in": "query",
                              "schema": {"type": "integer", "minimum": 1, "maximum": INT64_MAX,
                                         "default": DEFAULT_PAGE_SIZE},
                              "description": f"Objects per page; more than {MAX_PAGE_SIZE} is read as "
                                             f"{MAX_PAGE_SIZE}"},
            },
            "responses": {
                "BadRequest": {"description": "Field errors, or a problem with the whole request",
                               "content": {"application/json": {"schema": {
                                   "anyOf": [ref("FieldErrors"), ref("Detail")]}}}},
                "Unauthorized": _detail_response(
                    "Wrong login or secret", **{"WWW-Authenticate": {"schema": {"type": "string"}}}),
                "Forbidden": _detail_response("The caller's IP address is not on the allow-list"),
                "NotFound": _detail_response("No such object"),
                "NoSuchPage": _detail_response("A page past the last"),
                "Conflict": _detail_response("A status change that makes no sense now"),
                "TooLarge": _detail_response(f"A JSON body over {limit}"),
                "UnsupportedMediaType": _detail_response("Send application/json (or multipart with files)"),
                "TooManyRequests": _detail_response(
                    "Slow down", **{"Retry-After": {"schema": {"type": "integer"}}}),
                "ServerError": {"description": "Server trouble; the body may be an HTML page from a proxy"},
            },
        },
    }
