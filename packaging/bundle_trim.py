"""Leaving a Qt plugin out of the bundle, with the libraries that only it needs.

PyInstaller's PySide6 hook collects every plugin of a kept Qt module, and with each plugin the
system libraries it links: the CUPS print plugin alone brings libcups, GnuTLS and eleven more
(7.6 MB) into an app that never prints. Filtering the plugin out of ``a.binaries`` in the spec
leaves those libraries behind, so this module finds them: the libraries reachable (through
their ``NEEDED`` entries, read with objdump, which PyInstaller needs on Linux anyway) from the
dropped entries and from none of the kept roots. A root is an entry no other entry needs: an
extension module, a plugin, libpython, a library loaded with dlopen (NSS's modules); so
nothing the app may load by name is removed. Standard library only (the spec imports it).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import PurePath

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: name in the bundle, source, type code


def needed_libraries(path: str) -> list[str]:
    """The ``NEEDED`` sonames of an ELF file (empty when it is none, or objdump is missing)."""
    tool = shutil.which("objdump")
    if tool is None:
        return []
    result = subprocess.run([tool, "-p", path], capture_output=True, text=True, check=False)
    return [line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")]


def left_out(
    binaries: Iterable[Entry],
    drop: Callable[[str], bool],
    needs: Callable[[str], list[str]] = needed_libraries,
) -> set[str]:
    """Names (in the bundle) of the entries to leave out: those ``drop`` says, the libraries
    only they need, and symbolic links to any of them."""
    entries = list(binaries)
    files = [entry for entry in entries if entry[2] != "SYMLINK"]
    by_soname = {PurePath(name).name: name for name, _, _ in files}
    links = {name: [by_soname[lib] for lib in needs(source) if lib in by_soname] for name, source, _ in files}
    needed = {lib for libs in links.values() for lib in libs}
    dropped = {name for name, _, _ in files if drop(name)}
    roots = set(links) - needed - dropped

    def reachable(starts: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(starts)
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(links.get(name, []))
        return seen

    gone = dropped | (reachable(dropped) - reachable(roots))
    gone |= {name for name, target, code in entries if code == "SYMLINK" and (target in gone or drop(name))}
    return gone
