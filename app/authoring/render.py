"""Rendering an email template with a sample profile, for the preview: safe and bounded.

``render`` never raises for a bad template. What went wrong comes back in
``Rendered.problems``, each with its template line (1-based) where one is known:

- a syntax error: ``html`` is the source as written (the preview still shows the email);
- an undefined variable: shown as ``[name?]`` (``<mark class=cs-missing>`` in HTML) and noted;
- an error while rendering, a render over its time, one making more than ``MAX_VALUE``
  characters or doing more than ``MAX_WORK`` work in all: ``html`` is what was made until
  then and ``complete`` is False.

How it is bounded (measured on this machine, see :mod:`app.authoring.template_guard`):
jinja's sandbox hooks and our code generator check the deadline at every loop item, call,
operator, filter and output chunk, and estimate every operation that could make a big
value in one C call before it runs. The render runs on a thread of its own, so the caller
(on any thread) waits at most ``timeout_s`` plus a short grace even if a single C call
ran long; the render then stops at its next hook. A thread costs ~0.1 ms, the hooks
cost nothing on a template without loops: a 100 KB email with three variables renders in
~1 ms once compiled, and compiled templates are kept (compiling costs ~10 ms per 100 KB of
ordinary HTML, more for thousands of tags; a tag-heavy compile is also watched by a
trace function, as it may outlast the deadline).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import FrameType, TracebackType
from typing import Any, Final

from jinja2 import Template, TemplateSyntaxError
from jinja2.exceptions import SecurityError, TemplateNotFound

from app.authoring import template_env
from app.authoring import template_guard as tg
from app.authoring.template_shrink import Shrunk, shrink
from app.domain.sentences import Sentence

DEFAULT_TIMEOUT_S: Final = 2.0
# How long the caller waits beyond the deadline for a render to stop at its next hook.
_GRACE_S: Final = 0.5
_CACHE_ENTRIES: Final = 16
_CACHE_MAX_CHARS: Final = 2_000_000
# Above this many braces compiling may take longer than the deadline: watch it.
_WATCHED_COMPILE_BRACES: Final = 4000
_WATCHED_COMPILE_CHARS: Final = 1_000_000


class ProblemKind(StrEnum):
    SYNTAX = "syntax"
    UNDEFINED = "undefined"
    ERROR = "error"
    UNSAFE = "unsafe"
    TIMEOUT = "timeout"
    TOO_BIG = "too-big"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Problem:
    line: int | None  # 1-based line of the template, None when not known
    message: str  # an English sentence for the user
    kind: ProblemKind = ProblemKind.ERROR
    name: str | None = None  # the variable, for an undefined one
    sentence: Sentence | None = None  # the message for the UI to translate (context "Checks")

    @property
    def text(self) -> Sentence:
        return self.sentence if self.sentence is not None else Sentence(self.message, context="Checks")


def _problem(
    line: int | None, sentence: Sentence, kind: ProblemKind = ProblemKind.ERROR, name: str | None = None
) -> Problem:
    return Problem(line, str(sentence), kind, name, sentence)


def _says(template: str, **values: object) -> Sentence:
    return Sentence(template, values, context="Checks")


@dataclass(frozen=True, slots=True)
class Rendered:
    html: str
    problems: list[Problem] = field(default_factory=list)
    complete: bool = True  # False when rendering stopped before the end

    @property
    def missing(self) -> list[str]:
        """Names of the variables the profile did not have."""
        return [p.name for p in self.problems if p.kind is ProblemKind.UNDEFINED and p.name is not None]


def has_template_syntax(source: str) -> bool:
    return "{{" in source or "{%" in source or "{#" in source


def render(
    template: str,
    profile: Mapping[str, Any],
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    html: bool = True,
    cancel: threading.Event | None = None,
) -> Rendered:
    """``template`` rendered with ``profile``; ``html=False`` for a subject or plain text.

    Setting ``cancel`` stops the render at its next hook (a newer preview supersedes it).
    """
    if not has_template_syntax(template):
        return Rendered(template)
    variables = {str(key): value for key, value in profile.items()}
    job = _Job(template, variables, html, tg.Guard(time.monotonic() + timeout_s, cancel), timeout_s)
    worker = threading.Thread(target=job.run, name="template-render", daemon=True)
    worker.start()
    if job.done.wait(timeout_s + _GRACE_S) and job.result is not None:
        return job.result
    # Stuck in one long C call: leave it, it stops at its next hook.
    job.guard.abandoned = True
    return Rendered(
        job.partial(),
        [_stop_problem(tg.RenderStopped(tg.StopReason.TIMEOUT), None, timeout_s)],
        complete=False,
    )


# --- compiling ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _SyntaxProblem:
    line: int | None
    sentence: Sentence


@dataclass(frozen=True, slots=True)
class _Compiled:
    template: Template
    shrunk: Shrunk | None  # long runs of text stood in by markers while compiling

    def line(self, code_line: int) -> int:
        """The original template's line of a line of the generated code."""
        line = self.template.get_corresponding_lineno(code_line)
        return self.shrunk.original_line(line) if self.shrunk is not None else line

    def size(self, chunk: str) -> int:
        return self.shrunk.expanded_size(chunk) if self.shrunk is not None else len(chunk)

    def expand(self, text: str) -> str:
        return self.shrunk.expand(text) if self.shrunk is not None else text


