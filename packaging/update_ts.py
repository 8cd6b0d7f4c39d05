"""Refresh ``translations/*.ts`` from the code with pyside6-lupdate (``make ts``).

lupdate knows ``self.tr()``, ``QCoreApplication.translate("Context", ...)`` and
``QT_TRANSLATE_NOOP``. It does not know our shorthands (``def _t(text): return
QCoreApplication.translate("MainWindow", text)`` and ``t = QCoreApplication.translate``
in a function), and it files a
``QT_TRANSLATE_NOOP("Ctx", "%Ln draft(s)")`` as a plain message although ``plural()``
translates it with a count. So this script copies ``app/`` to a temporary folder, spells
those calls out in place (same lines and files, so the locations in the .ts stay right)
and runs lupdate there.

Domain code is Qt-free and marks its texts its own way (``Sentence("...")``,
``translatable``): :mod:`domain_marks` shows them to lupdate too.

``python packaging/update_ts.py [LANG ...]`` refreshes every existing .ts and creates one
for each LANG given (default when there is none yet: ru).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from the checkout

from app.i18n_build import qt_tool  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling, when imported by a test
from domain_marks import domain_marks  # noqa: E402

TS_DIR = ROOT / "translations"
PREFIX = "campaign_studio_"
DEFAULT_LANGS = ("ru",)
TRANSLATE = b"QCoreApplication.translate"
NESTED = -1  # a table's item: the values of the dicts that are its values
CONTEXT_FIRST = frozenset({"QCoreApplication.translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"})


@dataclass
class Module:
    """What one module of ``app/`` offers to the calls of the others."""

    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)  # NAME = "text" at module level
    shorthands: dict[str, str] = field(default_factory=dict)  # function name: its context
    modules: dict[str, str] = field(default_factory=dict)  # local name: dotted module it binds
    tables: dict[str, ast.Dict | ast.Tuple | ast.List] = field(
        default_factory=dict
    )  # {k: "text"}, (("k", "text"),)
    imported: dict[str, tuple[str, str]] = field(default_factory=dict)  # local: (module, name)
    table_contexts: dict[tuple[str, int | None], str] = field(default_factory=dict)  # (table, item): context


def module_name(relative: Path) -> str:
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def scan(tree: ast.Module) -> Module:
    """The module's own string constants and module imports (shorthands come later)."""
    module = Module(tree)
    for node in tree.body:
        target, value = _assigned(node)
        if target is not None and isinstance(value, ast.Constant) and isinstance(value.value, str):
            module.constants[target] = value.value
        elif target is not None and isinstance(value, ast.Dict | ast.Tuple | ast.List):
            module.tables[target] = value
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    module.modules[alias.asname] = alias.name
    return module


def link(modules: dict[str, Module]) -> None:
    """Resolve imported constants, imported modules and shorthands across ``modules``."""
    for module in modules.values():
        for node in module.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    name = alias.asname or alias.name
                    dotted = f"{node.module}.{alias.name}"
                    module.imported[name] = (node.module, alias.name)
                    if dotted in modules:
                        module.modules[name] = dotted
                    elif node.module in modules and alias.name in modules[node.module].constants:
                        module.constants.setdefault(name, modules[node.module].constants[alias.name])
    for module in modules.values():
        module.shorthands.update(shorthand_contexts(module.tree, module.constants))
    for module in modules.values():
        for node in module.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in modules and node.level == 0:
                source = modules[node.module]
                for alias in node.names:
                    if alias.name in source.shorthands:
                        module.shorthands[alias.asname or alias.name] = source.shorthands[alias.name]
        for local, dotted in module.modules.items():
            linked = modules.get(dotted)
            for name, context in (linked.shorthands if linked else {}).items():
                module.shorthands.setdefault(f"{local}.{name}", context)
    for module in modules.values():
        for table, item, context in looked_up_tables(module):
            owner: Module | None = module
            name = table
            if "." in table:  # texts.ENCODINGS, texts an imported module
                local, name = table.rsplit(".", 1)
                owner = modules.get(module.modules.get(local, ""))
            elif table not in module.tables and table in module.imported:
                dotted, name = module.imported[table]
                owner = modules.get(dotted)
            if owner is not None and name in owner.tables:
                owner.table_contexts.setdefault((name, item), context)


