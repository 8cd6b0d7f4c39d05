"""The sandbox against its own OpenAPI description: schemathesis, every check, every operation.

Runs the schemathesis command line (all phases: examples, coverage, fuzzing, stateful; all
checks) on a sandbox with one declared profile field of each type. Derandomized
(``--generation-deterministic``: Hypothesis draws from a fixed seed, schemathesis then says
"seed: not used"), so every run sends the same cases and a failure reproduces with the
printed command. The few deliberate differences are configured per operation below and
checked by ``schemathesis_hooks`` instead (see there why).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.contract.schemathesis_hooks import RELATED_OPERATION_IDS, STATS_OPERATION_ID

ROOT = Path(__file__).resolve().parents[2]
# Cases per operation and phase. ~5,000 requests over 44 operations: a minute or two on two busy cores.
MAX_EXAMPLES = 25

CONFIG = f'''
hooks = "tests.contract.schemathesis_hooks"

[auth.basic]  # from the environment: a secret on a command line shows in ps
username = "${{SANDBOX_LOGIN}}"
password = "${{SANDBOX_SECRET}}"

# Requests valid by the schema that break a relation between fields or objects answer 400:
# positive_data_accepted_but_for_relations judges these operations instead (schemathesis_hooks).
[[operations]]
include-operation-id = {list(RELATED_OPERATION_IDS)!r}
checks.positive_data_acceptance.enabled = false

# The report builder answers a query it cannot run with 200 and `error`, as the provider does:
# stats_refuses_in_error demands that error instead of a 4xx.
[[operations]]
include-operation-id = "{STATS_OPERATION_ID}"
checks.negative_data_rejection.enabled = false
'''


def test_the_sandbox_keeps_its_openapi_contract(sandbox_factory: Any, tmp_path: Path) -> None:
    running = sandbox_factory(declare_fields=("nickname:String", "level:Int", "score:Float", "vip:Bool",
                                              "birthday:Date"))
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
        running.base_url + "openapi.json",
        "--max-examples", str(MAX_EXAMPLES), "--generation-deterministic",
        "--workers", "1", "--no-color", "--output-truncate", "false",
    ]
    paths = [str(ROOT), os.environ.get("PYTHONPATH")]  # the CLI imports the hooks from this checkout
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths)),
           "SANDBOX_LOGIN": running.login, "SANDBOX_SECRET": running.secret}
    print(f"schemathesis: derandomized (fixed seed), {MAX_EXAMPLES} examples per operation and phase")
    started = time.monotonic()
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    output = result.stdout + result.stderr
    summary = [line for line in output.splitlines() if "generated" in line or " in " in line][-3:]
    print(f"schemathesis took {time.monotonic() - started:.0f} s:", *summary, sep="\n  ")
    report = (f"schemathesis (derandomized) found failures; reproduce (SANDBOX_LOGIN and SANDBOX_SECRET set, "
              f"a sandbox at that address) with:\n  {' '.join(command)}\n\n" + output[-20000:])
    assert result.returncode == 0, report.replace(running.secret, "<secret>")
