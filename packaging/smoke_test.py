"""Smoke test of the frozen app (``make smoke`` after ``make package``).

Runs the one-folder build the way a user and the app itself do, and checks what a frozen
build tends to lose: modules imported by name (keyring backends, uvicorn's protocols),
data files (translations, icons, cron descriptions, QtWebEngine's helper and resources) and
the ``sandbox`` sub-command the app starts as a child of itself; ``--self-test`` runs first.
Standard library only (PyInstaller, when installed, to list the bundled modules):
``python packaging/smoke_test.py [dist/campaign-studio/campaign-studio]``.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BINARY = ROOT / "dist" / "campaign-studio" / "campaign-studio"
READY_LINE = "CAMPAIGN_STUDIO_READY"  # app/shell.py
SANDBOX_READY = "SANDBOX READY"  # app/sandbox/process_lines.py
SECRET_ENV = "CAMPAIGN_STUDIO_SANDBOX_SECRET"  # app/sandbox/settings.py  # noqa: S105
KEYRING_PLUGINS = ("KWallet", "SecretService", "chainer", "libsecret")
KEYRING_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "secretstorage",
    "jeepney",
)
SERVER_MODULES = (
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.lifespan.off",
    "uvicorn.loops.asyncio",
    "starlette.routing",
    "python_multipart",
    "croniter",
    "cron_descriptor",
    "orjson",
)
START_TIMEOUT = 60.0


class SmokeFailure(AssertionError):
    pass


class Child:
    """A process of the frozen app whose stdout and stderr are read line by line on threads."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
            encoding="utf-8", errors="replace",
        )  # fmt: skip
        self.lines: queue.Queue[tuple[str, str]] = queue.Queue()
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        for name, stream, sink in (
            ("out", self.process.stdout, self.stdout),
            ("err", self.process.stderr, self.stderr),
        ):
            threading.Thread(target=self._pump, args=(name, stream, sink), daemon=True).start()

    def _pump(self, name: str, stream: object, sink: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            sink.append(line.rstrip("\n"))
            self.lines.put((name, line.rstrip("\n")))

    def wait_for(self, stream: str, pattern: str, timeout: float) -> re.Match[str]:
        """The first line of `stream` (so far or within `timeout`) matching `pattern`."""
        for line in list(self.stdout if stream == "out" else self.stderr):
            match = re.search(pattern, line)
            if match:
                return match
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                name, line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            match = re.search(pattern, line)
            if name == stream and match:
                return match
        raise SmokeFailure(
            f"no line matching {pattern!r} on std{stream} within {timeout:.0f} s; "
            f"exit code {self.process.poll()}; last stderr:\n" + "\n".join(self.stderr[-30:])
        )

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        assert self.process.stdin is not None
        self.process.stdin.close()
        return self.process.returncode


# What the bundle must hold besides Python modules (paths below _internal/).
WANTED_FILES = (
    "resources/icons/campaign-studio.svg",
    "resources/caniemail/features.json",
    "resources/caniemail/LICENSE",  # the data set's licence travels with it
    "cron_descriptor/locale/ru_RU.mo",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    # the desktops' window systems (X11, Wayland), and headless
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    # the preview: QtWebEngine's helper process, its resources and Chromium's strings
    "PySide6/Qt/libexec/QtWebEngineProcess",
    "PySide6/Qt/resources/qtwebengine_resources.pak",
    "PySide6/Qt/resources/icudtl.dat",
    "PySide6/Qt/resources/v8_context_snapshot.bin",
    "PySide6/Qt/translations/qtwebengine_locales/en-US.pak",
    "PySide6/Qt/translations/qtwebengine_locales/ru.pak",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt6Charts.so.6",  # the report pane's chart
    "PySide6/Qt/translations/qtbase_ru.qm",
)
# What must not be there: Qt modules the app never uses, QML modules (only QtWebEngineQuick
# would load one), plugins for printing and embedded displays, Chromium's developer tools,
# catalogues of languages the interface does not offer, and what only the repository needs.
UNWANTED_GLOBS = (
    "PySide6/Qt/lib/libQt63D*",
    "PySide6/Qt/lib/libQt6Multimedia*",
    "PySide6/Qt/lib/libQt6Quick3D*",
    "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*",
    "PySide6/Qt/lib/libQt6Designer*",
    "PySide6/Qt/qml",
    "PySide6/Qt/resources/qtwebengine_devtools_resources.pak",
    # plugins of what the app never does (printing, embedded displays) and what only they link
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "libcups.so.2",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/egldeviceintegrations",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration*",
    # Qt's and Chromium's catalogues of languages the interface is not translated into
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtwebengine_locales/de.pak",
    "resources/screenshots",
    "resources/caniemail/make_extract.py",
    "translations/*.ts",
)


def check_bundle(binary: Path) -> list[str]:
    """What must be inside the folder (modules imported by name, data files, QtWebEngine), and
    what must not (unused Qt modules)."""
    internal = binary.parent / "_internal"
    notes: list[str] = []
    modules = bundled_modules(binary)
    if modules is None:
        notes.append("note: PyInstaller is not installed here: the module archive was not inspected")
    else:
        missing = [name for name in (*KEYRING_MODULES, *SERVER_MODULES) if name not in modules]
        if missing:
            raise SmokeFailure(f"modules missing from the bundle: {', '.join(missing)}")
        notes.append(f"bundle: {len(modules)} Python modules, keyring backends and server modules among them")
    entry_points = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    if not entry_points or "keyring.backends" not in entry_points[0].read_text(encoding="utf-8"):
        raise SmokeFailure("keyring's package metadata (its backends' entry points) is not in the bundle")
    wanted = [internal / name for name in WANTED_FILES]
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        wanted.append(internal / "translations" / ts.with_suffix(".qm").name)
    absent = [str(path.relative_to(binary.parent)) for path in wanted if not path.exists()]
    if absent:
        raise SmokeFailure(f"files missing from the bundle: {', '.join(absent)}")
    unwanted = sorted(
        str(path.relative_to(internal)) for pattern in UNWANTED_GLOBS for path in internal.glob(pattern)
    )
    if unwanted:
        raise SmokeFailure(f"unused files in the bundle: {', '.join(unwanted[:10])}")
    notes.append(
        "bundle: QtWebEngine with its helper and resources, QtCharts, keyring's entry points, "
        "translations, resources, cron descriptions; no unused Qt modules"
    )
    files = sorted(
        (p for p in internal.rglob("*") if p.is_file() and not p.is_symlink()),
        key=lambda p: p.stat().st_size,
        reverse=True,
    )
    notes.append(
        "size: the biggest files (MB): "
        + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.0f}" for p in files[:6])
    )
    return notes


