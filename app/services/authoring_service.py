"""Authoring work off the UI thread: preview rendering, checks, plain text, inlining,
HTML packages and .eml export, for the email editor to await.

Everything runs on worker threads (``asyncio.to_thread``, with closures so that a debug
log never shows an email's content), so the UI thread never waits on a template, a
100 KB check or a 20 MB archive. Renders and checks go by *channel* (the preview of one
editor, say): a newer request supersedes the older one of its channel, whose render is
stopped at once and which then answers None, so a slow old preview never overwrites a
newer one. Errors a user can act on arrive as ``PackageError`` or ``EmlError``, whose
text is the sentence to show.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.authoring import eml, packages
from app.authoring.checks import Finding, check_email
from app.authoring.eml import EmlError
from app.authoring.inlining import InlineResult, inline_css
from app.authoring.packages import HtmlPackage, PackageError
from app.authoring.plaintext import html_to_text
from app.authoring.render import DEFAULT_TIMEOUT_S, Rendered, render

# What the editor gets back, importable from here with the service.
__all__ = [
    "AuthoringService",
    "EmlError",
    "Finding",
    "HtmlPackage",
    "InlineResult",
    "PackageError",
    "Rendered",
]

T = TypeVar("T")


class AuthoringService(QObject):
    rendered = Signal(str, object)  # channel, Rendered: the newest render of that channel
    checked = Signal(str, object)  # channel, list[Finding]: the newest checks of that channel
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renders: dict[str, threading.Event] = {}
        self._check_generation: dict[str, int] = {}
        self._active = 0

    # --- preview and checks -----------------------------------------------------------

    async def render(
        self,
        template: str,
        profile: Mapping[str, Any],
        *,
        channel: str = "preview",
        timeout_s: float = DEFAULT_TIMEOUT_S,
        html: bool = True,
    ) -> Rendered | None:
        """The template rendered with the profile; None when a newer render of ``channel`` came."""
        previous = self._renders.get(channel)
        if previous is not None:
            previous.set()
        cancel = threading.Event()
        self._renders[channel] = cancel
        variables = dict(profile)  # copied here: the editor may change its own while this runs
        try:
            result = await self._off_thread(
                lambda: render(template, variables, timeout_s=timeout_s, html=html, cancel=cancel)
            )
        finally:
            if self._renders.get(channel) is cancel:
                del self._renders[channel]
        if cancel.is_set():
            return None
        self.rendered.emit(channel, result)
        return result

    async def check(
        self, payload: Mapping[str, Any], declared_fields: Iterable[str] = (), *, channel: str = "checks"
    ) -> list[Finding] | None:
        """The findings of the draft; None when newer checks of ``channel`` were asked for."""
        generation = self._check_generation.get(channel, 0) + 1
        self._check_generation[channel] = generation
        draft, declared = dict(payload), tuple(declared_fields)
        findings = await self._off_thread(lambda: check_email(draft, declared_fields=declared))
        if self._check_generation.get(channel) != generation:
            return None
        self.checked.emit(channel, findings)
        return findings

    async def plain_text(self, html: str) -> str:
        return await self._off_thread(lambda: html_to_text(html))

    async def inline(self, html: str) -> InlineResult:
        return await self._off_thread(lambda: inline_css(html))

    # --- HTML packages ----------------------------------------------------------------

    async def read_package(self, path: Path) -> HtmlPackage:
        return await self._off_thread(lambda: packages.read_package(path))

    async def package_to_data_url(self, path: Path) -> str:
        """The ``file_html`` value for a ``.html`` or ``.zip`` file; PackageError says why not."""
        return await self._off_thread(lambda: packages.package_to_data_url(path))

    async def package_from_data_url(self, url: str) -> HtmlPackage:
        return await self._off_thread(lambda: packages.package_from_data_url(url))

    async def export_package(self, url: str, path: Path) -> None:
        await self._off_thread(lambda: packages.export_data_url(url, path))

    # --- .eml -------------------------------------------------------------------------

    async def build_eml(
        self, payload: Mapping[str, Any], language: str | None, profile: Mapping[str, Any] | None = None
    ) -> bytes:
        draft, variables = dict(payload), dict(profile) if profile is not None else None
        return await self._off_thread(lambda: eml.build_eml(draft, language, profile=variables))

    async def export_eml(
        self,
        path: Path,
        payload: Mapping[str, Any],
        language: str | None,
        profile: Mapping[str, Any] | None = None,
    ) -> None:
        """Write the language's message to ``path`` (all or nothing); EmlError says why not."""
        data = await self.build_eml(payload, language, profile)
        await self._off_thread(lambda: eml.write_eml(path, data))

    # --- running ----------------------------------------------------------------------

    async def _off_thread(self, work: Callable[[], T]) -> T:
        self._active += 1
        if self._active == 1:
            self.busy_changed.emit(True)
        try:
            return await asyncio.to_thread(work)
        finally:
            self._active -= 1
            if self._active == 0:
                self.busy_changed.emit(False)
