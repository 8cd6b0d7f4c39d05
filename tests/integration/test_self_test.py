"""``campaign-studio --self-test`` run as a user runs it: a process of its own, no display
asked for, the real keyring plugins, the demo sandbox as a real child process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n_build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    """The .qm files `make` builds: the self-test checks that the Russian one loads."""
    assert i18n_build.main() == 0


def run_self_test(tmp_path: Path, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TMPDIR=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))  # fmt: skip
    env.pop("QT_QPA_PLATFORM", None)  # it must choose headless by itself
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the keyring finds its own plugins, as installed
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=280,
    )  # fmt: skip


def test_a_working_installation_says_ok_in_one_line_with_the_facts(tmp_path):
    result = run_self_test(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    line = lines[0]
    assert line.startswith("self-test OK (") and line.endswith(")")
    assert " offscreen;" in line  # headless without being told
    assert "data files (checkout): icon, caniemail data of 20" in line
    assert "translations ru" in line
    assert re.search(r"preview rendered a page in \d+\.\d s", line)
    assert "workspace created, closed and reopened" in line
    # every plugin keyring declares loaded; a headless box has no keyring service, which is said
    assert re.search(r"keyring: \d+ plugins loaded \([^)]*SecretService[^)]*\)", line)
    assert re.search(r"demo sandbox served [1-9]\d* emails and stopped", line)
    # its temporary workspace and sandbox data are gone
    assert not list(tmp_path.glob("campaign-studio-self-test-*"))


def test_the_keyring_in_use_is_named(tmp_path):
    result = run_self_test(tmp_path, PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring")

    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "in use: MemoryKeyring" in result.stdout
    assert "secrets kept in memory" not in result.stdout


def test_a_check_that_does_not_finish_in_time_fails_the_run_and_is_named(tmp_path):
    result = run_self_test(tmp_path, CAMPAIGN_STUDIO_SELF_TEST_TIMEOUT="0.001")

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith("self-test FAILED (")
    assert "preview: no answer within 0.001 s" in lines[0]
    assert "demo sandbox: no answer within 0.001 s" in lines[0]
    assert "self-test OK" not in result.stdout