_cache: OrderedDict[tuple[bool, str], _Compiled | _SyntaxProblem] = OrderedDict()
_cache_lock = threading.Lock()


def _compile(source: str, html: bool, guard: tg.Guard) -> _Compiled | _SyntaxProblem:
    key = (html, source)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
    shrunk = shrink(source)
    compiled: _Compiled | _SyntaxProblem
    try:
        compiled = _Compiled(_watched_compile(shrunk.source if shrunk else source, html, guard), shrunk)
    except TemplateSyntaxError as exc:
        line = exc.lineno or None
        if line is not None and shrunk is not None:
            line = shrunk.original_line(line)
        compiled = _SyntaxProblem(line, _says("Template syntax error: {error}", error=exc.message or exc))
    if len(source) <= _CACHE_MAX_CHARS:
        with _cache_lock:
            _cache[key] = compiled
            while len(_cache) > _CACHE_ENTRIES:
                _cache.popitem(last=False)
    return compiled


def _watched_compile(source: str, html: bool, guard: tg.Guard) -> Template:
    env = template_env.environment(html)
    if source.count("{") < _WATCHED_COMPILE_BRACES and len(source) < _WATCHED_COMPILE_CHARS:
        return env.from_string(source)
    calls = 0

    def watch(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        calls += 1
        if calls % 256 == 0:
            guard.check_time()  # raising here unwinds the compile (and removes the trace)

    previous = sys.gettrace()
    sys.settrace(watch)
    try:
        return env.from_string(source)
    finally:
        sys.settrace(previous)


# --- rendering on the worker thread ---------------------------------------------------


class _Job:
    def __init__(
        self, source: str, variables: dict[str, Any], html: bool, guard: tg.Guard, timeout_s: float
    ) -> None:
        self.source = source
        self.variables = variables
        self.html = html
        self.guard = guard
        self.timeout_s = timeout_s
        self.parts: list[str] = []
        self.compiled: _Compiled | None = None
        self.result: Rendered | None = None
        self.done = threading.Event()

    def partial(self) -> str:
        text = "".join(list(self.parts))
        return self.compiled.expand(text) if self.compiled is not None else text

    def run(self) -> None:
        try:
            self.result = self._compile_and_render()
        except BaseException as exc:  # nothing may escape the thread
            self.result = Rendered(self.partial(), [_error_problem(exc, None)], complete=False)
        finally:
            tg.set_guard(None)
            self.done.set()

    def _compile_and_render(self) -> Rendered:
        # Compiled without the guard in place: constants jinja folds while compiling are
        # bounded by template_guard's folding limit and left to the render when bigger.
        try:
            compiled = _compile(self.source, self.html, self.guard)
        except tg.RenderStopped as stop:
            return Rendered(self.source, [_stop_problem(stop, None, self.timeout_s)], complete=False)
        if isinstance(compiled, _SyntaxProblem):
            problem = _problem(compiled.line, compiled.sentence, ProblemKind.SYNTAX)
            return Rendered(self.source, [problem], complete=False)
        tg.set_guard(self.guard)
        self.compiled = compiled
        return self._render(compiled)

    def _render(self, compiled: _Compiled) -> Rendered:
        self.guard.line_of = compiled.line
        stopped: Problem | None = None
        size = 0
        template = compiled.template
        chunks = template.root_render_func(template.new_context(self.variables))
        try:
            for chunk in chunks:
                size += compiled.size(chunk)
                tg.require(size, "output")
                self.parts.append(chunk)
                self.guard.tick()
        except tg.RenderStopped as stop:
            line = _line_in(compiled, stop.__traceback__) or _suspended_line(compiled, chunks)
            stopped = _stop_problem(stop, line, self.timeout_s)
        except (Exception, MemoryError, RecursionError) as exc:
            stopped = _error_problem(exc, _line_in(compiled, exc.__traceback__))
        problems = [_missing_problem(name, line) for name, line in self.guard.missing.items()]
        if stopped is not None:
            problems.append(stopped)
        return Rendered(self.partial(), problems, complete=stopped is None)


def _line_in(compiled: _Compiled, trace: TracebackType | None) -> int | None:
    """The template line of the innermost template frame of a traceback."""
    line = None
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == template_env.TEMPLATE_FILENAME:
            line = compiled.line(trace.tb_lineno)
        trace = trace.tb_next
    return line


def _suspended_line(compiled: _Compiled, chunks: Any) -> int | None:
    """The template line the output generator waits at (a stop raised between two chunks)."""
    frame = getattr(chunks, "gi_frame", None)
    return compiled.line(frame.f_lineno) if frame is not None else None


# --- what the user reads --------------------------------------------------------------


def _missing_problem(name: str, line: int | None) -> Problem:
    return _problem(
        line,
        _says(
            "\u201c{name}\u201d is not in the sample profile: the preview shows [{name}?] in its place.",
            name=name,
        ),
        ProblemKind.UNDEFINED,
        name,
    )


def _stop_problem(stop: tg.RenderStopped, line: int | None, timeout_s: float) -> Problem:
    reason = stop.reason
    if reason is tg.StopReason.TIMEOUT:
        message = _says(
            "The template took longer than {seconds} seconds and was stopped: "
            "look for a loop that never ends or runs far too often.",
            seconds=f"{timeout_s:g}",
        )
        return _problem(line, message, ProblemKind.TIMEOUT)
    if reason is tg.StopReason.CANCELLED:
        return _problem(
            line, _says("The preview was stopped because a newer one started."), ProblemKind.CANCELLED
        )
    if reason is tg.StopReason.TOO_DEEP:
        message = _says(
            "Macros call each other more than {depth} levels deep, so the template was stopped.",
            depth=tg.MAX_CALL_DEPTH,
        )
        return _problem(line, message, ProblemKind.TOO_BIG)
    limit_mb = tg.MAX_VALUE // 1_000_000
    message = _says(
        "The template makes more than {size} MB of text and was stopped: "
        "look for a loop or a repetition that grows without end.",
        size=limit_mb,
    )
    return _problem(line, message, ProblemKind.TOO_BIG)


def _error_problem(exc: BaseException, line: int | None) -> Problem:
    if isinstance(exc, tg.RenderStopped):
        return _stop_problem(exc, line, DEFAULT_TIMEOUT_S)
    if isinstance(exc, MemoryError):
        return _problem(
            line, _says("The template needs too much memory and was stopped."), ProblemKind.TOO_BIG
        )
    if isinstance(exc, RecursionError):
        return _problem(
            line, _says("The template calls itself too deeply and was stopped."), ProblemKind.TOO_BIG
        )
    if isinstance(exc, SecurityError):
        return _problem(
            line,
            _says("The template uses something email templates may not use: {error}", error=exc),
            ProblemKind.UNSAFE,
        )
    if isinstance(exc, TemplateNotFound) or "no loader" in str(exc):
        return _problem(line, _says("A template here cannot include, import or extend other templates."))
    return _problem(line, _says("Template error: {error}", error=str(exc) or type(exc).__name__))
