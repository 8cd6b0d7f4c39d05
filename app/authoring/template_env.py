"""The jinja2 environment email templates are rendered in: sandboxed, immutable, bounded.

On top of jinja's ``ImmutableSandboxedEnvironment`` (no private attributes, no mutation
of lists and dicts, ``range`` capped at 100,000 items) it routes every place a template
can make something big or run long through :mod:`app.authoring.template_guard`:

- all binary operators (``call_binop``) and every call (``call``): estimated before they
  run when they could amplify (``"x" * n``, ``s.center(n)``, ``s.replace("", big)``,
  ``sep.join(items)``, ``"{:>999999999}".format(x)``), weighed and charged after;
- every filter: wrapped, with estimates for the amplifying ones (``center``, ``indent``,
  ``format``, ``replace``, ``join``, ``wordwrap``, ``batch``, ``slice``, ``sum``,
  ``urlize``, ``tojson``, ``xmlattr``);
- string concatenation ``~`` and the output buffers of macros, ``{% set %}`` blocks,
  ``{% filter %}`` and ``{% call %}`` (a custom code generator);
- every ``{% for %}`` iterable, so a loop passes the deadline at each item.

An undefined variable renders as a visible placeholder naming it
(``<mark class=cs-missing>[first_name?]</mark>`` in HTML, ``[first_name?]`` in text; no
quotes, so it breaks no attribute it lands in) and is noted with its template line.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable, Mapping
from types import FrameType
from typing import Any, Final

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import _PassArg, generate_lorem_ipsum
from markupsafe import Markup

from app.authoring import template_guard as tg

TEMPLATE_FILENAME: Final = "<template>"
PLACEHOLDER_CLASS: Final = "cs-missing"
# Names jinja and the sandbox probe on any object; an undefined value must not answer them.
_PROBES: Final = frozenset({"jinja_pass_arg", "unsafe_callable", "alters_data", "environmentfunction"})
_MAX_NOTED: Final = 200


def _template_line(frame: FrameType | None) -> int | None:
    """The line of the innermost template frame on the stack, in template lines."""
    guard = tg.current_guard()
    line_of = guard.line_of if guard is not None else None
    while frame is not None:
        if frame.f_code.co_filename == TEMPLATE_FILENAME:
            return line_of(frame.f_lineno) if line_of is not None else None
        frame = frame.f_back
    return None


class PlaceholderUndefined(Undefined):
    """A variable the profile does not have: shown as ``[name?]`` and noted, never an error.

    Attribute and item lookups on it give another placeholder (``[user.city?]``),
    arithmetic gives itself, comparisons are false. Only an *unsafe* attribute (the
    sandbox's SecurityError) still fails.
    """

    __slots__ = ()

    @property
    def label(self) -> str:
        name = self._undefined_name
        return str(name) if name is not None else "?"

    def _is_security(self) -> bool:
        return isinstance(self._undefined_exception, type) and issubclass(
            self._undefined_exception, SecurityError
        )

    def note(self) -> None:
        if self._is_security():
            self._fail_with_undefined_error()
        guard = tg.current_guard()
        if guard is not None and self.label not in guard.missing and len(guard.missing) < _MAX_NOTED:
            guard.missing[self.label] = _template_line(sys._getframe(1))

    def _child(self, key: str) -> PlaceholderUndefined:
        if self._is_security():
            self._fail_with_undefined_error()
        return PlaceholderUndefined(name=f"{self.label}.{key}")

    def __getattr__(self, name: str) -> Any:
        if (name[:2] == "__" and name[-2:] == "__") or name in _PROBES:
            raise AttributeError(name)
        return self._child(name)

    def __getitem__(self, key: Any) -> Any:
        return self._child(str(key))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self

    def __str__(self) -> str:
        self.note()
        return f"[{self.label}?]"

    def __html__(self) -> str:
        self.note()
        return placeholder_html(self.label)

    def __iter__(self) -> Any:
        self.note()
        return iter(())

    def _false(self, *args: Any) -> bool:
        self.note()
        return False

    __lt__ = __le__ = __gt__ = __ge__ = _false  # type: ignore[assignment]

    def __int__(self, *args: Any, **kwargs: Any) -> int:  # type: ignore[override]
        self.note()
        return 0

    def __float__(self, *args: Any, **kwargs: Any) -> float:  # type: ignore[override]
        self.note()
        return 0.0


# --- generated code -------------------------------------------------------------------


class OutputBuffer(list[str]):
    """What a macro or block writes before it is joined: counted as it grows."""

    __slots__ = ("size",)

    def __init__(self) -> None:
        super().__init__()
        self.size = 0

    def append(self, item: str) -> None:
        self._grow(len(item))
        super().append(item)

    def extend(self, items: Iterable[str]) -> None:
        parts = tuple(items)
        self._grow(sum(len(part) for part in parts))
        super().extend(parts)

    def _grow(self, size: int) -> None:
        self.size += size
        tg.require(self.size, "output")
        tg.charge(size, "output")


class _BoundedCodeGenerator(CodeGenerator):
    """Routes loops, ``~`` and buffers through the environment's guarded helpers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loop_iterables: set[int] = set()

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        self._loop_iterables.add(id(node.iter))
        super().visit_For(node, frame)

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        if id(node) not in self._loop_iterables:
            return super().visit(node, *args, **kwargs)
        self.write("environment.iterate(")
        result = super().visit(node, *args, **kwargs)
        self.write(")")
        return result

    def buffer(self, frame: Frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.new_buffer()")

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"environment.join_checked({func_name}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


# --- filters --------------------------------------------------------------------------

Precheck = Callable[[list[Any], int, dict[str, Any]], None]


def _param(
    args: list[Any], offset: int, kwargs: Mapping[str, Any], index: int, name: str, default: Any
) -> Any:
    position = offset + 1 + index
    if len(args) > position:
        return args[position]
    return kwargs.get(name, default)


def _text(args: list[Any], offset: int) -> str:
    value = args[offset]
    return value if isinstance(value, str) else str(value)


def _pre_center(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    tg.estimate_width(tg.size_of_text(args[offset]), _param(args, offset, kwargs, 0, "width", 80))


def _pre_indent(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    text = _text(args, offset)
    width = _param(args, offset, kwargs, 0, "width", 4)
    step = width if isinstance(width, int) else len(str(width))
    tg.require(len(text) + (text.count("\n") + 1) * max(step, 0), "text")


def _pre_format(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    values = kwargs or tuple(args[offset + 1 :])
    tg.estimate_percent_format(_text(args, offset), values)


def _pre_replace(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    tg.estimate_replace(
        _text(args, offset),
        _param(args, offset, kwargs, 0, "old", None),
        _param(args, offset, kwargs, 1, "new", None),
        _param(args, offset, kwargs, 2, "count", None),
    )


def _pre_join(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    items = tg.materialize(args[offset])
    args[offset] = items
    tg.estimate_join(str(_param(args, offset, kwargs, 0, "d", "")), items)


def _pre_wordwrap(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    _pre_slow(args, offset, kwargs)
    text = _text(args, offset)
    width = _param(args, offset, kwargs, 0, "width", 79)
    wrap = _param(args, offset, kwargs, 2, "wrapstring", None) or "\n"
    lines = len(text) // max(width if isinstance(width, int) else 1, 1) + 1
    tg.require(len(text) + lines * len(str(wrap)), "text")


def _pre_batch(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    fill = _param(args, offset, kwargs, 1, "fill_with", None)
    _check_groups(_param(args, offset, kwargs, 0, "linecount", 1), fill)


def _pre_slice(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    fill = _param(args, offset, kwargs, 1, "fill_with", None)
    _check_groups(_param(args, offset, kwargs, 0, "slices", 1), fill)


def _check_groups(count: Any, fill: Any) -> None:
    if isinstance(count, int):
        if count > tg.MAX_ITEMS:
            tg.require(tg.MAX_VALUE + 1, "items")
        if fill is not None:
            tg.require(tg.weight(fill) * count, "items")


def _pre_sum(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    items = tg.materialize(args[offset])
    args[offset] = items
    start = _param(args, offset, kwargs, 1, "start", 0)
    if not isinstance(start, int | float) or any(not isinstance(i, int | float) for i in items):
        total = tg.weight(start)
        for item in items:
            total += tg.weight(item)
            if total > tg.MAX_VALUE:
                break
        tg.require(total, "items")


def _pre_urlize(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    _pre_slow(args, offset, kwargs)
    text = _text(args, offset)
    extra = sum(len(str(kwargs.get(key) or "")) for key in ("target", "rel"))
    extra += sum(len(str(a or "")) for a in args[offset + 3 : offset + 5])
    tg.require(3 * len(text) + (len(text) // 4 + 1) * (extra + 64), "text")


def _pre_tojson(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    # \uXXXX escapes make up to six characters of one; an indent repeats per nesting level.
    indent = _param(args, offset, kwargs, 0, "indent", None)
    step = (indent if isinstance(indent, int) else len(str(indent))) if indent else 0
    tg.require(tg.weight(args[offset]) * (6 + 4 * max(step, 0)), "text")


def _pre_urlencode(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    tg.require(9 * tg.weight(args[offset]), "text")  # %XX for each of up to three UTF-8 bytes


def _pre_slow(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    # Filters that loop in Python over words or lines of their input (no hook inside).
    tg.require(tg.weight(args[offset]) * (tg.MAX_VALUE // _SLOW_FILTER_INPUT), "text")


_SLOW_FILTER_INPUT: Final = 2_500_000


def _pre_xmlattr(args: list[Any], offset: int, kwargs: dict[str, Any]) -> None:
    tg.require(2 * tg.weight(args[offset]) + 64, "text")


_PRECHECKS: Final[dict[str, Precheck]] = {
    "center": _pre_center,
    "indent": _pre_indent,
    "format": _pre_format,
    "replace": _pre_replace,
    "join": _pre_join,
    "wordwrap": _pre_wordwrap,
    "batch": _pre_batch,
    "slice": _pre_slice,
    "sum": _pre_sum,
    "urlize": _pre_urlize,
    "tojson": _pre_tojson,
    "urlencode": _pre_urlencode,
    "pprint": _pre_slow,
    "xmlattr": _pre_xmlattr,
}
# Filters that turn a string into a list of its characters: refused on huge strings.
_ITEMWISE: Final = frozenset(
    {
        "list",
        "batch",
        "slice",
        "unique",
        "sort",
        "map",
        "select",
        "reject",
        "selectattr",
        "rejectattr",
        "groupby",
        "sum",
        "min",
        "max",
        "random",
    }
)


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    offset = 0 if _PassArg.from_obj(func) is None else 1
    precheck = _PRECHECKS.get(name)
    itemwise = name in _ITEMWISE

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        guard = tg.current_guard()
        if guard is not None:
            guard.tick()
        if len(args) > offset:
            value = args[offset]
            if isinstance(value, PlaceholderUndefined) and name not in ("default", "d"):
                value.note()
            if itemwise and isinstance(value, str) and len(value) > tg.MAX_ITEMS:
                tg.require(tg.MAX_VALUE + 1, "items")
            if precheck is not None:
                values = list(args)
                precheck(values, offset, kwargs)
                args = tuple(values)
        return tg.check_result(func(*args, **kwargs), name)

    return guarded


def _clamp(value: Any, low: int, high: int) -> int:
    return low if not isinstance(value, int) else max(low, min(value, high))


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """jinja's ``lipsum()`` (same parameter names), at most 50 paragraphs of at most 500 words."""
    most = _clamp(max, 1, 500)
    text = generate_lorem_ipsum(_clamp(n, 0, 50), html, _clamp(min, 1, most), most)
    return tg.check_result(text, "lipsum")  # type: ignore[no-any-return]


# --- the environment ------------------------------------------------------------------


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Sandboxed, immutable and bounded; ``html`` turns on autoescaping and HTML placeholders."""

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})

    def __init__(self, *, html: bool) -> None:
        super().__init__(
            autoescape=html,
            undefined=PlaceholderUndefined,
            keep_trailing_newline=True,  # the document comes back exactly as written
            cache_size=0,
        )
        self.filters = {name: _guard_filter(name, func) for name, func in self.filters.items()}
        self.globals["lipsum"] = _lipsum

    # The generated code calls these three through ``environment``.
    @staticmethod
    def new_buffer() -> OutputBuffer:
        return OutputBuffer()

    @staticmethod
    def join_checked(join: Callable[[Iterable[Any]], str], values: tuple[Any, ...]) -> str:
        tg.estimate_join("", list(values))
        result = join(values)
        tg.charge(len(result), "text")
        return result

    @staticmethod
    def iterate(iterable: Any) -> Any:
        guard = tg.current_guard()
        if guard is None:
            return iterable
        return tg.CheckedIterable(iterable, guard)

    @staticmethod
    def concat(parts: Iterable[str]) -> str:
        if isinstance(parts, OutputBuffer):
            tg.require(parts.size, "output")
            return "".join(parts)
        items = tg.materialize(parts)
        tg.estimate_join("", items)
        return "".join(items)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        for operand in (left, right):
            if isinstance(operand, PlaceholderUndefined):
                operand.note()
                return operand
        tg.estimate_binop(operator, left, right)
        return tg.check_result(self.binop_table[operator](left, right), "operator")

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        guard = tg.current_guard()
        if guard is not None:
            guard.tick()
        owner = getattr(obj, "__self__", None)
        if isinstance(owner, str | bytes):
            name = getattr(obj, "__name__", "")
            if name == "join" and args:
                items = tg.materialize(args[0])
                tg.estimate_join(owner, items)
                args = (items, *args[1:])
            else:
                tg.estimate_str_method(owner, name, args, kwargs)
        nested = guard is not None and isinstance(obj, Macro | LoopContext)
        if nested and guard is not None:
            guard.depth += 1
            if guard.depth > tg.MAX_CALL_DEPTH:
                raise tg.RenderStopped(tg.StopReason.TOO_DEEP)
        try:
            result = super().call(context, obj, *args, **kwargs)
        finally:
            if nested and guard is not None:
                guard.depth -= 1
        return tg.check_result(result, "call")

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt = str(value.__self__)
        is_map = value.__name__ == "format_map"

        def bounded(*args: Any, **kwargs: Any) -> str:
            values = list(args) + list(kwargs.values())
            if is_map and args and isinstance(args[0], Mapping):
                values = list(args[0].values())
            tg.estimate_str_format(fmt, values)
            return tg.check_result(wrapper(*args, **kwargs), "text")  # type: ignore[no-any-return]

        return bounded


HTML_ENV: Final = BoundedEnvironment(html=True)
TEXT_ENV: Final = BoundedEnvironment(html=False)


def environment(html: bool) -> BoundedEnvironment:
    return HTML_ENV if html else TEXT_ENV


def placeholder_html(name: str) -> Markup:
    """The placeholder an undefined variable renders as, for tests and the preview's styling."""
    # Unquoted class, so the placeholder breaks no attribute value it is written into.
    return Markup("<mark class=cs-missing>[{0}?]</mark>").format(name)
