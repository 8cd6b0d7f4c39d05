"""The SQLite workspace, settings and secrets (keyring). No Qt."""
