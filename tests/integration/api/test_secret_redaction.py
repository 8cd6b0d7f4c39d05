"""The secret and its Basic token appear in no log line, repr or exception."""

from __future__ import annotations

import base64
import logging
import socket
import traceback

from app.api import ApiClient
from app.api.errors import ApiError

from .conftest import client_for


def chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def texts_of(error: BaseException) -> list[str]:
    out = ["".join(traceback.format_exception(error))]
    for link in chain(error):
        out += [str(link), repr(link), repr(vars(link))]
        request = getattr(link, "_request", None)
        if request is not None:
            out += [repr(request.headers), str(dict(request.headers))]
    return out


async def test_a_whole_request_cycle_at_debug_leaks_nothing(sandbox, caplog):
    for name in ("", "httpx", "httpcore", "app"):
        caplog.set_level(logging.DEBUG, logger=name)
    wrong_secret = sandbox.secret + "-typo"
    tokens = [
        base64.b64encode(f"{login}:{secret}".encode()).decode()
        for login, secret in ((sandbox.login, sandbox.secret), (sandbox.login, wrong_secret))
    ]
    forbidden = [sandbox.secret, wrong_secret, *tokens]
    texts: list[str] = []
    errors: list[ApiError] = []

    async with client_for(sandbox) as api:
        texts.append(repr(api))
        await api.check_connection()
        category = await api.categories.create({"title": "t", "description": sandbox.secret})
        await api.categories.update(category["category"], {"title_en": "x"})
        for call in (
            api.emails.create({"category": category["category"]}),  # 400
            api.emails.get(10**9),  # 404
        ):
            try:
                await call
            except ApiError as error:
                errors.append(error)
    async with ApiClient(sandbox.base_url, sandbox.login, wrong_secret) as wrong:
        texts.append(repr(wrong))
        try:
            await wrong.emails.list()  # 401
        except ApiError as error:
            errors.append(error)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    async with ApiClient(f"http://127.0.0.1:{closed_port}/api/v1/", sandbox.login, sandbox.secret) as down:
        try:
            await down.events.send("login_user", {"secret_in_payload": sandbox.secret})
        except ApiError as error:
            errors.append(error)

    assert [type(e).__name__ for e in errors] == [
        "ValidationError", "NotFoundError", "AuthenticationError", "TransportError",
    ]  # fmt: skip
    # Something logs the secret on purpose, with a traceback, from a logger made just now.
    late = logging.getLogger("app.somewhere.new")
    late.error("token %s secret %s", tokens[0], sandbox.secret, exc_info=errors[-1])
    for error in errors:
        texts += texts_of(error)
    logged = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert "HTTP Request: POST" in logged  # httpx logged the requests at DEBUG/INFO
    assert "send_request_headers" in logged  # and httpcore too
    assert "***" in logged
    for text in [logged, *texts]:
        for secret in forbidden:
            assert secret not in text