def check_self_test(binary: Path, env: dict[str, str]) -> list[str]:
    """``campaign-studio --self-test``: one line, exit code 0, data files read from the bundle
    (app/resources.py found them in the bundle's folder, not in a checkout it was built from)."""
    result = subprocess.run(
        [str(binary), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=10 * START_TIMEOUT,
    )
    lines = result.stdout.splitlines()
    if result.returncode != 0 or len(lines) != 1 or not lines[0].startswith("self-test OK ("):
        raise SmokeFailure(
            f"exit code {result.returncode}, stdout {result.stdout!r}; last stderr:\n"
            + "\n".join(result.stderr.splitlines()[-30:])
        )
    if "data files (bundle):" not in lines[0]:
        raise SmokeFailure(f"the self-test did not read its data files from the bundle: {lines[0]}")
    return [lines[0]]


def bundled_modules(binary: Path) -> set[str] | None:
    """Names in the executable's module archive, read with PyInstaller's own reader (None
    when PyInstaller is not installed here: the runs below still import those modules)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return None
    archive = CArchiveReader(str(binary))
    name = next((entry for entry in archive.toc if entry.endswith(".pyz")), None)
    if name is None:
        raise SmokeFailure("the executable holds no module archive")
    return set(archive.open_embedded_archive(name).toc)


def run_gui(binary: Path, env: dict[str, str], workspace: str, *extra: str) -> tuple[Child, float]:
    """Start the app (verbose log) and return once it reports its window ready."""
    started = time.monotonic()
    child = Child(
        [str(binary), "--workspace", workspace, "--debug", *extra],
        dict(env, CAMPAIGN_STUDIO_REPORT_READY="1"),
    )
    try:
        child.wait_for("out", rf"^{READY_LINE}$", START_TIMEOUT)
    except BaseException:
        child.stop()
        raise
    return child, time.monotonic() - started


def check_log(child: Child) -> str:
    log = "\n".join(child.stderr)
    for bad in ("Traceback", "Error initializing plugin", "ModuleNotFoundError", "ImportError"):
        if bad in log:
            raise SmokeFailure(f"{bad!r} in the app's log:\n{log[-3000:]}")
    return log


def check_demo(binary: Path, env: dict[str, str]) -> list[str]:
    """The demo account: the window comes up, and the app runs the frozen sandbox as its child,
    which leaves with the app."""
    with tempfile.TemporaryDirectory(prefix="cs-smoke-ws-") as workspace:
        child, ready = run_gui(binary, env, workspace, "--demo")
        try:
            demo_url = child.wait_for("err", r"demo server ready at (\S+)", START_TIMEOUT).group(1)
            list_url = demo_url + "emails/"
            status, _ = http_get(list_url, auth=None)
            if status != 401:
                raise SmokeFailure(f"the demo server answered {status} to a request without login")
            sandboxes = children_of(child.process.pid)
        finally:
            code = child.stop()
        check_log(child)
        if not sandboxes and Path("/proc").is_dir():
            raise SmokeFailure("the app started no child process for its demo sandbox")
        # The sandbox child watches its stdin: it must go away with the app.
        deadline = time.monotonic() + 10
        while http_get(list_url, auth=None)[0] != 0 or any(map(running, sandboxes)):
            if time.monotonic() > deadline:
                raise SmokeFailure(f"the demo sandbox outlived the app by 10 s (pids {sandboxes})")
            time.sleep(0.2)
    return [
        f"demo: window ready in {ready:.1f} s; its sandbox (the frozen binary again, pid "
        f"{', '.join(map(str, sandboxes))}) served and left with the app (exit code {code})"
    ]


def check_own_account(binary: Path, env: dict[str, str]) -> list[str]:
    """A workspace whose last account is the user's own: the app looks its secret up in the
    keyring at start-up, so every keyring backend plugin must load from the bundle."""
    with tempfile.TemporaryDirectory(prefix="cs-smoke-ws-") as workspace:
        try:
            make_workspace(Path(workspace))
        except ImportError as error:
            return [f"note: own-account run skipped, the checkout's app.store is not importable ({error})"]
        child, ready = run_gui(binary, env, workspace)
        try:
            child.wait_for("err", r"kept in memory only|keyring\.backend: Loading macOS", START_TIMEOUT)
        finally:
            child.stop()
        log = check_log(child)
    loaded = [name for name in KEYRING_PLUGINS if f"keyring.backend: Loading {name}" in log]
    if loaded != list(KEYRING_PLUGINS):
        raise SmokeFailure(f"keyring loaded only {loaded} of its backend plugins {list(KEYRING_PLUGINS)}")
    fallback = " (no keyring service here: secrets in memory)" if "kept in memory only" in log else ""
    return [
        f"own account: window ready in {ready:.1f} s; keyring plugins loaded: {', '.join(loaded)}{fallback}"
    ]


def make_workspace(folder: Path) -> None:
    """A workspace with one account of the user's own, chosen last time (the checkout's store)."""
    sys.path.insert(0, str(ROOT))
    from app.store.workspace import Workspace

    workspace = Workspace.open(folder)
    try:
        account = workspace.accounts.add("Smoke test", "https://api.example.invalid/api/v1/", "smoke")
        workspace.settings.set("last_account", account.id)  # AccountService.LAST_ACCOUNT_KEY
    finally:
        workspace.close()


def check_no_secrets_logged(binary: Path, env: dict[str, str]) -> list[str]:
    """The verbose log of a demo run holds no secret (the demo sandbox's is made up per run)."""
    with tempfile.TemporaryDirectory(prefix="cs-smoke-ws-") as workspace:
        child, _ = run_gui(binary, env, workspace, "--demo")
        try:
            child.wait_for("err", r"demo server ready at", START_TIMEOUT)
            sandboxes = children_of(child.process.pid)
        finally:
            child.stop()
        deadline = time.monotonic() + 10
        while any(map(running, sandboxes)) and time.monotonic() < deadline:
            time.sleep(0.2)
    leaks = [line for line in child.stderr if re.search(r"secret=['\"][^'\"*]", line)]
    if leaks:
        shown = re.sub(r"(secret=['\"])[^'\"]{4}[^'\"]*", r"\1****", leaks[0])
        raise SmokeFailure(f"{len(leaks)} line(s) of the --debug log show a secret, e.g.:\n{shown[:400]}")
    return ["log: no secret in the verbose log of a demo run"]


def children_of(pid: int) -> list[int]:
    """Child processes of `pid` (Linux /proc; empty elsewhere, where the port check remains)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (an orphan may wait a while for whoever reaps it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def check_sandbox(binary: Path, env: dict[str, str]) -> list[str]:
    """``campaign-studio sandbox``: the API over loopback, with and without credentials."""
    secret = base64.urlsafe_b64encode(os.urandom(12)).decode()
    child = Child(
        [str(binary), "sandbox", "--port", "0", "--demo", "--login", "smoke"],
        dict(env, **{SECRET_ENV: secret}),
    )
    try:
        url = child.wait_for("out", rf"^{SANDBOX_READY} (\S+)", START_TIMEOUT).group(1)
        status, body = http_get(url + "openapi.json", auth=None)
        if status != 200 or "paths" not in json.loads(body):
            raise SmokeFailure(f"openapi.json: HTTP {status}")
        status, _ = http_get(url + "emails/", auth=("smoke", "wrong"))
        if status != 401:
            raise SmokeFailure(f"a wrong secret got HTTP {status}, not 401")
        status, body = http_get(url + "emails/", auth=("smoke", secret))
        listing = json.loads(body) if status == 200 else {}
        if status != 200 or not listing.get("results"):
            raise SmokeFailure(f"the authenticated list of emails: HTTP {status}, {body[:200]!r}")
        status, body = http_get(url + "campaigns/", auth=("smoke", secret))
        if status != 200:
            raise SmokeFailure(f"the list of campaigns: HTTP {status}")
    finally:
        child.stop()
    return [f"sandbox: openapi.json served, 401 without the secret, {listing['count']} demo emails listed"]


def http_get(url: str, auth: tuple[str, str] | None) -> tuple[int, str]:
    """(status, body); status 0 when nothing listens."""
    request = urllib.request.Request(url)  # noqa: S310 - a loopback URL the app printed
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


def main(argv: list[str]) -> int:
    binary = Path(argv[0]) if argv else DEFAULT_BINARY
    if not binary.exists():
        print(f"{binary} not found: build it first with `make package`", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the bundle must find its backends by itself
    size = sum(path.lstat().st_size for path in binary.parent.rglob("*") if not path.is_symlink())
    print(f"smoke test of {binary} ({size / 1e6:.0f} MB)", flush=True)
    started = time.monotonic()
    failures = 0
    runs: list[tuple[str, Callable[[], list[str]]]] = [("check_bundle", lambda: check_bundle(binary))]
    for check in (check_self_test, check_sandbox, check_demo, check_own_account, check_no_secrets_logged):
        runs.append((check.__name__, functools.partial(check, binary, env)))
    for name, run in runs:
        try:
            lines = run()
        except SmokeFailure as failure:
            print(f"  FAILED  {name}: {failure}", flush=True)
            failures += 1
            continue
        for line in lines:
            print("  ok  " + line, flush=True)
    elapsed = time.monotonic() - started
    if failures:
        print(f"smoke test: {failures} check(s) failed ({elapsed:.1f} s)")
        return 1
    print(f"smoke test passed in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
