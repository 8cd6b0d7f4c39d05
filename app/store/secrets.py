"""Account secrets in the OS keyring, behind one thin wrapper.

Where the desktop has no usable keyring, secrets are kept in memory for this run only;
`persistent` is then False and `reason` says why, so the UI can tell the user the secret
will be asked again next time. Secrets never reach logs, reprs or exceptions.

The keyring is looked up on first use, not when the store is made: finding a backend
imports every installed one (a fifth of a second), which the app's start-up need not pay
for an account that has no secret to look up (the demo).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "campaign-studio"


class SecretStore:
    def __init__(
        self, backend: KeyringBackend | None = None, *, namespace: str = "", service: str = SERVICE_NAME
    ) -> None:
        """`namespace` (the workspace id) keeps workspaces from sharing account ids' secrets."""
        self._service = service
        self._namespace = namespace
        self._memory: dict[str, str] = {}
        self._given = backend
        self._resolved = False
        self._backend: KeyringBackend | None = None
        self._reason = ""

    def _resolve(self) -> KeyringBackend | None:
        """The usable backend (looked up once), or None when secrets stay in memory."""
        if self._resolved:
            return self._backend
        self._resolved = True
        try:
            import keyring

            chosen = self._given if self._given is not None else keyring.get_keyring()
        except Exception as exc:  # a broken keyring configuration must not stop the app
            self._fall_back(f"the keyring could not be loaded ({type(exc).__name__})")
            return None
        unusable = _why_unusable(chosen)
        if unusable:
            self._fall_back(unusable)
        else:
            self._backend = chosen
        return self._backend

    @property
    def persistent(self) -> bool:
        """True while secrets go to the OS keyring and will be there next time."""
        return self._resolve() is not None

    @property
    def reason(self) -> str:
        """Why secrets are kept in memory only ("" while persistent)."""
        self._resolve()
        return self._reason

    @property
    def backend_name(self) -> str:
        backend = self._resolve()
        return "memory (this session only)" if backend is None else type(backend).__name__

    def get(self, account_id: int) -> str | None:
        from keyring.errors import KeyringError

        key = self._key(account_id)
        backend = self._resolve()
        if backend is not None:
            try:
                return backend.get_password(self._service, key)
            except KeyringError as exc:
                self._fall_back(f"reading the keyring failed ({type(exc).__name__})")
        return self._memory.get(key)

    def set(self, account_id: int, secret: str) -> None:
        from keyring.errors import KeyringError

        key = self._key(account_id)
        backend = self._resolve()
        if backend is not None:
            try:
                backend.set_password(self._service, key, secret)
                return
            except KeyringError as exc:
                self._fall_back(f"writing to the keyring failed ({type(exc).__name__})")
        self._memory[key] = secret

    def delete(self, account_id: int) -> None:
        """Forget the secret; no error if there was none."""
        from keyring.errors import KeyringError, PasswordDeleteError

        key = self._key(account_id)
        self._memory.pop(key, None)
        backend = self._resolve()
        if backend is not None:
            try:
                backend.delete_password(self._service, key)
            except PasswordDeleteError:
                pass  # there was none
            except KeyringError as exc:
                log.warning("could not delete a secret from the keyring (%s)", type(exc).__name__)

    def __repr__(self) -> str:
        shown = self.backend_name if self._resolved else "keyring not looked up yet"
        return f"<SecretStore {shown}>"

    def _key(self, account_id: int) -> str:
        return f"{self._namespace}:{account_id}" if self._namespace else str(account_id)

    def _fall_back(self, why: str) -> None:
        self._backend = None
        self._reason = (
            f"No usable system keyring: {why}. Secrets are kept in memory for this session "
            "only and will be asked again next time."
        )
        log.warning("secrets kept in memory only: %s", why)


def _why_unusable(backend: KeyringBackend) -> str:
    from keyring.backends import fail, null

    if isinstance(backend, fail.Keyring):
        return "no keyring backend is installed on this system"
    if isinstance(backend, null.Keyring):
        return "the keyring is switched off (null backend)"
    if getattr(backend, "backends", None) == []:  # a chainer with nothing to chain
        return "no keyring backend is installed on this system"
    return ""
