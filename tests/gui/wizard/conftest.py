"""Fixtures of the wizard's GUI tests: the services on a real workspace and the sandbox."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.gui.wizard.support import WizardEnv, open_wizard_env


@pytest.fixture
def env(qloop, tmp_path, sandbox) -> Iterator[WizardEnv]:
    env = qloop.run(open_wizard_env(tmp_path / "ws", sandbox))
    try:
        yield env
    finally:
        qloop.run(env.close())
        gc.collect()
