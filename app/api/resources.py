"""The CRUD resources: one small class per operation, combined as the endpoint table says.

A resource has a method only where the API has the operation (emails can be PATCHed,
campaigns cannot); ``tests/unit/api/test_resources_match_table.py`` checks each class
against :data:`app.api.endpoints.ENDPOINTS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import httpx

from app.api.endpoints import Action, Endpoint
from app.api.http import HttpSession
from app.api.multipart import FilePaths, check_files
from app.api.responses import wrong_shape

JsonDict = dict[str, Any]
JsonList = list[JsonDict]
ObjectId = int | str

# A list that keeps handing out new `next` links is a broken server, not a big project.
MAX_PAGES: Final = 10_000


class Resource:
    def __init__(self, http: HttpSession, endpoint: Endpoint) -> None:
        self._http = http
        self.endpoint = endpoint

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.endpoint.collection}>"

    async def _object(
        self, method: str, path: str, *, empty_ok: bool = False, **options: Any
    ) -> JsonDict:
        data = await self._http.call(method, path, **options)
        if data is None and empty_ok:
            return {}
        if not isinstance(data, dict):
            raise wrong_shape(
                "a JSON object", data, method=method, path=path, idempotent=method != "POST"
            )
        return data

    async def _write(
        self, method: str, path: str, payload: Mapping[str, Any], files: FilePaths | None
    ) -> JsonDict:
        if files:
            return await self._object(
                method, path, form=payload, files=check_files(files)
            )
        return await self._object(method, path, json=dict(payload))


class Listing(Resource):
    async def list(self) -> JsonList:
        """Every object, following ``next`` links to the last page.

        The answer may be a plain JSON array or a page ``{"count", "next", "previous",
        "results"}``.
        """
        items: JsonList = []
        url = self._http.url(self.endpoint.collection)
        seen: set[str] = set()
        while True:
            path = self._http.relative(url)
            seen.add(str(url))
            data = await self._http.call("GET", url)
            if isinstance(data, list):
                page, next_link = data, None
            elif isinstance(data, dict) and isinstance(data.get("results"), list):
                page, next_link = data["results"], data.get("next")
            else:
                raise wrong_shape("a list or a page of results", data, method="GET", path=path)
            if not all(isinstance(item, dict) for item in page):
                raise wrong_shape("a list of JSON objects", page, method="GET", path=path)
            items.extend(page)
            if not next_link:
                return items
            if not isinstance(next_link, str):
                raise wrong_shape("a link to the next page", next_link, method="GET", path=path)
            url = self._http.url(httpx.URL(str(url)).join(next_link))
            if str(url) in seen or len(seen) >= MAX_PAGES:
                raise wrong_shape("a finite list of pages", next_link, method="GET", path=path)


class Creating(Resource):
    async def create(self, payload: Mapping[str, Any], files: FilePaths | None = None) -> JsonDict:
        """POST a new object; ``files`` maps datafile fields to paths (sent as multipart)."""
        return await self._write("POST", self.endpoint.collection, payload, files)


class Reading(Resource):
    async def get(self, object_id: ObjectId) -> JsonDict:
        return await self._object("GET", self.endpoint.item(object_id))


class Replacing(Resource):
    async def replace(
        self, object_id: ObjectId, payload: Mapping[str, Any], files: FilePaths | None = None
    ) -> JsonDict:
        """PUT: rewrite the whole object."""
        return await self._write("PUT", self.endpoint.item(object_id), payload, files)


class Updating(Resource):
    async def update(self, object_id: ObjectId, changes: Mapping[str, Any]) -> JsonDict:
        """PATCH: only the fields in ``changes``."""
        return await self._object("PATCH", self.endpoint.item(object_id), json=dict(changes))


class CampaignActions(Resource):
    async def _act(self, object_id: ObjectId, action: Action) -> JsonDict:
        return await self._object("POST", self.endpoint.action(object_id, action), empty_ok=True)

    async def start(self, object_id: ObjectId) -> JsonDict:
        return await self._act(object_id, Action.START)

    async def pause(self, object_id: ObjectId) -> JsonDict:
        return await self._act(object_id, Action.PAUSE)

    async def resume(self, object_id: ObjectId) -> JsonDict:
        return await self._act(object_id, Action.RESUME)

    async def archive(self, object_id: ObjectId) -> JsonDict:
        return await self._act(object_id, Action.ARCHIVE)


class Emails(Listing, Creating, Reading, Replacing, Updating):
    pass


class Categories(Listing, Creating, Reading, Replacing, Updating):
    pass


class Segments(Listing, Creating, Reading, Replacing, Updating):
    async def generate(self, object_id: ObjectId) -> JsonDict:
        """Start generating the segment's profile list."""
        return await self._object(
            "POST", self.endpoint.action(object_id, Action.GENERATE), empty_ok=True
        )


class Campaigns(Listing, Creating, Reading, Replacing, CampaignActions):
    """One-time, A/B and automated campaigns share these operations."""
