"""Provider accounts: the list in the workspace, the secrets in the keyring, the current one.

Secrets go only through :class:`SecretStore` (its namespace is the workspace id); never
into the workspace, settings or logs. Without a usable keyring the store keeps them in
memory for this run and the UI is asked (``secret_needed``) when an account has none.
The demo account is bound each run to the built-in sandbox's address and made-up
secret, which stays in memory here and never reaches the keyring.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.api.diagnosis import Diagnosis, diagnose
from app.api.errors import ApiError, ConfigurationError
from app.api.redaction import register_secret
from app.domain.account import Account
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore
from app.store.workspace import Workspace

if TYPE_CHECKING:
    # httpx and the client load on first use, not while the window is starting.
    import httpx

    from app.api.client import ApiClient

# The UI reads Test connection verdicts from here (it never imports the API client).
__all__ = [
    "AccountError",
    "AccountInputError",
    "AccountService",
    "DemoNotReadyError",
    "Diagnosis",
    "MissingSecretError",
]

LAST_ACCOUNT_KEY = "last_account"
# The user is waiting for a verdict: answer within seconds, not after the default read timeout.
TEST_TIMEOUT_SECONDS = 12.0
TEST_CONNECT_TIMEOUT_SECONDS = 6.0
EXAMPLE_URL = "https://esp.example.com/api/v1/"
T = TypeVar("T")


class AccountError(Exception):
    """An account cannot be used or changed as asked; the message is for the user."""


class AccountInputError(AccountError):
    """Some fields are not valid; ``fields`` maps "name", "base_url", "login", "secret" to a message."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(" ".join(fields.values()))
        self.fields = fields


class MissingSecretError(AccountError):
    """No secret for this account in this run (no keyring, or the keyring lost it)."""


class DemoNotReadyError(AccountError):
    """The built-in sandbox has not started (yet)."""


