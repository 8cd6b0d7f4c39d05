"""Who may talk to the server: 401, 403, and what "Test connection" says."""

from __future__ import annotations

import pytest

from app.api import ApiClient
from app.api.diagnosis import diagnose
from app.api.errors import AuthenticationError, ForbiddenError, NotFoundError

from .conftest import client_for


async def test_check_connection_passes_with_the_right_credentials(api):
    await api.check_connection()


async def test_wrong_secret_is_401_on_every_call(sandbox):
    async with ApiClient(sandbox.base_url, sandbox.login, "not-the-secret") as api:
        with pytest.raises(AuthenticationError) as caught:
            await api.check_connection()
        assert caught.value.status == 401 and caught.value.path == "categories/"
        assert "login and secret" in caught.value.message
        assert "login or the secret is wrong" in diagnose(caught.value).problem
        with pytest.raises(AuthenticationError):
            await api.emails.create({"category": 1, "from_address": "a@example.com"})


async def test_wrong_login_is_401(sandbox):
    async with ApiClient(sandbox.base_url, "someone-else", sandbox.secret) as api:
        with pytest.raises(AuthenticationError):
            await api.segments.list()


async def test_an_address_outside_the_allow_list_is_403_not_401(sandbox_factory):
    guarded = sandbox_factory(allow_ip=("10.0.0.0/8",))
    async with client_for(guarded) as api:
        with pytest.raises(ForbiddenError) as caught:
            await api.check_connection()
    assert caught.value.status == 403
    verdict = diagnose(caught.value)
    assert "IP address" in verdict.problem and "project settings" in verdict.action


async def test_loopback_on_the_allow_list_gets_in(sandbox_factory):
    guarded = sandbox_factory(allow_ip=("10.0.0.0/8", "127.0.0.0/8"))
    async with client_for(guarded) as api:
        await api.check_connection()


async def test_a_base_url_without_the_api_prefix_is_diagnosed(sandbox):
    root = sandbox.base_url.removesuffix("api/v1/")
    async with ApiClient(root, sandbox.login, sandbox.secret) as api:
        with pytest.raises(NotFoundError) as caught:
            await api.check_connection()
    assert "/api/v1/" in diagnose(caught.value).action
