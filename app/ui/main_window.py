"""The main window: navigation on the left, the section's page on the right, status bar.

Built in two steps so it can show before the workspace is open: ``MainWindow()`` is the
frame (menus, status bar, geometry restored), ``attach(UiServices(...))`` adds the six
sections and wires actions and status to the services. Geometry, splitters, columns and
the last section live in QSettings (the user's, or one given for tests).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.ui.actions import WindowActions, build_menus, create_actions, shortcut_groups
from app.ui.audience import audience_section
from app.ui.help_texts import about_html, shortcuts_html
from app.ui.pages.deferred_task import spawn_soon
from app.ui.pages.draft_list_page import DraftListPage, ListExtension
from app.ui.pages.editor_area import EditorFactory
from app.ui.pages.sections import DraftSection, draft_sections, plural
from app.ui.reports import reports_section
from app.ui.status_bar import StatusBar

if TYPE_CHECKING:
    from app.services.accounts_service import AccountService
    from app.services.audience_service import AudienceService
    from app.services.sync_service import SyncService
    from app.services.tasks import TaskRunner
    from app.services.workspace_service import WorkspaceService
    from app.ui.outbox_dialog import OutboxDialog

_PUBLISHABLE: Final = frozenset({DraftState.LOCAL, DraftState.MODIFIED, DraftState.FAILED})
NAV_WIDEST: Final = 280  # the navigation never takes more than this


@dataclass
class UiServices:
    """What the window needs from the composition root."""

    workspace: WorkspaceService
    accounts: AccountService
    tasks: TaskRunner
    sync: SyncService | None = None
    editor_factory: EditorFactory | None = None
    flush_edits: Callable[[], Awaitable[None]] | None = None  # Autosaver.flush
    open_accounts: Callable[[], None] | None = None  # shows the accounts dialog
    open_conflict: Callable[[int], None] | None = None  # shows the conflict dialog of a draft
    audience: AudienceService | None = None  # profiles, events, segment generation, profile fields
    # The campaigns list's columns and actions, made when that section is first shown.
    campaign_list: Callable[[], ListExtension] | None = None


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _campaign_list(section: DraftSection, services: UiServices) -> ListExtension | None:
    make = services.campaign_list
    return make() if make is not None and section.key == "campaigns" else None


class MainWindow(QMainWindow):
    closed = Signal()
    section_changed = Signal(str)
    ready = Signal()  # once: shown, with the current section's list fully loaded

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(_t("Campaign Studio"))
        self._settings = settings if settings is not None else QSettings()
        self._services: UiServices | None = None
        self._keys: list[str] = []
        self._pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._selecting = True  # add_section shows the remembered (else the first) section
        self._wanted_section = str(self._settings.value("window/section", "") or "")
        self._ready_sent = False
        self._error_box: QMessageBox | None = None
        self._outbox_dialog: OutboxDialog | None = None

        self._nav = QListWidget()
        self._nav.setObjectName("navigation")
        self._nav.setMaximumWidth(NAV_WIDEST)
        self._nav.setMinimumWidth(120)
        self._nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._nav_remembered = False  # a width the user chose; else it fits the section names
        self._nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 10px; }")
        self._stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("navigationSplitter")
        self.splitter.addWidget(self._nav)
        self.splitter.addWidget(self._stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._nav.currentRowChanged.connect(self._on_row)

        self.window_actions: WindowActions = create_actions(self)
        build_menus(self.menuBar(), self.window_actions)
        self.addActions(self.window_actions.all())
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.server_label = QLabel()
        self.server_label.setObjectName("serverStatus")
        self.status.addWidget(self.server_label)
        self._connect_actions()
        self._restore_window()
        self._update_actions()

    # -- sections --------------------------------------------------------------------------

    def add_section(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """A section in the navigation; `page` may be a factory, called when first shown
        (start-up builds only the section on screen)."""
        self._keys.append(key)
        item = QListWidgetItem(title, self._nav)
        self._fit_navigation()
        number = len(self._keys)
        if number <= 9:  # Ctrl+1 ... Ctrl+9 go to the sections in order
            keys = QKeySequence(f"Ctrl+{number}")
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda row=number - 1: self._nav.setCurrentRow(row))
            item.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
        if isinstance(page, QWidget):
            self._stack.addWidget(page)
            self._install_page(key, page)
        else:
            self._factories[key] = page
            self._stack.addWidget(QWidget())  # stands in until the section is first shown
        if self._selecting and (key == self._wanted_section or self._nav.currentRow() < 0):
            self._nav.setCurrentRow(len(self._keys) - 1)

    def _build_page(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is not None:
            return page
        page = self._factories.pop(key)()
        index = self._keys.index(key)
        stand_in = self._stack.widget(index)
        self._stack.insertWidget(index, page)
        if stand_in is not None:
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self._install_page(key, page)
        return page

    def _install_page(self, key: str, page: QWidget) -> None:
        self._pages[key] = page
        self._restore_page(key, page)
        if isinstance(page, DraftListPage):
            page.selection_changed.connect(self._update_actions)
            page.view.addAction(self.window_actions.delete)
            page.install_empty_actions(self.window_actions.new, self.window_actions.pull)
            page.publish_requested.connect(self._publish_ids)
            page.resolve_requested.connect(self._resolve)
            page.feed.loaded.connect(self._maybe_ready)
            job = f"list-{key}"
            what = _t("Loading %1…").replace("%1", page.section.noun_plural)
            page.feed.loading_changed.connect(
                lambda loading: self.status.start_busy(job, what) if loading else self.status.finish_busy(job)
            )

    def show_section(self, key: str) -> None:
        if key in self._keys:
            self._nav.setCurrentRow(self._keys.index(key))

    def current_section(self) -> str | None:
        row = self._nav.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def page(self, key: str) -> QWidget | None:
        """The section's page (built now if it was not yet shown)."""
        return self._build_page(key) if key in self._keys else None

    def current_page(self) -> QWidget | None:
        key = self.current_section()
        return None if key is None else self._pages.get(key)

    def draft_page(self) -> DraftListPage | None:
        page = self.current_page()
        return page if isinstance(page, DraftListPage) else None

    def attach(self, services: UiServices) -> None:
        """Add the six sections and follow the services."""
        self._services = services
        self._selecting = False  # only the remembered section's page is built and loaded
        try:
            for section in draft_sections():
                self.add_section(section.key, section.title, partial(self._draft_page, section, services))
            self.add_section("audience", _t("Audience"), partial(audience_section, services))
            self.add_section("reports", _t("Reports"), partial(reports_section, services))
        finally:
            self._selecting = True
        if self._nav.currentRow() < 0:
            wanted = self._wanted_section
            self._nav.setCurrentRow(self._keys.index(wanted) if wanted in self._keys else 0)
        self.status.bind(services.accounts, services.sync, services.workspace)
        self.status.attention_clicked.connect(self.window_actions.accounts.trigger)
        self.status.outbox_clicked.connect(self.open_outbox)
        services.accounts.current_changed.connect(self._on_account)
        self._on_account(services.accounts.current)
        self._maybe_ready()  # a placeholder section is ready as soon as it shows
        if services.sync is not None:
            services.sync.online_changed.connect(lambda _online: self._update_actions())
            services.sync.draft_failed.connect(self._on_draft_failed)
        self._update_actions()

    @staticmethod
    def _draft_page(section: DraftSection, services: UiServices) -> DraftListPage:
        return DraftListPage(
            section, services.workspace, services.tasks, services.editor_factory,
            flush_edits=services.flush_edits,
            extension=_campaign_list(section, services),
        )  # fmt: skip

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self._build_page(self._keys[row])
        self._stack.setCurrentIndex(row)
        if 0 <= row < len(self._keys):
            key = self._keys[row]
            self._settings.setValue("window/section", key)
            self.section_changed.emit(key)
        self._update_actions()

    # -- status ----------------------------------------------------------------------------

    def set_server_status(self, text: str) -> None:
        self.server_label.setText(text)

    def show_error(self, message: str) -> None:
        """Tell the user without blocking: status bar plus a window-modal box (never exec())."""
        self.statusBar().showMessage(message, 10_000)
        if self._error_box is not None and self._error_box.isVisible():
            self._error_box.setText(message)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, _t("Something went wrong"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self._error_box = box

    def _on_account(self, account: Any) -> None:
        name = getattr(account, "name", None)
        self.setWindowTitle(_t("Campaign Studio") + (f" — {name}" if name else ""))
        self._update_actions()
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        services = self._services
        if self._ready_sent or not self.isVisible() or services is None:
            return
        if services.workspace.account_id is None:
            return  # an empty "choose an account" list is not the first list
        page = self.draft_page()
        if page is None or page.feed.ready:
            self._ready_sent = True
            self.ready.emit()

    # -- actions ---------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.window_actions
        a.new.triggered.connect(lambda: self._with_page(lambda p: p.new_draft()))
        a.find.triggered.connect(lambda: self._with_page(lambda p: p.focus_filter()))
        a.delete.triggered.connect(lambda: self._with_page(lambda p: p.delete_selected()))
        a.publish.triggered.connect(self._publish_selected)
        a.publish_all.triggered.connect(self._publish_all)
        a.pull.triggered.connect(self._pull)
        a.accounts.triggered.connect(self._open_accounts)
        a.outbox.triggered.connect(self.open_outbox)
        a.quit.triggered.connect(self.close)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._show_about)
        a.preferences.triggered.connect(self.open_preferences)

    def _with_page(self, fn: Callable[[DraftListPage], object]) -> None:
        page = self.draft_page()
        if page is not None:
            fn(page)

    def _update_actions(self) -> None:
        a = self.window_actions
        services = self._services
        page = self.draft_page()
        has_account = services is not None and services.workspace.account_id is not None
        selected = page.selected_ids() if page is not None else []
        can_sync = has_account and services is not None and services.sync is not None
        a.new.setEnabled(page is not None and has_account)
        a.find.setEnabled(page is not None)
        a.delete.setEnabled(bool(selected))
        a.publish.setEnabled(bool(selected) and can_sync)
        a.publish_all.setEnabled(can_sync)
        a.pull.setEnabled(can_sync)
        a.outbox.setEnabled(services is not None and services.sync is not None)
        a.accounts.setEnabled(services is not None and services.open_accounts is not None)
        if page is not None:
            mixed = page.section.mixed
            a.new.setText(_t("&New Campaign…") if mixed else page.new_button.text().replace("New", "&New", 1))
        else:
            a.new.setText(_t("&New"))

    def _publish_selected(self) -> None:
        page = self.draft_page()
        if page is not None:
            self._publish_rows(page.selected_rows())

    def _publish_ids(self, local_ids: list[int]) -> None:
        if self._services is not None and self._services.sync is not None and local_ids:
            self._services.sync.publish(local_ids)

    def _publish_rows(self, rows: list[Any]) -> None:
        conflicts = [row for row in rows if row.state == DraftState.CONFLICT]
        ready = [row.local_id for row in rows if row.state in _PUBLISHABLE]
        if conflicts:
            self.status.showMessage(
                _t("“%1” changed on the server too: choose which changes to keep, then publish.").replace(
                    "%1", conflicts[0].title
                ),
                8000,
            )
            if len(rows) == 1:
                self._resolve(conflicts[0].local_id)
        elif not ready:
            self.status.showMessage(
                _t("Nothing to publish: the selection is the same as on the server."), 5000
            )
        if ready:
            self._publish_ids(ready)
            self.status.showMessage(
                plural("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Publishing %Ln draft(s)…"), len(ready)),
                5000,
            )

    def _publish_all(self) -> None:
        if self._services is not None:
            spawn_soon(self._services.tasks, self, self._publish_all_changes, "publish-all")

    async def _publish_all_changes(self) -> None:
        assert self._services is not None
        workspace = self._services.workspace
        rows = []
        for kind in DraftKind:
            rows.extend(await workspace.list_drafts(kind))
        changed = [row for row in rows if row.state in _PUBLISHABLE]
        conflicts = sum(1 for row in rows if row.state == DraftState.CONFLICT)
        if changed:
            self._publish_ids([row.local_id for row in changed])
        if changed:
            message = plural(
                "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Publishing %Ln change(s)…"), len(changed)
            )
        else:
            message = _t("Everything is published: no changes to send.")
        if conflicts:
            message += " " + plural(
                "MainWindow",
                QT_TRANSLATE_NOOP(
                    "MainWindow", "%Ln draft(s) with a conflict wait for you to choose which changes to keep."
                ),
                conflicts,
            )
        self.status.showMessage(message, 8000)

    def _on_draft_failed(self, local_id: int, _message: str) -> None:
        if self._services is not None:
            spawn_soon(self._services.tasks, self, lambda: self._say_failed(local_id), "publish-failed")

    async def _say_failed(self, local_id: int) -> None:
        """Say which draft was not published; where its editor is open, go to the first field."""
        assert self._services is not None
        draft = await self._services.workspace.get_draft(local_id)
        fields = draft.last_error.fields if draft.last_error is not None else {}
        if fields:
            text = _t("“%1” was not published: fix the fields marked in it, then publish again.")
        else:
            text = _t("“%1” was not published: open it to see why.")
        self.status.showMessage(text.replace("%1", draft.title), 10_000)
        page = self.draft_page()
        editor = page.editor_area.current_editor() if page is not None else None
        if fields and editor is not None and getattr(editor, "local_id", None) == local_id:
            go_to = getattr(editor, "go_to_field", None)
            if go_to is not None:
                go_to(next(iter(fields)))

    def _pull(self) -> None:
        if self._services is not None and self._services.sync is not None:
            self._services.sync.pull(None)
            self.status.showMessage(_t("Fetching from the server…"), 3000)

    def _resolve(self, local_id: int) -> None:
        if self._services is not None and self._services.open_conflict is not None:
            self._services.open_conflict(local_id)

    def open_outbox(self) -> None:
        """The window of what waits to be published (one, brought to the front)."""
        services = self._services
        if services is None or services.sync is None:
            return
        if self._outbox_dialog is None:
            from app.ui.outbox_dialog import OutboxDialog

            self._outbox_dialog = OutboxDialog(services.sync, services.workspace, services.tasks, self)
        self._outbox_dialog.show()
        self._outbox_dialog.raise_()
        self._outbox_dialog.activateWindow()

    def open_preferences(self) -> None:
        """The Preferences dialog, on this window's settings (the ones read at start-up)."""
        from app.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_accounts(self) -> None:
        if self._services is not None and self._services.open_accounts is not None:
            self._services.open_accounts()

    def _show_shortcuts(self) -> None:
        self._update_actions()  # "New email" or "New campaign…", as the current section has it
        self._info(
            _t("Keyboard shortcuts"), shortcuts_html(shortcut_groups(self.menuBar()), self._section_keys())
        )

    def _section_keys(self) -> list[tuple[str, str]]:
        rows = []
        for number in range(min(len(self._keys), 9)):
            item = self._nav.item(number)
            keys = QKeySequence(f"Ctrl+{number + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((keys, item.text() if item is not None else ""))
        return rows

    def _show_about(self) -> None:
        services = self._services
        workspace = str(services.workspace.runner.directory) if services is not None else ""
        self._info(_t("About Campaign Studio"), about_html(workspace))

    def _info(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    # -- remembering the window --------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(_first_size())
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.value("window/navigation")
        if splitter is not None:
            self._nav_remembered = self.splitter.restoreState(splitter)

    def _fit_navigation(self) -> None:
        """The navigation as wide as its longest section name (longer in some languages).
        Sizes set before the splitter is shown are scaled to its default size: so this runs
        again when the window is shown."""
        if self._nav_remembered:
            return
        width = self._nav.sizeHintForColumn(0) + 2 * self._nav.frameWidth() + 4
        width = max(170, min(NAV_WIDEST, width))
        total = max(sum(self.splitter.sizes()), self.splitter.width(), width + 400)
        self.splitter.setSizes([width, total - width])

    def _restore_page(self, key: str, page: QWidget) -> None:
        if isinstance(page, DraftListPage):
            page.restore_state(
                {name: self._settings.value(f"pages/{key}/{name}") for name in ("splitter", "header")}
            )

    def save_window_state(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/navigation", self.splitter.saveState())
        section = self.current_section()
        if section is not None:
            s.setValue("window/section", section)
        for key, page in self._pages.items():
            if isinstance(page, DraftListPage):
                for name, value in page.save_state().items():
                    s.setValue(f"pages/{key}/{name}", value)
        s.sync()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._nav_remembered:
            self._fit_navigation()
            self._nav_remembered = True  # from now on the user's width, kept as the splitter has it
        self._maybe_ready()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def _first_size() -> QSize:
    """The first run's size: most of the screen (lists and editors want room), within reason."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1200, 760)
    available = screen.availableGeometry()
    return QSize(min(1440, available.width() * 9 // 10), min(900, available.height() * 9 // 10))
