"""The HTTPS rule and the other checks made before any request."""

from __future__ import annotations

import pytest

from app.api import ApiClient
from app.api.base_url import check_base_url, is_loopback
from app.api.errors import ConfigurationError


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.10.0.3", "[::1]", "localhost", "LOCALHOST", "api.localhost"]
)
def test_plain_http_is_allowed_to_loopback(host):
    assert str(check_base_url(f"http://{host}:8765/api/v1")).endswith("/api/v1/")


@pytest.mark.parametrize(
    "url",
    [
        "http://esp.example.com/api/v1/",
        "http://10.0.0.5/api/v1/",
        "http://128.0.0.1/api/v1/",
        "http://localhost.example.com/api/v1/",
        "http://[::2]/api/v1/",
    ],
)
async def test_plain_http_to_any_other_host_is_refused_before_any_request(url):
    with pytest.raises(ConfigurationError, match="plain HTTP") as caught:
        ApiClient(url, "login", "secret")
    assert "https://" in caught.value.message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("esp.example.com/api/v1", "must start with https://"),
        ("ftp://esp.example.com/", "must start with https://"),
        ("https://user:pw@esp.example.com/api/v1/", "must not contain a login"),
        ("https://esp.example.com/api/v1/?x=1", "must not contain"),
        ("https://exa mple.com/", "invalid host"),
        ("https://esp.example.com:99999/", "invalid host"),
    ],
)
def test_unusable_addresses_are_explained(url, words):
    with pytest.raises(ConfigurationError, match=words):
        check_base_url(url)


@pytest.mark.parametrize(("login", "secret"), [("", "s"), ("a:b", "s"), ("login", "")])
def test_login_and_secret_are_checked(login, secret):
    with pytest.raises(ConfigurationError):
        ApiClient("https://esp.example.com/api/v1/", login, secret)


def test_https_anywhere_is_fine_and_the_base_url_keeps_its_path():
    assert str(check_base_url(" https://esp.example.com/api/v1 ")) == "https://esp.example.com/api/v1/"
    assert not is_loopback("esp.example.com")


async def test_repr_shows_login_and_host_only():
    secret = "s3cr3t-for-repr"
    async with ApiClient("https://esp.example.com:8443/api/v1/", "editor", secret) as api:
        text = repr(api) + str(api) + repr(api.emails)
    assert text.startswith("ApiClient(login='editor', host='esp.example.com:8443')")
    assert secret not in text
