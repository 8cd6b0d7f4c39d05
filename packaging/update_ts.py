"""Refresh ``translations/*.ts`` from the code with pyside6-lupdate (``make ts``).

lupdate knows ``self.tr()``, ``QCoreApplication.translate("Context", ...)`` and
``QT_TRANSLATE_NOOP``. It does not know our shorthands (``def _t(text): return
QCoreApplication.translate("MainWindow", text)`` and ``t = QCoreApplication.translate``
in a function), and it files a
``QT_TRANSLATE_NOOP("Ctx", "%Ln draft(s)")`` as a plain message although ``plural()``
translates it with a count; nor does it follow a shorthand imported from another module,
a context or text given as a module constant, ``translate(ctx, "%n ...", "", n)`` (filed
without plural forms), or a text taken from a table (``t(_PHASES[phase])``, ``for name,
label in ENCODINGS: t(label)``; :mod:`ts_scan` finds them). So this script copies ``app/``
to a temporary folder, spells those calls out in place (same lines and files, so the
locations in the .ts stay right) and runs lupdate there.

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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from the checkout

from app.i18n_build import qt_tool  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling, when imported by a test
from domain_marks import domain_marks  # noqa: E402
from ts_scan import (  # noqa: E402
    NESTED,
    Module,
    context_arg,
    dotted,
    is_counted,
    is_text,
    link,
    module_name,
    scan,
    shorthand_contexts,
    translate_aliases,
)

TS_DIR = ROOT / "translations"
PREFIX = "campaign_studio_"
DEFAULT_LANGS = ("ru",)
TRANSLATE = b"QCoreApplication.translate"
CONTEXT_FIRST = frozenset({"QCoreApplication.translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"})


def table_marks(module: Module) -> list[tuple[int, int, int, bytes]]:
    """The literal texts of the tables translations take texts from, each wrapped in a call
    lupdate reads (numerus when it holds %n)."""
    edits: list[tuple[int, int, int, bytes]] = []
    for (name, item), context in module.table_contexts.items():
        for value in _table_texts(module.tables[name], item):
            counted = is_counted(value)
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
        name = dotted(node.func)
        first = node.args[0]
        if name in contexts and isinstance(first, ast.Name) and first.id in module.constants:
            edits.append(_spelled_constant(first, module.constants))  # tr(SERVER_NOTE)
            first = ast.Constant(module.constants[first.id])
        if name == "QCoreApplication.translate" and len(node.args) >= 2:
            text = node.args[1]
            if isinstance(text, ast.Name) and text.id in module.constants:
                edits.append(_spelled_constant(text, module.constants))  # translate("Ctx", NOTE)
        if name in contexts and is_text(first):
            func = node.func
            context = _literal(contexts[name])
            edits.append((func.lineno - 1, func.col_offset, len(name), TRANSLATE))
            line = lines[func.lineno - 1]
            paren = line.index(b"(", func.end_col_offset or 0)
            edits.append((func.lineno - 1, paren + 1, 0, context + b", "))
            continue
        if name in CONTEXT_FIRST and not is_text(first) and first.lineno == first.end_lineno:
            context_text = context_arg(first, module.constants)
            if context_text is not None:
                width = len(dotted(first))
                edits.append((first.lineno - 1, first.col_offset, width, _literal(context_text)))
        if (name == "QCoreApplication.translate" or name in aliases) and len(node.args) == 4:
            edits += _counted_translate(node)
        if name == "QT_TRANSLATE_NOOP" and len(node.args) == 2 and is_counted(node.args[1]):
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


def _counted_translate(call: ast.Call) -> list[tuple[int, int, int, bytes]]:
    """lupdate files ``translate(ctx, "%n ...", "", count)`` as a plain message: it takes the
    count only as a number literal after ``None``. Both are spelled so on the same line."""
    _, text, disambiguation, count = call.args
    if not is_counted(text) or count.lineno != count.end_lineno:
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
