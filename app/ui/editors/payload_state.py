"""The wire payload an editor is editing, changed one field at a time.

What was loaded stays the reference: keys the form does not know and local ``$`` keys
are never touched, and a field emptied that was empty (or absent) when loaded goes back
to exactly what it was, so that typing a letter and erasing it leaves the payload equal to
the stored one (no write, no "modified" state).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from app.domain.annotations import UNPARSED

Payload = dict[str, Any]
_ABSENT = object()


def blank_text(value: Any) -> bool:
    return value is None or value == ""


def blank_flag(value: Any) -> bool:
    return value is None or value is False


def blank_json(value: Any) -> bool:
    return value is None or value == {} or value == [] or value == ""


class PayloadState:
    def __init__(self, loaded: Mapping[str, Any] | None = None) -> None:
        self._loaded: Payload = copy.deepcopy(dict(loaded or {}))
        self._current: Payload = copy.deepcopy(self._loaded)

    @property
    def loaded(self) -> Mapping[str, Any]:
        return self._loaded

    @property
    def current(self) -> Payload:
        """The live payload; callers copy it before keeping it (values are never mutated)."""
        return self._current

    def snapshot(self) -> Payload:
        return dict(self._current)

    def get(self, key: str, default: Any = None) -> Any:
        return self._current.get(key, default)

    def apply(self, key: str, value: Any, is_blank: Callable[[Any], bool] = blank_text) -> bool:
        """Set one wire field; returns whether the payload changed."""
        original = self._loaded.get(key, _ABSENT)
        before = self._current.get(key, _ABSENT)
        restore = is_blank(value) and (original is _ABSENT or is_blank(original))
        after = original if restore else value
        if after is _ABSENT:
            self._current.pop(key, None)
        else:
            # A fresh object each time: a snapshot handed to the autosaver is never mutated.
            self._current[key] = copy.deepcopy(after) if isinstance(after, dict | list) else after
        return _differs(before, after)

    def apply_local(self, annotation: str, name: str, value: Any) -> bool:
        """Set or clear (``None``) one entry of a local ``$`` annotation such as ``$files``;
        an annotation left empty is removed."""
        loaded_map = self._loaded.get(annotation, _ABSENT)
        current_map = self._current.get(annotation)
        entries = dict(current_map) if isinstance(current_map, Mapping) else {}
        if value is None:
            entries.pop(name, None)
        else:
            entries[name] = value
        before = self._current.get(annotation, _ABSENT)
        if isinstance(loaded_map, Mapping) and entries == dict(loaded_map):
            after: Any = copy.deepcopy(loaded_map)
        elif not entries:
            after = _ABSENT
        else:
            after = entries
        if after is _ABSENT:
            self._current.pop(annotation, None)
        else:
            self._current[annotation] = after
        return _differs(before, after)


def apply_json(state: PayloadState, key: str, parsed: tuple[bool, Any], text: str) -> bool:
    """A JSON field's text into the payload: kept aside as typed while it does not parse (so
    nothing invalid is published, and the text survives), else its value; True if it changed."""
    ok, value = parsed
    if not ok:
        return state.apply_local(UNPARSED, key, text)
    changed = state.apply_local(UNPARSED, key, None)
    current = state.get(key)
    if value == current and type(value) is type(current):
        return changed  # only the layout of the text changed
    return state.apply(key, value, blank_json) or changed


def _differs(a: Any, b: Any) -> bool:
    if a is _ABSENT or b is _ABSENT:
        return a is not b
    return type(a) is not type(b) or a != b
