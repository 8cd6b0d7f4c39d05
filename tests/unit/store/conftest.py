"""Store tests run on real SQLite files in tmp_path."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.account import Account
from app.store.workspace import Workspace

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "ws")
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def account(workspace: Workspace) -> Account:
    return workspace.accounts.add("Main project", "https://esp.example.com/api/v1", "editor")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spawn(code: str, *args: str) -> subprocess.Popen[str]:
    """A child Python running `code` from the repository root, talking over pipes."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
