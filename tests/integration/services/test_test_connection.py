""" "Test connection": every failure gets its own diagnosis, against real servers on loopback."""

from __future__ import annotations

import datetime
import http.server
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class _HtmlHandler(http.server.BaseHTTPRequestHandler):
    """A captive portal: a web page for every request."""

    def do_GET(self) -> None:
        body = b"<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body>Log in</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _serve(server: http.server.HTTPServer) -> Iterator[int]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def html_port() -> Iterator[int]:
    yield from _serve(http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HtmlHandler))


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


@pytest.fixture
def untrusted_tls_port(tmp_path: Path) -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HtmlHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*_self_signed(tmp_path))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    yield from _serve(server)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """Accepts connections (the kernel's backlog) and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


@pytest.fixture
def closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


async def test_the_right_credentials_connect(accounts, sandbox):
    assert await accounts.test_connection(sandbox.base_url, sandbox.login, sandbox.secret) is None


async def test_a_wrong_secret_is_named(accounts, sandbox):
    verdict = await accounts.test_connection(sandbox.base_url, sandbox.login, "not-the-secret")
    assert verdict is not None and "login or the secret is wrong" in verdict.problem


async def test_a_wrong_login_is_named(accounts, sandbox):
    verdict = await accounts.test_connection(sandbox.base_url, "someone-else", sandbox.secret)
    assert verdict is not None and "login or the secret is wrong" in verdict.problem


async def test_an_ip_outside_the_allow_list_is_named(accounts, sandbox_factory):
    guarded = sandbox_factory(allow_ip=("10.0.0.0/8",))
    verdict = await accounts.test_connection(guarded.base_url, guarded.login, guarded.secret)
    assert verdict is not None
    assert "IP address" in verdict.problem and "allowed" in verdict.action


async def test_a_refused_port_is_named(accounts, closed_port):
    verdict = await accounts.test_connection(f"http://127.0.0.1:{closed_port}/api/v1/", "me", "pw")
    assert verdict is not None and "refused" in verdict.problem


async def test_plain_http_to_a_remote_host_is_refused_before_sending(accounts):
    verdict = await accounts.test_connection("http://esp.example.com/api/v1/", "me", "pw")
    assert verdict is not None
    assert "https://" in verdict.problem and "unencrypted" in verdict.problem


async def test_a_web_page_instead_of_the_api_is_named(accounts, html_port):
    verdict = await accounts.test_connection(f"http://127.0.0.1:{html_port}/api/v1/", "me", "pw")
    assert verdict is not None and "web page came back" in verdict.problem


async def test_an_untrusted_certificate_is_named(accounts, untrusted_tls_port):
    verdict = await accounts.test_connection(f"https://localhost:{untrusted_tls_port}/api/v1/", "me", "pw")
    assert verdict is not None and "certificate is not trusted" in verdict.problem


async def test_a_host_that_does_not_exist_is_named(accounts):
    # .invalid never resolves (RFC 2606), with or without a network
    verdict = await accounts.test_connection("https://campaign-studio-test.invalid/api/v1/", "me", "pw")
    assert verdict is not None and "host name could not be found" in verdict.problem


async def test_a_server_that_never_answers_times_out(accounts, silent_port):
    accounts.test_timeout = 0.3
    verdict = await accounts.test_connection(f"http://127.0.0.1:{silent_port}/api/v1/", "me", "pw")
    assert verdict is not None and "in time" in verdict.problem


async def test_missing_fields_are_named_before_anything_is_sent(accounts):
    verdict = await accounts.test_connection("", "me", "pw")
    assert verdict is not None and "Enter the API address" in verdict.problem
    verdict = await accounts.test_connection("https://esp.example.com/api/v1/", "me", "")
    assert verdict is not None and "secret" in verdict.problem


async def test_an_empty_secret_field_tests_the_stored_secret(accounts, sandbox):
    account = await accounts.add("Sandbox", sandbox.base_url, sandbox.login, sandbox.secret)
    assert await accounts.test_connection(sandbox.base_url, sandbox.login, "", account_id=account.id) is None
    verdict = await accounts.test_connection(
        sandbox.base_url, sandbox.login, "typed-wrong", account_id=account.id
    )
    assert verdict is not None and "secret is wrong" in verdict.problem
