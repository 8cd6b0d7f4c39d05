"""Which data files ship with the app, for both ways of shipping it: the PyInstaller bundle
(``campaign-studio.spec``) and the wheel and sdist (``wheel_backend.py``, with the helpers
here that add files to those archives). The app finds them through ``app/resources.py``.

Shipped: everything under ``resources/`` but what only the repository needs, and every
``translations/*.ts`` compiled to ``.qm`` with Qt's lrelease (compiled files are never
committed). Standard library only: the wheel's build runs it before anything is installed.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Only the repository needs these: screenshots for the documentation, the script that makes
# the caniemail extract (the extract and its licence ship).
LEFT_OUT_FOLDERS = frozenset({"screenshots", "__pycache__"})
LEFT_OUT_FILES = frozenset({"make_extract.py"})


def runtime_resources(root: Path = ROOT) -> list[Path]:
    """The files under ``root/resources`` the app reads at run time, sorted."""
    found = []
    for path in sorted((root / "resources").rglob("*")):
        relative = path.relative_to(root / "resources")
        if (
            path.is_file()
            and not LEFT_OUT_FOLDERS.intersection(relative.parts[:-1])
            and (path.name not in LEFT_OUT_FILES)
        ):
            found.append(path)
    return found


def lrelease() -> str | None:
    """Qt's lrelease: PySide6's (in this environment or a build environment), else on PATH."""
    names = ("pyside6-lrelease", "lrelease")
    candidates = [Path(sys.executable).parent / name for name in names]
    scripts = sysconfig.get_path("scripts")
    if scripts:
        candidates += [Path(scripts) / name for name in names]
    pyside = importlib.util.find_spec("PySide6")  # found, not imported
    if pyside is not None and pyside.origin:
        binary = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        candidates.append(Path(pyside.origin).parent / binary)
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return next(filter(None, map(shutil.which, names)), None)


def compile_translations(out_dir: Path, root: Path = ROOT) -> list[Path]:
    """Compile every ``root/translations/*.ts`` into ``out_dir``; the .qm files made.
    Raises RuntimeError when lrelease cannot be found: an app without its translations
    would show English to everyone."""
    sources = sorted((root / "translations").glob("*.ts"))
    if not sources:
        return []
    tool = lrelease()
    if tool is None:
        raise RuntimeError("Qt's lrelease (part of PySide6) was not found: the translations cannot be built")
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sources:
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def add_to_wheel(wheel: Path, files: dict[str, Path]) -> None:
    """Add ``files`` (name in the wheel: file on disk) to ``wheel``, recorded in its RECORD."""
    rewritten = wheel.with_suffix(".tmp")
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(rewritten, "w", zipfile.ZIP_DEFLATED) as target:
        record_name = next(n for n in source.namelist() if n.endswith(".dist-info/RECORD"))
        rows = [row for row in csv.reader(io.StringIO(source.read(record_name).decode("utf-8"))) if row]
        rows = [row for row in rows if row[0] != record_name and row[0] not in files]
        for info in source.infolist():
            if info.filename != record_name and info.filename not in files:
                target.writestr(info, source.read(info.filename))
        for arcname, path in sorted(files.items()):
            data = path.read_bytes()
            entry = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
            target.writestr(entry, data, zipfile.ZIP_DEFLATED)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
            rows.append([arcname, f"sha256={digest}", str(len(data))])
        rows.append([record_name, "", ""])
        record = io.StringIO()
        csv.writer(record, lineterminator="\n").writerows(rows)
        target.writestr(record_name, record.getvalue())
    os.replace(rewritten, wheel)


def add_to_sdist(sdist: Path, files: dict[str, Path]) -> None:
    """Add ``files`` (path in the source tree: file on disk) under the sdist's top folder."""
    rewritten = sdist.with_suffix(".tmp")
    with (
        tarfile.open(sdist, "r:gz") as source,
        tarfile.open(rewritten, "w:gz", format=tarfile.PAX_FORMAT) as target,
    ):
        members = source.getmembers()
        top = members[0].name.split("/", 1)[0]
        present = {member.name for member in members}
        for member in members:
            target.addfile(member, source.extractfile(member) if member.isfile() else None)
        for relative, path in sorted(files.items()):
            if f"{top}/{relative}" not in present:
                target.add(path, arcname=f"{top}/{relative}", recursive=False)
    shutil.move(rewritten, sdist)
