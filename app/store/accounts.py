"""Provider accounts. The secret is not here: only in the keyring (app.store.secrets)."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable

from app.domain.account import Account
from app.store.errors import NotFoundError

_GET = "SELECT id, name, base_url, login, is_demo, created_at, updated_at FROM accounts WHERE id = ?"
_LIST = (
    "SELECT id, name, base_url, login, is_demo, created_at, updated_at FROM accounts "
    "ORDER BY is_demo DESC, name COLLATE NOCASE, id"
)
_DEMO = (
    "SELECT id, name, base_url, login, is_demo, created_at, updated_at FROM accounts "
    "WHERE is_demo = 1 ORDER BY id LIMIT 1"
)




def _account(row: tuple[int, str, str, str, int, float, float]) -> Account:
    return Account(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6])


class AccountRepository:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._conn = conn
        self._clock = clock

    def add(self, name: str, base_url: str, login: str) -> Account:
        now = self._clock()
        cursor = self._conn.execute(
            "INSERT INTO accounts (name, base_url, login, is_demo, created_at, updated_at) "
            "VALUES (?, ?, ?, 0, ?, ?)",
            (name, base_url, login, now, now),
        )
        assert cursor.lastrowid is not None
        return self.get(cursor.lastrowid)

    def edit(
        self,
        account_id: int,
        *,
        name: str | None = None,
        base_url: str | None = None,
        login: str | None = None,
    ) -> Account:
        """Change the given fields; the others stay."""
        cursor = self._conn.execute(
            "UPDATE accounts SET name = coalesce(?, name), base_url = coalesce(?, base_url), "
            "login = coalesce(?, login), updated_at = ? WHERE id = ?",
            (name, base_url, login, self._clock(), account_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"no account {account_id}")
        return self.get(account_id)

    def remove(self, account_id: int) -> None:
        """Remove the account and, by cascade, its drafts and queued publishes."""
        cursor = self._conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
        if cursor.rowcount == 0:
            raise NotFoundError(f"no account {account_id}")

    def get(self, account_id: int) -> Account:
        row = self._conn.execute(_GET, (account_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no account {account_id}")
        return _account(row)

    def list(self) -> builtins.list[Account]:
        """The demo account first, then by name."""
        rows = self._conn.execute(_LIST).fetchall()
        return [_account(row) for row in rows]

    def demo(self) -> Account | None:
        """The built-in sandbox account, unless the user removed it."""
        row = self._conn.execute(_DEMO).fetchone()
        return None if row is None else _account(row)

    def set_demo_base_url(self, base_url: str) -> Account | None:
        """Point the demo account at this run's sandbox (its port changes between runs)."""
        demo = self.demo()
        if demo is None or demo.base_url == base_url:
            return demo
        return self.edit(demo.id, base_url=base_url)
