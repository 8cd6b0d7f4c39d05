"""What keeps one template render bounded in time and size.

A deadline checked from Python is escaped by a single C-level call that runs long or
allocates a lot (``"x" * 10**10``, ``"x".center(10**10)``, joining a list that holds the
same big string a million times). So every operation of the template that can make a
value bigger than its inputs is estimated *before* it runs (:func:`estimate_repeat`,
:func:`estimate_str_method`, ...), every value an operation returns is weighed
(:func:`weight`, roughly the length of its ``str()``), and all of it is charged to the
render's :class:`Guard`. The guard also checks the deadline and the cancel flag at each
of these hooks and at each loop iteration, which the code generator of
:mod:`app.authoring.template_env` routes through it: a template can only run long by
looping or recursing, and both pass a hook.

Stopping raises :class:`RenderStopped`, a ``BaseException`` so that no ``except
Exception`` on the way (jinja's, a filter's) swallows it.
"""

from __future__ import annotations

import re
import string
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Any, Final

# The biggest document (and the biggest single value) a template may produce. The provider
# takes at most 20 MB of HTML; a pasted document of that size must still preview.
MAX_VALUE: Final = 25_000_000
# Everything a render may produce in total, counting values made and thrown away: a loop
# building big strings it never outputs is stopped by this, not by running out of memory.
MAX_WORK: Final = 100_000_000
# Items in one list, dict or other collection (jinja's own range() stops at 100,000).
MAX_ITEMS: Final = 1_000_000
# Size of an integer (``2 ** 10 ** 9`` is one C call of minutes).
MAX_INT_BITS: Final = 100_000
# Macros calling macros (each level costs a few C stack frames).
MAX_CALL_DEPTH: Final = 100
# How often a loop iteration looks at the clock (a look costs as much as a short iteration).
_CLOCK_EVERY: Final = 64


class StopReason(StrEnum):
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"
    TOO_BIG = "too-big"
    TOO_DEEP = "too-deep"


class RenderStopped(BaseException):
    """The render was stopped: it ran out of time, was cancelled or grew too big."""

    def __init__(self, reason: StopReason, detail: str = "") -> None:
        super().__init__(reason.value, detail)
        self.reason = reason
        self.detail = detail


class NotFolded(Exception):
    """Raised outside a render, where jinja's optimizer folds constants at compile time: a
    big constant is left to the render (and its guard) instead of being baked into the code."""


# The biggest constant the optimizer may fold into the compiled template.
_FOLD_LIMIT: Final = 100_000


def _too_big(what: str) -> BaseException:
    if current_guard() is None:
        return NotFolded(what)
    return RenderStopped(StopReason.TOO_BIG, what)


class Guard:
    """The limits of one render, on the thread that renders."""

    def __init__(self, deadline: float, cancel: threading.Event | None = None) -> None:
        self.deadline = deadline
        self.cancel = cancel
        self.abandoned = False  # set by a caller that stopped waiting
        self.work = 0
        self.depth = 0
        # Variables that were not defined, with the template line of their first use.
        self.missing: dict[str, int | None] = {}
        # Maps a line of the generated Python code to the template's line.
        self.line_of: Callable[[int], int] | None = None
        self._ticks = 0

    def check_time(self) -> None:
        if self.abandoned or (self.cancel is not None and self.cancel.is_set()):
            raise RenderStopped(StopReason.CANCELLED)
        if time.monotonic() > self.deadline:
            raise RenderStopped(StopReason.TIMEOUT)

    def tick(self) -> None:
        self._ticks += 1
        if self._ticks % _CLOCK_EVERY == 0:
            self.check_time()

    def charge(self, amount: int, what: str = "") -> None:
        self.work += amount
        if self.work > MAX_WORK:
            raise _too_big(what or "work")
        self.tick()


_local = threading.local()


def current_guard() -> Guard | None:
    guard: Guard | None = getattr(_local, "guard", None)
    return guard


def set_guard(guard: Guard | None) -> None:
    _local.guard = guard


def charge(amount: int, what: str = "") -> None:
    """Charge the current render, if any (templates are also compiled outside a render)."""
    guard = current_guard()
    if guard is not None:
        guard.charge(amount, what)


def require(size: int, what: str) -> None:
    """Refuse an operation whose result would be bigger than any value may be."""
    if size > MAX_VALUE or (size > _FOLD_LIMIT and current_guard() is None):
        raise _too_big(what)


class CheckedIterable:
    """A loop's iterable that passes the guard at each item; keeps ``len`` for ``loop.length``."""

    __slots__ = ("_guard", "_iterable")

    def __init__(self, iterable: Iterable[Any], guard: Guard) -> None:
        self._iterable = iterable
        self._guard = guard

    def __len__(self) -> int:
        return len(self._iterable)  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[Any]:
        guard = self._guard
        for item in self._iterable:
            guard.tick()
            yield item


# --- weighing values ------------------------------------------------------------------


def weight(value: Any, limit: int = MAX_VALUE) -> int:
    """About the length of ``str(value)``; any number above ``limit`` once it is too much.

    Shared parts are counted as often as they occur, as ``str()`` would write them. The walk
    stops after ``MAX_ITEMS`` items, which also ends it on a structure that contains itself.
    """
    if isinstance(value, str | bytes):
        return len(value)
    total = 0
    visits = 0
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        visits += 1
        if visits > MAX_ITEMS:
            return limit + 1
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, bool) or item is None:
            total += 5
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, Mapping):
            if len(item) > MAX_ITEMS:
                return limit + 1
            total += 2 + 4 * len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            if len(item) > MAX_ITEMS:
                return limit + 1
            total += 2 + 2 * len(item)
            stack.extend(item)
        else:
            attrs = getattr(item, "_Namespace__attrs", None)  # jinja's namespace(): str() shows them
            if isinstance(attrs, dict):
                stack.append(attrs)
            total += 16
        if total > limit:
            return limit + 1
    return total


