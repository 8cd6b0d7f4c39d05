"""The lines a sandbox process writes for whoever started it."""

from __future__ import annotations

from typing import Final

READY_PREFIX: Final = "SANDBOX READY"  # stdout, once: "SANDBOX READY <base_url>"
FAULT_LOG_PREFIX: Final = "SANDBOX FAULT"  # stderr, per injected fault: "... <n> <kind> <method> <path>"
