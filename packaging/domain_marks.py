"""Domain texts shown to lupdate: the domain marks what the UI translates without Qt.

``packaging/update_ts.py`` rewrites a temporary copy of ``app/`` for lupdate; these are the
edits (same lines, so the .ts locations stay right) that spell out, as ``QT_TRANSLATE_NOOP
("Ctx", "text")`` (or a numerus ``QCoreApplication.translate("Ctx", "text", None, 1)``):

- the literal template of ``Sentence("...", ...)``: its ``context=`` (a literal or a string
  constant, also one imported from ``app``) or :data:`app.domain.sentences.CONTEXT`;
  numerus when a count is given;
- the literal passed to a module function that makes a Sentence of that parameter
  (``_finding(code, severity, field, "template", count)``);
- the literal values of ``translatable("Ctx", {...})``;
- the literal argument of a shorthand ``def f(text): return QT_TRANSLATE_NOOP("Ctx", text)``,
  and the calls of a module-level alias ``_N = QT_TRANSLATE_NOOP``;
- the literal arguments of a call of a class of the module that says where its texts are
  translated: ``TRANSLATION_CONTEXT: ClassVar[str] = "Ctx"`` in its body; all of them, or
  only those of the fields named in ``TRANSLATED_FIELDS: ClassVar = ("label", "note")``;
  and likewise the literals passed to a module function that hands its parameters on to
  those fields (``def _counter(name, label, note): return Field(name, label, note)``).
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.sentences import CONTEXT as SENTENCE_CONTEXT  # noqa: E402

TRANSLATE = b"QCoreApplication.translate"
NOOP = b"QT_TRANSLATE_NOOP"
_PLACEHOLDER = re.compile(r"\{\w*\}")


Edit = tuple[int, int, int, bytes]


def domain_marks(tree: ast.Module) -> list[Edit]:
    """Edits that wrap each literal the domain marks for translation in a call lupdate reads."""
    constants = module_constants(tree)
    wrappers = sentence_wrappers(tree, constants)
    noops = noop_shorthands(tree)
    classes = translated_classes(tree)
    aliases = noop_aliases(tree)
    edits: list[Edit] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func)
        if name == "Sentence" and node.args and _is_text(node.args[0]):
            context = _context_of(node, constants, SENTENCE_CONTEXT)
            if context is not None:
                edits += _wrap(node.args[0], context, counted=_has_count(node, 2, "count"))
        elif name in wrappers:
            index, context, count_index, count_name = wrappers[name]
            template = node.args[index] if len(node.args) > index else None
            if template is not None and _is_text(template):
                counted = count_index is not None and _has_count(node, count_index, count_name)
                edits += _wrap(template, context, counted=counted)
        elif name == "translatable" and len(node.args) == 2 and isinstance(node.args[1], ast.Dict):
            context = _text_of(node.args[0], constants)
            if context is not None:
                for value in node.args[1].values:
                    if _is_text(value):
                        edits += _wrap(value, context, counted=False)
        elif name in noops and node.args and _is_text(node.args[0]):
            edits += _wrap(node.args[0], noops[name], counted=False)
        elif name in aliases and isinstance(node.func, ast.Name):
            edits.append((node.func.lineno - 1, node.func.col_offset, len(name), NOOP))
        elif name in classes:
            for value in classes[name].texts_of(node):
                edits += _wrap(value, classes[name].context, counted=False)
    return edits


def module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` (annotated or not) and ``from app.x import NAME`` of such."""
    found: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module and stmt.module.startswith("app."):
            path = ROOT.joinpath(*stmt.module.split(".")).with_suffix(".py")
            theirs = _own_constants(ast.parse(path.read_bytes())) if path.is_file() else {}
            for alias in stmt.names:
                if alias.name in theirs:
                    found[alias.asname or alias.name] = theirs[alias.name]
    return found | _own_constants(tree)


def _own_constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for stmt in tree.body:
        target, value = None, None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            target, value = stmt.target, stmt.value
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str):
            found[target.id] = value.value
    return found


def sentence_wrappers(
    tree: ast.Module, constants: dict[str, str]
) -> dict[str, tuple[int, str, int | None, str | None]]:
    """Module functions that make a Sentence of a parameter: {name: (template's index,
    context, count's index, count's name)}."""
    found: dict[str, tuple[int, str, int | None, str | None]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [arg.arg for arg in node.args.args]
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and _dotted(call.func) == "Sentence" and call.args):
                continue
            first = call.args[0]
            if not (isinstance(first, ast.Name) and first.id in params):
                continue
            context = _context_of(call, constants, SENTENCE_CONTEXT)
            if context is None:
                continue
            count = call.args[2] if len(call.args) > 2 else _keyword(call, "count")
            count_name = count.id if isinstance(count, ast.Name) and count.id in params else None
            count_index = params.index(count_name) if count_name is not None else None
            found[node.name] = (params.index(first.id), context, count_index, count_name)
    return found


