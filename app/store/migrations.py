"""Schema versions: PRAGMA user_version counts the steps applied. Append steps; never edit one."""

from __future__ import annotations

import sqlite3
import time

# Marks the file as ours (PRAGMA application_id), so another program's database is refused.
APPLICATION_ID = 0x43535457  # "CSTW"

# Both are written literally in the first step below.
DEMO_ACCOUNT_NAME = "Demo (built-in sandbox)"
WORKSPACE_ID_KEY = "workspace.id"

_V1 = (
    """CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        base_url TEXT NOT NULL DEFAULT '',
        login TEXT NOT NULL DEFAULT '',
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )""",
    # Lists and filtering read only this narrow table; the JSON documents live apart, so a
    # list of 10,000 drafts never walks their pages.
    """CREATE TABLE drafts (
        local_id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        state TEXT NOT NULL
            CHECK (state IN ('local', 'modified', 'published', 'conflict', 'failed')),
        remote_id TEXT,
        title TEXT NOT NULL DEFAULT '',
        updated_at REAL NOT NULL,
        created_at REAL NOT NULL,
        published_at REAL,
        server_changed INTEGER NOT NULL DEFAULT 0 CHECK (server_changed IN (0, 1)),
        last_error TEXT,
        search_text TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE draft_documents (
        local_id INTEGER PRIMARY KEY REFERENCES drafts(local_id) ON DELETE CASCADE,
        payload TEXT NOT NULL,
        base TEXT,
        theirs TEXT
    )""",
    "CREATE INDEX drafts_by_list ON drafts (account_id, kind, updated_at DESC, local_id DESC)",
    """CREATE UNIQUE INDEX drafts_by_remote_id ON drafts (account_id, kind, remote_id)
        WHERE remote_id IS NOT NULL""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    # Secrets in the keyring are keyed by workspace id and account id: workspaces never share one.
    """INSERT INTO settings (key, value)
        VALUES ('workspace.id', '"' || lower(hex(randomblob(16))) || '"')""",
    # The sandbox's port varies, so the app fills in base_url at run time.
    """INSERT INTO accounts (name, base_url, login, is_demo, created_at, updated_at)
        VALUES ('Demo (built-in sandbox)', '', 'demo', 1, :now, :now)""",
)

_V2 = (
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        local_id INTEGER NOT NULL UNIQUE REFERENCES drafts(local_id) ON DELETE CASCADE,
        operation TEXT NOT NULL,
        enqueued_at REAL NOT NULL,
        next_attempt_at REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_attempt_at REAL,
        sending_since REAL,
        outcome_unknown INTEGER NOT NULL DEFAULT 0 CHECK (outcome_unknown IN (0, 1)),
        fingerprint TEXT
    )""",
    "CREATE INDEX outbox_by_due ON outbox (next_attempt_at, id)",
)

# What an account knows beside its drafts. The API cannot list a project's declared profile
# fields, so the account keeps them (typed in, or learned from what the server echoed);
# sample profile data feeds the preview's personalisation.
_V3 = (
    """CREATE TABLE profile_fields (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('String', 'Int', 'Float', 'Bool', 'Date')),
        origin TEXT NOT NULL CHECK (origin IN ('user', 'server')),
        updated_at REAL NOT NULL,
        PRIMARY KEY (account_id, name)
    ) WITHOUT ROWID""",
    """CREATE TABLE sample_profiles (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        profile TEXT NOT NULL,
        updated_at REAL NOT NULL
    )""",
    # A report's definition (query, chart choices) is one JSON document.
    """CREATE TABLE saved_reports (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        definition TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        UNIQUE (account_id, name)
    )""",
    # A resumable profile import, keyed by where it goes (an account, or a URL and login on the
    # command line) and by the file's content; state is JSON (confirmed batches, counts).
    """CREATE TABLE import_progress (
        target TEXT NOT NULL,
        file_key TEXT NOT NULL,
        state TEXT NOT NULL,
        updated_at REAL NOT NULL,
        PRIMARY KEY (target, file_key)
    ) WITHOUT ROWID""",
)

# MIGRATIONS[i] takes a file from user_version i to i + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3)
LATEST_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Apply the missing steps up to `target` in one transaction; returns the version reached.

    `conn` must be in autocommit mode (isolation_level=None) so BEGIN/COMMIT are ours.
    """
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no schema version {target}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)
        if current >= target:
            conn.execute("ROLLBACK")
            return current
        now = time.time()
        for version in range(current, target):
            for statement in MIGRATIONS[version]:
                conn.execute(statement, {"now": now} if ":now" in statement else ())
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target
