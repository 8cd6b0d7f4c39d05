"""``campaign-studio --self-test``: does this installation work? (a checkout and the bundle alike)

Starts headless (the ``offscreen`` platform, unless ``QT_QPA_PLATFORM`` asks for a display),
then checks, in order and each within a time limit: the data files (icon, the caniemail data
set, the compiled translations), the preview engine rendering a page through
:class:`~app.ui.preview.PreviewPane`, QtCharts drawing a line (the report pane's chart), a
workspace created, opened, closed and opened again in a temporary folder, the keyring's
backend plugins, and the demo sandbox started, asked for its emails and stopped. Every check
runs even when one before it failed.

Prints exactly one line on stdout: ``self-test OK (<facts>)`` with exit code 0, or
``self-test FAILED (<what failed>; ...)`` with exit code 1. Diagnostics go to stderr.
``app.main`` calls :func:`run_self_test` after preparing QtWebEngine, as it does for the GUI.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Final, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

TIMEOUT_ENV: Final = "CAMPAIGN_STUDIO_SELF_TEST_TIMEOUT"
DEFAULT_TIMEOUT_S: Final = 60.0  # per check: a cold start of Chromium on a busy machine takes seconds
MARKER: Final = "campaign-studio-self-test"


class CheckFailed(Exception):
    """A check's own finding, worded for the report line."""


@dataclass
class Outcome:
    name: str
    ok: bool
    text: str  # the fact when ok, what went wrong otherwise


def ensure_headless() -> str:
    """Use the offscreen platform unless the environment asks for another; the platform used."""
    return os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def step_timeout() -> float:
    raw = os.environ.get(TIMEOUT_ENV, "")
    try:
        return float(raw) if raw else DEFAULT_TIMEOUT_S
    except ValueError:
        return DEFAULT_TIMEOUT_S


def run_self_test() -> int:
    """Create the application, run every check, print the one line; the exit code."""
    import qasync
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    ensure_headless()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Campaign Studio")
    app.setOrganizationName("CampaignStudio")
    outcomes: list[Outcome] = []
    with contextlib.suppress(asyncio.CancelledError):
        qasync.run(_run_checks(outcomes, limit=step_timeout()))
    facts = [f"Qt {qVersion()} {QApplication.platformName()}"]
    failed = [f"{o.name}: {o.text}" for o in outcomes if not o.ok]
    if failed or len(outcomes) < len(CHECKS):
        ran = {o.name for o in outcomes}
        failed += [f"{name}: did not run" for name, _ in CHECKS if name not in ran]
        print(f"self-test FAILED ({'; '.join(failed)})", flush=True)
        return 1
    facts += [o.text for o in outcomes]
    print(f"self-test OK ({'; '.join(facts)})", flush=True)
    return 0


async def _run_checks(outcomes: list[Outcome], *, limit: float) -> None:
    for name, check in CHECKS:
        try:
            fact = await asyncio.wait_for(check(), limit)
        except TimeoutError:
            outcomes.append(Outcome(name, False, f"no answer within {limit:g} s"))
        except CheckFailed as failure:
            outcomes.append(Outcome(name, False, str(failure)))
        except Exception as error:  # anything else is a finding too: name it and go on
            log.exception("self-test: %s failed", name)
            outcomes.append(Outcome(name, False, f"{type(error).__name__}: {error}"))
        else:
            outcomes.append(Outcome(name, True, fact))


# -- the checks ---------------------------------------------------------------------------


