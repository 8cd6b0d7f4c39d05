"""Start-up: arguments, logging, QApplication, translations, the qasync loop, clean exit.

``campaign-studio`` (or ``python -m app``) starts the GUI; ``campaign-studio sandbox ...``
runs the local emulator of the provider's API instead, ``campaign-studio
import-profiles ...`` imports profiles from a CSV file, and ``campaign-studio --self-test``
checks the installation headless and exits (``app.self_test``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="campaign-studio",
        description="Write email campaigns offline and publish them to your email service provider.",
        epilog="Run 'campaign-studio sandbox --help' for the local emulator of the provider's API, "
        "'campaign-studio import-profiles --help' to import profiles from a CSV file.",
    )
    parser.add_argument(
        "--workspace", type=Path, help="folder of the workspace (default: your user data folder)"
    )
    parser.add_argument("--demo", action="store_true", help="open the demo account on the built-in sandbox")
    parser.add_argument("--debug", action="store_true", help="verbose log")
    parser.add_argument(
        "--pseudo-locale", action="store_true", help="stretch every text to find clipped layouts"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a window (preview, workspace, keyring, demo sandbox), "
        "print one line and exit; QT_QPA_PLATFORM=xcb uses the display",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sandbox"]:
        from app.sandbox.cli import main as sandbox_main

        return sandbox_main(argv[1:])
    if argv[:1] == ["import-profiles"]:
        from app.profile_import.cli import main as import_main

        return import_main(argv[1:])
    args = parse_args(argv)
    if args.self_test:
        return run_self_test(args)
    return run_gui(args)


def _allow_webengine_as_root() -> None:
    # Chromium refuses to run as root without its sandbox off; never relax it for normal users.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()


def _prepare_webengine() -> None:
    # Only possible before the QApplication exists: the preview's URL scheme, shared OpenGL contexts.
    from PySide6.QtCore import QCoreApplication, Qt

    from app.ui.preview import register_preview_scheme

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    register_preview_scheme()


def run_gui(args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translations
    from app.logging_setup import configure_logging
    from app.resources import resource_path
    from app.store.paths import log_dir
    from app.ui.theme import install_theme

    configure_logging(log_dir(), logging.DEBUG if args.debug else logging.INFO)
    _allow_webengine_as_root()
    _prepare_webengine()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Campaign Studio")
    app.setOrganizationName("CampaignStudio")
    app.setDesktopFileName("campaign-studio")
    app.setWindowIcon(QIcon(str(resource_path("icons", "campaign-studio.svg"))))
    # The window decides when we are done: closing it first flushes drafts and stops tasks.
    app.setQuitOnLastWindowClosed(False)
    install_theme(app)
    install_translations(app, pseudo=args.pseudo_locale)
    with contextlib.suppress(asyncio.CancelledError):
        qasync.run(_gui_main(args))
    return 0


def run_self_test(args: argparse.Namespace) -> int:
    from app.logging_setup import configure_logging
    from app.self_test import ensure_headless
    from app.self_test import run_self_test as run_checks

    # stderr only: a check of the installation leaves nothing in the user's log folder
    configure_logging(None, logging.DEBUG if args.debug else logging.WARNING)
    ensure_headless()
    _allow_webengine_as_root()
    _prepare_webengine()
    return run_checks()


async def _gui_main(args: argparse.Namespace) -> None:
    from app.shell import AppShell

    shell = AppShell(workspace_dir=args.workspace, demo=args.demo)
    await shell.run()
