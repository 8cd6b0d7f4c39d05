"""The ASGI application: routes built from the endpoint table, thin handlers, JSON errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from app.api.endpoints import API_PREFIX, CATEGORIES, EVENTS, OPENAPI_PATH, STATS, USERS, Action
from app.domain.schema import EVENT
from app.domain.validation import validate_payload
from app.sandbox import openapi
from app.sandbox.bodies import read_json, read_payload
from app.sandbox.faults import FaultInjector
from app.sandbox.guards import AccessGuard
from app.sandbox.latency import LatencyGate
from app.sandbox.problems import Problem
from app.sandbox.profiles import ProfileBook
from app.sandbox.report_feed import ReportFeed
from app.sandbox.resources import ResourceService
from app.sandbox.responses import json_response
from app.sandbox.rules import RESOURCES, Resource
from app.sandbox.settings import SandboxSettings
from app.sandbox.store import Store

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500

Handler = Callable[[Request], Any]


class SandboxApp:
    """Everything one sandbox serves, around one store."""

    def __init__(self, settings: SandboxSettings, store: Store, *, today: Callable[[], date] = date.today):
        self.settings = settings
        self.store = store
        if settings.declared_fields:
            with store.transaction():
                store.declare_fields({k: v.value for k, v in settings.declared_fields.items()})
        self.feed = ReportFeed(store, today=today)
        self.service = ResourceService(store, on_started=self.feed.campaign_started)
        self.profiles = ProfileBook(store)
        self._openapi = orjson.dumps(openapi.describe())
        self.faults: FaultInjector | None = None

    def asgi(self) -> Any:
        """The application with its gates: faults outermost (a proxy fails before any login)."""
        app = Starlette(
            routes=self._routes(),
            exception_handlers={Problem: _problem, HTTPException: _http_exception, Exception: _crash},
        )
        open_paths = frozenset({API_PREFIX + OPENAPI_PATH})
        outer: Any = AccessGuard(app, self.settings, open_paths)
        if self.settings.faults > 0:
            self.faults = FaultInjector(
                outer, self.settings.faults, self.settings.seed, open_paths, self.settings.fault_kinds
            )
            outer = self.faults
        if self.settings.latency_ms > 0:
            outer = LatencyGate(outer, self.settings.latency_ms)
        return outer

    # -- routes ------------------------------------------------------------------------

    def _routes(self) -> list[BaseRoute]:
        routes: list[BaseRoute] = [Route(API_PREFIX + OPENAPI_PATH, self._serve_openapi, methods=["GET"])]
        for resource in RESOURCES.values():
            routes.extend(self._resource_routes(resource))
        routes.append(Route(API_PREFIX + USERS.collection, self._upsert_user, methods=["POST"]))
        assert USERS.batch is not None
        routes.append(Route(API_PREFIX + USERS.batch, self._upsert_users, methods=["POST"]))
        routes.append(Route(API_PREFIX + EVENTS.collection, self._send_event, methods=["POST"]))
        routes.append(Route(API_PREFIX + STATS.collection, self._query_stats, methods=["GET"]))
        return routes

    def _resource_routes(self, resource: Resource) -> list[BaseRoute]:
        endpoint = resource.endpoint
        base = API_PREFIX + endpoint.collection
        collection: dict[str, Handler] = {}
        if endpoint.can_list:
            collection["GET"] = lambda request: self._list(request, resource)
        if endpoint.can_create:
            collection["POST"] = lambda request: self._create(request, resource)
        item: dict[str, Handler] = {}
        if endpoint.can_get:
            item["GET"] = lambda request: self._get(request, resource)
        if endpoint.can_replace:
            item["PUT"] = lambda request: self._replace(request, resource)
        if endpoint.can_update:
            item["PATCH"] = lambda request: self._update(request, resource)
        routes: list[BaseRoute] = []
        if collection:
            routes.append(Route(base, _by_method(collection), methods=list(collection)))
        if item:
            routes.append(Route(base + "{object_id:int}/", _by_method(item), methods=list(item)))
        for action in sorted(endpoint.actions):
            routes.append(
                Route(
                    f"{base}{{object_id:int}}/{action.value}/",
                    _bind_action(self._act, resource, action),
                    methods=["POST"],
                )
            )
        return routes

    # -- handlers ----------------------------------------------------------------------

    async def _serve_openapi(self, request: Request) -> Response:
        return Response(self._openapi, media_type="application/json")

    async def _list(self, request: Request, resource: Resource) -> Response:
        if resource.endpoint is CATEGORIES:
            # The reference shows the categories list as a plain array.
            return json_response(self.store.list(resource.name))
        return json_response(self._page(request, resource.name))

    def _page(self, request: Request, name: str) -> dict[str, Any]:
        params = request.query_params
        size = _positive_int(params.get("page_size")) or DEFAULT_PAGE_SIZE
        size = min(size, MAX_PAGE_SIZE)
        page = _positive_int(params.get("page", "1"))
        total = self.store.count(name)
        last = max(1, -(-total // size))
        if page is None or page > last:
            raise Problem.detail(404, "Invalid page.")
        results = self.store.list(name, offset=(page - 1) * size, limit=size)
        return {
            "count": total,
            "next": str(request.url.include_query_params(page=page + 1)) if page < last else None,
            "previous": str(request.url.include_query_params(page=page - 1)) if page > 1 else None,
            "results": results,
        }

    async def _create(self, request: Request, resource: Resource) -> Response:
        payload, uploads = await read_payload(request, resource)
        body = self.service.create(resource, _object(payload), uploads)
        return json_response(body, 201)

    async def _get(self, request: Request, resource: Resource) -> Response:
        return json_response(self.service.get(resource, request.path_params["object_id"]))

    async def _replace(self, request: Request, resource: Resource) -> Response:
        object_id = request.path_params["object_id"]
        self.service.get(resource, object_id)  # 404 before reading a possibly large body
        payload, uploads = await read_payload(request, resource)
        return json_response(self.service.replace(resource, object_id, _object(payload), uploads))

    async def _update(self, request: Request, resource: Resource) -> Response:
        object_id = request.path_params["object_id"]
        changes = _object(await read_json(request))
        return json_response(self.service.update(resource, object_id, changes))

    async def _act(self, request: Request, resource: Resource, action: Action) -> Response:
        return json_response(self.service.act(resource, request.path_params["object_id"], action))

    async def _upsert_user(self, request: Request) -> Response:
        return json_response(self.profiles.upsert_one(await read_json(request)), 201)

    async def _upsert_users(self, request: Request) -> Response:
        return json_response(self.profiles.upsert_batch(await read_json(request)), 202)

    async def _send_event(self, request: Request) -> Response:
        body = _object(await read_json(request))
        errors = validate_payload(EVENT, body)
        if errors:
            raise Problem.fields(errors)
        echo = {"name": body["name"], "payload": body.get("payload")}
        with self.store.transaction():
            self.store.add_event(echo["name"], echo["payload"])
        return json_response(echo, 201)

    async def _query_stats(self, request: Request) -> Response:
        return json_response(self.feed.query(request.query_params.multi_items()))


def _by_method(handlers: dict[str, Handler]) -> Handler:
    async def dispatch(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        result: Response = await handlers[method](request)
        return result

    return dispatch


def _bind_action(
    act: Callable[[Request, Resource, Action], Any], resource: Resource, action: Action
) -> Handler:
    async def handler(request: Request) -> Response:
        result: Response = await act(request, resource, action)
        return result

    return handler


def _object(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, dict):
        kind = "an array" if isinstance(payload, list) else "a single value"
        raise Problem.detail(400, f"Expected a JSON object, got {kind}.")
    return payload


def _positive_int(text: str | None) -> int | None:
    if text is None or not text.strip().isdigit():
        return None
    value = int(text)
    return value if value > 0 else None


async def _problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return json_response(exc.body, exc.status, exc.headers)


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        detail = f'Method "{request.method}" not allowed.'
    elif exc.status_code == 404:
        detail = "Not found."
    else:
        detail = str(exc.detail)
    return json_response({"detail": detail}, exc.status_code, exc.headers)


async def _crash(request: Request, exc: Exception) -> Response:
    # Starlette re-raises after this answer, and uvicorn logs the traceback.
    return json_response({"detail": "A server error occurred."}, 500)
