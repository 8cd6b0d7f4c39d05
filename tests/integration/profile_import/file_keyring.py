"""A keyring backend that keeps passwords in a JSON file, for command-line tests in a subprocess.

The test keyring of the suite lives in one process's memory; a child process started by a
test sees nothing of it. This one is shared through the file named by
``CAMPAIGN_STUDIO_TEST_KEYRING`` (a temporary file of the test).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "CAMPAIGN_STUDIO_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # viable; chosen only when named in PYTHON_KEYRING_BACKEND or passed explicitly

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _read(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))
