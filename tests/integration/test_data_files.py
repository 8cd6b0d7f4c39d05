"""The app's data files where each way of running it puts them: a checkout, an installed
wheel (``packaging/wheel_backend.py`` adds them inside the package) and the bundle."""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from app import resources

ROOT = Path(__file__).resolve().parents[2]
DIST_INFO = "campaign_studio-0.1.0.dist-info"


def load_data_files() -> ModuleType:
    spec = importlib.util.spec_from_file_location("data_files", ROOT / "packaging" / "data_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


backend = load_data_files()


def sha256(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def make_wheel(folder: Path) -> Path:
    """A small real wheel holding the app's own resolver module, as setuptools writes one."""
    wheel = folder / "campaign_studio-0.1.0-py3-none-any.whl"
    files = {
        "app/__init__.py": b'__version__ = "0.1.0"\n',
        "app/resources.py": (ROOT / "app" / "resources.py").read_bytes(),
        f"{DIST_INFO}/METADATA": b"Metadata-Version: 2.1\nName: campaign-studio\nVersion: 0.1.0\n",
        f"{DIST_INFO}/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n",
    }
    record = "".join(f"{name},{sha256(data)},{len(data)}\n" for name, data in files.items())
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr(f"{DIST_INFO}/RECORD", record + f"{DIST_INFO}/RECORD,,\n")
    return wheel


def test_a_checkout_reads_the_repository_folders():
    assert resources.data_root() == ROOT
    assert resources.resource_path("icons", "campaign-studio.svg").is_file()
    assert resources.translations_dir() == ROOT / "translations"
    assert resources.layout() == "checkout"


def test_the_bundle_reads_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    expected = tmp_path / "resources" / "caniemail" / "features.json"
    assert resources.resource_path("caniemail", "features.json") == expected
    assert resources.translations_dir() == tmp_path / "translations"
    assert resources.layout() == "bundle"


def test_what_ships_leaves_out_what_only_the_repository_needs(tmp_path):
    for name in ("icons/app.svg", "caniemail/features.json", "caniemail/LICENSE", "caniemail/make_extract.py",
                 "screenshots/main-window-ru.png", "screenshots/reports/bar.png"):  # fmt: skip
        (tmp_path / "resources" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "resources" / name).write_text("x")

    shipped = [p.relative_to(tmp_path / "resources").as_posix() for p in backend.runtime_resources(tmp_path)]

    assert shipped == ["caniemail/LICENSE", "caniemail/features.json", "icons/app.svg"]


def test_the_repository_ships_the_icon_and_the_email_client_data_with_its_licence():
    shipped = {p.relative_to(ROOT).as_posix() for p in backend.runtime_resources(ROOT)}

    assert {"resources/icons/campaign-studio.svg", "resources/caniemail/features.json",
            "resources/caniemail/LICENSE"} <= shipped  # fmt: skip
    assert not [name for name in shipped if "screenshots" in name or name.endswith(".py")]


def test_translations_are_compiled_for_every_source(tmp_path):
    made = backend.compile_translations(tmp_path, ROOT)

    assert sorted(qm.name for qm in made) == sorted(
        ts.with_suffix(".qm").name for ts in (ROOT / "translations").glob("*.ts")
    )
    assert all(qm.stat().st_size > 0 for qm in made)


def test_files_added_to_a_wheel_are_recorded_and_found_by_the_installed_resolver(tmp_path):
    wheel = make_wheel(tmp_path)
    icon = ROOT / "resources" / "icons" / "campaign-studio.svg"
    qm = backend.compile_translations(tmp_path / "qm", ROOT)[0]

    backend.add_to_wheel(wheel, {"app/_data/resources/icons/campaign-studio.svg": icon,
                                 f"app/_data/translations/{qm.name}": qm})  # fmt: skip

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        record = list(csv.reader(io.StringIO(archive.read(f"{DIST_INFO}/RECORD").decode())))
        contents = {name: archive.read(name) for name in names}
    recorded = {row[0]: row[1:] for row in record if row}
    assert set(recorded) == set(names)  # every file, once, and nothing else
    for name, data in contents.items():
        if not name.endswith("/RECORD"):
            assert recorded[name] == [sha256(data), str(len(data))], name
    assert contents["app/_data/resources/icons/campaign-studio.svg"] == icon.read_bytes()

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--target", str(target), str(wheel)], check=True)  # fmt: skip
    found = subprocess.run(
        [sys.executable, "-c", "from app.resources import resource_path, translations_dir; "
         f"print(resource_path('icons', 'campaign-studio.svg')); print(translations_dir() / {qm.name!r}); "
         "from app.resources import layout; print(layout())"],
        cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    icon_text, qm_text, where = found.stdout.split()
    icon_path, qm_path = Path(icon_text), Path(qm_text)
    assert where == "wheel"
    assert icon_path == target / "app" / "_data" / "resources" / "icons" / "campaign-studio.svg"
    assert icon_path.read_bytes() == icon.read_bytes()
    assert qm_path.read_bytes() == qm.read_bytes()


@pytest.mark.parametrize("existing", [True, False])
def test_adding_a_file_the_wheel_already_has_replaces_it(tmp_path, existing):
    wheel = make_wheel(tmp_path)
    replacement = tmp_path / "init.py"
    replacement.write_bytes(b"# replaced\n")
    name = "app/__init__.py" if existing else "app/extra.py"

    backend.add_to_wheel(wheel, {name: replacement})

    with zipfile.ZipFile(wheel) as archive:
        assert archive.namelist().count(name) == 1
        assert archive.read(name) == b"# replaced\n"
