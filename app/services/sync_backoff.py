"""How long a publish waits before it is tried again."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    """Capped exponential backoff with jitter; a server's Retry-After is a floor.

    The API client already retried the request a few times within seconds; this is the
    slower, outbox-level rhythm for a job that failed all of those.
    """

    base: float = 2.0  # seconds before the second try (before jitter)
    cap: float = 300.0
    retry_after_cap: float = 600.0

    def delay(self, failed_attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait after ``failed_attempts`` failures (1 for the first)."""
        ceiling = min(self.cap, self.base * 2.0 ** max(failed_attempts - 1, 0))
        # "Equal jitter": never less than half the ceiling, so a burst of failures spreads
        # out but a job does not come back almost at once by chance.
        wait = ceiling / 2 + random.uniform(0.0, ceiling / 2)  # noqa: S311 - jitter, not secrecy
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.retry_after_cap))
        return wait


@dataclass(frozen=True, slots=True)
class ProbeRhythm:
    """How often an offline worker asks whether the server answers again."""

    first: float = 5.0
    cap: float = 15.0
    factor: float = 1.5

    def delay(self, probes_so_far: int) -> float:
        ceiling = min(self.cap, self.first * self.factor**probes_so_far)
        return random.uniform(ceiling * 0.8, ceiling)  # noqa: S311 - jitter, not secrecy