def looked_up_tables(module: Module) -> list[tuple[str, int | None, str]]:
    """(table, item, context) of each translation whose text comes from a table: looked up
    (``t(_PHASES[phase])``, ``translate("Ctx", LABELS.get(key, key))``), through a variable of
    the same function (``label = _LABELS.get(key)``, then ``t(label)``) or a loop over it
    (``for name, label in ENCODINGS: t(label)``: item 1 of each pair; None for a dict's values)."""
    found: list[tuple[str, int | None, str]] = []
    scopes = [
        module.tree,
        *(n for n in ast.walk(module.tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)),
    ]
    for scope in scopes:
        bound: dict[str, tuple[str, int | None]] = {}  # variable: the table (and item) it holds
        for node in ast.walk(scope):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
            ):
                table = _table_of(node.value)
                if table:
                    bound[node.targets[0].id] = (table, None)
            elif isinstance(node, ast.For | ast.comprehension):
                bound.update(_loop_bindings(node.target, node.iter))
        for node in ast.walk(scope):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _dotted(node.func)
            if name in module.shorthands:
                context: str | None = module.shorthands[name]
                text = node.args[0]
            elif name == "QCoreApplication.translate" and len(node.args) >= 2:
                context, text = _context_arg(node.args[0], module.constants), node.args[1]
            else:
                continue
            source = bound.get(text.id) if isinstance(text, ast.Name) else None
            if source is None:
                table = _table_of(text)
                source = (table, None) if table else None
            if source is not None and source[0] in bound and bound[source[0]][1] is None:
                source = (bound[source[0]][0], NESTED)  # names = _NAMES.get(key, {}); names[value]
            if context is not None and source is not None:
                found.append((*source, context))
    return found


def _loop_bindings(target: ast.expr, iterated: ast.expr) -> dict[str, tuple[str, int | None]]:
    """``for k, text in TABLE`` -> {text: (TABLE, 1)}; ``.items()`` and ``.values()`` give a
    dict's values (None)."""
    method = None
    if isinstance(iterated, ast.Call) and isinstance(iterated.func, ast.Attribute) and not iterated.args:
        method, iterated = iterated.func.attr, iterated.func.value
    table = _dotted(iterated)
    if not table or method not in (None, "items", "values"):
        return {}
    if method == "values" and isinstance(target, ast.Name):
        return {target.id: (table, None)}
    if not isinstance(target, ast.Tuple):
        return {}
    found: dict[str, tuple[str, int | None]] = {}
    for index, element in enumerate(target.elts):
        if isinstance(element, ast.Name):
            if method == "items":
                if index == 1:
                    found[element.id] = (table, None)
            else:
                found[element.id] = (table, index)
    return found


def _table_of(text: ast.expr) -> str | None:
    """``TABLE`` of ``TABLE[key]``, ``TABLE.get(key, ...)`` or ``str()`` of either."""
    while isinstance(text, ast.Call) and _dotted(text.func) == "str" and len(text.args) == 1:
        text = text.args[0]
    if isinstance(text, ast.Subscript) and isinstance(text.value, ast.Name):
        return text.value.id
    if isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute) and text.func.attr == "get":
        return _dotted(text.func.value) or None
    return None


def table_marks(module: Module) -> list[tuple[int, int, int, bytes]]:
    """The literal texts of the tables translations take texts from, each wrapped in a call
    lupdate reads (numerus when it holds %n)."""
    edits: list[tuple[int, int, int, bytes]] = []
    for (name, item), context in module.table_contexts.items():
        for value in _table_texts(module.tables[name], item):
            counted = _is_counted(value)
            opening = (TRANSLATE if counted else b"QT_TRANSLATE_NOOP") + b"(" + _literal(context) + b", "
            closing = b", None, 1)" if counted else b")"
            edits.append((value.lineno - 1, value.col_offset, 0, opening))
            edits.append(((value.end_lineno or value.lineno) - 1, value.end_col_offset or 0, 0, closing))
    return edits


