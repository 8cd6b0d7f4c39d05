"""A real keyring backend that keeps passwords in this process's memory.

Selected for the test run with PYTHON_KEYRING_BACKEND=tests.support.memory_keyring.MemoryKeyring
(set in tests/conftest.py), so no test ever writes to the developer's real keyring.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # viable; chosen only when named in PYTHON_KEYRING_BACKEND or passed explicitly

    def __init__(self) -> None:
        super().__init__()
        self._passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None


class LockedKeyring(KeyringBackend):
    """Behaves like a desktop keyring the user did not unlock: every call fails."""

    priority = -2  # below the null backend: never chosen unless passed explicitly

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keyring is locked")
