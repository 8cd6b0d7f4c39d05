"""Starting and stopping sandbox processes: ready line, secrets kept off the command line, clean exits."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sandbox.launcher import SandboxStartError, start_sandbox, start_sandbox_async

ROOT = Path(__file__).resolve().parents[3]


def test_the_secret_never_shows_on_the_command_line_or_in_reprs(sandbox_factory: Any) -> None:
    running = sandbox_factory(secret="very-private-secret-123")
    cmdline = Path(f"/proc/{running.process.pid}/cmdline").read_bytes()
    assert b"very-private-secret-123" not in cmdline
    assert b"app.sandbox" in cmdline
    assert "very-private-secret-123" not in repr(running)
    assert httpx.get(running.base_url + "emails/", auth=running.auth).status_code == 200


def test_a_secret_is_made_up_when_none_is_given(sandbox: Any, sandbox_factory: Any) -> None:
    other = sandbox_factory()
    assert len(other.secret) >= 16 and other.secret != sandbox.secret
    assert httpx.get(other.base_url + "emails/", auth=sandbox.auth).status_code == 401
    assert other.base_url.startswith("http://127.0.0.1:") and other.base_url.endswith("/api/v1/")


def test_a_taken_port_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SandboxStartError) as caught:
            start_sandbox(port=port)
    message = str(caught.value)
    assert "exited with code 2 before it was ready" in message
    assert f"cannot listen on 127.0.0.1:{port}" in message


def test_bad_options_are_a_clear_error() -> None:
    with pytest.raises(SandboxStartError, match="unknown field type 'Text' for 'city'"):
        start_sandbox(declare_fields=("city:Text",))
    with pytest.raises(SandboxStartError, match="is not an IP address or CIDR network"):
        start_sandbox(allow_ip=("10.0.0.300/8",))


def test_stop_terminates_and_may_be_repeated(sandbox_factory: Any) -> None:
    running = sandbox_factory()
    running.stop(timeout=60)  # generous: SIGKILL comes only if SIGTERM is ignored that long
    # it stopped on SIGTERM (uvicorn shuts down, then re-raises the signal), not on SIGKILL
    assert running.process.returncode in (0, -signal.SIGTERM)
    running.stop()
    with pytest.raises(httpx.TransportError):
        httpx.get(running.base_url + "openapi.json", timeout=2)


def test_the_child_exits_when_its_parent_goes_away(sandbox_factory: Any) -> None:
    running = sandbox_factory()
    assert running.process.stdin is not None
    running.process.stdin.close()  # what the OS does when the parent dies
    assert running.process.wait(timeout=10) == 0


async def test_async_start_leaves_the_event_loop_free() -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    running = await start_sandbox_async(demo=False)
    task.cancel()
    try:
        async with httpx.AsyncClient(base_url=running.base_url, auth=running.auth) as client:
            assert (await client.get("categories/")).json() == []
    finally:
        await asyncio.to_thread(running.stop)
    # A child Python process takes a good part of a second to start: a start that blocked the
    # loop would leave the ticker a tick or two, a free loop ticks on and on (more when busy).
    assert ticks >= 10, ticks


def test_campaign_studio_sandbox_is_the_same_command() -> None:
    command = [sys.executable, "-m", "app", "sandbox", "--help"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "campaign-studio sandbox" in result.stdout
    assert "--declare-field" in result.stdout


def _processes_with(marker: bytes) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue  # gone meanwhile
    return found


async def _until(condition: Callable[[], bool], seconds: float) -> bool:
    """Poll ``condition`` (there is no event for a process appearing in /proc)."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return True
        await asyncio.sleep(0.02)
    return condition()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for the child in /proc")
async def test_a_cancelled_async_start_leaves_no_child_behind() -> None:
    marker = b"cancelled-start-probe"
    task = asyncio.create_task(start_sandbox_async(login=marker.decode()))
    assert await _until(lambda: bool(_processes_with(marker)), seconds=30)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await _until(lambda: not _processes_with(marker), seconds=30)
