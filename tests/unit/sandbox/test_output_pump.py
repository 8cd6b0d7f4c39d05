"""The fault log holds every fault line the child wrote before the caller asks. Its reading
thread can lag on a busy machine: a resume test under load once found the last line unread."""

from __future__ import annotations

import subprocess
import sys

from app.sandbox.launcher import _OutputPump
from app.sandbox.process_lines import FAULT_LOG_PREFIX, READY_PREFIX

LINES = 2_000  # about 100 KB: past a pipe's 64 KB, so up to 64 KB are still unread when the child is done

CHILD = f"""
import sys
for n in range({LINES}):
    sys.stderr.write("{FAULT_LOG_PREFIX} %d slow GET /api/v1/emails/\\n" % n)
sys.stderr.flush()
sys.stdout.write("{READY_PREFIX} done\\n")
sys.stdout.flush()
sys.stdin.read()
"""


def test_every_fault_line_written_before_the_question_is_in_the_answer() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    pump = _OutputPump(child)
    try:
        assert pump.ready.get(timeout=60) == "done"  # the child wrote them all, then this
        faults = pump.faults()
        assert len(faults) == LINES
        assert faults[-1] == f"{FAULT_LOG_PREFIX} {LINES - 1} slow GET /api/v1/emails/"
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)
        pump.join(5)
        for stream in (child.stdout, child.stderr):
            assert stream is not None
            stream.close()
    assert pump.faults() == faults  # and nothing more once the child is gone
