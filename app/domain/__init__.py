"""Typed objects, languages, validation and payload building. No Qt, no I/O."""
