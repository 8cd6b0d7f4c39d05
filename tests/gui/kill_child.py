"""The child of the kill -9 test: types into the real email editor until it is killed.

Run as ``python -m tests.gui.kill_child WORKSPACE_DIR`` (offscreen). It opens the workspace
with the real services, creates an email draft, prints ``ready <local_id>``, then types
SUBJECT into the subject and HTML into the HTML body through Qt key events, one character
every ~30 ms, printing ``typed <monotonic time> <field> <index>`` after each one, and
``saved <monotonic time> <subject length> <html length>`` for what the workspace holds
after each write the autosaver reports committed.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Final

SUBJECT: Final = "Spring sale: 30% off everything"
HTML: Final = "<p>Dear customer, our spring sale starts today. " + "Every item is 30% off! " * 12 + "</p>"
INTERVAL: Final = 0.03


async def run(directory: Path) -> None:
    from PySide6.QtTest import QTest

    from app.domain.kinds import DraftKind
    from app.services.autosave import Autosaver
    from app.services.store_access import WorkspaceRunner
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService
    from app.ui.editors import EmailEditor

    runner = await WorkspaceRunner.open(directory)
    workspace = WorkspaceService(runner)
    demo = await runner.call(lambda ws: ws.accounts.demo())
    assert demo is not None
    workspace.account_id = demo.id
    tasks = TaskRunner()
    autosaver = Autosaver(workspace, tasks)
    draft = await workspace.create_draft(DraftKind.EMAILS, {"category": 1, "from_address": "a@example.com"})

    async def report_saved() -> None:
        stored = (await workspace.get_draft(draft.local_id)).payload
        subject, html = stored.get("subject") or "", stored.get("text_html") or ""
        print(f"saved {time.monotonic():.6f} {len(subject)} {len(html)}", flush=True)

    autosaver.saved.connect(lambda _local_id: tasks.spawn(report_saved(), name="report-saved"))
    editor = EmailEditor(workspace=workspace, autosaver=autosaver)
    editor.resize(1000, 700)
    editor.show()
    editor.load(draft)
    print(f"ready {draft.local_id}", flush=True)
    targets = (
        ("subject", editor.subject_input().line, SUBJECT),
        ("text_html", editor.body_input("text_html").edit, HTML),
    )
    for field, widget, text in targets:
        widget.setFocus()
        for index, char in enumerate(text):
            QTest.keyClicks(widget, char)
            print(f"typed {time.monotonic():.6f} {field} {index}", flush=True)
            await asyncio.sleep(INTERVAL)
    print("done", flush=True)
    await asyncio.sleep(3600)  # the parent kills us


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(run(Path(sys.argv[1])))


if __name__ == "__main__":
    main()
