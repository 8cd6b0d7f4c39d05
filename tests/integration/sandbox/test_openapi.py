"""``/api/v1/openapi.json``: the written contract covers the whole endpoint table and schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.api.endpoints import ENDPOINTS, Action
from app.domain.formats import CRONTAB_PATTERN, INT64_MAX, INT64_MIN, NON_BLANK_PATTERN, URL_TEMPLATE_PATTERN
from app.domain.schema import AB_CAMPAIGN, CAMPAIGN, CATEGORY, EMAIL, SCHEMAS, SEGMENT, FieldType

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def doc(sandbox: Any) -> Doc:
    response = httpx.get(sandbox.base_url + "openapi.json")  # no credentials needed
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    document: Doc = response.json()
    return document


def _resolve(doc: Doc, node: Doc) -> Doc:
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_header_and_security(doc: Doc) -> None:
    assert doc["openapi"] == "3.1.0"
    assert doc["servers"] == [{"url": "/api/v1"}]
    assert doc["components"]["securitySchemes"]["basicAuth"] == {"type": "http", "scheme": "basic"}
    assert doc["security"] == [{"basicAuth": []}]
    assert doc["paths"]["/openapi.json"]["get"]["security"] == []


def test_every_path_and_operation_of_the_endpoint_table_is_described(doc: Doc) -> None:
    paths = doc["paths"]
    for endpoint in ENDPOINTS.values():
        collection = paths["/" + endpoint.collection]
        assert ("get" in collection) == endpoint.can_list, endpoint.name
        assert ("post" in collection) == endpoint.can_create, endpoint.name
        if endpoint.can_get or endpoint.can_replace or endpoint.can_update:
            item = paths["/" + endpoint.item("{id}")]
            assert ("get" in item) == endpoint.can_get
            assert ("put" in item) == endpoint.can_replace
            assert ("patch" in item) == endpoint.can_update
        for action in endpoint.actions:
            assert "post" in paths["/" + endpoint.action("{id}", action)], (endpoint.name, action)
        if endpoint.batch:
            assert "post" in paths["/" + endpoint.batch]
    described = sum(len([m for m in p if m != "parameters"]) for p in paths.values())
    operations = sum(
        e.can_list + e.can_create + e.can_get + e.can_replace + e.can_update + len(e.actions) + bool(e.batch)
        for e in ENDPOINTS.values()
    )
    assert described == operations + 1  # and the description itself


def test_every_reference_resolves(doc: Doc) -> None:
    refs = set(_refs(doc))
    assert refs
    for ref in refs:
        node: Any = doc
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        assert isinstance(node, dict), ref


def test_request_bodies_carry_types_requirements_and_enums(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    email = schemas["EmailsInput"]
    assert email["required"] == list(EMAIL.required) == ["category", "from_address"]
    assert email["properties"]["category"] == {
        "type": "integer", "minimum": INT64_MIN, "maximum": INT64_MAX, "description": "Category"
    }
    assert "subject_zh" in email["properties"]
    category = schemas["CategoriesInput"]["properties"]
    assert "title_zn" in category and "title_zh" not in category
    assert schemas["Categories"]["required"][0] == CATEGORY.id_field == "category"
    ab = schemas["AbCampaignsInput"]
    assert "messages_type" in ab["required"] and "message_type" not in ab["properties"]
    assert ab["properties"]["messages_type"]["enum"] == ["L", "W", "G", "S"]
    assert ab["properties"]["ab_percent"]["type"] == ["integer", "null"]
    assert ab["properties"]["ab_percent"]["minimum"] == 1 and ab["properties"]["ab_percent"]["maximum"] == 99
    assert set(ab["properties"]) == {f.name for f in AB_CAMPAIGN.fields}
    # a file inside JSON is refused: the description says null is all it may be there
    assert ab["properties"]["source_uploaded_csv"]["type"] == "null"
    assert schemas["SegmentsInput"]["required"] == list(SEGMENT.required)
    assert schemas["AutoCampaignsInput"]["properties"]["run_from"]["format"] == "date-time"
    assert set(schemas["CampaignConfig"]["properties"]) >= {"min_send_interval", "hook_url_template"}


def test_multipart_is_described_where_files_go(doc: Doc) -> None:
    for path in ("/campaigns/", "/ab-campaigns/"):
        content = doc["paths"][path]["post"]["requestBody"]["content"]
        form = content["multipart/form-data"]
        schema = _resolve(doc, form["schema"])
        assert schema["properties"]["source_uploaded_csv"]["format"] == "binary"
        assert schema["properties"]["source_type"]["enum"] == ["U", "S", "A"]
        assert form["encoding"]["config"]["contentType"] == "application/json"
        # a JSON body carries no file: an uploaded list ('U') is for multipart only
        json_body = _resolve(doc, content["application/json"]["schema"])
        assert json_body["properties"]["source_type"]["enum"] == ["S", "A"]
    assert "multipart/form-data" not in doc["paths"]["/auto-campaigns/"]["post"]["requestBody"]["content"]
    assert set(doc["components"]["schemas"]["Campaigns"]["properties"]) >= set(CAMPAIGN.names) | {"status"}


def test_error_answers_are_described(doc: Doc) -> None:
    create = doc["paths"]["/emails/"]["post"]["responses"]
    assert {"201", "400", "401", "403", "415", "429"} <= set(create)
    start = doc["paths"]["/campaigns/{id}/start/"]["post"]["responses"]
    assert {"200", "404", "409"} <= set(start)
    generate = doc["paths"]["/segments/{id}/generate/"]["post"]["responses"]
    assert "409" not in generate
    listed = doc["paths"]["/categories/"]["get"]["responses"]["200"]["content"]["application/json"]
    assert listed["schema"]["type"] == "array"
    paged = doc["paths"]["/emails/"]["get"]["responses"]["200"]["content"]["application/json"]
    assert paged["schema"] == {"$ref": "#/components/schemas/EmailsPage"}
    assert Action.GENERATE.value in str(doc["paths"])


def _types(schema: Doc) -> set[str]:
    kinds = schema.get("type", [])
    return {kinds} if isinstance(kinds, str) else set(kinds)


def test_every_text_field_is_a_string(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    text_kinds = {FieldType.STRING, FieldType.EMAIL, FieldType.CHAR, FieldType.URL, FieldType.CRONTAB,
                  FieldType.DATETIME, FieldType.DATAURL}
    checked = 0
    for name, described in schemas.items():
        lowered = name.lower()
        resource = next((s for s in SCHEMAS.values() if lowered.startswith(s.name.replace("_", ""))), None)
        if resource is None or "properties" not in described:
            continue
        for spec in resource.fields:
            prop = described["properties"].get(spec.name)
            if prop is None or spec.type not in text_kinds:
                continue
            assert _types(prop) <= {"string", "null"} and "string" in _types(prop), (name, spec.name, prop)
            checked += 1
    assert checked > 200  # every language variant of every text field, in every schema
    email = schemas["EmailsInput"]["properties"]
    assert email["from_address"]["type"] == "string" and email["from_address"]["format"] == "email"
    assert email["subject_ko"]["type"] == ["string", "null"]
    segment = schemas["SegmentsInput"]["properties"]
    assert segment["name"] == {"type": "string", "pattern": NON_BLANK_PATTERN, "description": "Name"}
    assert segment["tags"]["type"] == ["string", "null"]


def test_datetimes_schedules_and_url_templates_carry_their_formats(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    auto = schemas["AutoCampaignsInput"]["properties"]
    assert auto["run_from"]["format"] == auto["run_to"]["format"] == "date-time"
    assert auto["crontab"]["pattern"] == CRONTAB_PATTERN
    hook = schemas["CampaignConfig"]["properties"]["hook_url_template"]
    assert hook["pattern"] == URL_TEMPLATE_PATTERN and "format" not in hook  # {id} is no RFC 3986 URI
    assert "{id}" in hook["description"]
    assert schemas["Campaigns"]["properties"]["created_at"]["format"] == "date-time"


def test_an_edit_requires_nothing_but_refuses_null_for_required_fields(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    for name in ("EmailsChanges", "SegmentsChanges", "CategoriesChanges"):
        assert "required" not in schemas[name]
    assert schemas["EmailsChanges"]["properties"]["from_address"]["type"] == "string"
    assert schemas["SegmentsChanges"]["properties"]["condition"]["type"] == ["object", "array"]
    patch = doc["paths"]["/emails/{id}/"]["patch"]["requestBody"]["content"]["application/json"]
    assert patch["schema"] == {"$ref": "#/components/schemas/EmailsChanges"}


def test_declared_profile_fields_are_described_with_their_types(doc: Doc) -> None:
    # the session sandbox declares pole1:String, pole2:Int, city:String
    fields = doc["components"]["schemas"]["ProfileInput"]["properties"]["fields"]["properties"]
    assert {"pole1", "pole2", "city"} <= set(fields)
    int_forms = fields["pole2"]["anyOf"]
    assert {"type": "integer", "minimum": INT64_MIN, "maximum": INT64_MAX} in int_forms
    stored = doc["components"]["schemas"]["Profile"]["properties"]["fields"]["properties"]
    assert _types(stored["pole2"]) == {"integer", "null"}


def test_creates_link_to_the_operations_on_what_they_made(doc: Doc) -> None:
    created = doc["paths"]["/campaigns/"]["post"]["responses"]["201"]
    links = created["links"]
    assert links["Get"] == {"operationId": "campaigns_get", "parameters": {"id": "$response.body#/id"}}
    assert {"Replace", "Start", "Pause", "Resume", "Archive"} <= set(links)
    category = doc["paths"]["/categories/"]["post"]["responses"]["201"]["links"]["Update"]
    assert category["parameters"] == {"id": "$response.body#/category"}