def check_result(value: Any, what: str) -> Any:
    """Weigh what an operation returned, charge it, and hand it on."""
    size = weight(value)
    require(size, what)
    charge(size, what)
    return value


def materialize(iterable: Any) -> list[Any]:
    """The items of an iterable, at most ``MAX_ITEMS`` of them."""
    if isinstance(iterable, str | bytes) and len(iterable) > MAX_ITEMS:
        raise _too_big("items")
    items: list[Any] = []
    for item in iterable:
        items.append(item)
        if len(items) > MAX_ITEMS:
            raise _too_big("items")
    return items


def size_of_text(value: Any) -> int:
    """The length of ``str(value)`` without making it."""
    return len(value) if isinstance(value, str) else weight(value)


# --- estimates of what an operation will make ------------------------------------------


def estimate_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``*``, ``+``, ``**`` and ``%`` whose result would be too big."""
    if operator == "*":
        _check_repeat(left, right)
        _check_repeat(right, left)
        if _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise _too_big("number")
    elif operator == "+":
        if isinstance(left, str | bytes | list | tuple) and isinstance(right, str | bytes | list | tuple):
            require(weight(left) + weight(right), "text")
    elif operator == "**":
        big_power = _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1
        if big_power and left.bit_length() * right > MAX_INT_BITS:
            raise _too_big("number")
    elif operator == "%" and isinstance(left, str | bytes):
        estimate_percent_format(left, right)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_repeat(sequence: Any, times: Any) -> None:
    if isinstance(sequence, str | bytes | list | tuple) and _is_int(times) and times > 0:
        if len(sequence) * times > MAX_ITEMS and not isinstance(sequence, str | bytes):
            raise _too_big("items")
        require(weight(sequence) * times, "text")


# ``%[(name)][flags][width][.precision]type``
_PERCENT_SPEC: Final = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([a-zA-Z%])")


def estimate_percent_format(fmt: str | bytes, args: Any) -> None:
    """Refuse ``"%999999999s" % x`` and ``"%s%s%s" % (big, big, big)`` before they run."""
    text = fmt.decode("latin-1") if isinstance(fmt, bytes) else fmt
    values = args if isinstance(args, tuple) else (args,)
    star = max((v for v in values if _is_int(v)), default=0)
    total = len(text)
    specs = 0
    for match in _PERCENT_SPEC.finditer(text):
        specs += 1
        for number in (match.group(1), match.group(2)):
            if number == "*":
                total += max(star, 0)
            elif number:
                total += int(number) if len(number) < 10 else MAX_VALUE + 1
    total += specs * weight(args)
    require(total, "text")


def estimate_str_format(fmt: str, values: list[Any]) -> None:
    """Refuse ``"{:>999999999}".format(x)`` and ``"{0}{0}{0}".format(big)`` before they run."""
    biggest = max((size_of_text(v) for v in values), default=0)
    widest = max((v for v in values if _is_int(v)), default=0)
    total = len(fmt)
    for _literal, field, spec, _conversion in _FORMATTER.parse(fmt):
        if field is None:
            continue
        total += biggest + 32
        if spec:
            for digits in re.findall(r"\d+", spec):
                total += int(digits) if len(digits) < 10 else MAX_VALUE + 1
            if "{" in spec:
                total += max(widest, 0)
        if total > MAX_VALUE:
            break
    require(total, "text")


_FORMATTER: Final = string.Formatter()


def _arg(args: tuple[Any, ...], kwargs: Mapping[str, Any], index: int, name: str, default: Any) -> Any:
    if len(args) > index:
        return args[index]
    return kwargs.get(name, default)


def estimate_width(text_size: int, width: Any) -> None:
    if _is_int(width):
        require(max(text_size, width), "text")


def estimate_replace(text: str | bytes, old: Any, new: Any, count: Any) -> None:
    if not isinstance(old, str | bytes) or not isinstance(new, str | bytes) or type(old) is not type(text):
        return
    found = len(text) + 1 if not old else text.count(old)  # type: ignore[arg-type]
    if _is_int(count) and count >= 0:
        found = min(found, count)
    require(len(text) + found * max(len(new) - len(old), 0), "text")


def estimate_join(separator: str | bytes, items: list[Any]) -> None:
    size = len(separator) * max(len(items) - 1, 0)
    for item in items:
        size += size_of_text(item)
        if size > MAX_VALUE:
            break
    require(size, "text")


def estimate_str_method(
    text: str | bytes, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> None:
    """Refuse a call of a method of ``text`` that would make a too big string."""
    if name in ("center", "ljust", "rjust", "zfill"):
        estimate_width(len(text), _arg(args, kwargs, 0, "width", 0))
    elif name == "expandtabs":
        tabsize = _arg(args, kwargs, 0, "tabsize", 8)
        tab: Any = "\t" if isinstance(text, str) else b"\t"
        if _is_int(tabsize):
            require(len(text) + text.count(tab) * max(tabsize, 0), "text")
    elif name == "replace":
        estimate_replace(
            text,
            _arg(args, kwargs, 0, "old", None),
            _arg(args, kwargs, 1, "new", None),
            _arg(args, kwargs, 2, "count", -1),
        )
    elif name == "translate":
        table = _arg(args, kwargs, 0, "table", None)
        if isinstance(table, Mapping) and table:
            longest = max(size_of_text(v) if v is not None else 0 for v in table.values())
            require(len(text) * max(longest, 1), "text")
