"""After a full publish cycle the secret is nowhere on disk and nowhere in the log."""

from __future__ import annotations

import base64
import logging
import secrets

from app.api.redaction import RedactingFilter
from app.domain.kinds import DraftKind
from app.services.accounts_service import AccountService
from app.services.pulling import pull
from app.services.workspace_service import WorkspaceService
from app.store.secrets import SecretStore

from .conftest import category_id, email_payload, pending, start_worker, wait_until


async def test_workspace_settings_and_log_hold_no_secret(runner, sandbox_factory, tmp_path, caplog):
    secret = "s3cr3t-" + secrets.token_urlsafe(12)
    server = sandbox_factory(secret=secret)
    token = base64.b64encode(f"{server.login}:{secret}".encode()).decode()
    for name in ("", "app", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    log_file = tmp_path / "logs" / "campaign-studio.log"
    log_file.parent.mkdir()
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    try:
        workspace = WorkspaceService(runner)
        accounts = AccountService(workspace, SecretStore(namespace=runner.workspace_id))
        account = await accounts.add("Production", server.base_url, server.login, secret)
        await accounts.select(account.id)
        async with accounts.client() as api:
            category = await category_id(api, "secret test")
            email = await workspace.create_draft(DraftKind.EMAILS, email_payload(category, "no secrets"))
            await runner.call(lambda ws: ws.outbox.enqueue(email.local_id))
            running = await start_worker(api, runner, account.id)
            try:
                await wait_until(lambda: _drained(runner, account.id), 10, "the first publish")
                published = await workspace.get_draft(email.local_id)
                await workspace.save_payload(email.local_id, {**published.payload, "subject": "Edited"})
                await runner.call(lambda ws: ws.outbox.enqueue(email.local_id))
                running.worker.kick()
                await wait_until(lambda: _drained(runner, account.id), 10, "the edit")
            finally:
                await running.stop()
            await pull(api, runner, account.id)
        # A refused secret goes through the same code and logs its failure.
        await accounts.edit(account.id, name="Production", base_url=server.base_url, login=server.login,
                            secret=secret + "-typo")  # fmt: skip
        async with accounts.client() as wrong:
            refused = await workspace.create_draft(DraftKind.CATEGORIES, {"title": "refused"})
            await runner.call(lambda ws: ws.outbox.enqueue(refused.local_id))
            results = await start_worker(wrong, runner, account.id)
            await wait_until(lambda: _has_state(results), 10, "the refusal")
            await results.stop()
        open_files = {path.name: path.read_bytes() for path in runner.directory.iterdir() if path.is_file()}
        await runner.close()
        closed_files = {path.name: path.read_bytes() for path in runner.directory.iterdir() if path.is_file()}
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()

    assert any(name.endswith("-wal") for name in open_files), "the WAL was not looked at"
    # The search does read the data: the account's address and the draft's text are there.
    assert any(server.base_url.encode() in content for content in closed_files.values())
    assert any(b"Edited" in content for content in closed_files.values())
    assert "secret is wrong" in results.events.states[-1][1]
    forbidden = {secret, token, secret + "-typo",
                 base64.b64encode(f"{server.login}:{secret}-typo".encode()).decode()}  # fmt: skip
    log_text = log_file.read_text(encoding="utf-8")
    assert "POST emails/" in log_text and "PATCH emails/" in log_text  # the log did see the cycle
    for value in forbidden:
        encoded = value.encode()
        for name, content in {**open_files, **{f"closed {k}": v for k, v in closed_files.items()}}.items():
            assert encoded not in content, f"the secret is in {name}"
        assert value not in log_text and value not in caplog.text


async def _drained(runner, account_id) -> bool:
    return await pending(runner, account_id) == 0


async def _has_state(running) -> bool:
    return bool(running.events.states)
