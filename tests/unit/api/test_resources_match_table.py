"""Each resource has exactly the methods the endpoint table gives it."""

from __future__ import annotations

import pytest

from app.api import ApiClient
from app.api.endpoints import ENDPOINTS, Action

OPERATIONS = {
    "list": "can_list",
    "create": "can_create",
    "get": "can_get",
    "replace": "can_replace",
    "update": "can_update",
}

# Where the API's word for an operation is more precise than CRUD.
RENAMED = {("users", "create"): "upsert", ("events", "create"): "send", ("stats", "list"): "query"}


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
async def test_methods_follow_the_endpoint_table(name):
    endpoint = ENDPOINTS[name]
    async with ApiClient("http://127.0.0.1:9/api/v1/", "table-login", "table-Secret-93d1") as api:
        resource = getattr(api, name)
    assert resource.endpoint is endpoint
    for operation, flag in OPERATIONS.items():
        method = RENAMED.get((name, operation), operation)
        assert hasattr(resource, method) == getattr(endpoint, flag), (name, method)
        if method != operation:
            assert not hasattr(resource, operation)
    for action in Action:
        assert hasattr(resource, action.value) == (action in endpoint.actions), (name, action)
    assert hasattr(resource, "upsert_many") == (endpoint.batch is not None)
