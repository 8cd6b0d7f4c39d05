"""Start a sandbox as a child process and know when it is ready (tests, demo mode, benchmarks).

The child runs ``python -m app.sandbox`` with the secret in its environment (never on the
command line, where ``ps`` shows it), prints ``SANDBOX READY <url>`` once it listens,
and exits by itself when this process goes away (it watches its stdin for EOF). Its
output is drained by threads, so a chatty child never blocks on a full pipe; the last
lines are kept for error messages and for tests that look for injected faults.
"""

from __future__ import annotations

import asyncio
import collections
import os
import queue
import secrets as secrets_module
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from app.sandbox.process_lines import FAULT_LOG_PREFIX, READY_PREFIX
from app.sandbox.settings import SECRET_ENV

_PROJECT_ROOT = Path(__file__).resolve().parents[2]
_TAIL_LINES = 400


class SandboxStartError(RuntimeError):
    """The sandbox process died or stayed silent before it was ready."""


class _OutputPump:
    """Reads the child's stdout and stderr on two daemon threads."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.ready: queue.Queue[str | None] = queue.Queue()
        self._tail: collections.deque[str] = collections.deque(maxlen=_TAIL_LINES)
        self._faults: list[str] = []
        self._lock = threading.Lock()
        assert process.stdout is not None and process.stderr is not None
        self._stderr_fd = process.stderr.fileno()
        self._stderr_idle = True  # the reader waits for more, all it read taken
        self._stderr_closed = False
        self._threads = [
            threading.Thread(target=self._read_stdout, args=(process.stdout,), daemon=True),
            threading.Thread(target=self._read_stderr, args=(process.stderr,), daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_stdout(self, stream: IO[bytes]) -> None:
        for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip()
            if line.startswith(READY_PREFIX):
                self.ready.put(line[len(READY_PREFIX):].strip())
            else:
                with self._lock:
                    self._tail.append(line)
        self.ready.put(None)  # stdout closed: the child is gone

    def _read_stderr(self, stream: IO[bytes]) -> None:
        if os.name == "nt":  # select() takes no pipes there: faults() returns what was read so far
            for raw in stream:
                with self._lock:
                    self._take_stderr(raw)
            return
        # Raw reads after select(), so that faults() can tell when all that was written is
        # taken: "busy" is set while the bytes are still in the pipe, cleared once they are lines.
        fd = stream.fileno()
        pending = b""
        while True:
            select.select([fd], [], [])
            with self._lock:
                self._stderr_idle = False
            chunk = os.read(fd, 65536)
            if chunk:
                *lines, pending = (pending + chunk).split(b"\n")
            else:
                lines, pending = ([pending] if pending else []), b""
            with self._lock:
                for raw in lines:
                    self._take_stderr(raw)
                self._stderr_idle = True
                if not chunk:
                    self._stderr_closed = True
                    return

    def _take_stderr(self, raw: bytes) -> None:
        line = raw.decode("utf-8", "replace").rstrip()
        if line.startswith(FAULT_LOG_PREFIX):
            self._faults.append(line)
        else:
            self._tail.append(line)

    def tail(self, lines: int = 40) -> str:
        with self._lock:
            return "\n".join(list(self._tail)[-lines:])

    def faults(self, timeout: float = 30.0) -> list[str]:
        """Every fault line the child has written so far. The child flushes a fault's line
        before it injects the fault, so once the caller has seen a fault happen, its line is
        here: this waits until the pipe is empty and then the reader idle (in that order: an
        empty pipe with an idle reader after it means every byte written before is a line)."""
        deadline = time.monotonic() + timeout
        while os.name != "nt":
            with self._lock:
                if self._stderr_closed or time.monotonic() > deadline:
                    break  # all there will ever be (the pipe may be closed by now)
            drained = not select.select([self._stderr_fd], [], [], 0)[0]
            with self._lock:
                if drained and self._stderr_idle:
                    break
            time.sleep(0.002)
        with self._lock:
            return list(self._faults)

    def join(self, timeout: float) -> None:
        for thread in self._threads:
            thread.join(timeout)


@dataclass
class RunningSandbox:
    base_url: str  # ends with /api/v1/
    login: str
    secret: str = field(repr=False)
    process: subprocess.Popen[bytes] = field(repr=False)
    _pump: _OutputPump = field(repr=False)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.login, self.secret)

    def output_tail(self, lines: int = 40) -> str:
        """The child's last lines of output (stderr and stray stdout), fault lines excepted."""
        return self._pump.tail(lines)

    def fault_log(self) -> list[str]:
        """Every ``SANDBOX FAULT <n> <kind> <method> <path>`` line so far."""
        return self._pump.faults()

    def stop(self, timeout: float = 5.0) -> None:
        """Terminate, then kill if it does not exit within ``timeout`` seconds."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.process.stdin is not None:
            self.process.stdin.close()
        self._pump.join(timeout)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def sandbox_command(
    *,
    login: str,
    host: str,
    port: int,
    data_dir: Path | str | None,
    demo: bool,
    faults: float,
    seed: int | None,
    allow_ip: Iterable[str],
    declare_fields: Iterable[str],
    extra_args: Iterable[str],
) -> list[str]:
    # A frozen build has no "-m": the app's own executable takes the "sandbox" command.
    frozen = getattr(sys, "frozen", False)
    program = [sys.executable, "sandbox"] if frozen else [sys.executable, "-m", "app.sandbox"]
    argv = [*program, "--host", host, "--port", str(port), "--login", login, "--watch-stdin"]
    if data_dir is not None:
        argv += ["--data", str(data_dir)]
    if demo:
        argv.append("--demo")
    if faults:
        argv += ["--faults", repr(float(faults))]
    if seed is not None:
        argv += ["--seed", str(seed)]
    for network in allow_ip:
        argv += ["--allow-ip", network]
    for declared in declare_fields:
        argv += ["--declare-field", declared]
    argv += list(extra_args)
    return argv


def start_sandbox(
    *,
    login: str = "demo",
    secret: str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    data_dir: Path | str | None = None,
    demo: bool = False,
    faults: float = 0.0,
    seed: int | None = None,
    allow_ip: Iterable[str] = (),
    declare_fields: Iterable[str] = (),
    extra_args: Iterable[str] = (),
    ready_timeout: float = 30.0,
) -> RunningSandbox:
    """Start a sandbox and return once it answers; ``secret`` is made up when not given."""
    secret = secret or secrets_module.token_urlsafe(18)
    argv = sandbox_command(
        login=login, host=host, port=port, data_dir=data_dir, demo=demo, faults=faults, seed=seed,
        allow_ip=allow_ip, declare_fields=declare_fields, extra_args=extra_args,
    )  # fmt: skip
    env = dict(os.environ)
    env[SECRET_ENV] = secret
    env["PYTHONUNBUFFERED"] = "1"
    # The child must import this very checkout, installed or not.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PROJECT_ROOT), env.get("PYTHONPATH")]))
    process = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    pump = _OutputPump(process)
    running = RunningSandbox("", login, secret, process, pump)
    try:
        url = pump.ready.get(timeout=ready_timeout)
    except queue.Empty:
        running.stop(timeout=2.0)
        raise SandboxStartError(
            f"the sandbox did not report ready within {ready_timeout:.0f} s; its last output:\n{pump.tail()}"
        ) from None
    if url is None:
        running.stop(timeout=2.0)
        raise SandboxStartError(
            f"the sandbox exited with code {process.returncode} before it was ready; "
            f"its last output:\n{pump.tail()}"
        )
    running.base_url = url
    return running


async def start_sandbox_async(**options: Any) -> RunningSandbox:
    """:func:`start_sandbox` without blocking the event loop (the GUI stays responsive).

    The wait runs on a worker thread; if the caller is cancelled meanwhile, the sandbox
    is stopped as soon as it has started, so no child is left behind.
    """
    loop = asyncio.get_running_loop()
    # A closure, not a partial: the loop's debug log prints a callback's arguments (the secret).
    future = loop.run_in_executor(None, lambda: start_sandbox(**options))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        future.add_done_callback(_stop_abandoned)
        raise


def _stop_abandoned(future: asyncio.Future[RunningSandbox]) -> None:
    if not future.cancelled() and future.exception() is None:
        threading.Thread(target=future.result().stop, daemon=True).start()
