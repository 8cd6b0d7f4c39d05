"""What the email editor's preview shows: the language and part being edited, rendered with
the account's sample profile, as the provider would send it.

The HTML body of a language falls back to the default one, and an empty body to the
language's HTML file; the AMP tab shows the HTML a client without AMP shows; the plain-text
tab shows the plain text. Rendering goes through the authoring service (off the UI thread,
bounded in time); only the newest render is shown. Template problems come back by line for
the editor to mark.
"""

from __future__ import annotations

import asyncio
import html as html_text
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.languages import Language, SuffixStyle, field_name
from app.ui.domain_text import error_text, finding_text
from app.ui.editors.email_language_page import Part
from app.ui.editors.field_row import HELP_STYLE
from app.ui.pages.deferred_task import spawn_soon

if TYPE_CHECKING:
    from app.services.authoring_service import AuthoringService
    from app.services.tasks import TaskRunner
    from app.ui.preview import PreviewPane

log = logging.getLogger(__name__)
RENDER_DELAY_MS: Final = 300  # after typing stops
_STYLE: Final = SuffixStyle.EMAIL


def _text(payload: Mapping[str, Any], base: str, language: Language | None) -> str:
    value = payload.get(field_name(base, language, _STYLE))
    return value if isinstance(value, str) else ""


def effective(payload: Mapping[str, Any], base: str, language: Language | None) -> tuple[str, str]:
    """(text, wire field it comes from): a language's own, else the default one."""
    own = _text(payload, base, language)
    if own.strip() or language is None:
        return own, field_name(base, language, _STYLE)
    return _text(payload, base, None), base


@dataclass(frozen=True, slots=True)
class Shown:
    """What the preview shows: the template, the field it is from, the package if any."""

    template: str
    field: str
    package_url: str | None = None
    plain: bool = False
    note: str = ""


def what_to_show(payload: Mapping[str, Any], language: Language | None, part: Part) -> Shown:
    if part is Part.PLAIN:
        text, key = effective(payload, Part.PLAIN.value, language)
        return Shown(text, key, plain=True)
    html, key = effective(payload, Part.HTML.value, language)
    note = ""
    if part is Part.AMP:
        note = str(
            QT_TRANSLATE_NOOP(
                "EmailPreview",
                "Clients without AMP show this HTML version; Gmail and a few others show the AMP one.",
            )
        )
    if not html.strip():
        package, package_key = effective(payload, Part.FILE.value, language)
        if package:
            note = str(QT_TRANSLATE_NOOP("EmailPreview", "This is the language's HTML file."))
            return Shown("", package_key, package_url=package, note=note)
    return Shown(html, key, note=note)


class EmailPreview(QObject):
    """Drives a :class:`PreviewPane` for one email editor."""

    problems_found = Signal(str, list)  # wire field, [(line or None, message)]
    note_changed = Signal(str)  # what the preview shows, when that needs saying

    def __init__(
        self,
        pane: PreviewPane,
        authoring: AuthoringService,
        tasks: TaskRunner,
        sample_profile: Callable[[], Mapping[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self._authoring = authoring
        self._tasks = tasks
        self._sample = sample_profile
        self._payload: Mapping[str, Any] = {}
        self._language: Language | None = None
        self._part = Part.HTML
        self._email_key: object = None
        self._keep_scroll = False
        self._generation = 0
        self._remote_allowed: set[object] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self._start_render)
        pane.remote_content_requested.connect(self._allow_remote)

    def show(
        self, payload: Mapping[str, Any], language: Language | None, part: Part, *, email: object
    ) -> None:
        """Show another email, language or part at once (scrolled to the top)."""
        self._payload = payload
        moved = (language, part, email) != (self._language, self._part, self._email_key)
        if email != self._email_key:
            self.pane.set_remote_content_allowed(email in self._remote_allowed)
        self._language, self._part, self._email_key = language, part, email
        self._keep_scroll = not moved
        self._timer.stop()
        self._start_render()

    def edited(self, payload: Mapping[str, Any]) -> None:
        """The user typed: refresh once typing pauses, keeping the scroll position."""
        self._payload = payload
        self._keep_scroll = True
        self._timer.start()

    def refresh(self) -> None:
        """The sample profile changed: the same view, rendered again."""
        self._keep_scroll = True
        self._start_render()

    def _allow_remote(self) -> None:
        self._remote_allowed.add(self._email_key)
        self.pane.set_remote_content_allowed(True)

    def _start_render(self) -> None:
        self._generation += 1
        generation = self._generation
        shown = what_to_show(self._payload, self._language, self._part)
        subject, _key = effective(self._payload, Part.SUBJECT.value, self._language)
        sender = self._payload.get("from_address")
        spawn_soon(
            self._tasks, self,
            lambda: self._render(generation, shown, subject, sender if isinstance(sender, str) else ""),
            "email-preview",
        )  # fmt: skip

    async def _render(self, generation: int, shown: Shown, subject: str, sender: str) -> None:
        profile = dict(self._sample())
        images: Mapping[str, bytes] = {}
        template = shown.template
        if shown.package_url is not None:
            try:
                package = await self._authoring.package_from_data_url(shown.package_url)
            except ValueError as error:  # a damaged file: said in the preview, nothing breaks
                template = f"<p>{html_text.escape(error_text(error))}</p>"
            else:
                template, images = package.html, package.images
        channel = f"preview-{id(self)}"
        body, subject_done = await asyncio.gather(
            self._authoring.render(template, profile, channel=channel, html=not shown.plain),
            self._authoring.render(subject, profile, channel=f"{channel}-subject", html=False),
        )
        if body is None or subject_done is None:
            return  # superseded: a newer render of this preview is on its way
        html = body.html
        if shown.plain and html.strip():  # as a mail client shows plain text
            html = (
                "<pre style='white-space:pre-wrap;font:14px/1.5 monospace;margin:16px'>"
                f"{html_text.escape(html)}</pre>"
            )
        if generation != self._generation or not shiboken6.isValid(self.pane):
            return  # a newer view was asked for meanwhile
        self.pane.set_images(images)
        self.pane.set_envelope(sender, subject_done.html)
        self.pane.show_html(html, keep_scroll=self._keep_scroll)
        self.note_changed.emit(QCoreApplication.translate("EmailPreview", shown.note) if shown.note else "")
        self._keep_scroll = True
        self.problems_found.emit(shown.field, [(p.line, finding_text(p)) for p in body.problems])


class PreviewNote(QWidget):
    """One quiet line above the preview saying what it shows, when that needs saying."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(HELP_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))