class AccountService(QObject):
    accounts_changed = Signal()
    current_changed = Signal(object)  # Account | None
    secret_needed = Signal(object)  # Account with no secret this run
    secret_provided = Signal(int)  # account id: the user typed it; work that waited can go on

    def __init__(
        self, workspace: WorkspaceService, secrets: SecretStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._secrets = secrets
        self._current: Account | None = None
        self._known: dict[int, str | None] = {}  # what the keyring answered this run
        self._pending: set[asyncio.Task[None]] = set()  # secrets being written to the keyring
        self._demo_id: int | None = None
        self._demo_url: str | None = None
        self._demo_secret: str | None = None
        self._demo_url_saved = True
        self.test_timeout: httpx.Timeout | float | None = None  # None: the TEST_* seconds

    # -- state -----------------------------------------------------------------------------

    @property
    def current(self) -> Account | None:
        return self._current

    @property
    def secrets_persistent(self) -> bool:
        """False when secrets live only in memory until the app closes."""
        return self._secrets.persistent

    @property
    def secrets_reason(self) -> str:
        return self._secrets.reason

    @property
    def demo_ready(self) -> bool:
        return self._demo_url is not None and self._demo_secret is not None

    def has_secret(self, account: Account) -> bool:
        if account.is_demo:
            return self._demo_secret is not None
        return bool(self._secret_of(account.id))

    # -- reading ---------------------------------------------------------------------------

    async def list_accounts(self) -> list[Account]:
        """The demo account first, then by name."""
        accounts = await self._call(lambda ws: ws.accounts.list())
        return [self._bound(account) for account in accounts]

    async def get(self, account_id: int) -> Account:
        return self._bound(await self._call(lambda ws: ws.accounts.get(account_id)))

    async def draft_count(self, account_id: int) -> int:
        """How many drafts removing the account would delete."""
        counts = await self._call(lambda ws: ws.drafts.count_by_state(account_id))
        return sum(counts.values())

    # -- changing --------------------------------------------------------------------------

    async def add(self, name: str, base_url: str, login: str, secret: str) -> Account:
        """Raises :class:`AccountInputError` naming each invalid field."""
        problems = self.check_inputs(name, base_url, login, secret, need_secret=True)
        if problems:
            raise AccountInputError(problems)
        url = _normalized(base_url)
        account = await self._call(lambda ws: ws.accounts.add(name.strip(), url, login.strip()))
        await self._store_secret(account.id, secret.strip())
        self.accounts_changed.emit()
        return account

    async def edit(
        self, account_id: int, *, name: str, base_url: str, login: str, secret: str | None = None
    ) -> Account:
        """Change the account; ``secret`` None or empty keeps the stored one."""
        existing = await self.get(account_id)
        if existing.is_demo:
            raise AccountError(self.tr("The demo account is set up by the app and cannot be edited."))
        problems = self.check_inputs(name, base_url, login, secret, need_secret=False)
        if problems:
            raise AccountInputError(problems)
        url = _normalized(base_url)
        account = await self._call(
            lambda ws: ws.accounts.edit(account_id, name=name.strip(), base_url=url, login=login.strip())
        )
        if secret and secret.strip():
            await self._store_secret(account_id, secret.strip())
        if self._current is not None and self._current.id == account_id:
            self._current = account
            self.current_changed.emit(account)
        self.accounts_changed.emit()
        return account

    async def remove(self, account_id: int) -> None:
        """Remove the account, its drafts and its queued publishes (the UI confirms first)."""

        def drop(ws: Workspace) -> Account:
            account = ws.accounts.get(account_id)
            ws.accounts.remove(account_id)
            if ws.settings.get(LAST_ACCOUNT_KEY) == account_id:
                ws.settings.delete(LAST_ACCOUNT_KEY)
            return account

        removed = await self._call(drop)
        if not removed.is_demo:
            self._known.pop(account_id, None)
            await asyncio.to_thread(lambda: self._secrets.delete(account_id))
        if self._current is not None and self._current.id == account_id:
            self._current = None
            self._workspace.account_id = None
            self.current_changed.emit(None)
            await self._workspace.refresh_outbox()
        self.accounts_changed.emit()

    async def select(self, account_id: int) -> Account:
        """Make the account current and remember it for next time."""

        def pick(ws: Workspace) -> Account:
            account = ws.accounts.get(account_id)
            ws.settings.set(LAST_ACCOUNT_KEY, account_id)
            return account

        account = self._bound(await self._call(pick))
        if not account.is_demo:
            await self._fetch_secret(account.id)
        self._current = account
        self._workspace.account_id = account.id
        self.current_changed.emit(account)
        await self._workspace.refresh_outbox()
        if not account.is_demo and not self.has_secret(account):
            self.secret_needed.emit(account)
        return account

    async def restore_last(self) -> Account | None:
        """At start-up: select the account used last time, else the first one (the demo)."""

        def last(ws: Workspace) -> int | None:
            remembered = ws.settings.get(LAST_ACCOUNT_KEY)
            ids = [account.id for account in ws.accounts.list()]
            if remembered in ids:
                return int(remembered)
            return ids[0] if ids else None

        account_id = await self._call(last)
        return None if account_id is None else await self.select(account_id)

    # -- secrets and the demo --------------------------------------------------------------

    def provide_secret(self, account_id: int, secret: str) -> None:
        """The secret the user typed when asked; kept where secrets are kept (or in memory)."""
        register_secret(secret.strip())
        if account_id == self._demo_id:
            self._demo_secret = secret
        else:
            self._known[account_id] = secret.strip()
            self._persist_later(account_id, secret.strip())
        self.secret_provided.emit(account_id)
        if self._current is not None and self._current.id == account_id:
            self.current_changed.emit(self._current)  # it is usable now: sync can start

    def bind_demo(self, base_url: str, secret: str) -> None:
        """The demo account now points at the running sandbox (saved at the next workspace call)."""
        register_secret(secret)
        self._demo_url = _normalized(base_url)
        self._demo_secret = secret
        self._demo_url_saved = False
        current = self._current
        if current is not None and current.is_demo:
            self._current = dataclasses.replace(current, base_url=self._demo_url)
            self.current_changed.emit(self._current)
        self.accounts_changed.emit()

    # -- talking to the server -------------------------------------------------------------

    async def test_connection(
        self, base_url: str, login: str, secret: str | None, *, account_id: int | None = None
    ) -> Diagnosis | None:
        """None when the account works, else what is wrong and what to do.

        An empty ``secret`` with ``account_id`` tests with the secret already stored for it.
        """
        if not secret and account_id is not None:
            secret = self._secret_of(account_id)
        problems = self.check_inputs(None, base_url, login, secret, need_secret=True)
        if problems:
            return Diagnosis(
                next(iter(problems.values())), self.tr("Correct it, then test the connection again.")
            )
        assert secret is not None
        import httpx

        from app.api.client import ApiClient

        timeout = self.test_timeout or httpx.Timeout(
            TEST_TIMEOUT_SECONDS, connect=TEST_CONNECT_TIMEOUT_SECONDS
        )
        try:
            client = ApiClient(base_url.strip(), login.strip(), secret.strip(), timeout=timeout)
        except ApiError as error:
            return diagnose(error)
        try:
            async with client:
                await client.check_connection()
        except ApiError as error:
            return diagnose(error)
        return None

    def client(self, account: Account | None = None, **options: Any) -> ApiClient:
        """A new client for the account (default: the current one); the caller closes it.

        ``options`` go to :class:`ApiClient` (timeout, retry, max_connections). Raises
        :class:`AccountError` saying what is missing.
        """
        from app.api.client import ApiClient

        account = account or self._current
        if account is None:
            raise AccountError(self.tr("No account is selected. Choose one under Accounts."))
        if account.is_demo:
            if self._demo_url is None or self._demo_secret is None:
                raise DemoNotReadyError(
                    self.tr("The demo server is not running yet. Wait a moment and try again.")
                )
            return ApiClient(self._demo_url, account.login, self._demo_secret, **options)
        secret = self._secret_of(account.id)
        if not secret:
            self.secret_needed.emit(account)
            raise MissingSecretError(
                self.tr("The secret of the account “{name}” is needed: enter it when asked.").format(
                    name=account.name
                )
            )
        return ApiClient(account.base_url, account.login, secret, **options)

    # -- checking input --------------------------------------------------------------------

    def check_inputs(
        self, name: str | None, base_url: str, login: str, secret: str | None, *, need_secret: bool
    ) -> dict[str, str]:
        """A message per invalid field ("name", "base_url", "login", "secret"); empty when all is well.

        ``name`` None skips the name (testing a connection needs none).
        """
        problems: dict[str, str] = {}
        if name is not None and not name.strip():
            problems["name"] = self.tr("Give the account a name, such as the project it publishes to.")
        url_problem = self.url_problem(base_url)
        if url_problem:
            problems["base_url"] = url_problem
        login = login.strip()
        if not login:
            problems["login"] = self.tr("Enter the login of the API user.")
        elif ":" in login:
            problems["login"] = self.tr("The login cannot contain a colon (:).")
        if need_secret and not (secret or "").strip():
            problems["secret"] = self.tr("Enter the secret (the API user's password or key).")
        return problems

    def url_problem(self, base_url: str) -> str | None:
        """What is wrong with an API address, or None."""
        text = base_url.strip()
        if not text:
            return self.tr("Enter the API address, for example {example}").format(example=EXAMPLE_URL)
        if "://" not in text:
            return self.tr("The address must start with https://, for example https://{text}").format(
                text=text
            )
        import httpx

        from app.api.base_url import check_base_url, is_loopback

        try:
            url = httpx.URL(text)
        except (httpx.InvalidURL, TypeError):
            return self.tr("This is not a valid web address. Copy the API address from your provider.")
        if url.scheme not in ("http", "https"):
            return self.tr("The address must start with https://, for example {example}").format(
                example=EXAMPLE_URL
            )
        if not url.host:
            return self.tr("The address must name the server after https://, for example {example}").format(
                example=EXAMPLE_URL
            )
        if url.scheme == "http" and not is_loopback(url.host):
            return self.tr(
                "Use https:// here. With http:// your login and secret would travel over the network "
                "unencrypted; plain http:// is only allowed to this computer (localhost), such as the "
                "built-in sandbox."
            )
        try:
            check_base_url(text)
        except ConfigurationError as error:
            return error.message
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _secret_of(self, account_id: int) -> str | None:
        if account_id == self._demo_id:
            return self._demo_secret
        if account_id not in self._known:
            secret = self._secrets.get(account_id)  # not fetched ahead: read it now
            if secret:
                register_secret(secret)
            self._known[account_id] = secret
        return self._known[account_id]

    # The keyring is I/O (D-Bus, a locked keychain asking for its password): it runs on a
    # worker thread, and what it answered is remembered for this run. The work goes as a
    # closure, never as arguments: the loop's debug log prints a callback's arguments.
    # Every secret seen is registered for masking in any log line.

    async def _fetch_secret(self, account_id: int) -> str | None:
        if account_id not in self._known:
            secret = await asyncio.to_thread(lambda: self._secrets.get(account_id))
            if secret:
                register_secret(secret)
            self._known[account_id] = secret
        return self._known[account_id]

    async def _store_secret(self, account_id: int, secret: str) -> None:
        register_secret(secret)
        self._known[account_id] = secret
        await asyncio.to_thread(lambda: self._secrets.set(account_id, secret))

    def _persist_later(self, account_id: int, secret: str) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # called outside the loop (a test): store it now
            self._secrets.set(account_id, secret)
            return
        task = loop.create_task(self._store_secret(account_id, secret), name="store-secret")
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    def _bound(self, account: Account) -> Account:
        """The demo account as it is this run (its sandbox's port changes between runs)."""
        if account.is_demo:
            self._demo_id = account.id
            if self._demo_url is not None and account.base_url != self._demo_url:
                return dataclasses.replace(account, base_url=self._demo_url)
        return account

    async def _call(self, fn: Callable[[Workspace], T]) -> T:
        """Run ``fn(workspace)``, first saving the demo account's address of this run if it moved."""
        demo_url = None if self._demo_url_saved else self._demo_url

        def run(ws: Workspace) -> T:
            if demo_url is not None:
                demo = ws.accounts.set_demo_base_url(demo_url)
                if demo is not None:
                    self._demo_id = demo.id
            return fn(ws)

        result = await self._workspace.runner.call(run)
        if demo_url is not None:
            self._demo_url_saved = True
        return result


def _normalized(base_url: str) -> str:
    """The address as the client will use it (with the trailing slash)."""
    from app.api.base_url import check_base_url

    return str(check_base_url(base_url))