def _table_texts(table: ast.Dict | ast.Tuple | ast.List, item: int | None) -> list[ast.Constant]:
    """A dict's values (item None) or item ``item`` of each row of a sequence; literal texts
    only (a call is marked already)."""
    if isinstance(table, ast.Dict) and item == NESTED:
        values = [value for inner in table.values if isinstance(inner, ast.Dict) for value in inner.values]
    elif isinstance(table, ast.Dict):
        values = list(table.values) if item is None else []
    else:
        rows = [row for row in table.elts if isinstance(row, ast.Tuple | ast.List)]
        values = [row.elts[item] for row in rows if item is not None and item < len(row.elts)]
    return [value for value in values if isinstance(value, ast.Constant) and isinstance(value.value, str)]


def shorthand_contexts(tree: ast.Module, constants: dict[str, str] | None = None) -> dict[str, str]:
    """Module-level ``def f(text): return QCoreApplication.translate("Ctx", text)``: {f: Ctx}.

    The context may also be a module constant (``CONTEXT: Final = "Ctx"``)."""
    constants = constants or {}
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [stmt for stmt in node.body if not _is_docstring(stmt)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (
            isinstance(call, ast.Call)
            and _dotted(call.func) == "QCoreApplication.translate"
            and len(call.args) == 2
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            context = _context_arg(call.args[0], constants)
            if context is not None:
                found[node.name] = context
    return found


def translate_aliases(tree: ast.Module) -> list[tuple[ast.AST, str]]:
    """Each ``name = QCoreApplication.translate`` with the scope (function or module) it binds in."""
    found: list[tuple[ast.AST, str]] = []
    for scope in ast.walk(tree):
        if not isinstance(scope, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for stmt in scope.body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and _dotted(stmt.value) == "QCoreApplication.translate"
            ):
                found.append((scope, stmt.targets[0].id))
    return found


def rewrite(source: bytes, module: Module | None = None) -> bytes:
    """The same module with shorthand calls, constant contexts and counted NOOPs written out
    for lupdate (``module``: what :func:`link` found; without it, only the module's own)."""
    tree = ast.parse(source)
    if module is None:
        module = scan(tree)
        module.shorthands = shorthand_contexts(tree, module.constants)
    contexts = module.shorthands
    lines = source.splitlines(keepends=True)
    # (line index, byte column, bytes to remove, bytes to insert); applied right to left
    edits: list[tuple[int, int, int, bytes]] = []
    aliases = {alias for _, alias in translate_aliases(tree)}
    for scope, alias in translate_aliases(tree):
        for node in ast.walk(scope):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == alias:
                edits.append((node.func.lineno - 1, node.func.col_offset, len(alias), TRANSLATE))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _dotted(node.func)
        first = node.args[0]
        if name in contexts and isinstance(first, ast.Name) and first.id in module.constants:
            edits.append(_spelled_constant(first, module.constants))  # tr(SERVER_NOTE)
            first = ast.Constant(module.constants[first.id])
        if name == "QCoreApplication.translate" and len(node.args) >= 2:
            text = node.args[1]
            if isinstance(text, ast.Name) and text.id in module.constants:
                edits.append(_spelled_constant(text, module.constants))  # translate("Ctx", NOTE)
        if name in contexts and _is_text(first):
            func = node.func
            context = _literal(contexts[name])
            edits.append((func.lineno - 1, func.col_offset, len(name), TRANSLATE))
            line = lines[func.lineno - 1]
            paren = line.index(b"(", func.end_col_offset or 0)
            edits.append((func.lineno - 1, paren + 1, 0, context + b", "))
            continue
        if name in CONTEXT_FIRST and not _is_text(first) and first.lineno == first.end_lineno:
            context_text = _context_arg(first, module.constants)
            if context_text is not None:
                width = len(_dotted(first))
                edits.append((first.lineno - 1, first.col_offset, width, _literal(context_text)))
        if (name == "QCoreApplication.translate" or name in aliases) and len(node.args) == 4:
            edits += _counted_translate(node)
        if name == "QT_TRANSLATE_NOOP" and len(node.args) == 2 and _is_counted(node.args[1]):
            func = node.func
            last = node.args[-1]
            edits.append((func.lineno - 1, func.col_offset, len(name), TRANSLATE))
            edits.append(((last.end_lineno or last.lineno) - 1, last.end_col_offset or 0, 0, b", None, 1"))
    edits += domain_marks(tree)
    edits += table_marks(module)
    for index, column, removed, inserted in sorted(set(edits), reverse=True):
        line = lines[index]
        lines[index] = line[:column] + inserted + line[column + removed :]
    return b"".join(lines)


def _assigned(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id, node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return node.target.id, node.value
    return None, None


def _context_arg(node: ast.expr, constants: dict[str, str]) -> str | None:
    """A context given as a literal or as a module constant's name."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _counted_translate(call: ast.Call) -> list[tuple[int, int, int, bytes]]:
    """lupdate files ``translate(ctx, "%n ...", "", count)`` as a plain message: it takes the
    count only as a number literal after ``None``. Both are spelled so on the same line."""
    _, text, disambiguation, count = call.args
    if not _is_counted(text) or count.lineno != count.end_lineno:
        return []
    edits = []
    if isinstance(disambiguation, ast.Constant) and disambiguation.value == "":
        width = (disambiguation.end_col_offset or 0) - disambiguation.col_offset
        edits.append((disambiguation.lineno - 1, disambiguation.col_offset, width, b"None"))
    if not (isinstance(count, ast.Constant) and isinstance(count.value, int)):
        width = (count.end_col_offset or 0) - count.col_offset
        edits.append((count.lineno - 1, count.col_offset, width, b"1"))
    return edits


def _spelled_constant(name: ast.Name, constants: dict[str, str]) -> tuple[int, int, int, bytes]:
    """The edit writing a module constant's text where its name is passed to a translation."""
    return (name.lineno - 1, name.col_offset, len(name.id), _literal(constants[name.id]))


def _literal(text: str) -> bytes:
    return json.dumps(text, ensure_ascii=False).encode()


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_counted(node: ast.expr) -> bool:
    text = node.value if isinstance(node, ast.Constant) else None
    return isinstance(text, str) and "%n" in text.replace("%L", "%")


def write_sources(package: Path, work: Path) -> list[str]:
    """``package`` copied under ``work`` with the calls spelled out; the copies' relative paths."""
    root = package.parent
    paths = sorted(package.rglob("*.py"))
    sources = {path: path.read_bytes() for path in paths}
    modules = {module_name(path.relative_to(root)): scan(ast.parse(sources[path])) for path in paths}
    link(modules)
    written: list[str] = []
    for path in paths:
        relative = path.relative_to(root)
        copy = work / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(rewrite(sources[path], modules[module_name(relative)]))
        written.append(str(relative))
    return written


def lupdate() -> str:
    tool = qt_tool("pyside6-lupdate", "lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found: install the project's dependencies first")
    return tool


def refresh(targets: dict[str, Path], destination: Path, package: Path = ROOT / "app") -> list[Path]:
    """lupdate over ``package`` into each of ``targets`` ({file name: current .ts, which may
    not exist yet}); the refreshed files are written to ``destination``, not over the targets
    (tests refresh a temporary copy). Returns the written paths."""
    with tempfile.TemporaryDirectory(prefix="campaign-studio-ts-") as tmp:
        work = Path(tmp)
        sources = write_sources(package, work)
        (work / "translations").mkdir()
        for name, path in targets.items():
            if path.exists():
                shutil.copyfile(path, work / "translations" / name)
        ts_files = [f"translations/{name}" for name in sorted(targets)]
        (work / "sources.lst").write_text("\n".join(sources) + "\n", encoding="utf-8")
        subprocess.run(
            [lupdate(), "-locations", "relative", "-source-language", "en", "@sources.lst", "-ts", *ts_files],
            cwd=work,
            check=True,
            capture_output=destination != TS_DIR,  # quiet in tests; `make ts` shows its counts
        )
        destination.mkdir(parents=True, exist_ok=True)
        written = [destination / name for name in sorted(targets)]
        for path in written:
            shutil.copyfile(work / "translations" / path.name, path)
    return written


def main(argv: list[str]) -> int:
    targets = {path.name: path for path in TS_DIR.glob(f"{PREFIX}*.ts")}
    wanted = argv or ([] if targets else list(DEFAULT_LANGS))
    for lang in wanted:
        targets.setdefault(f"{PREFIX}{lang}.ts", TS_DIR / f"{PREFIX}{lang}.ts")
    refresh(targets, TS_DIR)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
