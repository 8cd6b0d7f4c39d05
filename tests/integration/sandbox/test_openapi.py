"""``/api/v1/openapi.json``: the written contract covers the whole endpoint table and schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.api.endpoints import ENDPOINTS, Action
from app.domain.schema import AB_CAMPAIGN, CAMPAIGN, CATEGORY, EMAIL, SEGMENT

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def doc(sandbox: Any) -> Doc:
    response = httpx.get(sandbox.base_url + "openapi.json")  # no credentials needed
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    document: Doc = response.json()
    return document


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
    assert email["properties"]["category"] == {"type": "integer", "description": "Category"}
    assert "subject_zh" in email["properties"]
    category = schemas["CategoriesInput"]["properties"]
    assert "title_zn" in category and "title_zh" not in category
    assert schemas["Categories"]["required"][0] == CATEGORY.id_field == "category"
    ab = schemas["AbCampaignsInput"]
    assert "messages_type" in ab["required"] and "message_type" not in ab["properties"]
    assert ab["properties"]["messages_type"]["enum"] == ["L", "W", "G", "S"]
    assert ab["properties"]["ab_percent"]["type"] == ["integer", "null"]
    assert ab["properties"]["ab_percent"]["minimum"] == 1 and ab["properties"]["ab_percent"]["maximum"] == 99
    assert set(ab["properties"]) == {f.name for f in AB_CAMPAIGN.fields} - {
        "source_uploaded_csv", "additional_source_file"
    }
    assert schemas["SegmentsInput"]["required"] == list(SEGMENT.required)
    assert schemas["AutoCampaignsInput"]["properties"]["run_from"]["format"] == "date-time"
    assert set(schemas["CampaignConfig"]["properties"]) >= {"min_send_interval", "hook_url_template"}


def test_multipart_is_described_where_files_go(doc: Doc) -> None:
    for path in ("/campaigns/", "/ab-campaigns/"):
        content = doc["paths"][path]["post"]["requestBody"]["content"]
        form = content["multipart/form-data"]
        assert form["schema"]["properties"]["source_uploaded_csv"]["format"] == "binary"
        assert form["encoding"]["config"]["contentType"] == "application/json"
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
