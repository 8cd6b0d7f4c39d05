"""Test helpers that are not fixtures (real implementations for tests, not mocks)."""
