"""Where the preview's web views live: loads one document at a time, coalesces refreshes,
keeps the scroll position and replaces the page before Chromium's memory grows.

- A refresh asked for while a document loads replaces the one waiting: only the latest is
  shown, and at most one load runs.
- A refresh of the same document is a reload, so Chromium itself restores the scroll
  position before the first paint; a new address restores it by script once loaded.
- Every ``RECYCLE_EVERY`` loads (and when an option needs a new page) the next document is
  loaded into a new view behind the visible one, which is swapped in once it has loaded and
  scrolled: no blank flash, and the renderer's memory stays flat (it grows with every
  document a page has shown). Views are swapped from a timer, never inside the old page's
  own signal handler (that has crashed).
- A load that never ends is stopped by a watchdog; a renderer that dies is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Final

from PySide6.QtCore import QPointF, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage, QWebEngineScript
from PySide6.QtWidgets import QSizePolicy, QStackedLayout, QWidget

from app.ui.preview.engine import PreviewEngine
from app.ui.preview.page import PreviewPage
from app.ui.preview.preview_view import PreviewView
from app.ui.preview.scheme import same_document, same_email

RECYCLE_EVERY: Final = 20
WATCHDOG_MS: Final = 60_000
LoadStatus = QWebEngineLoadingInfo.LoadStatus
TerminationStatus = QWebEnginePage.RenderProcessTerminationStatus


@dataclass(frozen=True)
class LoadRequest:
    url: QUrl
    keep_scroll: bool
    token: int


@dataclass(eq=False)
class _Active:
    request: LoadRequest
    view: PreviewView
    target: QUrl  # what the page navigates to (a reload keeps the page's own address)
    restore: QPointF | None  # the scroll position to set by script once loaded


class ViewStage(QWidget):
    finished = Signal(int, bool)  # the token of the request, and whether it loaded
    link_clicked = Signal(QUrl)

    def __init__(self, engine: PreviewEngine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._dark = False
        self._scrollbars = True
        self._zoom = 1.0
        self._layout = QStackedLayout(self)
        self._layout.setStackingMode(QStackedLayout.StackingMode.StackAll)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._front = self._new_view()
        self._front_shows_document = False
        self._loads_on_front = 0
        self._fresh_page_needed = False
        self._active: _Active | None = None
        self._pending: LoadRequest | None = None
        self._last: LoadRequest | None = None
        self._retried_token: int | None = None
        self._scheduled = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._load_hangs)

    # -- what the pane uses

    def page(self) -> PreviewPage:
        """The page the user sees."""
        return self._front.preview_page

    def view(self) -> PreviewView:
        return self._front

    def is_loading(self) -> bool:
        return self._active is not None or self._pending is not None

    def load(self, request: LoadRequest) -> None:
        self._pending = request
        self._schedule()

    def cancel_pending(self) -> None:
        self._pending = None

    def set_options(self, *, dark: bool, scrollbars: bool) -> None:
        """Per-page options; a new page gets them at the next load."""
        if (dark, scrollbars) != (self._dark, self._scrollbars):
            self._dark, self._scrollbars = dark, scrollbars
            self._fresh_page_needed = True

    def set_zoom(self, factor: float) -> None:
        """How large the document is drawn, on this page and those to come."""
        if factor != self._zoom:
            self._zoom = factor
            for view in (self._front, self._active.view if self._active is not None else None):
                if view is not None:
                    view.setZoomFactor(factor)

    def zoom(self) -> float:
        return self._zoom

    # -- loading

    def _schedule(self) -> None:
        if not self._scheduled and self._active is None and self._pending is not None:
            self._scheduled = True
            QTimer.singleShot(0, self, self._start_next)

    def _start_next(self) -> None:
        self._scheduled = False
        if self._active is not None or self._pending is None:
            return
        request, self._pending = self._pending, None
        self._last = request
        front_page = self._front.preview_page
        restore = None
        if request.keep_scroll and self._front_shows_document and same_email(front_page.url(), request.url):
            restore = front_page.scrollPosition()
        if self._fresh_page_needed or self._loads_on_front >= RECYCLE_EVERY:
            self._fresh_page_needed = False
            view = self._new_view()
            self._front.raise_()  # the new view loads behind the one the user sees
            self._navigate(_Active(request, view, request.url, restore))
        elif restore is not None and same_document(front_page.url(), request.url):
            # Chromium restores the scroll position of a reload itself, before painting.
            active = _Active(request, self._front, front_page.url(), None)
            self._active = active
            front_page.expect(active.target)
            front_page.triggerAction(QWebEnginePage.WebAction.Reload)
            self._loads_on_front += 1
        else:
            self._navigate(_Active(request, self._front, request.url, restore))
            self._loads_on_front += 1
        self._watchdog.start()

    def _navigate(self, active: _Active) -> None:
        self._active = active
        page = active.view.preview_page
        page.expect(active.target)
        page.load(active.target)

    def _loading_changed(self, view: PreviewView, info: QWebEngineLoadingInfo) -> None:
        active = self._active
        if active is None or view is not active.view or info.status() == LoadStatus.LoadStartedStatus:
            return
        if not same_document(info.url(), active.target):
            return  # a refused navigation (a link, a meta refresh) reports its own end
        ok = info.status() == LoadStatus.LoadSucceededStatus
        if ok and active.restore is not None:
            script = f"window.scrollTo({active.restore.x():.0f}, {active.restore.y():.0f});"
            view.preview_page.runJavaScript(
                script,
                QWebEngineScript.ScriptWorldId.ApplicationWorld,
                lambda _result: self._finish_soon(active, ok),
            )
        else:
            self._finish_soon(active, ok)

    def _finish_soon(self, active: _Active, ok: bool) -> None:
        # Out of the page's own signal handler before views are swapped or deleted.
        QTimer.singleShot(0, self, partial(self._complete, active, ok))

    def _complete(self, active: _Active, ok: bool) -> None:
        if self._active is not active:
            return
        self._active = None
        self._watchdog.stop()
        if active.view.zoomFactor() != self._zoom:
            active.view.setZoomFactor(self._zoom)  # Chromium may reset it when a document loads
        if active.view is not self._front:
            if ok:
                self._promote(active.view)
            else:
                self._retire(active.view)
        else:
            self._front_shows_document = ok
        self.finished.emit(active.request.token, ok)
        self._schedule()

    def _load_hangs(self) -> None:
        active = self._active
        if active is None:
            return
        active.view.preview_page.triggerAction(QWebEnginePage.WebAction.Stop)
        self._fresh_page_needed = True
        self._complete(active, False)

    def _renderer_gone(self, view: PreviewView, status: TerminationStatus, _exit_code: int) -> None:
        if status == TerminationStatus.NormalTerminationStatus:
            return
        active = self._active
        if view is self._front:
            self._fresh_page_needed = True
            self._front_shows_document = False
            last = self._last
            # Show the document again in a new renderer, once: a document that kills every
            # renderer it meets must not loop.
            if self._pending is None and last is not None and self._retried_token != last.token:
                self._retried_token = last.token
                self._pending = LoadRequest(last.url, keep_scroll=False, token=last.token)
        if active is not None and active.view is view:
            self._finish_soon(active, False)
        else:
            self._schedule()

    # -- views

    def _new_view(self) -> PreviewView:
        view = PreviewView(self._engine, dark=self._dark, scrollbars=self._scrollbars, parent=self)
        view.link_clicked.connect(self.link_clicked)
        view.setZoomFactor(self._zoom)
        page = view.preview_page
        page.loadingChanged.connect(partial(self._loading_changed, view))
        page.loadProgress.connect(self._progressing)
        page.renderProcessTerminated.connect(partial(self._renderer_gone, view))
        self._layout.addWidget(view)
        view.show()
        return view

    def _progressing(self, _percent: int) -> None:
        if self._active is not None:
            self._watchdog.start()

    def _promote(self, view: PreviewView) -> None:
        old, self._front = self._front, view
        self._layout.setCurrentWidget(view)
        view.raise_()
        self._loads_on_front = 1
        self._front_shows_document = True
        self._retire(old)

    def _retire(self, view: PreviewView) -> None:
        page = view.preview_page
        page.loadingChanged.disconnect()
        page.loadProgress.disconnect()
        page.renderProcessTerminated.disconnect()
        view.link_clicked.disconnect()
        self._layout.removeWidget(view)
        view.hide()
        view.deleteLater()
