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
for each LANG given (default when there is none yet: ru and de).
"""

from __future__ import annotations

import ast
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

TS_DIR = ROOT / "translations"
PREFIX = "campaign_studio_"
DEFAULT_LANGS = ("ru", "de")
TRANSLATE = b"QCoreApplication.translate"


def shorthand_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return QCoreApplication.translate("Ctx", text)``: {f: Ctx}."""
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
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = call.args[0].value
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


def rewrite(source: bytes) -> bytes:
    """The same module with shorthand calls and counted NOOPs written out for lupdate."""
    tree = ast.parse(source)
    contexts = shorthand_contexts(tree)
    lines = source.splitlines(keepends=True)
    # (line index, byte column, bytes to remove, bytes to insert); applied right to left
    edits: list[tuple[int, int, int, bytes]] = []
    for scope, alias in translate_aliases(tree):
        for node in ast.walk(scope):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == alias:
                edits.append((node.func.lineno - 1, node.func.col_offset, len(alias), TRANSLATE))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _dotted(node.func)
        if name in contexts and _is_text(node.args[0]):
            func = node.func
            context = contexts[name].encode()
            edits.append((func.lineno - 1, func.col_offset, len(name), TRANSLATE))
            line = lines[func.lineno - 1]
            paren = line.index(b"(", func.end_col_offset or 0)
            edits.append((func.lineno - 1, paren + 1, 0, b'"' + context + b'", '))
        elif name == "QT_TRANSLATE_NOOP" and len(node.args) == 2 and _is_counted(node.args[1]):
            func = node.func
            last = node.args[-1]
            edits.append((func.lineno - 1, func.col_offset, len(name), TRANSLATE))
            edits.append(((last.end_lineno or last.lineno) - 1, last.end_col_offset or 0, 0, b", None, 1"))
    edits += domain_marks(tree)
    for index, column, removed, inserted in sorted(set(edits), reverse=True):
        line = lines[index]
        lines[index] = line[:column] + inserted + line[column + removed:]
    return b"".join(lines)


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


def lupdate() -> str:
    tool = qt_tool("pyside6-lupdate", "lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found: install the project's dependencies first")
    return tool


def main(argv: list[str]) -> int:
    targets = {path.name: path for path in TS_DIR.glob(f"{PREFIX}*.ts")}
    wanted = argv or ([] if targets else list(DEFAULT_LANGS))
    for lang in wanted:
        targets.setdefault(f"{PREFIX}{lang}.ts", TS_DIR / f"{PREFIX}{lang}.ts")
    with tempfile.TemporaryDirectory(prefix="campaign-studio-ts-") as tmp:
        work = Path(tmp)
        sources: list[str] = []
        for path in sorted((ROOT / "app").rglob("*.py")):
            relative = path.relative_to(ROOT)
            copy = work / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(rewrite(path.read_bytes()))
            sources.append(str(relative))
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
        )
        TS_DIR.mkdir(exist_ok=True)
        for name in sorted(targets):
            shutil.copyfile(work / "translations" / name, TS_DIR / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
