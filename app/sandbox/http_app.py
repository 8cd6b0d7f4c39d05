"""The ASGI application: routes built from the endpoint table, thin handlers, JSON errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, Final

import orjson
from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from app.api.endpoints import API_PREFIX, CATEGORIES, EVENTS, OPENAPI_PATH, STATS, USERS, Action
from app.domain.formats import INT64_MAX
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
from app.sandbox.settings import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, ProfileFieldType, SandboxSettings
from app.sandbox.store import Store

Handler = Callable[[Request], Any]


class _ObjectId(Convertor[int]):
    """An id in ASCII digits, at most 19 of them: longer names nothing (404 from routing), and
    ``int()`` never reads thousands of digits (Python refuses past 4,300, which was a 500).
    Ids past 64 bits that still fit are looked up and, like any unknown id, answer 404."""

    regex = "[0-9]{1,19}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("object_id", _ObjectId())


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
        declared = {name: ProfileFieldType(kind) for name, kind in store.declared_fields().items()}
        self._openapi = orjson.dumps(openapi.describe(declared, settings.max_json_bytes))
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
            routes.append(Route(base + "{object_id:object_id}/", _by_method(item), methods=list(item)))
        for action in sorted(endpoint.actions):
            routes.append(
                Route(
                    f"{base}{{object_id:object_id}}/{action.value}/",
                    _bind_action(self._act, resource, action),
                    methods=["POST"],
                )
            )
        return routes

    # -- handlers ----------------------------------------------------------------------

    async def _serve_openapi(self, request: Request) -> Response:
        return Response(self._openapi, media_type="application/json")

    async def _list(self, request: Request, resource: Resource) -> Response:
        _refuse_unknown_params(request.query_params, _PAGE_PARAMS)
        if resource.endpoint is CATEGORIES:
            # The reference shows the categories list as a plain array.
            return json_response(self.store.list(resource.name))
        return json_response(self._page(request, resource.name))

    def _page(self, request: Request, name: str) -> dict[str, Any]:
        params = request.query_params
        size = min(_page_number(params, "page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
        page = _page_number(params, "page", 1)
        total = self.store.count(name)
        last = max(1, -(-total // size))
        if page > last:
            raise Problem.detail(404, "Invalid page.")
        results = self.store.list(name, offset=(page - 1) * size, limit=size)
        return {
            "count": total,
            "next": str(request.url.include_query_params(page=page + 1)) if page < last else None,
            "previous": str(request.url.include_query_params(page=page - 1)) if page > 1 else None,
            "results": results,
        }

    async def _create(self, request: Request, resource: Resource) -> Response:
        payload, uploads = await read_payload(request, resource, self.settings.max_json_bytes)
        body = self.service.create(resource, _object(payload), uploads)
        return json_response(body, 201)

    async def _get(self, request: Request, resource: Resource) -> Response:
        return json_response(self.service.get(resource, request.path_params["object_id"]))

    async def _replace(self, request: Request, resource: Resource) -> Response:
        object_id = request.path_params["object_id"]
        self.service.get(resource, object_id)  # 404 before reading a possibly large body
        payload, uploads = await read_payload(request, resource, self.settings.max_json_bytes)
        return json_response(self.service.replace(resource, object_id, _object(payload), uploads))

    async def _update(self, request: Request, resource: Resource) -> Response:
        object_id = request.path_params["object_id"]
        changes = _object(await self._json(request))
        return json_response(self.service.update(resource, object_id, changes))

    async def _act(self, request: Request, resource: Resource, action: Action) -> Response:
        return json_response(self.service.act(resource, request.path_params["object_id"], action))

    async def _upsert_user(self, request: Request) -> Response:
        return json_response(self.profiles.upsert_one(await self._json(request)), 201)

    async def _upsert_users(self, request: Request) -> Response:
        return json_response(self.profiles.upsert_batch(await self._json(request)), 202)

    async def _send_event(self, request: Request) -> Response:
        body = _object(await self._json(request))
        errors = validate_payload(EVENT, body)
        if errors:
            raise Problem.fields(errors)
        echo = {"name": body["name"], "payload": body.get("payload")}
        with self.store.transaction():
            self.store.add_event(echo["name"], echo["payload"])
        return json_response(echo, 201)

    async def _json(self, request: Request) -> Any:
        return await read_json(request, self.settings.max_json_bytes)

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


_PAGE_NUMBER: Final = re.compile("[0-9]{1,19}")
_PAGE_PARAMS: Final = ("page", "page_size")


def _refuse_unknown_params(params: QueryParams, known: tuple[str, ...]) -> None:
    """A misspelt parameter (``pagesize``) is told about, not silently ignored."""
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise Problem.fields({name: [f"Unknown parameter; use {' or '.join(known)}."] for name in unknown})


def _page_number(params: QueryParams, name: str, default: int) -> int:
    """A whole number from 1 up, in ASCII digits (``str.isdigit`` also passes "²"); 400 naming
    the parameter for anything else. A page past the last is 404, as Django REST framework has it."""
    text = params.get(name)
    if text is None:
        return default
    value = int(text) if _PAGE_NUMBER.fullmatch(text) else 0
    if not 1 <= value <= INT64_MAX:
        raise Problem.fields({name: ["A whole number of 1 or more is required."]})
    return value


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
