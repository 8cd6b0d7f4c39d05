"""Compile ``translations/*.ts`` to ``.qm`` with Qt's lrelease (run by ``make``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.resources import translations_dir


def qt_tool(*names: str) -> str | None:
    """The first of Qt's command-line tools found beside this Python, then on PATH."""
    here = Path(sys.executable).parent
    for name in names:
        candidate = here / name
        if candidate.exists():
            return str(candidate)
        found = shutil.which(name)
        if found:
            return found
    return None


def main() -> int:
    sources = sorted(translations_dir().glob("*.ts"))
    if not sources:
        return 0
    tool = qt_tool("pyside6-lrelease", "lrelease")
    if tool is None:
        print("lrelease not found: the app will run in English", file=sys.stderr)
        return 0
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
