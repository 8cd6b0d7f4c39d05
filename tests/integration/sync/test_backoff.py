"""The outbox's waits: capped, jittered, never shorter than the server asked."""

from __future__ import annotations

from app.services.sync_backoff import Backoff, ProbeRhythm


def test_backoff_doubles_up_to_the_cap_with_jitter_and_honours_retry_after():
    backoff = Backoff(base=2.0, cap=60.0)
    for attempts, ceiling in ((1, 2.0), (2, 4.0), (3, 8.0), (6, 60.0), (40, 60.0)):
        waits = [backoff.delay(attempts) for _ in range(200)]
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(set(waits)) > 150  # jittered: a burst of failures spreads out
    assert all(backoff.delay(1, retry_after=30.0) >= 30.0 for _ in range(50))
    assert backoff.delay(1, retry_after=10_000.0) <= Backoff().retry_after_cap


def test_offline_probes_slow_down_to_their_cap():
    rhythm = ProbeRhythm(first=5.0, cap=15.0)
    assert all(4.0 <= rhythm.delay(0) <= 5.0 for _ in range(50))
    assert all(12.0 <= rhythm.delay(10) <= 15.0 for _ in range(50))