async def check_resources() -> str:
    """The icon (drawn through Qt's SVG plugin), the caniemail data set, our translations."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon

    from app.authoring.client_support import data_version
    from app.i18n import UI_LANGUAGES
    from app.resources import layout, resource_path, translations_dir

    icon = resource_path("icons", "campaign-studio.svg")
    if not icon.is_file():
        raise CheckFailed(f"the app icon is missing ({icon})")
    if QIcon(str(icon)).pixmap(32, 32).isNull():
        raise CheckFailed("the app icon cannot be drawn (Qt's SVG icon plugin is missing)")
    try:
        caniemail = await asyncio.to_thread(data_version)
    except (OSError, ValueError) as error:
        raise CheckFailed(f"the email client support data cannot be read ({error})") from error
    loaded = []
    for language in UI_LANGUAGES:
        if language == "en":  # the source language needs no catalogue
            continue
        translator = QTranslator()
        loads = translator.load(f"campaign_studio_{language}", str(translations_dir()))
        if not loads or translator.isEmpty():
            raise CheckFailed(f"the {language} translation is missing from {translations_dir()}")
        loaded.append(language)
    dated = caniemail.split(" ")[0] or "unknown date"
    return f"data files ({layout()}): icon, caniemail data of {dated}, translations {', '.join(loaded)}"


async def check_preview() -> str:
    """A page rendered by the preview engine, and its text read back from the page."""
    from app.ui.preview import PreviewPane

    pane = PreviewPane()
    try:
        pane.resize(800, 600)
        pane.show()
        loop = asyncio.get_running_loop()
        rendered: asyncio.Future[bool] = loop.create_future()

        pane.rendered.connect(lambda ok: _settle(rendered, ok))
        started = time.monotonic()
        pane.show_html(f"<html><body><h1>Campaign Studio</h1><p id='{MARKER}'>{MARKER}</p></body></html>")
        if not await rendered:
            raise CheckFailed("the preview engine could not load a page")
        elapsed = time.monotonic() - started
        text: asyncio.Future[str] = loop.create_future()
        pane.page().toHtml(lambda html: _settle(text, html))
        if MARKER not in await text:
            raise CheckFailed("the preview showed a page without the test's text")
        return f"preview rendered a page in {elapsed:.1f} s"
    finally:
        pane.hide()
        pane.deleteLater()


async def check_chart() -> str:
    """QtCharts, which the report pane draws with, loads and draws a line."""
    from PySide6.QtCharts import QChart, QChartView, QLineSeries
    from PySide6.QtCore import QPointF

    series = QLineSeries()
    series.append([QPointF(0, 1), QPointF(1, 3), QPointF(2, 2)])
    chart = QChart()
    chart.addSeries(series)
    chart.createDefaultAxes()
    view = QChartView(chart)
    try:
        view.resize(320, 200)
        if view.grab().toImage().isNull():
            raise CheckFailed("QtCharts drew nothing")
    finally:
        view.deleteLater()
    return "report chart drawn"


async def check_workspace() -> str:
    """A new workspace in a temporary folder: opened, read, closed, and opened again (the
    lock was released)."""
    from app.services.store_access import WorkspaceRunner

    with tempfile.TemporaryDirectory(prefix="campaign-studio-self-test-") as folder:
        directory = Path(folder) / "workspace"
        for _attempt in range(2):
            runner = await WorkspaceRunner.open(directory)
            try:
                demo = await runner.call(lambda ws: ws.accounts.demo())
            finally:
                await runner.close()
            if demo is None:
                raise CheckFailed("a new workspace has no demo account")
    return "workspace created, closed and reopened"


async def check_keyring() -> str:
    """Every backend plugin keyring declares must import; which backends work here is
    reported (none is normal on a headless machine: secrets then stay in memory)."""
    return await asyncio.to_thread(_keyring_report)


def _keyring_report() -> str:
    from keyring.backend import get_all_keyring
    from keyring.backends import chainer, fail

    from app.store.secrets import SecretStore

    plugins = list(entry_points(group="keyring.backends"))
    if not plugins:
        raise CheckFailed("keyring's backend plugins are not installed (no entry points)")
    broken = []
    for plugin in plugins:
        try:
            plugin.load()
        except Exception as error:
            broken.append(f"{plugin.name} ({type(error).__name__}: {error})")
    if broken:
        raise CheckFailed(f"keyring backend plugins that do not load: {', '.join(broken)}")
    names = ", ".join(sorted(plugin.name for plugin in plugins))
    usable = sorted(
        type(backend).__module__.rsplit(".", 1)[-1]
        for backend in get_all_keyring()
        if not isinstance(backend, chainer.ChainerBackend | fail.Keyring) and backend.priority > 0
    )
    store = SecretStore()  # the app's own choice, as it makes it when an account needs its secret
    loaded = f"keyring: {len(plugins)} plugins loaded ({names})"
    if not store.persistent:
        return f"{loaded}, no usable backend here (secrets kept in memory)"
    usable_text = f", usable: {', '.join(usable)}" if usable else ""
    return f"{loaded}{usable_text}; in use: {store.backend_name}"


async def check_demo_sandbox() -> str:
    """The demo sandbox as the app starts it (a child process; in the bundle, the bundle's
    own executable), asked for its emails with the demo login, then stopped."""
    import httpx

    from app.services.demo_server import DEMO_LOGIN, DemoServer
    from app.services.tasks import TaskRunner

    tasks = TaskRunner()
    with tempfile.TemporaryDirectory(prefix="campaign-studio-self-test-") as folder:
        server = DemoServer(tasks, Path(folder) / "demo-sandbox")
        loop = asyncio.get_running_loop()
        started: asyncio.Future[str] = loop.create_future()
        server.ready.connect(lambda url: _settle(started, url))
        server.failed.connect(lambda why: _settle(started, CheckFailed(why)))
        try:
            server.start()
            base_url = await started
            async with httpx.AsyncClient(timeout=10.0) as client:
                answer = await client.get(f"{base_url}emails/", auth=(DEMO_LOGIN, server.secret))
                if answer.status_code != 200:
                    raise CheckFailed(f"the demo login got HTTP {answer.status_code} from the demo sandbox")
                wrong = await client.get(f"{base_url}emails/", auth=(DEMO_LOGIN, secrets.token_urlsafe(8)))
                if wrong.status_code != 401:
                    raise CheckFailed(f"the demo sandbox let in a wrong secret (HTTP {wrong.status_code})")
                count = int(answer.json().get("count", 0))
        finally:
            await server.stop()
            await tasks.shutdown()
        async with httpx.AsyncClient(timeout=5.0) as client:
            with contextlib.suppress(httpx.TransportError):
                await client.get(base_url)
                raise CheckFailed("the demo sandbox still answers after it was stopped")
    return f"demo sandbox served {count} emails and stopped"


def _settle(future: asyncio.Future[T], value: T | Exception) -> None:
    """Resolve ``future`` once (signals may come again, or after a time-out gave up on it)."""
    if future.done():
        return
    if isinstance(value, Exception):
        future.set_exception(value)
    else:
        future.set_result(value)


CHECKS: Final[list[tuple[str, Callable[[], Awaitable[str]]]]] = [
    ("data files", check_resources),
    ("preview", check_preview),
    ("report chart", check_chart),
    ("workspace", check_workspace),
    ("keyring", check_keyring),
    ("demo sandbox", check_demo_sandbox),
]
