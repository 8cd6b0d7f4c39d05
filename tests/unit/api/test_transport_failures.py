"""Each way a connection fails is told apart, with real sockets on loopback."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import ssl
from collections.abc import AsyncIterator

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.api import ApiClient, RetryPolicy
from app.api.diagnosis import diagnose
from app.api.errors import TransportError, TransportReason

from .conftest import LOGIN, SECRET


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def client(url: str, waits, *, timeout: float = 2.0, attempts: int = 2) -> ApiClient:
    retry = RetryPolicy(max_attempts=attempts, sleep=waits.sleep)
    return ApiClient(url, LOGIN, SECRET, timeout=timeout, retry=retry)


async def serve(handler, ssl_context: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    """A raw TCP server on loopback whose connections are all closed when it stops."""
    tasks: set[asyncio.Task] = set()

    async def guarded(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tasks.add(asyncio.current_task())
        try:
            await handler(reader, writer)
        except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(guarded, "127.0.0.1", 0, ssl=ssl_context)
    async with server:
        yield server.sockets[0].getsockname()[1]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


@pytest.fixture
async def silent_server() -> AsyncIterator[int]:
    """Accepts, reads, never answers."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        await asyncio.sleep(30)

    async for port in serve(handler):
        yield port


@pytest.fixture
async def hanging_up_server() -> AsyncIterator[int]:
    """Reads the request, then closes the connection without a word."""
    requests = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        requests.append(await reader.readuntil(b"\r\n\r\n"))

    async for port in serve(handler):
        yield port


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


async def check(url: str, waits, **options) -> TransportError:
    async with client(url, waits, **options) as api:
        with pytest.raises(TransportError) as caught:
            await api.check_connection()
    return caught.value


async def test_connection_refused(waits):
    error = await check(f"http://127.0.0.1:{free_port()}/api/v1/", waits)
    assert error.reason is TransportReason.REFUSED
    assert "refused" in error.message and "Connect call failed" in error.message
    assert len(waits.delays) == 1  # check_connection retries once, then gives its verdict
    assert not error.outcome_unknown


async def test_host_not_found(waits):
    error = await check("https://campaign-studio-test.invalid/api/v1/", waits)
    assert error.reason is TransportReason.DNS
    assert "could not be found" in error.message


async def test_untrusted_certificate(waits, self_signed):
    async def handler(reader, writer):
        await reader.read(1)

    async for port in serve(handler, self_signed):
        error = await check(f"https://127.0.0.1:{port}/api/v1/", waits)
    assert error.reason is TransportReason.TLS_CERTIFICATE
    assert "certificate" in error.message
    assert waits.delays == []  # a bad certificate does not get better by asking again


async def test_https_to_a_plain_http_port_is_a_tls_failure(waits):
    async def handler(reader, writer):
        await reader.read(100)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()

    async for port in serve(handler):
        error = await check(f"https://127.0.0.1:{port}/api/v1/", waits)
    assert error.reason is TransportReason.TLS


async def test_read_timeout_on_get_is_retried_then_reported(waits, silent_server):
    error = await check(f"http://127.0.0.1:{silent_server}/api/v1/", waits, timeout=0.3)
    assert error.reason is TransportReason.TIMEOUT
    assert len(waits.delays) == 1 and not error.outcome_unknown
    assert "did not answer in time" in error.message


async def test_read_timeout_on_post_is_an_unknown_outcome(waits, silent_server):
    async with client(f"http://127.0.0.1:{silent_server}/api/v1/", waits, timeout=0.3, attempts=4) as api:
        with pytest.raises(TransportError) as caught:
            await api.emails.create({"category": 1, "from_address": "a@example.com"})
    assert caught.value.outcome_unknown and caught.value.reason is TransportReason.TIMEOUT
    assert waits.delays == []


async def test_a_dropped_connection_on_post_is_an_unknown_outcome(waits, hanging_up_server):
    async with client(f"http://127.0.0.1:{hanging_up_server}/api/v1/", waits, attempts=4) as api:
        with pytest.raises(TransportError) as caught:
            await api.events.send("login_user", {"email": "a@example.com"})
    assert caught.value.outcome_unknown and caught.value.reason is TransportReason.DISCONNECTED
    assert waits.delays == []


async def test_every_reason_has_its_own_diagnosis():
    problems = {diagnose(TransportError("x", reason=reason)).problem for reason in TransportReason}
    assert len(problems) == len(TransportReason)
