"""Which binaries the bundle leaves out with a dropped Qt plugin (``packaging/bundle_trim.py``):
on a made-up dependency graph, and on PySide6's real plugins read with objdump."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_bundle_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_trim", ROOT / "packaging" / "bundle_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim = load_bundle_trim()

# name in the bundle -> the sonames it links (the source path is the name here)
GRAPH = {
    "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
    "PySide6/Qt/lib/libQt6Gui.so.6": ["libQt6Core.so.6", "libglib-2.0.so.0"],
    "PySide6/Qt/lib/libQt6Core.so.6": [],
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so": ["libQt6Gui.so.6", "libcups.so.2"],
    "libcups.so.2": ["libgnutls.so.30", "libglib-2.0.so.0"],
    "libgnutls.so.30": ["libtasn1.so.6"],
    "libtasn1.so.6": [],
    "libglib-2.0.so.0": [],
    "libsoftokn3.so": ["libtasn1.so.6"],  # needed by nobody: loaded with dlopen, a root
}
SYMLINK = ("libcups.so", "libcups.so.2", "SYMLINK")


def left_out(drop: set[str], graph: dict[str, list[str]] = GRAPH) -> set[str]:
    entries = [(name, name, "BINARY") for name in graph] + [SYMLINK]
    return trim.left_out(entries, lambda name: name in drop, needs=lambda source: graph[source])


def test_a_dropped_plugin_takes_the_libraries_only_it_links():
    gone = left_out({"PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"})

    assert gone == {
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "libcups.so.2",
        "libcups.so",  # the link to it
        "libgnutls.so.30",
    }  # glib stays for Qt Gui; libtasn1 for the library loaded with dlopen


def test_nothing_dropped_leaves_everything_in():
    assert left_out(set()) == set()


def test_a_library_something_kept_also_links_stays():
    graph = dict(GRAPH, **{"PySide6/QtCups.abi3.so": ["libcups.so.2"]})

    gone = left_out({"PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"}, graph)

    assert gone == {"PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"}


@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) is not installed")
def test_real_plugins_are_read_with_objdump():
    pyside = importlib.util.find_spec("PySide6")
    assert pyside is not None and pyside.origin is not None
    qt = Path(pyside.origin).parent / "Qt"
    cups = qt / "plugins" / "printsupport" / "libcupsprintersupport.so"
    xcb = qt / "plugins" / "platforms" / "libqxcb.so"
    if not cups.exists() or not xcb.exists():
        pytest.skip("this PySide6 has no CUPS or XCB plugin (not Linux)")

    assert {"libcups.so.2", "libQt6PrintSupport.so.6"} <= set(trim.needed_libraries(str(cups)))
    assert "libQt6XcbQpa.so.6" in trim.needed_libraries(str(xcb))
    assert trim.needed_libraries(str(ROOT / "pyproject.toml")) == []  # not an ELF file
