"""Clicking a link in the preview asks first, then opens it outside the app: web links in
the browser, ``mailto:`` in the mail app, ``tel:`` in the phone app. Links that no reader
could follow get a sentence saying why instead.

The question is a window-modal box opened with ``open()``: ``exec()`` would nest an event
loop inside the qasync loop (see PITFALLS).
"""

from __future__ import annotations

from functools import partial
from typing import Final

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.ui.preview.scheme import PREVIEW_SCHEME

SHOWN_URL_CHARS: Final = 300


def shown_url(url: QUrl) -> str:
    text = url.toDisplayString()
    return text if len(text) <= SHOWN_URL_CHARS else text[: SHOWN_URL_CHARS - 1] + "…"


class LinkPrompt(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._box: QMessageBox | None = None

    def current(self) -> QMessageBox | None:
        """The question on screen, if any."""
        return self._box

    def ask(self, url: QUrl) -> None:
        if self._box is not None:
            self._box.reject()  # one question at a time: the latest click wins
        box = QMessageBox(self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("Open Link"))
        open_button = self._fill(box, url)
        box.finished.connect(partial(self._answered, box, url, open_button))
        self._box = box
        box.open()

    def _fill(self, box: QMessageBox, url: QUrl) -> QAbstractButton | None:
        scheme = url.scheme().lower()
        if scheme in ("http", "https"):
            box.setIcon(QMessageBox.Icon.Question)
            box.setText(self.tr("Open this link in your web browser?"))
            box.setInformativeText(shown_url(url))
            action = self.tr("Open in Browser")
        elif scheme == "mailto":
            box.setIcon(QMessageBox.Icon.Question)
            box.setText(self.tr("Write to {0} in your email app?").format(url.path() or shown_url(url)))
            action = self.tr("Write Email")
        elif scheme == "tel":
            box.setIcon(QMessageBox.Icon.Question)
            box.setText(self.tr("Call {0} with your phone app?").format(url.path() or shown_url(url)))
            action = self.tr("Call")
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("This link cannot be opened from the preview."))
            box.setInformativeText(self._why_not(url))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            return None
        open_button = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        return open_button

    def _why_not(self, url: QUrl) -> str:
        if url.scheme() == PREVIEW_SCHEME:
            target = url.path().removeprefix("/") or url.query()
            return self.tr(
                "It points to “{0}” next to the email, which readers cannot open. "
                "Use a full address that starts with https://."
            ).format(target)
        return self.tr(
            "Links in emails should start with https://, mailto: or tel:. This one is: {0}"
        ).format(shown_url(url))

    def _answered(
        self, box: QMessageBox, url: QUrl, open_button: QAbstractButton | None, _result: int
    ) -> None:
        if self._box is box:
            self._box = None
        if open_button is not None and box.clickedButton() is open_button:
            QDesktopServices.openUrl(url)
