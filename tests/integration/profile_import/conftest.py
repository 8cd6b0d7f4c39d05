"""Profile imports against the real sandbox over loopback, and the command line as a subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

# The qasync loop for the import service's tests, and the collection of Qt garbage on the main
# thread after each test: left to a worker thread's collection, a QObject of the service can be
# destroyed there; the likely cause of two segfaults in processEvents seen in this folder.
from tests.gui.conftest import _collect_qt_garbage, qloop  # noqa: F401
from tests.sandbox_data import ServerData

REPO = Path(__file__).resolve().parents[3]
SERVER_FIELDS = ("city:String", "age:Int", "vip:Bool", "score:Float", "birthday:Date")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server_dir(tmp_path: Path) -> Path:
    return tmp_path / "server"


@pytest.fixture
def server_data(server_dir: Path) -> ServerData:
    return ServerData(server_dir)


@pytest.fixture
def start_server(sandbox_factory: Callable[..., Any], server_dir: Path) -> Callable[..., Any]:
    """A sandbox keeping its data in ``server_dir`` (so a restarted one has the same profiles)."""

    def start(**options: Any) -> Any:
        options.setdefault("declare_fields", SERVER_FIELDS)
        return sandbox_factory(data_dir=server_dir, **options)

    return start


@dataclass
class Finished:
    code: int
    stdout: str
    stderr: str

    @property
    def summary(self) -> dict[str, Any]:
        lines = self.stdout.strip().splitlines()
        assert lines, f"no stdout; stderr:\n{self.stderr}"
        value = orjson.loads(lines[-1])
        assert isinstance(value, dict)
        return value


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Callable[..., Finished]]:
    """Run ``campaign-studio import-profiles ...`` as its own process."""
    children: list[subprocess.Popen[str]] = []

    def run(*args: str | Path, secret: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> Finished:  # fmt: skip
        environment = dict(os.environ)
        environment.pop("CAMPAIGN_STUDIO_SECRET", None)
        environment["PYTHONPATH"] = str(REPO)
        environment["LANG"] = "ru_RU.UTF-8"  # phone numbers without +code are Russian
        environment.pop("LC_ALL", None)
        environment.pop("LC_TELEPHONE", None)
        if secret is not None:
            environment["CAMPAIGN_STUDIO_SECRET"] = secret
        environment.update(env or {})
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "import-profiles", *map(str, args)],
            cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        children.append(process)
        stdout, stderr = process.communicate(timeout=timeout)
        return Finished(process.returncode, stdout, stderr)

    try:
        yield run
    finally:
        for process in children:
            if process.poll() is None:
                process.kill()
                process.wait()
