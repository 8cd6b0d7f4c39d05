"""The segment editor on a real workspace: the condition typed as JSON (checked as typed,
kept as typed while it does not parse, Format), and Generate against the sandbox after
publishing through the workspace's outbox."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.services.sync_backoff import Backoff, ProbeRhythm
from app.services.sync_service import SyncService
from app.ui.editors import editor_for
from app.ui.editors.code_input import CodeInput
from app.ui.editors.segment_editor import SegmentEditor
from tests.gui.audience.conftest import AudienceEnv, wait_until
from tests.gui.editing_support import type_text

FAST = {"backoff": Backoff(base=0.1, cap=1.0), "probe": ProbeRhythm(first=0.2, cap=0.5)}


def _editor(env: AudienceEnv) -> SegmentEditor:
    editor = editor_for(
        DraftKind.SEGMENTS, workspace=env.workspace, autosaver=env.autosaver, audience=env.audience
    )
    assert isinstance(editor, SegmentEditor)
    env.keep(editor)
    editor.resize(900, 700)
    editor.show()
    return editor


async def _stored(env: AudienceEnv, local_id: int) -> dict:
    await env.autosaver.flush()
    return (await env.workspace.get_draft(local_id)).payload


def test_the_condition_is_checked_as_typed_and_kept_until_it_parses(qtbot, qloop, env, server):
    async def scenario() -> None:
        await env.use(server)
        draft = await env.workspace.create_draft(
            DraftKind.SEGMENTS, {"name": "Rome", "condition": {"all": True}}
        )
        editor = _editor(env)
        editor.load(draft)
        condition = editor.field("condition")
        assert isinstance(condition, CodeInput) and condition.json_mode
        assert editor.format_button.isEnabled()
        code = condition.editor
        code.setFocus()
        code.selectAll()
        type_text(code, '{"and": [{"field": "city", "op": "eq", "value": "Rome"}')
        message = editor.row("condition").message_text()
        assert message.startswith("Not valid JSON yet (line 1, column "), message
        assert not editor.format_button.isEnabled()  # nothing to lay out until it parses
        stored = await _stored(env, draft.local_id)
        assert stored["condition"] == {"all": True}  # the last valid value stays on the wire field
        assert stored["$unparsed"] == {"condition": '{"and": [{"field": "city", "op": "eq", "value": "Rome"}'}
        await wait_until(lambda: bool(code.marks))  # the broken line is marked once typing pauses

        type_text(code, "]}")
        assert editor.row("condition").message_text() == ""
        assert editor.format_button.isEnabled()
        editor.format_button.click()
        await wait_until(lambda: "\n" in code.text())
        assert json.loads(code.text()) == {"and": [{"field": "city", "op": "eq", "value": "Rome"}]}
        stored = await _stored(env, draft.local_id)
        assert "$unparsed" not in stored
        assert stored["condition"] == {"and": [{"field": "city", "op": "eq", "value": "Rome"}]}
        assert not code.marks

        editor.limit.line.setFocus()
        QTest.keyClicks(editor.limit.line, "250x")  # letters cannot be typed
        assert (await _stored(env, draft.local_id))["segment_limit"] == 250

    qloop.run(scenario(), timeout=60)


def test_generate_after_publishing_shows_when_and_how_many(qtbot, qloop, env, server):
    async def scenario() -> None:
        await env.use(server)
        async with env.accounts.client() as api:
            await api.users.upsert_many([{"uid": f"g{i}"} for i in range(12)])
        sync = SyncService(env.workspace, env.accounts, env.tasks, worker_options=FAST)
        draft = await env.workspace.create_draft(
            DraftKind.SEGMENTS, {"name": "Everyone", "condition": {"all": True}, "segment_limit": 10}
        )
        editor = _editor(env)
        editor.load(draft)
        try:
            assert not editor.generate_button.isEnabled()
            assert editor.generation_state.text() == "Not generated: the segment is not on the server yet."
            assert "Publish the segment first" in editor.generation_note.text()

            sync.start()
            sync.publish([draft.local_id])
            await wait_until(
                lambda: editor.draft is not None and editor.draft.remote_id is not None, within=20
            )
            assert editor.draft.state is DraftState.PUBLISHED
            assert editor.generate_button.isEnabled()
            assert editor.generation_state.text() == "Not generated yet."

            QTest.mouseClick(editor.generate_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: editor.generation_state.text().startswith("Generated"), within=20)
            assert editor.generation_state.text().endswith(": 10 profiles.")  # the limit caps the 12
            stored = await env.workspace.get_draft(draft.local_id)
            assert stored.state is DraftState.PUBLISHED
            assert stored.payload["size"] == 10 and stored.payload["generated_at"]
            assert "Profiles: 10" in editor.header.info.text()

            editor.name.line.setText("Everyone (renamed)")
            await wait_until(lambda: editor.draft is not None and editor.draft.state is DraftState.MODIFIED)
            assert "publish your changes first" in editor.generation_note.text()
            assert editor.generate_button.isEnabled()  # the server's copy can still be generated
        finally:
            await sync.stop()

    qloop.run(scenario(), timeout=90)


def test_generate_failing_says_why_at_the_button(qtbot, qloop, env, server):
    async def scenario() -> None:
        account_id = await env.use(server)
        gone = {"id": 4242, "name": "Deleted there", "condition": {}}
        await env.runner.call(lambda ws: ws.drafts.apply_pull(account_id, "segments", [gone]))
        rows = await env.workspace.list_drafts(DraftKind.SEGMENTS)
        draft = await env.workspace.get_draft(rows[0].local_id)
        editor = _editor(env)
        editor.load(draft)
        assert editor.generate_button.isEnabled()
        editor.generate_button.click()
        await wait_until(lambda: "no longer has this segment" in editor.generation_state.text())
        assert editor.generate_button.isEnabled()  # it can be tried again

    qloop.run(scenario(), timeout=60)


def test_without_the_audience_service_generate_says_it_cannot(qtbot, qloop, env):
    async def scenario() -> None:
        demo = await env.runner.call(lambda ws: ws.accounts.demo())
        await env.accounts.select(demo.id)
        segment = {"id": 7, "name": "Pulled", "condition": {}}
        await env.runner.call(lambda ws: ws.drafts.apply_pull(demo.id, "segments", [segment]))
        rows = await env.workspace.list_drafts(DraftKind.SEGMENTS)
        editor = editor_for(DraftKind.SEGMENTS, workspace=env.workspace, autosaver=env.autosaver)
        env.keep(editor)
        editor.load(await env.workspace.get_draft(rows[0].local_id))
        assert not editor.generate_button.isEnabled()
        assert editor.generation_note.text() == "Generating needs a connection to the account."

    qloop.run(scenario(), timeout=30)
