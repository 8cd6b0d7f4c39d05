"""What the modules of ``app/`` offer the translation calls of one another, for
``update_ts``: string constants, translate shorthands (also imported ones) and the tables a
translation takes its text from (``t(_PHASES[phase])``, ``for name, label in ENCODINGS``)."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

NESTED = -1  # a table's item: the values of the dicts that are its values


@dataclass
class Module:
    """What one module of ``app/`` offers to the calls of the others."""

    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)  # NAME = "text" at module level
    shorthands: dict[str, str] = field(default_factory=dict)  # function name: its context
    modules: dict[str, str] = field(default_factory=dict)  # local name: dotted module it binds
    # NAME = {key: "text"} or (("key", "text"), ...) at module level
    tables: dict[str, ast.Dict | ast.Tuple | ast.List] = field(default_factory=dict)
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
                    qualified = f"{node.module}.{alias.name}"
                    module.imported[name] = (node.module, alias.name)
                    if qualified in modules:
                        module.modules[name] = qualified
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
        for local, qualified in module.modules.items():
            linked = modules.get(qualified)
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
                qualified, name = module.imported[table]
                owner = modules.get(qualified)
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
            name = dotted(node.func)
            if name in module.shorthands:
                context: str | None = module.shorthands[name]
                text = node.args[0]
            elif name == "QCoreApplication.translate" and len(node.args) >= 2:
                context, text = context_arg(node.args[0], module.constants), node.args[1]
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
    table = dotted(iterated)
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
    while isinstance(text, ast.Call) and dotted(text.func) == "str" and len(text.args) == 1:
        text = text.args[0]
    if isinstance(text, ast.Subscript) and isinstance(text.value, ast.Name):
        return text.value.id
    if isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute) and text.func.attr == "get":
        return dotted(text.func.value) or None
    return None


def shorthand_contexts(tree: ast.Module, constants: dict[str, str] | None = None) -> dict[str, str]:
    """Module-level ``def f(text): return QCoreApplication.translate("Ctx", text)``: {f: Ctx}.

    The context may also be a module constant (``CONTEXT: Final = "Ctx"``)."""
    constants = constants or {}
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [stmt for stmt in node.body if not is_docstring(stmt)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (
            isinstance(call, ast.Call)
            and dotted(call.func) == "QCoreApplication.translate"
            and len(call.args) == 2
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            context = context_arg(call.args[0], constants)
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
                and dotted(stmt.value) == "QCoreApplication.translate"
            ):
                found.append((scope, stmt.targets[0].id))
    return found


def _assigned(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id, node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return node.target.id, node.value
    return None, None


def context_arg(node: ast.expr, constants: dict[str, str]) -> str | None:
    """A context given as a literal or as a module constant's name."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    return ""


def is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)


def is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def is_counted(node: ast.expr) -> bool:
    text = node.value if isinstance(node, ast.Constant) else None
    return isinstance(text, str) and "%n" in text.replace("%L", "%")
