"""The Reports section: build a question (or start from a preset or a saved report) on the
left, see the answer as a chart and a table on the right.

The page talks to :class:`ReportService` only. A run can be cancelled; while the server
prepares a heavy report the status says so; a failure shows as a banner with Retry, and
the last good answer stays on screen under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDir, QEvent, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.report_definition import ReportDefinition, SavedReport
from app.domain.report_export import csv_bytes
from app.domain.report_presets import PRESETS_BY_KEY, PresetKey
from app.domain.report_query import Severity
from app.domain.report_result import ReportAnswer
from app.services.report_service import (
    ReportError,
    ReportFailure,
    ReportNameTaken,
    ReportPickers,
    ReportService,
    SavedReportError,
)
from app.ui.pages.deferred_task import spawn_soon
from app.ui.pages.empty_state import EmptyState
from app.ui.pages.sections import plural, shortcut_text
from app.ui.reports.builder import QueryBuilder, problem_text
from app.ui.reports.chart_panel import ChartPanel
from app.ui.reports.formatting import ValueFormat, tr
from app.ui.reports.presets_panel import PresetsPanel, preset_title
from app.ui.reports.saved_list import SavedReportsPanel
from app.ui.reports.table_view import ReportTable
from app.ui.theme import is_dark

if TYPE_CHECKING:
    from app.services.tasks import TaskRunner

RUN_KEYS = "Ctrl+Return"


class ReportsPage(QWidget):
    def __init__(
        self,
        service: ReportService,
        tasks: TaskRunner,
        *,
        open_accounts: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_reports")
        self.key = "reports"
        self.service = service
        self._tasks = tasks
        self._preset: str | None = None
        self._setting = False
        self._answer: ReportAnswer | None = None
        self._pickers = ReportPickers()
        self._loaded = False
        self._dialog: QWidget | None = None  # the name or confirmation dialog open now
        self.formatter = ValueFormat()

        self.builder = QueryBuilder(service.today(), self.formatter.locale)
        self.presets = PresetsPanel()
        self.saved = SavedReportsPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(_scrolled(self.builder), tr("Build"))
        self.tabs.addTab(_scrolled(self.presets), tr("Presets"))
        self.tabs.addTab(self.saved, tr("Saved"))

        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("runButton")
        self.run_button.setToolTip(tr("Ask the server for this report ({0})").format(shortcut_text(RUN_KEYS)))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        # A long status ("the server is preparing…") must not widen the window: it is cut instead.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(tr("Save…"))
        self.save_button.setObjectName("saveButton")
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.png_button = QPushButton(tr("Export Chart…"))
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(
            tr("Copy the table for a spreadsheet ({0})").format(shortcut_text("Ctrl+C"))
        )

        self.banner = QFrame()
        self.banner.setObjectName("reportBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(tr("Retry"))
        self.retry_button.setObjectName("retryButton")
        self.cut_notice = QLabel()
        self.cut_notice.setObjectName("cutNotice")
        self.cut_notice.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)

        self.chart_panel = ChartPanel(self.formatter)
        self.table = ReportTable(self.formatter)
        self.results = QSplitter(Qt.Orientation.Vertical)
        self.results.setObjectName("reportResults")
        self.results.addWidget(self.chart_panel)
        table_box = QWidget()
        table_column = QVBoxLayout(table_box)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.setSpacing(0)
        table_column.addWidget(self.table, 1)
        table_column.addWidget(self.table.footer)
        self.results.addWidget(table_box)
        self.results.setStretchFactor(0, 3)
        self.results.setStretchFactor(1, 2)
        self.results.setChildrenCollapsible(False)
        self.empty_state = EmptyState()
        self.empty_state.setObjectName("reportEmpty")
        self.accounts_button: QPushButton | None = None
        if open_accounts is not None:
            self.accounts_button = self.empty_state.add_button(QPushButton(tr("Accounts…")))
            self.accounts_button.clicked.connect(open_accounts)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.results)
        self._layout()
        self._connect()
        self._colouring = False
        self._colour_notices()
        self._show_empty()
        self._update_actions()

    def _layout(self) -> None:
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.retry_button)
        self.banner.hide()
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.run_button, self.cancel_button, self.progress):
            toolbar.addWidget(widget)
        toolbar.addWidget(self.status, 1)
        for widget in (self.save_button, self.copy_button, self.csv_button, self.png_button):
            toolbar.addWidget(widget)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(toolbar)
        column.addWidget(self.banner)
        column.addWidget(self.summary)
        column.addWidget(self.cut_notice)
        column.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reportsSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.tabs.setMinimumWidth(  # what its pages need, in this language
            max(self.fontMetrics().horizontalAdvance("M") * 24, self.tabs.minimumSizeHint().width())
        )
        self.splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        s = self.service
        s.running_changed.connect(self._on_running)
        s.started.connect(lambda _d: self._set_status(tr("Asking the server…")))
        s.preparing.connect(self._on_preparing)
        s.finished.connect(self.show_answer)
        s.failed.connect(self._on_failed)
        s.cancelled.connect(self._on_cancelled)
        s.definition_built.connect(self._on_definition_built)
        s.account_changed.connect(self._on_account_changed)
        s.saved_changed.connect(lambda: self._spawn(self._load_saved, "report-saved-list"))
        s.pickers_changed.connect(lambda: self._spawn(self._load_pickers, "report-pickers"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(s.cancel)
        self.retry_button.clicked.connect(self._retry)
        self.builder.changed.connect(self._on_builder_changed)
        self.builder.filters.lifetime_requested.connect(self._look_up_lifetime)
        self.builder.filters.hint.connect(self._set_status)
        self.presets.preset_requested.connect(self._run_preset)
        self.presets.comparison_requested.connect(self._run_comparison)
        self.saved.open_requested.connect(self.open_saved)
        self.saved.rename_requested.connect(self._ask_rename)
        self.saved.delete_requested.connect(self._ask_delete)
        self.save_button.clicked.connect(self._ask_save)
        self.copy_button.clicked.connect(self.table.copy)
        self.csv_button.clicked.connect(self._ask_csv)
        self.png_button.clicked.connect(self._ask_png)
        self.chart_panel.choices_changed.connect(lambda _c: self._update_actions())
        QShortcut(
            QKeySequence(RUN_KEYS), self, self.run, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(
            QKeySequence("Ctrl+Enter"), self, self.run, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            s.cancel,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    # -- what is asked ---------------------------------------------------------------------

    def definition(self) -> ReportDefinition:
        """The report as built on screen, with the chart's choices."""
        return ReportDefinition(self.builder.query(), self.chart_panel.choices(), self._preset)

    def set_definition(self, definition: ReportDefinition) -> None:
        self._setting = True
        try:
            self.builder.set_query(definition.query)
            self.chart_panel.set_choices(definition.chart)
        finally:
            self._setting = False
        self._preset = definition.preset
        self._update_actions()

    def run(self) -> None:
        if self.service.running or not self.run_button.isEnabled():
            return
        self._hide_banner()
        self.service.run(self.definition())

    def _on_builder_changed(self) -> None:
        if not self._setting:
            self._preset = None  # edited by hand: no longer the preset it started from
        self._update_actions()

    def _run_preset(self, key: str, campaign: str | None, email: str | None) -> None:
        self._hide_banner()
        self.service.run_preset(key, campaign=campaign, email=email)

    def _run_comparison(self, posts: list[str]) -> None:
        self._hide_banner()
        self.service.run_comparison(posts)

    def _retry(self) -> None:
        self._hide_banner()
        self.service.retry()

    def _on_definition_built(self, definition: ReportDefinition) -> None:
        self.set_definition(definition)

    # -- what comes back -------------------------------------------------------------------

    def show_answer(self, answer: ReportAnswer) -> None:
        self._answer = answer
        self._preset = answer.definition.preset
        self.table.set_answer(answer)
        self.chart_panel.set_answer(answer)
        cut = answer.cut_message
        self.cut_notice.setText(tr(cut[0]).format(*cut[1]) if cut else "")
        self.cut_notice.setVisible(cut is not None)
        self.summary.setText(self._summary(answer))
        self.summary.show()
        if answer.empty and answer.definition.query.normalized().groupings:
            self._show_empty()
        else:
            self.stack.setCurrentWidget(self.results)
        self._set_status(tr("Updated."))
        self._update_actions()

    def _summary(self, answer: ReportAnswer) -> str:
        title = _preset_name(answer.definition.preset) or tr("Report")
        if answer.start or answer.end:
            start = self.formatter.group_value("date", answer.start.isoformat()) if answer.start else "…"
            end = self.formatter.group_value("date", answer.end.isoformat()) if answer.end else "…"
            period = tr("{0} – {1}").format(start, end)
        else:
            period = tr("the server's last week")
        rows = plural("Reports", QT_TRANSLATE_NOOP("Reports", "%n row(s)"), len(answer.rows))
        return tr("{0} · {1} · {2}").format(title, period, rows)

    def _on_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        if not running and self.status.text() in (tr("Asking the server…"),):
            self._set_status("")
        self._update_actions()

    def _on_preparing(self, polls: int, _waited: float) -> None:
        self._set_status(
            plural(
                "Reports",
                QT_TRANSLATE_NOOP(
                    "Reports", "The server is preparing the report (asked %n time(s)); it can take a minute…"
                ),
                polls,
            )
        )

    def _on_failed(self, failure: ReportFailure) -> None:
        self._show_banner(failure.message, retry=failure.can_retry)
        self._set_status("")

    def _on_cancelled(self) -> None:
        kept = self._answer is not None
        self._set_status(tr("Cancelled. The last result stays on screen.") if kept else tr("Cancelled."))

    # -- states ----------------------------------------------------------------------------

    def _show_empty(self) -> None:
        if not self.service.has_account:
            self.empty_state.set_text(
                tr("No account selected"),
                tr(
                    "Reports show the statistics of an account's campaigns. Choose an account under Accounts."
                ),
            )
        elif self._answer is None:
            self.empty_state.set_text(
                tr("No report yet"),
                tr(
                    "Choose what to group by and which figures to show on the left, then press Run ({0}). "
                    "Or start from one of the presets."
                ).format(shortcut_text(RUN_KEYS)),
            )
        else:
            self.empty_state.set_text(
                tr("Nothing to show"),
                tr(
                    "The server found no sending for these filters and dates. "
                    "Try a longer period or fewer filters."
                ),
            )
        if self.accounts_button is not None:
            self.accounts_button.setVisible(not self.service.has_account)
        self.stack.setCurrentWidget(self.empty_state)

    def _update_actions(self) -> None:
        running = self.service.running
        has_account = self.service.has_account
        problems = self.builder.current_problems()
        errors = [p for p in problems if p.severity is Severity.ERROR]
        self.run_button.setEnabled(has_account and not running and not errors)
        self.run_button.setToolTip(problem_text(errors[0]) if errors else self.run_button.toolTip())
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        has_answer = self._answer is not None
        for button in (self.copy_button, self.csv_button):
            button.setEnabled(has_answer)
        spec = self.chart_panel.spec()
        self.png_button.setEnabled(has_answer and spec is not None and not spec.empty)
        self.save_button.setEnabled(has_account and bool(self.builder.query().normalized().metrics))
        self.presets.setEnabled(has_account)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)

    def _show_banner(self, text: str, *, retry: bool) -> None:
        self.banner_text.setText(text)
        self.retry_button.setVisible(retry)
        self.banner.show()

    def _hide_banner(self) -> None:
        self.banner.hide()

    def _colour_notices(self) -> None:
        # Through the palette, not a style sheet: a style sheet re-polishes the label each time.
        dark = is_dark(self.palette())
        for label, (light_colour, dark_colour) in (
            (self.cut_notice, ("#8a5300", "#ffcc80")),
            (self.banner_text, ("#b3261e", "#ff8a80")),
        ):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(dark_colour if dark else light_colour))
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._colouring:
            self._colouring = True
            try:
                self._colour_notices()
            finally:
                self._colouring = False

    # -- loading the lists -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        self._spawn(self._load_pickers, "report-pickers")
        self._spawn(self._load_saved, "report-saved-list")

    async def _load_pickers(self) -> None:
        pickers = await self.service.pickers()
        self._pickers = pickers
        self.formatter.names = pickers.names()
        self.builder.set_items(list(pickers.emails), list(pickers.campaigns))
        self.presets.set_pickers(pickers)
        self.table.table_model.refresh()
        if self._answer is not None:
            self.chart_panel.set_answer(self._answer)

    async def _load_saved(self) -> None:
        self.saved.set_reports(await self.service.saved_reports())
        count = len(self.saved.names())
        self.tabs.setTabText(2, tr("Saved ({0})").format(count) if count else tr("Saved"))

    def _on_account_changed(self) -> None:
        self._answer = None
        self._preset = None
        self.table.set_answer(None)
        self.chart_panel.set_answer(None)
        self.cut_notice.hide()
        self.summary.hide()
        self._hide_banner()
        self._set_status("")
        self._show_empty()
        self._update_actions()
        self.reload()

    def _look_up_lifetime(self, post: str) -> None:
        async def look_up() -> None:
            self._set_status(tr("Looking up when the campaign sent…"))
            try:
                span = await self.service.lifetime(post)
            except ReportError as error:
                self._show_banner(error.failure.message, retry=False)
                self._set_status("")
                return
            if span is None:
                self._set_status(tr("This campaign has not sent anything yet."))
                return
            self.builder.filters.set_lifetime(*span)
            self._set_status("")

        self._spawn(look_up, "report-lifetime")

    # -- saved reports ---------------------------------------------------------------------

    def open_saved(self, report: SavedReport) -> None:
        """One click: the saved question on the left, and its answer asked for at once."""
        try:
            definition = self.service.open_saved(report)
        except SavedReportError as error:
            self._show_banner(str(error), retry=False)
            return
        self.set_definition(definition)
        self.tabs.setCurrentIndex(0)
        if self.service.has_account and self.builder.can_run():
            self._hide_banner()
            self.service.run(definition)

    async def save_as(self, name: str, *, replace: bool = False) -> SavedReport | None:
        """Save what is on screen; a name in use asks whether to replace it."""
        try:
            saved = await self.service.save(name, self.definition(), replace=replace)
        except ReportNameTaken:
            self._confirm(
                tr("Replace the saved report?"),
                tr("A report named “{0}” exists already. Replace it with this one?").format(
                    " ".join(name.split())
                ),
                tr("Replace"),
                lambda: self._spawn(lambda: self.save_as(name, replace=True), "report-save"),
            )
            return None
        except SavedReportError as error:
            self._show_banner(str(error), retry=False)
            return None
        self._set_status(tr("Saved as “{0}”.").format(saved.name))
        return saved

    def _ask_save(self) -> None:
        default = _preset_name(self._preset) or ""
        self._ask_text(tr("Save Report"), tr("Name of the report:"), default,
                       lambda name: self._spawn(lambda: self.save_as(name), "report-save"))  # fmt: skip

    def _ask_rename(self, report: SavedReport) -> None:
        async def rename(name: str) -> None:
            try:
                await self.service.rename(report.id, name)
            except SavedReportError as error:
                self._show_banner(str(error), retry=False)

        self._ask_text(tr("Rename Report"), tr("New name:"), report.name,
                       lambda name: self._spawn(lambda: rename(name), "report-rename"))  # fmt: skip

    def _ask_delete(self, report: SavedReport) -> None:
        self._confirm(
            tr("Delete the saved report?"),
            tr(
                "“{0}” will be removed from this account's saved reports. Your drafts are not affected."
            ).format(report.name),
            tr("Delete"),
            lambda: self._spawn(lambda: self.service.delete_saved(report.id), "report-delete"),
        )

    def _ask_text(self, title: str, label: str, text: str, then: Callable[[str], None]) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.textValueSelected.connect(then)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()  # never exec(): it would nest an event loop inside the asyncio loop

    def _confirm(self, title: str, text: str, accept: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: then() if button is yes else None)
        box.finished.connect(box.deleteLater)
        self._dialog = box
        box.open()

    # -- export ----------------------------------------------------------------------------

    def csv_data(self) -> bytes:
        rows = self.table.export_rows()
        return csv_bytes(rows.headers, rows.rows)

    async def save_csv(self, path: str | Path) -> bool:
        return await self._write(path, self.csv_data())

    async def save_chart_png(self, path: str | Path) -> bool:
        return await self._write(path, self.chart_panel.chart.png())

    async def _write(self, path: str | Path, data: bytes) -> bool:
        try:
            await self.service.write_file(path, data)
        except SavedReportError as error:
            self._show_banner(str(error), retry=False)
            return False
        self._set_status(tr("Saved {0}.").format(Path(path).name))
        return True

    def _ask_csv(self) -> None:
        self._ask_file(tr("Export Table"), "csv", tr("CSV files (*.csv)"), self.save_csv)

    def _ask_png(self) -> None:
        self._ask_file(tr("Export Chart"), "png", tr("PNG images (*.png)"), self.save_chart_png)

    def _ask_file(
        self, title: str, suffix: str, filters: str, write: Callable[[str], Coroutine[Any, Any, bool]]
    ) -> None:
        name = self._file_stem() + "." + suffix
        dialog = QFileDialog(self, title, str(Path(QDir.homePath()) / name), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda path: self._spawn(lambda: write(path), "report-export"))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _file_stem(self) -> str:
        base = self.summary.text().split(" · ")[0] if self._answer is not None else tr("Report")
        stem = re.sub(r"[^\w\- ]+", "", base).strip().replace(" ", "-") or "report"
        return f"{stem}-{self.service.today().isoformat()}"

    # -- helpers ---------------------------------------------------------------------------

    def _spawn(self, make: Callable[[], Coroutine[Any, Any, Any]], name: str) -> None:
        spawn_soon(self._tasks, self, make, name)


def _preset_name(key: str | None) -> str | None:
    if key == PresetKey.COMPARE:
        return tr("Campaigns compared")
    try:
        preset = PRESETS_BY_KEY.get(PresetKey(key)) if key else None
    except ValueError:
        return None
    return preset_title(preset) if preset is not None else None


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    # No sideways scrolling, so never narrower than what it holds needs (longer languages
    # would otherwise cut the right edge off: buttons, combo boxes, lists).
    scroll_bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    area.setMinimumWidth(widget.minimumSizeHint().width() + scroll_bar + 2 * area.frameWidth())
    return area
