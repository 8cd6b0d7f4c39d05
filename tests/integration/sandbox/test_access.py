"""Basic auth (401) and the IP allow-list (403), told apart as API-NOTES requires."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


def test_missing_credentials_get_401_with_a_basic_challenge(sandbox: Any) -> None:
    response = httpx.get(sandbox.base_url + "emails/")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert response.json() == {"detail": "Authentication credentials were not provided."}


@pytest.mark.parametrize(
    "auth",
    [("demo", "wrong-secret"), ("someone-else", None), ("", "")],
    ids=["wrong secret", "wrong login", "empty"],
)
def test_wrong_credentials_get_401(sandbox: Any, auth: tuple[str, str | None]) -> None:
    login, secret = auth
    response = httpx.get(sandbox.base_url + "campaigns/", auth=(login, secret or sandbox.secret))
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid login or secret."}
    assert sandbox.secret not in response.text


def test_other_schemes_and_garbage_are_refused(sandbox: Any) -> None:
    for header in ("Bearer abc", "Basic !!!not-base64!!!", "Basic " + "bm9jb2xvbg=="):  # "nocolon"
        response = httpx.get(sandbox.base_url + "segments/", headers={"Authorization": header})
        assert response.status_code == 401, header
        assert "detail" in response.json()


def test_right_credentials_pass(sandbox: Any) -> None:
    response = httpx.get(sandbox.base_url + "categories/", auth=sandbox.auth)
    assert response.status_code == 200


def test_openapi_needs_no_credentials(sandbox: Any) -> None:
    response = httpx.get(sandbox.base_url + "openapi.json")
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.1")


def test_address_outside_the_allow_list_gets_403_even_with_the_right_secret(sandbox_factory: Any) -> None:
    running = sandbox_factory(allow_ip=("10.0.0.0/8", "192.168.1.0/24"))
    response = httpx.get(running.base_url + "emails/", auth=running.auth)
    assert response.status_code == 403
    assert response.json() == {"detail": "Your IP address 127.0.0.1 is not on the project's allow-list."}
    # The allow-list is checked first: a wrong secret from there learns nothing more.
    assert httpx.get(running.base_url + "emails/", auth=("x", "y")).status_code == 403
    assert httpx.get(running.base_url + "openapi.json").status_code == 200


def test_address_inside_one_allowed_network_passes(sandbox_factory: Any) -> None:
    running = sandbox_factory(allow_ip=("10.0.0.0/8", "127.0.0.0/8"))
    assert httpx.get(running.base_url + "emails/", auth=running.auth).status_code == 200
    assert httpx.get(running.base_url + "emails/", auth=("demo", "nope")).status_code == 401