def noop_shorthands(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return QT_TRANSLATE_NOOP("Ctx", text)``: {f: Ctx}."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [stmt for stmt in node.body if not _is_docstring(stmt)]
        call = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
        if (
            isinstance(call, ast.Call)
            and _dotted(call.func) == "QT_TRANSLATE_NOOP"
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = call.args[0].value
    return found


@dataclass(frozen=True)
class TextParameters:
    """Where a callable takes texts to translate: positions and keyword names (None: all)."""

    context: str
    positions: frozenset[int] | None = None
    names: frozenset[str] = frozenset()

    def texts_of(self, call: ast.Call) -> list[ast.expr]:
        every = self.positions is None
        found = [arg for index, arg in enumerate(call.args) if every or index in (self.positions or ())]
        found += [kw.value for kw in call.keywords if every or kw.arg in self.names]
        return [value for value in found if _is_text(value)]


def translated_classes(tree: ast.Module) -> dict[str, TextParameters]:
    """Classes with ``TRANSLATION_CONTEXT`` (and maybe ``TRANSLATED_FIELDS``), and the module
    functions that pass their parameters on to such fields: {name: where its texts are}."""
    found: dict[str, TextParameters] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            body = ast.Module(body=node.body, type_ignores=[])
            context = _own_constants(body).get("TRANSLATION_CONTEXT")
            if context is None:
                continue
            fields = [
                stmt.target.id
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and "ClassVar" not in ast.unparse(stmt.annotation)
            ]
            named = _text_tuple(node.body, "TRANSLATED_FIELDS")
            if named is None:
                found[node.name] = TextParameters(context)
            else:
                positions = frozenset(fields.index(name) for name in named if name in fields)
                found[node.name] = TextParameters(context, positions, frozenset(named))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            forwarded = _forwarded(node, found)
            if forwarded is not None:
                found[node.name] = forwarded
    return found


def _forwarded(function: ast.FunctionDef, classes: dict[str, TextParameters]) -> TextParameters | None:
    """The function's parameters that reach a text of a translated class."""
    params = [arg.arg for arg in function.args.args]
    for call in ast.walk(function):
        if not isinstance(call, ast.Call) or _dotted(call.func) not in classes:
            continue
        target = classes[_dotted(call.func)]
        passed = [
            arg.id
            for index, arg in enumerate(call.args)
            if isinstance(arg, ast.Name) and (target.positions is None or index in target.positions)
        ] + [
            kw.value.id
            for kw in call.keywords
            if isinstance(kw.value, ast.Name) and (target.positions is None or kw.arg in target.names)
        ]
        names = [name for name in passed if name in params]
        if names:
            return TextParameters(target.context, frozenset(params.index(n) for n in names), frozenset(names))
    return None


def _text_tuple(body: list[ast.stmt], name: str) -> tuple[str, ...] | None:
    for stmt in body:
        target, value = None, None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            target, value = stmt.target, stmt.value
        if isinstance(target, ast.Name) and target.id == name and isinstance(value, ast.Tuple):
            return tuple(
                e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            )
    return None


def noop_aliases(tree: ast.Module) -> frozenset[str]:
    """Module-level ``_N = QT_TRANSLATE_NOOP``: lupdate knows only the name itself."""
    return frozenset(
        stmt.targets[0].id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and _dotted(stmt.value) == "QT_TRANSLATE_NOOP"
    )


def _keyword(call: ast.Call, name: str | None) -> ast.expr | None:
    return next((kw.value for kw in call.keywords if kw.arg == name), None)


def _has_count(call: ast.Call, index: int, name: str | None) -> bool:
    given = call.args[index] if len(call.args) > index else _keyword(call, name)
    return given is not None and not (isinstance(given, ast.Constant) and given.value is None)


def _text_of(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _context_of(call: ast.Call, constants: dict[str, str], default: str) -> str | None:
    given = _keyword(call, "context")
    if given is None and len(call.args) > 3:
        given = call.args[3]
    return default if given is None else _text_of(given, constants)


def _wrap(node: ast.expr, context: str, *, counted: bool) -> list[Edit]:
    """``"text"`` -> ``QT_TRANSLATE_NOOP("ctx", "text")``, or a numerus translate call; nothing
    for a text without a word of its own."""
    if isinstance(node, ast.Constant) and not any(c.isalpha() for c in _PLACEHOLDER.sub("", str(node.value))):
        return []  # placeholders, digits and signs only ("{problem}", "2021-01"): nothing to translate
    opening = (TRANSLATE if counted else NOOP) + b"(" + _quoted(context) + b", "
    closing = b", None, 1)" if counted else b")"
    end_line = (node.end_lineno or node.lineno) - 1
    return [(node.lineno - 1, node.col_offset, 0, opening), (end_line, node.end_col_offset or 0, 0, closing)]


def _quoted(text: str) -> bytes:
    return ('"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"').encode()


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
